// The live bus's fan-out (issue 14): one signal to a thousand open tabs must leave the event loop
// between batches.
import { describe, expect, it } from "vitest";
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
