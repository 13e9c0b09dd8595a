// Login throttling under a parallel burst, from behind a proxy, and with known devices (issue 14).
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { loginAttempts } from "../../db/schema.js";
import { MAX_PER_ACCOUNT_AND_ADDRESS } from "../../src/domain/login-throttle.js";
import { anonymous, createTestDesk, type TestDesk } from "../support/app.js";

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
