import { describe, expect, it } from "vitest";
import { clientAddress } from "../../../src/auth/client-address.js";
import { loadConfig } from "../../../src/config.js";

describe("clientAddress", () => {
  it("is the socket peer unless the peer is a trusted proxy", () => {
    expect(clientAddress("192.0.2.7", "203.0.113.5", [])).toBe("192.0.2.7");
    expect(clientAddress("192.0.2.7", "203.0.113.5", ["10.0.0.1"])).toBe("192.0.2.7");
    expect(clientAddress(undefined, "203.0.113.5", ["10.0.0.1"])).toBe("unknown");
  });

  it("behind trusted proxies, is the right-most address none of them is", () => {
    const proxies = ["10.0.0.1", "172.16.0.0/12"];
    expect(clientAddress("10.0.0.1", "203.0.113.5", proxies)).toBe("203.0.113.5");
    // What the client wrote itself stands left of what our proxies appended.
    expect(clientAddress("10.0.0.1", "1.1.1.1, 203.0.113.5, 172.20.0.3", proxies)).toBe("203.0.113.5");
    expect(clientAddress("10.0.0.1", "172.20.0.3", proxies)).toBe("172.20.0.3"); // all ours: the furthest
    expect(clientAddress("10.0.0.1", undefined, proxies)).toBe("10.0.0.1");
  });

  it("spells an IPv4 client one way, however the socket reports it", () => {
    expect(clientAddress("::ffff:10.0.0.1", "203.0.113.5", ["10.0.0.1"])).toBe("203.0.113.5");
    expect(clientAddress("::ffff:192.0.2.7", undefined, [])).toBe("192.0.2.7");
    expect(clientAddress("fd00::2", "2001:db8::1", ["fd00::/8"])).toBe("2001:db8::1");
  });
});

describe("TRUSTED_PROXIES", () => {
  it("takes addresses and ranges, and refuses anything else at start", () => {
    expect(loadConfig({}).trustedProxies).toEqual([]);
    expect(loadConfig({ TRUSTED_PROXIES: " 10.0.0.1, fd00::/8 " }).trustedProxies).toEqual(["10.0.0.1", "fd00::/8"]);
    expect(() => loadConfig({ TRUSTED_PROXIES: "proxy.local" })).toThrow(/TRUSTED_PROXIES/);
    expect(() => loadConfig({ TRUSTED_PROXIES: "10.0.0.0/33" })).toThrow(/TRUSTED_PROXIES/);
  });
});
