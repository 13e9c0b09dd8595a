// An oversized body on a real socket, as a browser sends it over a kept-alive connection: the 413
// must say "Connection: close", or the browser sends its next request down a socket the server
// then drops (@hono/node-server stops reading a body the app refused and closes the connection).
import { request as httpRequest, Agent, type IncomingMessage } from "node:http";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDesk, ORIGIN, type TestDesk } from "../support/app.js";
import { startServer, type RunningServer } from "../support/browser.js";

let desk: TestDesk;
let server: RunningServer;
let agent: Agent;
beforeEach(async () => {
  desk = createTestDesk();
  server = await startServer(desk);
  agent = new Agent({ keepAlive: true, maxSockets: 1 });
});
afterEach(async () => {
  agent.destroy();
  await server.close();
  desk.close();
});

interface Answer {
  status: number;
  headers: IncomingMessage["headers"];
  body: string;
}

function send(method: string, path: string, body?: Buffer, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${server.url}${path}`, { method, agent, headers: { ...headers, ...(body ? { "content-length": String(body.length) } : {}) } }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (d) => (text += d));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: text }));
      res.on("error", reject);
    });
    req.on("error", reject);
    // The server may answer before it has read everything; a reset while we still write is its right.
    req.on("socket", (s) => s.on("error", () => {}));
    req.end(body);
  });
}

describe("a body over the limit on a kept-alive connection", () => {
  it("is refused with 413 and Connection: close, and the next request on the same agent succeeds", async () => {
    const oversized = Buffer.from(`title=x&body=${"x".repeat(3 * 1024 * 1024)}`);
    for (let round = 0; round < 3; round++) {
      const refused = await send("POST", "/login", oversized, { "content-type": "application/x-www-form-urlencoded", origin: ORIGIN });
      expect(refused.status).toBe(413);
      expect(refused.headers.connection).toBe("close");
      expect(refused.body).toContain("Dữ liệu quá lớn");
      // Sent at once, as a browser would on the connection it believes is still open.
      const next = await send("GET", "/healthz");
      expect(next.status).toBe(200);
      expect(JSON.parse(next.body)).toEqual({ status: "ok" });
    }
  }, 30_000);
});
