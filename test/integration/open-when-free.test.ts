// A big kb:import into an empty database it has to itself holds it exclusively (leaveWal, decision
// 007): a server started meanwhile waits for the database instead of failing at start.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabaseWhenFree } from "../../src/db.js";

const dir = mkdtempSync(join(tmpdir(), "hotline-open-when-free-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("opening the database while another process has it to itself", { timeout: 30_000 }, () => {
  it("waits until it is free, says so once, and opens it in WAL mode with the other's writes", async () => {
    const path = join(dir, "desk.sqlite");
    const setup = new Database(path);
    setup.exec("CREATE TABLE loaded (n INTEGER)");
    setup.close();
    const holder = spawn(
      process.execPath,
      [
        "-e",
        `const D = require("better-sqlite3"); const d = new D(process.argv[1]); d.pragma("journal_mode = DELETE");
         d.exec("BEGIN EXCLUSIVE"); d.exec("INSERT INTO loaded VALUES (42)"); process.stdout.write("locked\\n");
         setTimeout(() => { d.exec("COMMIT"); d.close(); process.exit(0); }, 5500);`,
        path,
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    await new Promise<void>((resolve, reject) => {
      holder.stdout!.on("data", (d: Buffer) => d.toString().includes("locked") && resolve());
      holder.on("exit", (code) => reject(new Error(`lock holder exited early (${code})`)));
    });
    let waits = 0;
    const started = Date.now();
    const db = await openDatabaseWhenFree(path, () => waits++);
    expect(Date.now() - started).toBeGreaterThan(4000);
    expect(waits).toBe(1);
    expect(db.$client.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.$client.prepare("SELECT n FROM loaded").pluck().all()).toEqual([42]);
    db.$client.close();
  });

  it("gives up with the error once the wait is over", async () => {
    const path = join(dir, "held.sqlite");
    const holder = spawn(
      process.execPath,
      [
        "-e",
        `const D = require("better-sqlite3"); const d = new D(process.argv[1]); d.pragma("journal_mode = DELETE");
         d.exec("CREATE TABLE t (n)"); d.exec("BEGIN EXCLUSIVE"); d.exec("INSERT INTO t VALUES (1)"); process.stdout.write("locked\\n");
         setTimeout(() => process.exit(0), 9000);`,
        path,
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    await new Promise<void>((resolve) => holder.stdout!.on("data", (d: Buffer) => d.toString().includes("locked") && resolve()));
    await expect(openDatabaseWhenFree(path, () => {}, 0)).rejects.toMatchObject({ code: expect.stringMatching(/^SQLITE_BUSY/) });
    holder.kill("SIGKILL");
  });
});
