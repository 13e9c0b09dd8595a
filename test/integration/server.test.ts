// `npm start` as a user runs it: a child process on an empty database, stopped with SIGTERM.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { openDatabase } from "../../src/db.js";

const dir = mkdtempSync(join(tmpdir(), "hotline-server-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function start(env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], { env: { ...process.env, HOST: "127.0.0.1", PORT: "0", ...env } });
  let out = "";
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.on("data", (d) => {
      out += d;
      const m = out.match(/listening on (http:\/\/[\d.]+:\d+)/);
      if (m) resolve(m[1]!);
    });
    child.stderr.on("data", (d) => (out += d));
    child.on("exit", (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
  const stopped = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { url, output: () => out, stop: () => (child.kill("SIGTERM"), stopped) };
}

describe("npm start", () => {
  it("with SEED_DEMO=0: migrates, writes reference data only, serves /healthz, stops cleanly on SIGTERM", async () => {
    const dbPath = join(dir, "empty.sqlite");
    const server = start({ DATABASE_PATH: dbPath, SEED_DEMO: "0" });
    const url = await server.url;
    const res = await fetch(`${url}/healthz`);
    expect(await res.json()).toEqual({ status: "ok" });
    expect((await fetch(`${url}/static/vendor/htmx.min.js`)).status).toBe(200);
    expect((await fetch(`${url}/static/css/app.css`)).headers.get("content-type")).toContain("text/css");
    expect(await server.stop()).toBe(0);
    expect(server.output()).not.toContain("hotline2026");
    const db = new Database(dbPath, { readonly: true });
    expect(db.prepare("select count(*) n from users").get()).toEqual({ n: 0 });
    expect(db.prepare("select count(*) n from categories").get()).toEqual({ n: 8 });
    expect((db.prepare("select count(*) n from calendar_days where kind = 'holiday'").get() as { n: number }).n).toBeGreaterThanOrEqual(33);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.close();
  }, 60_000);

  it("on an empty database adds demo data and prints the demo logins", async () => {
    const server = start({ DATABASE_PATH: join(dir, "demo.sqlite") });
    await server.url;
    expect(server.output()).toContain("hotline2026");
    expect(server.output()).toMatch(/canbo\s+Cán bộ đơn vị/);
    await server.stop();
  }, 60_000);
});

// Served by Node, the security headers go on Node's response directly (src/security-headers.ts);
// in-process (app.request, as every other test runs) they go on the web Response. Both must say the
// same, on pages, assets, errors and the API's refusal.
describe("security headers from the running server", () => {
  it("are the ones the app gives in-process, on every kind of response", async () => {
    const dbPath = join(dir, "headers.sqlite");
    const server = start({ DATABASE_PATH: dbPath, SEED_DEMO: "0" });
    const url = await server.url;
    const db = openDatabase(dbPath);
    const app = createApp({ db, config: { ...loadConfig({}), databasePath: dbPath }, clock: () => new Date() });
    const policy = (h: Headers) =>
      [...h].filter(([name]) => /^(content-security-policy|cross-origin|origin-agent|referrer|strict-transport|x-)/.test(name)).sort();
    try {
      for (const path of ["/login", "/healthz", "/static/css/app.css", "/khong-co", "/api/kb/search?q=x", "/questions"]) {
        const live = await fetch(`${url}${path}`, { redirect: "manual" });
        const local = await app.request(path);
        expect(live.status, path).toBe(local.status);
        expect(policy(live.headers), path).toEqual(policy(local.headers));
        expect(live.headers.get("content-security-policy"), path).toContain("default-src 'self'");
        expect(live.headers.get("x-frame-options"), path).toBe("DENY");
      }
    } finally {
      db.$client.close();
      await server.stop();
    }
  }, 60_000);
});
