// Files a killed process leaves behind, named with its pid: kb:import's scratch index beside the
// database, a backup's partial copy beside the backup. Each is as big as what it copies, so the next
// run of the same command removes those whose process is gone (or whose pid is now this process's,
// in a container that reuses pids) and that nothing has written to for a while (another container
// on the same volume may be running one under a pid this one cannot see).
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const ABANDONED_AFTER_MS = 10 * 60_000;

// `name` matches the files' names, its group `pid` the writer's pid; `remove` removes one (or
// leaves it, if it is not what it seems).
export function removeAbandoned(dir: string, name: RegExp, remove: (path: string) => void): void {
  let files: string[];
  try {
    files = readdirSync(dir);
  } catch {
    return; // no folder yet: nothing left behind
  }
  for (const file of files) {
    const pid = Number(name.exec(file)?.groups?.pid);
    if (!pid || (pid !== process.pid && running(pid))) continue;
    const path = join(dir, file);
    const written = statSync(path, { throwIfNoEntry: false })?.mtimeMs;
    if (written !== undefined && Date.now() - written > ABANDONED_AFTER_MS) remove(path);
  }
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}
