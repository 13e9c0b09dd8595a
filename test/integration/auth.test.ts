import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { auditLog, sessions } from "../../db/schema.js";
import { anonymous, createTestDesk, PASSWORD, type TestDesk } from "../support/app.js";

let desk: TestDesk;
beforeEach(async () => {
  desk = createTestDesk();
  await desk.addUser("canbo", ["officer"]);
});
afterEach(() => desk.close());

describe("login", () => {
  it("answers /healthz without a session", async () => {
    const res = await anonymous(desk).get("/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("shows a Vietnamese login form", async () => {
    const res = await anonymous(desk).get("/login");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('name="username"');
    expect(html).toContain("Đăng nhập");
    expect(html).toContain('lang="vi"');
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true); // standards mode, not quirks
  });

  it("signs in with 303, an HttpOnly SameSite=Lax cookie, and stores only a hash of the token", async () => {
    const res = await anonymous(desk).post("/login", { username: "canbo", password: PASSWORD });
    expect(res.status).toBe(303);
    const cookie = res.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    const token = cookie.split(";")[0]!.split("=")[1]!;
    const stored = desk.db.select().from(sessions).all();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.id).not.toBe(token);
    expect(stored[0]!.id).toMatch(/^[0-9a-f]{64}$/);
    expect(desk.db.select().from(auditLog).where(eq(auditLog.action, "user.login")).all()).toHaveLength(1);
  });

  it("gives the same 401 answer to a wrong password and an unknown user, keeping the username", async () => {
    const wrong = await anonymous(desk).post("/login", { username: "canbo", password: "sai-mat-khau" });
    const unknown = await anonymous(desk).post("/login", { username: "khongco", password: "sai-mat-khau" });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const a = await wrong.text();
    const b = await unknown.text();
    expect(a).toContain("Tên đăng nhập hoặc mật khẩu không đúng.");
    expect(b).toContain("Tên đăng nhập hoặc mật khẩu không đúng.");
    expect(a).toContain('value="canbo"');
    expect(wrong.headers.get("set-cookie")).toBeNull();
  });

  it("refuses an empty form with 400, not a crash", async () => {
    const res = await anonymous(desk).post("/login", {});
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("Xin nhập tên đăng nhập và mật khẩu.");
  });

  it("sends pages to /login and answers /api with 401 JSON when signed out", async () => {
    const page = await anonymous(desk).get("/queue");
    expect(page.status).toBe(303);
    expect(page.headers.get("location")).toBe("/login?next=%2Fqueue");
    const api = await anonymous(desk).get("/api/kb/search?q=x");
    expect(api.status).toBe(401);
    expect(await api.json()).toEqual({ error: "unauthenticated" });
  });

  it("returns to a local next page after login, never to another site", async () => {
    const local = await anonymous(desk).post("/login", { username: "canbo", password: PASSWORD, next: "/kb" });
    expect(local.headers.get("location")).toBe("/kb");
    const away = await anonymous(desk).post("/login", { username: "canbo", password: PASSWORD, next: "//evil.example/x" });
    expect(away.headers.get("location")).toBe("/");
  });

  it("follows login only to a plain same-site path: control characters, whitespace and backslashes send it home", async () => {
    const after = async (next: string) => {
      const res = await anonymous(desk).post("/login", { username: "canbo", password: PASSWORD, next });
      expect(res.status, JSON.stringify(next)).toBe(303);
      return res.headers.get("location");
    };
    expect(await after("/questions/5?tab=a")).toBe("/questions/5?tab=a");
    expect(await after("/kb?q=hồ")).toBe("/kb?q=h%E1%BB%93"); // a header carries no "ồ"
    // Browsers drop tabs and line breaks from a URL, so "/\t/evil.example" is "//evil.example" to them.
    for (const next of ["/\r\nSet-Cookie: x=1", "/\t/evil.example", "/\n/evil.example", "/ /evil.example", "/\\evil.example", "/kb\\..\\x", "\\/evil.example", "https://evil.example/", "/\u00a0/evil.example"]) {
      expect(await after(next), JSON.stringify(next)).toBe("/");
    }
  });

  it("logs out: the session row is gone and the cookie no longer works", async () => {
    const s = await desk.login("canbo");
    expect((await s.get("/questions")).status).toBe(200);
    const out = await s.post("/logout");
    expect(out.status).toBe(303);
    expect(desk.db.select().from(sessions).all()).toHaveLength(0);
    expect((await s.get("/questions")).status).toBe(303);
  });

  it("expires a session after 30 days and extends one in use", async () => {
    const s = await desk.login("canbo");
    const first = desk.db.select().from(sessions).get()!;
    desk.now.value = new Date(desk.now.value.getTime() + 20 * 86400_000);
    expect((await s.get("/questions")).status).toBe(200);
    const extended = desk.db.select().from(sessions).get()!;
    expect(extended.expiresAt.getTime()).toBeGreaterThan(first.expiresAt.getTime());
    desk.now.value = new Date(desk.now.value.getTime() + 31 * 86400_000);
    expect((await s.get("/questions")).status).toBe(303);
  });

  it("refuses a disabled account with the same message", async () => {
    const id = await desk.addUser("dakhoa", ["officer"]);
    const admin = await desk.addUser("quantri", ["admin"]);
    const { setDisabled } = await import("../../src/services/users.js");
    setDisabled(desk.db, admin, id, true, desk.now.value);
    const res = await anonymous(desk).post("/login", { username: "dakhoa", password: PASSWORD });
    expect(res.status).toBe(401);
  });
});

