import { describe, expect, it } from "vitest";
import { MAX_PER_ACCOUNT_AND_ADDRESS, MAX_PER_ADDRESS, retryAfterMs, WINDOW_MS } from "../../../src/domain/login-throttle.js";

const at = (n: number, every = 1000) => Array.from({ length: n }, (_, i) => i * every);

describe("retryAfterMs", () => {
  it("allows up to the limit and then waits until the window frees a slot", () => {
    expect(retryAfterMs(at(MAX_PER_ACCOUNT_AND_ADDRESS - 1), [], 10_000)).toBe(0);
    const failures = at(MAX_PER_ACCOUNT_AND_ADDRESS);
    expect(retryAfterMs(failures, [], 10_000)).toBe(WINDOW_MS - 10_000);
    expect(retryAfterMs(failures, [], WINDOW_MS)).toBe(0); // every block ends by itself
  });
  it("limits one address spraying many accounts", () => {
    expect(retryAfterMs([], at(MAX_PER_ADDRESS), 60_000)).toBeGreaterThan(0);
    expect(retryAfterMs([], at(MAX_PER_ADDRESS - 1), 60_000)).toBe(0);
  });
});
