// kill -9 during a burst of writes: everything the server acknowledged is still there afterwards and
// the database is consistent (WAL, one transaction per change).
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { until } from "../support/wait.js";

const dir = mkdtempSync(join(tmpdir(), "hotline-crash-"));
const dbPath = join(dir, "desk.sqlite");
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ACKNOWLEDGED_BEFORE_KILL = 20;

function start(): Promise<{ url: string; kill: () => void; exited: Promise<unknown> }> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
    env: { ...process.env, DATABASE_PATH: dbPath, SEED_DEMO: "0", PORT: "0", HOST: "127.0.0.1" },
  });
  const exited = new Promise((r) => child.on("exit", r));
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
      const m = out.match(/listening on (http:\/\/[\d.]+:\d+)/);
      if (m) resolve({ url: m[1]!, kill: () => child.kill("SIGKILL"), exited });
    });
    child.on("exit", (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
}

describe("crash safety", () => {
  it("loses nothing acknowledged when killed with SIGKILL in the middle of writes", async () => {
    const add = (username: string, role: string) =>
      spawnSync(process.execPath, ["--import", "tsx", "src/cli/user-add.ts", "--username", username, "--name", username, "--role", role], {
        env: { ...process.env, DATABASE_PATH: dbPath, USER_PASSWORD: "mat-khau-crash-1" },
      });
    expect(add("canbo", "officer").status).toBe(0);
    expect(add("giaidap", "answerer").status).toBe(0);
    const server = await start();
    const login = await fetch(`${server.url}/login`, {
      method: "POST",
      body: new URLSearchParams({ username: "canbo", password: "mat-khau-crash-1" }),
      headers: { "content-type": "application/x-www-form-urlencoded" },
      redirect: "manual",
    });
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0]!;
    const acknowledged: number[] = [];
    let stop = false;
    const writer = async (w: number) => {
      for (let i = 0; !stop; i++) {
        try {
          const res = await fetch(`${server.url}/questions`, {
            method: "POST",
            body: new URLSearchParams({ title: `Câu hỏi ${w}-${i} kiểm tra`, body: "Nội dung kiểm tra sự cố", category: "1" }),
            headers: { "content-type": "application/x-www-form-urlencoded", cookie },
            redirect: "manual",
          });
          if (res.status === 303) acknowledged.push(Number(res.headers.get("location")!.split("/").pop()));
        } catch {
          return; // the server is gone
        }
      }
    };
    const writers = [1, 2, 3, 4].map(writer);
    // Killed once a fair number of writes are acknowledged, while the four writers keep sending.
    await until(() => acknowledged.length >= ACKNOWLEDGED_BEFORE_KILL, 30_000, `${ACKNOWLEDGED_BEFORE_KILL} acknowledged writes`);
    server.kill();
    stop = true;
    await Promise.all(writers);
    await server.exited;
    expect(acknowledged.length).toBeGreaterThanOrEqual(ACKNOWLEDGED_BEFORE_KILL);

    const db = new Database(dbPath);
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    const ids = new Set((db.prepare("SELECT id FROM questions").all() as { id: number }[]).map((r) => r.id));
    for (const id of acknowledged) expect(ids.has(id)).toBe(true);
    // Every question came with its audit rows and its routing, all or nothing.
    const orphans = db.prepare("SELECT count(*) n FROM questions q WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.object_type = 'question' AND a.object_id = CAST(q.id AS TEXT) AND a.action = 'question.submit')").get();
    expect(orphans).toEqual({ n: 0 });
    db.close();
  }, 60_000);
});
