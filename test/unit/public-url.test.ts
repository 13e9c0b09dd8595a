// The address printed in QR codes (issue 15, item 9): PUBLIC_URL when set, else the request's.
import { describe, expect, it } from "vitest";
import { deskLink } from "../../src/public-url.js";

describe("deskLink", () => {
  it("uses the request's origin when PUBLIC_URL is not set, without its path or query", () => {
    expect(deskLink(null, "http://10.0.0.5:3000/kb/booklet?category=3", "/kb/12")).toBe("http://10.0.0.5:3000/kb/12");
  });

  it("uses PUBLIC_URL when set, keeping a path prefix and dropping trailing slashes", () => {
    expect(deskLink("https://hoidap.ca.local", "http://127.0.0.1:3000/kb/poster", "/questions/new")).toBe("https://hoidap.ca.local/questions/new");
    expect(deskLink("https://gw.ca.local/hoidap/", "http://127.0.0.1:3000/kb/poster", "/kb")).toBe("https://gw.ca.local/hoidap/kb");
  });
});
