// Fault: thousands of live streams (issue 14, item 5). The desk runs as a child process, as
// `npm start` would; a worker thread holds the streams (so reading 1,000 events does not delay the
// probes in this thread) while /healthz and a page are timed back to back, first with the streams
// idle, then while new questions fan out "queue" to the 1,000 streams of the answer team. Then the
// caps: what one user's stream beyond the per-user cap gets, and a desk started with the common
// 1,024 open-file limit under more streams than it can hold.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { eq } from "drizzle-orm";
import { categories, userRoles, users } from "../../../db/schema.js";
import { createSession, generateSessionToken } from "../../auth/session.js";
import { readOpenFileLimit } from "../../config.js";
import { openDatabase } from "../../db.js";
import { PROJECT_ROOT } from "../../paths.js";
import { ensureReferenceData } from "../../services/reference-data.js";
import { createUser } from "../../services/users.js";
import type { FaultFigure } from "./figure.js";

export const title = "Live connections: 3,000 open streams, one event to 1,000 of them, the caps";

const STREAMS = 3000;
const FANOUT = 1000; // the answer team's streams: every new question signals "queue" to them
const PER_USER = 5; // streams each soak user opens (the default cap)
const EVENTS = 10; // new questions asked during the fan-out window
const SMALL_LIMIT = 1024;

interface Desk {
  url: string;
  child: ChildProcess;
  output: () => string;
}

export async function measure(workDir: string): Promise<FaultFigure[]> {
  const figures: FaultFigure[] = [];
  const dbPath = join(workDir, "desk.sqlite");
  const people = await prepare(dbPath, FANOUT / PER_USER, (STREAMS - FANOUT) / PER_USER + 1);
  const holder = new StreamHolder();
  try {
    // 1. 3,000 streams, and the p99 of other requests while one event at a time reaches 1,000.
    // Node raises its soft open-file limit to the hard one, so nothing here can raise it further:
    // below ~4,000 files the desk's cap (or this process's) is lower, and as many as fit are opened.
    const desk = await startDesk(dbPath);
    try {
      const cap = capOf(desk);
      const room = cap === undefined ? STREAMS : cap - PER_USER - 1; // places left for part 2
      const fits = Math.min(STREAMS, room, readOpenFileLimit().limit - 300);
      const fanout = Math.min(FANOUT, fits);
      const team = people.answerers.flatMap((c) => Array(PER_USER).fill(c)).slice(0, fanout);
      const others = people.officers.slice(0, -1).flatMap((c) => Array(PER_USER).fill(c)).slice(0, fits - fanout);
      const spare = people.officers.at(-1)!; // kept for the per-user cap below
      const rssBefore = rssOf(desk.child);
      const opened = await holder.open(desk.url, [...team, ...others]);
      const ok = opened.filter((s) => s === 200).length;
      const perStream = Math.round((rssOf(desk.child) - rssBefore) / Math.max(1, ok) / 1024);
      const limited = fits < STREAMS ? ` (as many as fit: file limit ${readOpenFileLimit().limit}, cap ${cap})` : "";
      figures.push({ name: `streams open${limited}`, value: `${ok} of ${opened.length}${describe(opened)}`, budget: `${STREAMS}`, ok: ok === STREAMS });
      figures.push({ name: "server memory per open stream (RSS)", value: `${perStream} KB` });
      // One question first, so the fan-out is not timed together with the first write's warm-up.
      await ask(desk.url, people.asker, people.category, -1);
      await new Promise((r) => setTimeout(r, 1000)); // and the burst of connections settles

      const idle = await probe(desk.url, people.asker, async () => new Promise((r) => setTimeout(r, 2000)));
      figures.push({ name: "p99 /healthz, page; streams idle", value: `${ms(idle.health)} ms, ${ms(idle.page)} ms` });

      const received = await holder.count();
      const busy = await probe(desk.url, people.asker, async () => {
        for (let i = 0; i < EVENTS; i++) {
          await ask(desk.url, people.asker, people.category, i);
          await new Promise((r) => setTimeout(r, 200));
        }
        const want = received + EVENTS * fanout;
        for (const until = Date.now() + 20_000; Date.now() < until && (await holder.count()) < want; ) await new Promise((r) => setTimeout(r, 50));
      });
      const delivered = (await holder.count()) - received;
      figures.push({ name: `queue events delivered (${EVENTS} × ${fanout} streams)`, value: `${delivered}`, budget: `${EVENTS * fanout}`, ok: delivered === EVENTS * fanout });
      figures.push({ name: "p99 /healthz during the fan-out (max)", value: `${ms(busy.health)} ms (${ms(busy.healthMax)} ms)`, budget: "≤ 100 ms", ok: busy.health <= 100 });
      figures.push({ name: "p99 page during the fan-out (max)", value: `${ms(busy.page)} ms (${ms(busy.pageMax)} ms)`, budget: "≤ 100 ms", ok: busy.page <= 100 });

      // 2. One user's streams beyond the cap.
      const own = await holder.open(desk.url, Array(PER_USER + 1).fill(spare), true);
      const extra = own[PER_USER]!;
      figures.push({
        name: `one user's streams 1–${PER_USER}, stream ${PER_USER + 1}`,
        value: `${describe(own.slice(0, PER_USER)).trim() || "?"}; ${extra}`,
        budget: "stream 6 refused (429)",
        ok: extra === 429 && own.slice(0, PER_USER).every((s) => s === 200),
      });
      await holder.closeAll();
    } finally {
      await stopDesk(desk);
    }

    // 3. The total cap: a desk with 1,024 open files, asked for more streams than it can hold.
    const small = await startDesk(dbPath, SMALL_LIMIT);
    try {
      const want = 1100;
      const opened = await holder.open(small.url, [...people.officers, ...people.answerers].flatMap((c) => Array(PER_USER).fill(c)).slice(0, want));
      const ok = opened.filter((s) => s === 200).length;
      const health = await timed(small.url, "/healthz", "");
      const page = await timed(small.url, "/questions", people.asker);
      const cap = capOf(small);
      const logged = small.output().split("\n").filter((l) => /live stream refused/i.test(l)).length;
      figures.push({ name: `${want} streams at a ${SMALL_LIMIT}-file limit: open / refused`, value: `${ok}${describe(opened)}`, budget: cap ? `cap ${cap}` : "a cap", ok: ok === cap });
      figures.push({ name: "  meanwhile /healthz, a page", value: `${health.status} ${ms(health.ms)} ms, ${page.status} ${ms(page.ms)} ms`, budget: "200, 200", ok: health.status === 200 && page.status === 200 });
      figures.push({ name: "  refusal lines in the server log", value: `${logged}`, budget: "≥ 1, rate-limited", ok: logged >= 1 && logged <= 5 });
      await holder.closeAll();
    } finally {
      await stopDesk(small);
    }
  } finally {
    await holder.stop();
  }
  return figures;
}

