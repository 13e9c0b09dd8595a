// Another process holds the database's write lock (a kb:import, user:add, a backup, a second server):
// a form waits for the lock without stopping the desk, and only after a bounded wait answers 503.
import { spawn, type ChildProcess } from "node:child_process";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDesk, type Session, type TestDesk } from "../support/app.js";

let desk: TestDesk;
let officer: Session;
let probe: Database.Database; // a connection of its own that looks at the lock without waiting

beforeAll(async () => {
  desk = createTestDesk();
  await desk.addUser("canbo", ["officer"]);
  officer = await desk.login("canbo");
  probe = new Database(`${desk.dir}/test.sqlite`, { timeout: 0 });
});
afterAll(() => {
  probe.close();
  desk.close();
});

// A second process that takes the write lock and keeps it for `ms`.
async function holdWriteLock(ms: number): Promise<{ released: Promise<void> }> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      "-e",
      `const D = require("better-sqlite3"); const d = new D(process.argv[1]); d.exec("BEGIN IMMEDIATE");
       process.stdout.write("locked\\n"); setTimeout(() => { d.exec("COMMIT"); d.close(); process.exit(0); }, ${ms});`,
      `${desk.dir}/test.sqlite`,
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (d: Buffer) => d.toString().includes("locked") && resolve());
    child.on("exit", (code) => reject(new Error(`lock holder exited early (${code})`)));
  });
  return { released: new Promise((resolve) => child.on("exit", () => resolve())) };
}

// Whether the other process still holds the write lock, asked without waiting for it.
function lockHeldElsewhere(): boolean {
  try {
    probe.exec("BEGIN IMMEDIATE");
  } catch (e) {
    if (/busy|locked/i.test(String(e))) return true;
    throw e;
  }
  probe.exec("ROLLBACK");
  return false;
}

// Asks /healthz every 20 ms until `done` settles; returns how many answers came back while the
// other process still held the lock. A desk that waited for the lock by blocking its event loop
// answers none: everything queued behind the wait comes back only once the lock is free.
async function answeredWhileLocked(done: Promise<unknown>): Promise<number> {
  let finished = false;
  void done.finally(() => (finished = true));
  let answered = 0;
  while (!finished) {
    expect((await desk.app.request("/healthz")).status).toBe(200);
    if (lockHeldElsewhere()) answered++;
    await new Promise((r) => setTimeout(r, 20));
  }
  return answered;
}

const questionCount = () => desk.db.$client.prepare<[], number>("SELECT count(*) FROM questions").pluck().get()!;

function ask(title: string) {
  const category = desk.db.$client.prepare<[], number>("SELECT id FROM categories WHERE code = 'tra-cuu'").pluck().get()!;
  return officer.post("/questions", { title, body: "Nội dung câu hỏi đủ dài để được nhận.", category: String(category) });
}

describe("while another process holds the write lock", () => {
  it("a form waits for the lock without stopping other requests, then is saved", async () => {
    const before = questionCount();
    const lock = await holdWriteLock(600);
    const posted = ask("Hỏi trong lúc cơ sở dữ liệu đang bận ghi");
    const answered = await answeredWhileLocked(posted);
    const res = await posted;
    await lock.released;
    expect(res.status).toBe(303);
    expect(questionCount()).toBe(before + 1);
    expect(answered).toBeGreaterThanOrEqual(3);
  });

  it("answers 503 with Retry-After once the wait is over, and saves nothing", async () => {
    const before = questionCount();
    desk.config.writeWaitMs = 800; // WRITE_WAIT_MS, read per request
    const lock = await holdWriteLock(desk.config.writeWaitMs + 1500);
    const t0 = performance.now();
    const posted = ask("Hỏi khi khóa ghi giữ quá lâu");
    const answered = await answeredWhileLocked(posted);
    const res = await posted;
    expect(res.status).toBe(503);
    expect(performance.now() - t0).toBeGreaterThan(700); // it waited first
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await res.text()).toContain("đang bận");
    expect(answered).toBeGreaterThanOrEqual(3);
    await lock.released;
    expect(questionCount()).toBe(before);
  });

  it("pages of a signed-in officer do not wait for the lock, even when the session is due to be extended", async () => {
    const lock = await holdWriteLock(1500);
    desk.now.value = new Date(desk.now.value.getTime() + 20 * 24 * 3600_000); // past half the session's life
    const res = await officer.get("/kb");
    expect(res.status).toBe(200);
    expect(lockHeldElsewhere()).toBe(true); // answered before the other process let go
    await lock.released;
    // Extended on a later request, once the lock is free.
    const later = await officer.get("/kb");
    expect(later.headers.get("set-cookie")).toContain("session=");
  });
});

describe("write transactions", () => {
  it("take the write lock when they begin, so a read inside cannot be overtaken by another writer", () => {
    const other = new Database(`${desk.dir}/test.sqlite`);
    other.pragma("busy_timeout = 0");
    try {
      desk.db.transaction((tx) => {
        // Nothing read or written yet: the lock was taken by BEGIN itself.
        void tx;
        expect(() => other.exec("BEGIN IMMEDIATE")).toThrow(/busy|locked/i);
      });
    } finally {
      other.close();
    }
  });
});
