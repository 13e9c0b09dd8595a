// In-process signals for live pages (SSE). A signal only says "this changed, fetch again"; the data
// itself is read from the database by whoever listens. Signals raised inside a transaction are
// delivered after the current synchronous work finishes, i.e. after the commit.
import { EventEmitter } from "node:events";

export type LiveTopic = `user:${number}` | "queue" | `question:${number}`;

export class LiveBus {
  private readonly emitter = new EventEmitter();

  constructor() {
    this.emitter.setMaxListeners(0); // one listener per open browser tab
  }

  signal(topic: LiveTopic): void {
    setImmediate(() => this.emitter.emit(topic, topic));
  }

  subscribe(topics: LiveTopic[], listener: (topic: LiveTopic) => void): () => void {
    for (const t of topics) this.emitter.on(t, listener);
    return () => {
      for (const t of topics) this.emitter.off(t, listener);
    };
  }

  // Open subscriptions (on one topic, or all): tests use it to prove closed streams leave none behind.
  listenerCount(topic?: LiveTopic): number {
    const topics = topic ? [topic] : this.emitter.eventNames();
    return topics.reduce((n, t) => n + this.emitter.listenerCount(t), 0);
  }
}

// One bus per process; tests make apps that share it harmlessly (topics carry ids).
export const liveBus = new LiveBus();