// Soak users share one password hash (hashing a few hundred is seconds of argon2 for nothing) and
// get sessions written directly; cookies are what the streams and probes send.
async function prepare(dbPath: string, answerers: number, officers: number) {
  const db = openDatabase(dbPath);
  const now = new Date();
  ensureReferenceData(db, now);
  const first = await createUser(db, null, { username: "soak-0", name: "Soak 0", password: "soak-password-1", roles: ["officer"] }, now);
  const hash = db.select({ h: users.passwordHash }).from(users).where(eq(users.id, first)).get()!.h;
  const cookie = (userId: number) => {
    const token = generateSessionToken();
    createSession(db, token, userId, now);
    return `session=${token}`;
  };
  const add = (i: number, role: "answerer" | "officer") => {
    const { id } = db.insert(users).values({ username: `soak-${i}`, name: `Soak ${i}`, passwordHash: hash, createdAt: now }).returning({ id: users.id }).get();
    db.insert(userRoles).values({ userId: id, role }).run();
    return cookie(id);
  };
  const people = db.transaction(() => ({
    asker: cookie(first),
    answerers: Array.from({ length: answerers }, (_, i) => add(i + 1, "answerer")),
    officers: Array.from({ length: officers }, (_, i) => add(answerers + i + 1, "officer")),
    category: String(db.select().from(categories).where(eq(categories.code, "ly-lich-tu-phap")).get()!.id),
  }));
  db.$client.close();
  return people;
}

function startDesk(dbPath: string, fileLimit?: number): Promise<Desk> {
  const node = [process.execPath, "--import", "tsx", "src/server.ts"];
  // `ulimit -n` sets the soft and hard limit alike, as a service started with LimitNOFILE=1024.
  const [cmd, ...args] = fileLimit ? ["sh", "-c", `ulimit -n ${fileLimit} && exec "$@"`, "sh", ...node] : node;
  const child = spawn(cmd!, args, {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATABASE_PATH: dbPath, SEED_DEMO: "0", PORT: "0", HOST: "127.0.0.1" },
  });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  return new Promise((resolve, reject) => {
    const check = () => {
      const m = out.match(/listening on (http:\/\/[\d.]+:\d+)/);
      if (m) resolve({ url: m[1]!, child, output: () => out });
    };
    child.stdout!.on("data", check);
    child.on("exit", (code) => reject(new Error(`server exited ${code}: ${out}`)));
    child.on("error", reject);
  });
}

// The total the desk printed at start ("Live streams: at most 5 per user and 768 in all …").
function capOf(desk: Desk): number | undefined {
  const m = desk.output().match(/live streams: at most \d+ per user and (\d+) in all/i);
  return m ? Number(m[1]) : undefined;
}

