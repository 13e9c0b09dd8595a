// Hostile requests at the edge: oversized bodies, path traversal, internal errors.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Hono } from "hono";
import { anonymous, createTestDesk, ORIGIN, type TestDesk } from "../support/app.js";
import Database from "better-sqlite3";
import { handleError } from "../../src/errors.js";

let desk: TestDesk;
beforeEach(async () => {
  desk = createTestDesk();
  await desk.addUser("canbo", ["officer"]);
});
afterEach(() => desk.close());

describe("the edge", () => {
  it("refuses a body over the limit with 413 and a Vietnamese page", async () => {
    const s = await desk.login("canbo");
    const res = await s.post("/questions", { title: "Tiêu đề hợp lệ", body: "x".repeat(3 * 1024 * 1024), category: "1" });
    expect(res.status).toBe(413);
    expect(await res.text()).toContain("Dữ liệu quá lớn");
  });

  it("serves no file outside static/, whatever the path tricks", async () => {
    const signedIn = await desk.login("canbo");
    for (const path of ["/static/../package.json", "/static/%2e%2e/package.json", "/static/..%2fpackage.json", "/static/vendor/..%2f..%2fpackage.json", "/static/css/../../db/schema.ts"]) {
      // Dot segments that the URL parser resolves leave static/ altogether: a page that does not exist.
      for (const s of [anonymous(desk), signedIn]) {
        const res = await s.get(path);
        expect(res.status).not.toBe(200);
        const text = await res.text();
        expect(text).not.toContain("hotline-desk");
        expect(text).not.toContain("sqliteTable");
      }
    }
    expect((await anonymous(desk).get("/static/vendor/passwd")).status).toBe(404);
  });

  it("shows no stack trace when something breaks", async () => {
    const app = new Hono();
    app.onError(handleError as never);
    app.use(async (c, next) => {
      c.set("user" as never, null as never);
      await next();
    });
    app.get("/boom", () => {
      throw new Error("secret internal detail at /work/main/src/x.ts:1");
    });
    const original = console.error;
    console.error = () => {};
    try {
      const res = await app.request("/boom");
      expect(res.status).toBe(500);
      const html = await res.text();
      expect(html).toContain("Lỗi hệ thống");
      expect(html).not.toContain("secret internal detail");
      expect(html).not.toContain(".ts:");
    } finally {
      console.error = original;
    }
  });

  it("answers 503 with a Vietnamese page, not a 500, while another process holds the write lock", async () => {
    const s = await desk.login("canbo");
    // Another process (a bulk kb:import) holds the write lock longer than the server waits.
    desk.config.writeWaitMs = 500;
    const other = new Database(desk.db.$client.name);
    other.exec("BEGIN IMMEDIATE");
    try {
      const res = await s.post("/questions", { title: "Thời hạn xóa án tích", body: "Nội dung câu hỏi đủ dài.", category: "1" });
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe("10");
      expect(await res.text()).toContain("Hệ thống đang bận");
    } finally {
      other.exec("ROLLBACK");
      other.close();
      desk.config.writeWaitMs = 5000;
    }
    const after = await s.post("/questions", { title: "Thời hạn xóa án tích", body: "Nội dung câu hỏi đủ dài.", category: "1" });
    expect(after.status).toBe(303);
  }, 15_000);

  it("refuses a JSON body on a form route without a crash", async () => {
    const s = await desk.login("canbo");
    const res = await desk.app.request("/questions", {
      method: "POST",
      body: JSON.stringify({ title: "x" }),
      headers: { "content-type": "application/json", cookie: s.cookie, origin: ORIGIN },
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });
});
