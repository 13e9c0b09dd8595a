// npm run backup and npm run restore, run as an operator would (issue 14, item 4). SQLite's online
// backup started over at every commit of another connection, so it never finished while the desk
// kept writing, and it wrote straight into FILE: a backup cut short left a file there that opened
// as an empty database. The commands run as child processes, spawned asynchronously so that this
// worker keeps answering vitest while they work.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db.js";
import { until } from "../support/wait.js";

const dir = mkdtempSync(join(tmpdir(), "hotline-backup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Outcome = { status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };

function command(name: "backup" | "restore", file: string, dbPath: string): { child: ChildProcess; done: Promise<Outcome> } {
  const child = spawn(process.execPath, ["--import", "tsx", `src/cli/${name}.ts`, file], { env: { ...process.env, DATABASE_PATH: dbPath, SEED_DEMO: "0" } });
  let stdout = "";
  let stderr = "";
  child.stdout!.setEncoding("utf8").on("data", (d: string) => (stdout += d));
  child.stderr!.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  const done = new Promise<Outcome>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
  return { child, done };
}

// The command's outcome, or a SIGKILL after `ms` (a backup that never finishes fails the test).
async function run(name: "backup" | "restore", file: string, dbPath: string, ms = 60_000): Promise<Outcome> {
  const { child, done } = command(name, file, dbPath);
  const timer = setTimeout(() => child.kill("SIGKILL"), ms);
  try {
    return await done;
  } finally {
    clearTimeout(timer);
  }
}

// A migrated desk database with one user and `megabytes` of scratch rows (so a copy takes a while).
function deskDatabase(name: string, megabytes = 0): string {
  const path = join(dir, name);
  const db = openDatabase(path).$client;
  db.prepare("INSERT INTO users (username, name, password_hash, created_at) VALUES ('canbo1', 'Nguyễn Văn An', 'x', ?)").run(Date.now());
  db.exec("CREATE TABLE filler (id INTEGER PRIMARY KEY, data BLOB)");
  const insert = db.prepare("INSERT INTO filler (data) VALUES (randomblob(4000))");
  db.transaction(() => {
    for (let i = 0; i < megabytes * 250; i++) insert.run();
  })();
  db.close();
  return path;
}

describe("npm run backup", () => {
  const MB = 60;
  let big: string;
  beforeAll(() => {
    big = deskDatabase("big.sqlite", MB);
  });

  it("finishes while another connection keeps committing, and the copy is intact and holds the rows", async () => {
    const writer = new Database(big);
    writer.pragma("busy_timeout = 5000");
    writer.exec("CREATE TABLE writes (n INTEGER)");
    const write = writer.prepare("INSERT INTO writes (n) VALUES (?)");
    let n = 0;
    const loop = setInterval(() => write.run(++n), 1); // a commit every millisecond or so
    const target = join(dir, "busy-backup.sqlite");
    try {
      const before = n;
      const r = await run("backup", target, big, 45_000);
      const during = n - before;
      expect(r.signal, "the backup never finished under writes").toBeNull();
      expect(r.status, r.stderr).toBe(0);
      expect(during).toBeGreaterThan(50); // the writes really went on meanwhile
      expect(JSON.parse(r.stdout.trim().split("\n").at(-1)!)).toMatchObject({ backup: target, from: big });
    } finally {
      clearInterval(loop);
      writer.close();
    }
    const copy = new Database(target, { readonly: true });
    expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(copy.prepare("SELECT count(*) FROM filler").pluck().get()).toBe(MB * 250);
    expect(copy.prepare("SELECT username FROM users").pluck().all()).toEqual(["canbo1"]);
    // One snapshot: the writes it holds are the first k, with no gap.
    const { rows, last } = copy.prepare("SELECT count(*) rows, coalesce(max(n), 0) last FROM writes").get() as { rows: number; last: number };
    expect(rows).toBe(last);
    copy.close();
    expect(readdirSync(dir).filter((f) => f.startsWith("busy-backup"))).toEqual(["busy-backup.sqlite"]); // one self-contained file
    expect((await run("backup", target, big)).status).toBe(1); // never overwrites
  }, 60_000);

  it("leaves nothing under FILE when killed with SIGKILL midway", async () => {
    const target = join(dir, "killed.sqlite");
    const { child, done } = command("backup", target, big);
    // Killed as soon as the copy has begun writing, whatever name it writes under.
    await until(() => readdirSync(dir).some((f) => f.startsWith("killed.sqlite")), 30_000);
    child.kill("SIGKILL");
    const r = await done;
    expect(r.signal, "the backup finished before it could be killed").toBe("SIGKILL");
    expect(existsSync(target)).toBe(false);
  }, 40_000);

  it("removes its partial file when stopped with SIGTERM midway", async () => {
    const target = join(dir, "stopped.sqlite");
    const { child, done } = command("backup", target, big);
    await until(() => readdirSync(dir).some((f) => f.startsWith("stopped.sqlite")), 30_000);
    child.kill("SIGTERM");
    const r = await done;
    expect(r.status, r.stderr).toBe(143);
    expect(readdirSync(dir).filter((f) => f.startsWith("stopped.sqlite"))).toEqual([]);
  }, 40_000);
});

describe("npm run backup after a backup killed with -9", () => {
  it("removes the partial copies such backups left in its folder, and nothing else", async () => {
    const folder = join(dir, "nightly");
    mkdirSync(folder);
    const source = deskDatabase("nightly-source.sqlite");
    const dead = spawnSync(process.execPath, ["-e", ""]).pid!;
    const sqlite = Buffer.concat([Buffer.from("SQLite format 3\0", "latin1"), Buffer.alloc(8176)]);
    const files: Record<string, Buffer | string> = {
      [`desk-1204.sqlite.partial-${dead}`]: sqlite, // a killed backup's copy…
      [`desk-1204.sqlite.partial-${dead}-journal`]: "journal", // …with its journal
      [`desk-1203.sqlite.partial-${dead}`]: "", // killed before its first page
      [`ghi-chu.txt.partial-${dead}`]: "không phải bản sao của cơ sở dữ liệu", // the operator's own file
      [`desk-1205.sqlite.partial-${process.pid}`]: sqlite, // its process (this one) is alive
      [`desk-1206.sqlite.partial-${dead}`]: sqlite, // written to a moment ago: maybe another container's
    };
    const anHourAgo = new Date(Date.now() - 3600_000);
    for (const [name, content] of Object.entries(files)) {
      writeFileSync(join(folder, name), content);
      if (!name.startsWith("desk-1206")) utimesSync(join(folder, name), anHourAgo, anHourAgo);
    }
    const r = await run("backup", join(folder, "desk-1207.sqlite"), source);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(
      ["desk-1205.sqlite.partial-" + process.pid, `desk-1206.sqlite.partial-${dead}`, "desk-1207.sqlite", `ghi-chu.txt.partial-${dead}`].sort(),
    );
  });
});

describe("npm run restore", () => {
  const live = join(dir, "live.sqlite");
  const good = join(dir, "good-backup.sqlite");
  beforeAll(async () => {
    deskDatabase("live.sqlite");
    expect((await run("backup", good, live)).status).toBe(0);
    // After the backup the desk goes on: a second user the backup does not have.
    const db = new Database(live);
    db.prepare("INSERT INTO users (username, name, password_hash, created_at) VALUES ('canbo2', 'Trần Thị Bình', 'x', ?)").run(Date.now());
    db.close();
  });

  // The live database's bytes and every file beside it: a refused restore changes neither.
  const state = () => ({
    sha256: createHash("sha256").update(readFileSync(live)).digest("hex"),
    files: readdirSync(dir).filter((f) => f.startsWith("live.sqlite")).sort(),
  });

  async function refused(file: string, message: RegExp) {
    const before = state();
    const r = await run("restore", file, live);
    expect(r.status, r.stdout).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain("nothing changed");
    expect(state()).toEqual(before);
  }

  it("refuses a file that is not SQLite", async () => {
    const file = join(dir, "garbage.sqlite");
    writeFileSync(file, Buffer.from(Array.from({ length: 64 * 1024 }, (_, i) => (i * 7919) % 251)));
    await refused(file, /garbage\.sqlite is not an SQLite database/);
  }, 30_000);

  it("refuses a truncated backup", async () => {
    const file = join(dir, "truncated.sqlite");
    copyFileSync(good, file);
    truncateSync(file, Math.floor(statSync(file).size / 2));
    await refused(file, /truncated\.sqlite (is damaged|cannot be read)/);
  }, 30_000);

  it("refuses an SQLite file that is not a desk database", async () => {
    const file = join(dir, "other.sqlite");
    const other = new Database(file);
    other.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('không phải cơ sở dữ liệu của hệ thống')");
    other.close();
    await refused(file, /other\.sqlite is not a hotline desk database/);
  }, 30_000);

  it("refuses a backup written by a newer version (a migration this code does not know)", async () => {
    const file = join(dir, "newer.sqlite");
    copyFileSync(good, file);
    const db = new Database(file);
    db.prepare("INSERT INTO __drizzle_migrations (hash, created_at) SELECT 'from-the-future', max(created_at) + 1 FROM __drizzle_migrations").run();
    db.close();
    await refused(file, /newer version/);
  }, 30_000);

  it("refuses while another process has the database open (the server running, idle)", async () => {
    // Another process, as the server is: POSIX locks belong to a process, and this one drops them
    // whenever it closes any descriptor of the file (state() reads it).
    const script = `const c = new (require("better-sqlite3"))(process.argv[1]); c.prepare("SELECT count(*) FROM users").get(); console.log("open"); setInterval(() => {}, 1000);`;
    const server = spawn(process.execPath, ["-e", script, live], { stdio: ["ignore", "pipe", "inherit"] });
    try {
      await new Promise((resolve, reject) => {
        server.stdout!.once("data", resolve);
        server.once("exit", reject);
      });
      await refused(good, /in use.*stop the server.*dừng máy chủ/);
    } finally {
      server.kill("SIGKILL");
    }
  }, 30_000);

  it("puts a good backup in place, keeps the old database aside and the desk then sees the backup", async () => {
    const r = await run("restore", good, live);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout.trim().split("\n").at(-1)!);
    expect(out).toMatchObject({ restored: good, database: live });
    expect(out.previous).toMatch(/live\.sqlite\.before-restore-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ$/);
    const old = new Database(out.previous, { readonly: true });
    expect(old.prepare("SELECT username FROM users ORDER BY id").pluck().all()).toEqual(["canbo1", "canbo2"]);
    old.close();
    const db = openDatabase(live);
    expect(db.$client.prepare("SELECT username FROM users ORDER BY id").pluck().all()).toEqual(["canbo1"]);
    expect(db.$client.pragma("integrity_check", { simple: true })).toBe("ok");
    db.$client.close();
    expect(readdirSync(dir).filter((f) => f.includes(".restoring-"))).toEqual([]);
  }, 30_000);
});
