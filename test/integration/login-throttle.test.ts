// Login throttling under a parallel burst, from behind a proxy, and with known devices (issue 14).
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { loginAttempts } from "../../db/schema.js";
import { createApp } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { MAX_PER_ACCOUNT_AND_ADDRESS, MAX_PER_ADDRESS } from "../../src/domain/login-throttle.js";
import { anonymous, createTestDesk, ORIGIN, PASSWORD, type TestDesk } from "../support/app.js";

// Counts the password checks the login route makes, calling through to the real argon2.
const checks = vi.hoisted(() => ({ count: 0 }));
vi.mock("../../src/auth/password.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/auth/password.js")>();
  return {
    ...real,
    verifyPassword: (hashed: string, password: string) => (checks.count++, real.verifyPassword(hashed, password)),
    spendPasswordTime: (password: string) => (checks.count++, real.spendPasswordTime(password)),
  };
});

let desk: TestDesk;
beforeEach(async () => {
  desk = createTestDesk();
  await desk.addUser("canbo", ["officer"]);
  checks.count = 0;
});
afterEach(() => desk.close());

describe("a parallel burst of wrong passwords", () => {
  it("reaches the password check at most the limit's number of times; the rest are throttled in Vietnamese", async () => {
    const burst = await Promise.all(Array.from({ length: 50 }, () => anonymous(desk).post("/login", { username: "canbo", password: "sai-mat-khau" })));
    const statuses = burst.map((r) => r.status);
    expect(checks.count).toBeLessThanOrEqual(MAX_PER_ACCOUNT_AND_ADDRESS);
    expect(statuses.filter((s) => s === 401)).toHaveLength(checks.count);
    expect(statuses.filter((s) => s === 429)).toHaveLength(50 - checks.count);
    const throttled = burst.find((r) => r.status === 429)!;
    expect(throttled.headers.get("retry-after")).toBe("900");
    expect(await throttled.text()).toContain("Đăng nhập sai quá nhiều lần");
    // Every checked attempt is on record as a failure; no throttled one is.
    expect(desk.db.select().from(loginAttempts).all().filter((a) => !a.succeeded)).toHaveLength(checks.count);
  });
});

// A login as it reaches the app through @hono/node-server from the socket peer `peer`.
function login(app: TestDesk["app"], form: Record<string, string>, from: { peer: string; forwardedFor?: string; cookie?: string }) {
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded", origin: ORIGIN };
  if (from.forwardedFor) headers["x-forwarded-for"] = from.forwardedFor;
  if (from.cookie) headers.cookie = from.cookie;
  return app.request("/login", { method: "POST", body: new URLSearchParams(form), headers }, { incoming: { socket: { remoteAddress: from.peer } } });
}

const recordedAddresses = () => desk.db.select({ address: loginAttempts.address }).from(loginAttempts).all().map((a) => a.address);

describe("behind a reverse proxy", () => {
  it("ignores X-Forwarded-For from a peer that is not a configured proxy", async () => {
    await login(desk.app, { username: "canbo", password: "sai" }, { peer: "192.0.2.7", forwardedFor: "203.0.113.5" });
    expect(recordedAddresses()).toEqual(["192.0.2.7"]);
  });

  it("takes the right-most address no trusted proxy vouches for, so two officers behind it are throttled apart", async () => {
    const app = createApp({ db: desk.db, config: loadConfig({ TRUSTED_PROXIES: "10.0.0.1, 10.0.0.2" }), clock: () => desk.now.value });
    // The left-most entry is whatever the client wrote; the proxies appended the rest.
    await login(app, { username: "canbo", password: "sai" }, { peer: "10.0.0.1", forwardedFor: "198.51.100.9, 203.0.113.5, 10.0.0.2" });
    expect(recordedAddresses()).toEqual(["203.0.113.5"]);
    for (let i = 1; i < MAX_PER_ACCOUNT_AND_ADDRESS; i++) await login(app, { username: "canbo", password: "sai" }, { peer: "10.0.0.1", forwardedFor: "203.0.113.5" });
    expect((await login(app, { username: "canbo", password: PASSWORD }, { peer: "10.0.0.1", forwardedFor: "203.0.113.5" })).status).toBe(429);
    expect((await login(app, { username: "canbo", password: PASSWORD }, { peer: "10.0.0.1", forwardedFor: "203.0.113.6" })).status).toBe(303);
  });
});

describe("a known device", () => {
  const deviceCookie = (res: Response) => res.headers.getSetCookie().find((c) => c.startsWith("device="))?.split(";")[0] ?? "";

  it("still signs in after one address sprays made-up names, or guesses at its own account", async () => {
    const first = await login(desk.app, { username: "canbo", password: PASSWORD }, { peer: "10.0.0.9" });
    expect(first.status).toBe(303);
    const cookie = deviceCookie(first);
    for (let i = 0; i < MAX_PER_ADDRESS; i++) await login(desk.app, { username: `khongco${i}`, password: "sai" }, { peer: "10.0.0.9" });
    for (let i = 0; i < MAX_PER_ACCOUNT_AND_ADDRESS; i++) await login(desk.app, { username: "canbo", password: "sai" }, { peer: "10.0.0.9" });
    // A browser that never signed in here is held by the address limit, as before.
    await desk.addUser("canbo2", ["officer"]);
    expect((await login(desk.app, { username: "canbo2", password: PASSWORD }, { peer: "10.0.0.9" })).status).toBe(429);
    expect((await login(desk.app, { username: "canbo", password: PASSWORD }, { peer: "10.0.0.9", cookie })).status).toBe(303);
  });

  it("is known for the accounts that signed in from it only, and its own failures are throttled", async () => {
    await desk.addUser("canbo2", ["officer"]);
    const cookie = deviceCookie(await login(desk.app, { username: "canbo", password: PASSWORD }, { peer: "10.0.0.9" }));
    for (let i = 0; i < MAX_PER_ADDRESS; i++) await login(desk.app, { username: `khongco${i}`, password: "sai" }, { peer: "10.0.0.9" });
    expect((await login(desk.app, { username: "canbo2", password: PASSWORD }, { peer: "10.0.0.9", cookie })).status).toBe(429);
    for (let i = 0; i < MAX_PER_ACCOUNT_AND_ADDRESS; i++) {
      expect((await login(desk.app, { username: "canbo", password: "sai" }, { peer: "10.0.0.9", cookie })).status).toBe(401);
    }
    expect((await login(desk.app, { username: "canbo", password: PASSWORD }, { peer: "10.0.0.9", cookie })).status).toBe(429);
  });
});