describe("CSRF by Origin", () => {
  it("rejects a form posted from another origin", async () => {
    const s = await desk.login("canbo");
    const res = await s.post("/logout", {}, { headers: { origin: "http://evil.example" } });
    expect(res.status).toBe(403);
    expect(desk.db.select().from(sessions).all()).toHaveLength(1);
  });

  it("rejects a cross-site request that hides its Origin", async () => {
    const res = await desk.app.request("/login", {
      method: "POST",
      body: new URLSearchParams({ username: "canbo", password: PASSWORD }),
      headers: { "content-type": "application/x-www-form-urlencoded", "sec-fetch-site": "cross-site" },
    });
    expect(res.status).toBe(403);
  });
});

describe("security headers", () => {
  it("sends a strict CSP without inline scripts, nosniff and no framing", async () => {
    const res = await anonymous(desk).get("/login");
    const csp = res.headers.get("content-security-policy")!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });
});

describe("login throttling", () => {
  it("answers 429 after repeated failures, ends by itself, and never blocks the owner from elsewhere", async () => {
    for (let i = 0; i < 5; i++) expect((await anonymous(desk).post("/login", { username: "canbo", password: "sai" })).status).toBe(401);
    const blocked = await anonymous(desk).post("/login", { username: "canbo", password: PASSWORD });
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get("retry-after")).toBe("900");
    expect(await blocked.text()).toContain("Đăng nhập sai quá nhiều lần");
    // Unknown names are throttled alike: nothing tells which accounts exist.
    for (let i = 0; i < 5; i++) await anonymous(desk).post("/login", { username: "khongco", password: "sai" });
    expect((await anonymous(desk).post("/login", { username: "khongco", password: "sai" })).status).toBe(429);
    desk.now.value = new Date(desk.now.value.getTime() + 15 * 60 * 1000);
    expect((await anonymous(desk).post("/login", { username: "canbo", password: PASSWORD })).status).toBe(303);
  });

  it("counts failures in the database, so a restart does not reset them", async () => {
    for (let i = 0; i < 5; i++) await anonymous(desk).post("/login", { username: "canbo", password: "sai" });
    const { createApp } = await import("../../src/app.js");
    const { loadConfig } = await import("../../src/config.js");
    const restarted = createApp({ db: desk.db, config: loadConfig({}), clock: () => desk.now.value });
    const res = await restarted.request("/login", {
      method: "POST",
      body: new URLSearchParams({ username: "canbo", password: PASSWORD }),
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "http://localhost" },
    });
    expect(res.status).toBe(429);
  });
});
