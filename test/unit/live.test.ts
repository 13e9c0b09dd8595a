// The live bus's fan-out and the stream caps' arithmetic (issue 14): one signal to a thousand open
// tabs must leave the event loop between batches, and the total of streams stays below the
// process's open-file limit with room for everything else.
import { describe, expect, it } from "vitest";
import { liveStreamCap, loadConfig, readOpenFileLimit } from "../../src/config.js";
import { LiveBus, type LiveTopic } from "../../src/services/live.js";

const turn = () => new Promise((r) => setImmediate(r));

describe("LiveBus", () => {
  it("delivers one signal to a thousand listeners in batches, letting other work run between them", async () => {
    const bus = new LiveBus();
    let heard = 0;
    const off = Array.from({ length: 1000 }, () => bus.subscribe(["queue"], () => heard++));
    bus.signal("queue");
    await turn(); // the first turn after the signal
    expect(heard).toBeGreaterThan(0);
    expect(heard).toBeLessThan(1000);
    while (heard < 1000) await turn();
    await turn();
    expect(heard).toBe(1000);
    for (const f of off) f();
    expect(bus.listenerCount()).toBe(0);
  });

  it("keeps signals in order for each listener, and skips a listener gone before its turn", async () => {
    const bus = new LiveBus();
    const heard: LiveTopic[] = [];
    for (let i = 0; i < 300; i++) bus.subscribe(["queue"], () => {});
    const offLate = bus.subscribe(["queue"], () => heard.push("queue"));
    bus.subscribe(["queue", "user:7"], (t) => heard.push(t));
    bus.signal("queue");
    bus.signal("user:7");
    await turn(); // the first hundred have heard "queue"
    offLate(); // its tab closes before "queue" reaches it
    for (let i = 0; i < 10; i++) await turn();
    expect(heard).toEqual(["queue", "user:7"]);
  });
});

describe("stream caps", () => {
  it("keeps a quarter of the open-file limit (at least 256) for everything but streams", () => {
    expect(liveStreamCap(1024, 10_000)).toBe(768);
    expect(liveStreamCap(4096, 10_000)).toBe(3072);
    expect(liveStreamCap(65_536, 10_000)).toBe(10_000);
    expect(liveStreamCap(65_536, 2_000)).toBe(2_000);
    expect(liveStreamCap(200, 10_000)).toBe(0);
    expect(liveStreamCap(Infinity, 10_000)).toBe(10_000);
  });

  it("reads this process's open-file limit and takes the caps from the environment", () => {
    const { limit, source } = readOpenFileLimit();
    expect(limit).toBeGreaterThan(0);
    if (process.platform === "linux") expect(source).toBe("/proc/self/limits");
    const config = loadConfig({ LIVE_STREAMS_PER_USER: "3", LIVE_STREAMS_MAX: "100" });
    expect(config.liveStreamsPerUser).toBe(3);
    expect(config.liveStreamsMax).toBe(liveStreamCap(limit, 100));
    expect(loadConfig({}).liveStreamsPerUser).toBe(5);
  });
});
