// Asset names come straight from the URL: a name that is not a file we serve is a 404, however it
// is spelt (names of Object.prototype's properties once reached a lookup in a plain object: a 500).
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { anonymous, createTestDesk, type TestDesk } from "../support/app.js";

let desk: TestDesk;
beforeEach(() => {
  desk = createTestDesk();
});
afterEach(() => desk.close());

describe("GET /static/vendor/:file", () => {
  it("serves the vendored files", async () => {
    const res = await anonymous(desk).get("/static/vendor/htmx.min.js");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("public, max-age=604800");
  });

  it("answers 404, and logs nothing, for names of Object.prototype's properties", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      for (const name of ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "__defineGetter__", "isPrototypeOf"]) {
        const res = await anonymous(desk).get(`/static/vendor/${name}`);
        expect(res.status, name).toBe(404);
      }
      expect(logged).not.toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
  });
});
