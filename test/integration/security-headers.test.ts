// HSTS tells a browser to use HTTPS only: sent over plain HTTP it is at best ignored and flags the
// desk in every scanner. It goes out only when the desk says it is served over HTTPS (COOKIE_SECURE=1).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { createTestDesk, type TestDesk } from "../support/app.js";

let desk: TestDesk;
beforeEach(() => {
  desk = createTestDesk();
});
afterEach(() => desk.close());

const appWith = (env: NodeJS.ProcessEnv) => createApp({ db: desk.db, config: { ...loadConfig(env), databasePath: desk.db.$client.name }, clock: () => desk.now.value });

describe("Strict-Transport-Security", () => {
  it("is not sent over plain HTTP (COOKIE_SECURE unset)", async () => {
    for (const path of ["/login", "/healthz", "/static/css/app.css", "/khong-co"]) {
      const res = await appWith({}).request(path);
      expect(res.headers.get("strict-transport-security"), path).toBeNull();
      // The rest of the policy stays.
      expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
    }
  });

  it("is sent when the desk is served over HTTPS (COOKIE_SECURE=1)", async () => {
    for (const path of ["/login", "/healthz", "/static/css/app.css", "/khong-co"]) {
      const res = await appWith({ COOKIE_SECURE: "1" }).request(path);
      expect(res.headers.get("strict-transport-security"), path).toMatch(/^max-age=\d{7,}/);
    }
  });
});
