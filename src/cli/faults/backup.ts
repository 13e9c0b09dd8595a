// Fault: a backup of a busy ~250 MB database (issue 14, item 4). SQLite's online backup started over
// at every commit of another connection: 2.5 s idle, never finished under writes. The database is a
// migrated desk plus ~250 MB of scratch rows (a backup copies pages, whatever the rows hold). While
// the backup runs, a child process commits small transactions back to back, as a busy server or a
// kb:import beside it would. For comparison, the old way under the same writes, cut off at a bound;
// then a backup process killed with -9 midway.
import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, loadavg } from "node:os";
import { basename, dirname, join } from "node:path";
import Database from "better-sqlite3";
import { openDatabase } from "../../db.js";
import { PROJECT_ROOT } from "../../paths.js";
import { backupDatabase, removeDatabaseFiles } from "../../services/backup.js";
import type { FaultFigure } from "./figure.js";

export const title = "Backup of a busy 250 MB database: idle, under writes, killed midway";

const MEGABYTES = 250;
const SLACK_MS = 500; // process noise on a small, shared machine
const ROUNDS = 3;

export async function measure(workDir: string): Promise<FaultFigure[]> {
  const dbPath = join(workDir, "desk.sqlite");
  const built = build(dbPath);
  const figures: FaultFigure[] = [{ name: "database (migrated desk + scratch rows)", value: `${built.megabytes} MB in ${seconds(built.ms)}` }];

  // Idle and busy backups alternate, so that a change in the machine's own load (it is small and
  // shared) falls on both; each figure is the median of its rounds.
  const idle: number[] = [];
  const busy: number[] = [];
  const rates: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    idle.push(await timedBackup(dbPath, workDir));
    const writer = await startWriter(dbPath);
    try {
      const before = writer.commits();
      const ms = await timedBackup(dbPath, workDir);
      busy.push(ms);
      rates.push((writer.commits() - before) / (ms / 1000));
    } finally {
      await writer.stop();
    }
  }
  const [idleMs, busyMs] = [median(idle), median(busy)];
  figures.push({ name: `backup, idle (median of ${ROUNDS}; copy, check, fsync)`, value: `${seconds(idleMs)} (${range(idle)})` });
  figures.push({
    name: "backup while another process commits back to back",
    value: `${seconds(busyMs)} (${range(busy)})`,
    budget: `≤ 2 × idle + ${SLACK_MS / 1000} s`,
    ok: Math.min(...rates) > 0 && busyMs <= 2 * idleMs + SLACK_MS,
  });
  figures.push({ name: "commits/s by the other process during those backups", value: `${Math.round(median(rates))}` });
  // The writer takes a core of its own: on a machine busy with other work the backup gets less.
  figures.push({ name: "machine load meanwhile (1-minute load average)", value: `${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores` });

  const writer = await startWriter(dbPath);
  try {
    const bound = 2 * idleMs + 5000;
    const old = await onlineBackupApi(dbPath, join(workDir, "old.sqlite"), bound);
    removeDatabaseFiles(join(workDir, "old.sqlite"));
    figures.push({ name: "before the fix: online backup API, same writes", value: old === null ? `unfinished after ${seconds(bound)}` : seconds(old) });
  } finally {
    await writer.stop();
  }

  figures.push(await killedMidway(dbPath, join(workDir, "killed.sqlite")));
  return figures;
}

async function timedBackup(dbPath: string, workDir: string): Promise<number> {
  const target = join(workDir, "copy.sqlite");
  const { ms } = await backupDatabase(dbPath, target);
  removeDatabaseFiles(target);
  return ms;
}

function build(path: string): { megabytes: number; ms: number } {
  const started = performance.now();
  const db = openDatabase(path).$client;
  db.exec("CREATE TABLE soak_filler (id INTEGER PRIMARY KEY, data BLOB); CREATE TABLE soak_writes (id INTEGER PRIMARY KEY, at INTEGER, body TEXT)");
  const insert = db.prepare("INSERT INTO soak_filler (data) VALUES (randomblob(4000))"); // two rows to an 8 KB page
  db.transaction(() => {
    for (let i = 0; i < MEGABYTES * 250; i++) insert.run();
  })();
  db.pragma("wal_checkpoint(TRUNCATE)");
  const bytes = (db.pragma("page_count", { simple: true }) as number) * (db.pragma("page_size", { simple: true }) as number);
  db.close();
  return { megabytes: Math.round(bytes / 1e6), ms: performance.now() - started };
}

// Another process committing one small row at a time, back to back (each commit its own
// transaction, as the server's writes are).
async function startWriter(path: string) {
  const sqlite = createRequire(import.meta.url).resolve("better-sqlite3");
  const script = `
    const db = new (require(${JSON.stringify(sqlite)}))(process.argv[1]);
    db.pragma("busy_timeout = 5000");
    const insert = db.prepare("INSERT INTO soak_writes (at, body) VALUES (?, ?)");
    const tick = () => { for (let i = 0; i < 10; i++) insert.run(Date.now(), "ghi liên tục ".repeat(20)); setImmediate(tick); };
    tick();`;
  const child = spawn(process.execPath, ["-e", script, path], { stdio: "inherit" });
  const exited = new Promise((r) => child.once("exit", r));
  const reader = new Database(path, { readonly: true });
  const commits = () => reader.prepare<[], number>("SELECT count(*) FROM soak_writes").pluck().get()!;
  const first = commits();
  while (commits() === first) await new Promise((r) => setTimeout(r, 10)); // writing now
  return {
    commits,
    async stop() {
      reader.close();
      child.kill("SIGKILL");
      await exited;
    },
  };
}

// What `npm run backup` did before: the online backup API with no snapshot held; null when cut off.
async function onlineBackupApi(source: string, target: string, boundMs: number): Promise<number | null> {
  const db = new Database(source);
  const started = performance.now();
  try {
    await db.backup(target, {
      progress: () => {
        if (performance.now() - started > boundMs) throw new Error("cut off");
        return 100;
      },
    });
    return performance.now() - started;
  } catch {
    return null;
  } finally {
    db.close();
  }
}

// `npm run backup` as a process, killed with -9 as soon as its copy has begun: nothing may be under FILE.
async function killedMidway(dbPath: string, target: string): Promise<FaultFigure> {
  const name = "backup killed with -9 midway: a file under FILE?";
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/backup.ts", target], { cwd: PROJECT_ROOT, env: { ...process.env, DATABASE_PATH: dbPath }, stdio: "ignore" });
  const exited = new Promise<NodeJS.Signals | null>((r) => child.once("exit", (_code, signal) => r(signal)));
  const [folder, file] = [dirname(target), basename(target)];
  const started = Date.now();
  while (!readdirSync(folder).some((f) => f.startsWith(file)) && Date.now() - started < 30_000) await new Promise((r) => setTimeout(r, 2));
  child.kill("SIGKILL");
  const signal = await exited;
  const left = existsSync(target);
  if (signal !== "SIGKILL") return { name, value: "finished before it was killed", ok: undefined };
  return { name, value: left ? "yes" : "no (a partial file beside it)", budget: "no", ok: !left };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const range = (ms: number[]) => `${(Math.min(...ms) / 1000).toFixed(1)}–${(Math.max(...ms) / 1000).toFixed(1)} s`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