async function stopDesk(desk: Desk): Promise<void> {
  const exited = new Promise((r) => desk.child.once("exit", r));
  desk.child.kill("SIGKILL");
  await exited;
}

function rssOf(child: ChildProcess): number {
  const kb = readFileSync(`/proc/${child.pid}/status`, "utf8").match(/VmRSS:\s+(\d+)/)?.[1];
  return Number(kb ?? 0) * 1024;
}

// Times /healthz and a page, each back to back on its own keep-alive connection, while `during`
// runs; p99 and max of each.
async function probe(url: string, cookie: string, during: () => Promise<void>) {
  let running = true;
  const loop = async (path: string, c: string) => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const times: number[] = [];
    while (running) times.push((await timed(url, path, c, agent)).ms);
    agent.destroy();
    return times;
  };
  const health = loop("/healthz", "");
  const page = loop("/questions", cookie);
  await during();
  running = false;
  const [h, p] = [await health, await page];
  return { health: p99(h), healthMax: Math.max(...h), page: p99(p), pageMax: Math.max(...p) };
}

function timed(url: string, path: string, cookie: string, agent?: Agent): Promise<{ status: number; ms: number }> {
  const start = performance.now();
  return new Promise((resolve) => {
    const req = request(`${url}${path}`, { agent, headers: cookie ? { cookie } : {} }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - start }));
    });
    req.on("error", () => resolve({ status: 0, ms: performance.now() - start }));
    req.setTimeout(5000, () => req.destroy());
    req.end();
  });
}

async function ask(url: string, cookie: string, category: string, i: number): Promise<void> {
  const body = new URLSearchParams({ title: `Câu hỏi thử tải số ${i + 1} về Phiếu lý lịch tư pháp`, body: "Nội dung câu hỏi đủ dài để gửi đi.", category });
  const res = await fetch(`${url}/questions`, { method: "POST", body, redirect: "manual", headers: { cookie, origin: url } });
  if (res.status !== 303) throw new Error(`POST /questions answered ${res.status}`);
}

function p99(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.99))] ?? NaN;
}

const ms = (x: number) => (x < 10 ? x.toFixed(1) : Math.round(x).toString());

// " (3000 × 200)" or " (768 × 200, 332 × 503)": the statuses streams got, counted.
function describe(statuses: (number | string)[]): string {
  const counts = new Map<number | string, number>();
  for (const s of statuses) counts.set(s, (counts.get(s) ?? 0) + 1);
  return ` (${[...counts].map(([s, n]) => `${n} × ${s}`).join(", ")})`;
}

// The streams live in a worker thread: plain node:http, each answer's status kept, every "event:
// queue" counted. Opened a hundred at a time so the server's listen backlog is never the limit.
class StreamHolder {
  private readonly worker = new Worker(
    `
    const { parentPort } = require("node:worker_threads");
    const http = require("node:http");
    const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
    const open = new Set();
    let events = 0;
    const one = (url, cookie) => new Promise((resolve) => {
      const req = http.get(url + "/events", { agent, headers: { cookie } }, (res) => {
        if (res.statusCode !== 200) { res.resume(); return resolve(res.statusCode); }
        open.add(req);
        req.setTimeout(0);
        res.setEncoding("utf8");
        let first = true;
        res.on("data", (s) => {
          if (first) { first = false; resolve(200); }
          events += s.split("event: queue").length - 1;
        });
        res.on("close", () => open.delete(req));
      });
      req.on("error", (e) => resolve(e.code || "error"));
      // A desk out of file descriptors leaves connections unaccepted: count them as timed out.
      req.setTimeout(5000, () => { if (!open.has(req)) { req.destroy(); resolve("timeout"); } });
    });
    parentPort.on("message", async (m) => {
      if (m.cmd === "open") {
        const out = [];
        if (m.oneByOne) for (const c of m.cookies) out.push(await one(m.url, c));
        else for (let i = 0; i < m.cookies.length; i += 100) out.push(...(await Promise.all(m.cookies.slice(i, i + 100).map((c) => one(m.url, c)))));
        parentPort.postMessage(out);
      } else if (m.cmd === "count") parentPort.postMessage(events);
      else if (m.cmd === "close") { for (const r of open) r.destroy(); open.clear(); parentPort.postMessage(null); }
    });
    `,
    { eval: true },
  );

  private ask<T>(message: object): Promise<T> {
    return new Promise((resolve) => {
      this.worker.once("message", resolve);
      this.worker.postMessage(message);
    });
  }

  open(url: string, cookies: string[], oneByOne = false): Promise<(number | string)[]> {
    return this.ask({ cmd: "open", url, cookies, oneByOne });
  }

  count(): Promise<number> {
    return this.ask({ cmd: "count" });
  }

  closeAll(): Promise<void> {
    return this.ask({ cmd: "close" });
  }

  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}
