// Fault: another process holds the database's write lock (issue 14, item 1), as a kb:import, a
// user:add, a backup or a second server does. The desk is served in-process on a free port; a child
// process takes the lock. First six 200 ms locks while four clients keep posting questions: no form
// should be refused (they wait). Then one 10 s lock while pages, /healthz and three logins go on:
// pages and /healthz must stay quick; the logins wait for WRITE_WAIT_MS and only then get 503.
import { spawn } from "node:child_process";
import { once } from "node:events";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { createApp } from "../../app.js";
import { loadConfig } from "../../config.js";
import { openDatabase } from "../../db.js";
import { ensureReferenceData } from "../../services/reference-data.js";
import { createUser } from "../../services/users.js";
import type { FaultFigure } from "./figure.js";

export const title = "Write lock held by another process: forms wait, pages go on";

const PASSWORD = "mat-khau-dung-2026";
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;
const ms = (x: number) => `${Math.round(x)} ms`;

// Takes the write lock `times` times for `holdMs`, `gapMs` apart; resolves when it is done.
function lockHolder(dbPath: string, times: number, holdMs: number, gapMs: number): { started: Promise<void>; done: Promise<void> } {
  const child = spawn(
    process.execPath,
    [
      "-e",
      `const D = require("better-sqlite3"); const d = new D(process.argv[1]); d.pragma("busy_timeout = 5000");
       const sleep = (t) => new Promise((r) => setTimeout(r, t));
       (async () => { for (let i = 0; i < ${times}; i++) { d.exec("BEGIN IMMEDIATE"); process.stdout.write("locked\\n");
         await sleep(${holdMs}); d.exec("COMMIT"); await sleep(${gapMs}); } d.close(); })();`,
      dbPath,
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const started = new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
  return { started, done: once(child, "exit").then(() => undefined) };
}

export async function measure(workDir: string): Promise<FaultFigure[]> {
  const databasePath = join(workDir, "desk.sqlite");
  const db = openDatabase(databasePath);
  const now = new Date();
  ensureReferenceData(db, now);
  await createUser(db, null, { username: "canbo", name: "Cán bộ thử", password: PASSWORD, roles: ["officer"] }, now);
  const config = { ...loadConfig({}), databasePath };
  const server = serve({ fetch: createApp({ db, config, clock: () => new Date() }).fetch, hostname: "127.0.0.1", port: 0 }) as Server;
  await once(server, "listening");
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const post = async (path: string, form: Record<string, string>, cookie = "") => {
    const t0 = performance.now();
    const res = await fetch(`${url}${path}`, { method: "POST", body: new URLSearchParams(form), headers: { origin: url, cookie }, redirect: "manual" });
    await res.arrayBuffer();
    return { res, ms: performance.now() - t0 };
  };
  const get = async (path: string, cookie = "") => {
    const t0 = performance.now();
    const res = await fetch(`${url}${path}`, { headers: { cookie } });
    await res.arrayBuffer();
    return { status: res.status, ms: performance.now() - t0 };
  };
  const cookie = (await post("/login", { username: "canbo", password: PASSWORD })).res.headers.getSetCookie()[0]!.split(";")[0]!;
  const category = String(db.$client.prepare("SELECT id FROM categories ORDER BY id LIMIT 1").pluck().get());
  try {
    // Six short locks while forms keep coming.
    const short = lockHolder(databasePath, 6, 200, 300);
    await short.started;
    let finished = false;
    void short.done.then(() => (finished = true));
    const forms: { status: number; ms: number }[] = [];
    await Promise.all(
      Array.from({ length: 4 }, async (_, i) => {
        for (let n = 0; !finished; n++) {
          const { res, ms } = await post("/questions", { title: `Câu hỏi ${i}-${n} trong lúc khóa ghi`, body: "Nội dung câu hỏi đủ dài để được nhận.", category }, cookie);
          forms.push({ status: res.status, ms });
        }
      }),
    );
    const refused = forms.filter((f) => f.status === 503);
    const immediate = refused.filter((f) => f.ms < config.writeWaitMs / 2).length;

    // One long lock while pages and /healthz go on, and three people sign in.
    const long = lockHolder(databasePath, 1, 10_000, 0);
    await long.started;
    finished = false;
    void long.done.then(() => (finished = true));
    const health: number[] = [];
    const pages: number[] = [];
    const logins = Promise.all([0, 1000, 2000].map(async (delay) => {
      await new Promise((r) => setTimeout(r, delay));
      const { res, ms } = await post("/login", { username: "canbo", password: PASSWORD });
      return { status: res.status, ms };
    }));
    await Promise.all([
      (async () => {
        while (!finished) health.push((await get("/healthz")).ms);
      })(),
      (async () => {
        while (!finished) pages.push((await get("/kb?q=l%C3%BD%20l%E1%BB%8Bch", cookie)).ms);
      })(),
    ]);
    const signedIn = await logins;
    return [
      { name: `forms refused during six 200 ms locks (of ${forms.length})`, value: `${refused.length} (${immediate} at once)`, budget: "0", ok: refused.length === 0 },
      { name: "slowest form during the short locks", value: ms(Math.max(...forms.map((f) => f.ms))) },
      { name: `/healthz p99 (max) during a 10 s lock, ${health.length} asked`, value: `${ms(pct(health, 99))} (${ms(Math.max(...health))})`, budget: "p99 < 300 ms", ok: pct(health, 99) < 300 },
      { name: `search page p99 (max) during the lock, ${pages.length} asked`, value: `${ms(pct(pages, 99))} (${ms(Math.max(...pages))})`, budget: "p99 < 300 ms", ok: pct(pages, 99) < 300 },
      {
        name: "three logins during the lock",
        value: signedIn.map((l) => `${l.status} after ${(l.ms / 1000).toFixed(1)} s`).join(", "),
        budget: `wait ≥ ${config.writeWaitMs / 1000} s, then 503`,
        ok: signedIn.every((l) => l.status === 303 || (l.status === 503 && l.ms >= config.writeWaitMs * 0.95)),
      },
    ];
  } finally {
    server.closeAllConnections();
    server.close();
    db.$client.close();
  }
}
