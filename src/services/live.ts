// In-process signals for live pages (SSE). A signal only says "this changed, fetch again"; the data
// itself is read from the database by whoever listens. Services raise them with signalAfterCommit,
// which waits for their transaction to commit (src/db.ts afterCommit).
import { afterCommit, type Tx } from "../db.js";

export type LiveTopic = `user:${number}` | "queue" | `question:${number}`;
type Listener = (topic: LiveTopic) => void;

// Listeners called per turn of the event loop. One signal may reach thousands of open tabs (the
// whole answer team's queue): calling them all in one go held every other request up by 100–250 ms
// with 1,000 streams (issue 14). Between batches, setImmediate lets waiting requests run.
const BATCH = 100;

export class LiveBus {
  private readonly listeners = new Map<LiveTopic, Set<Listener>>();
  // Signals not yet fully delivered, in order, so each tab still hears them in the order raised.
  // The head walks its topic's live set: a tab that closes during delivery is skipped.
  private readonly pending: { topic: LiveTopic; rest?: Iterator<Listener> }[] = [];
  private scheduled = false;

  signal(topic: LiveTopic): void {
    this.pending.push({ topic });
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(this.deliver);
    }
  }

  private readonly deliver = (): void => {
    for (let budget = BATCH; budget > 0 && this.pending.length > 0; ) {
      const head = this.pending[0]!;
      head.rest ??= (this.listeners.get(head.topic) ?? new Set<Listener>()).values();
      const next = head.rest.next();
      if (next.done) {
        this.pending.shift();
      } else {
        budget--;
        next.value(head.topic);
      }
    }
    if (this.pending.length > 0) setImmediate(this.deliver);
    else this.scheduled = false;
  };

  subscribe(topics: LiveTopic[], listener: Listener): () => void {
    for (const t of topics) {
      let set = this.listeners.get(t);
      if (!set) this.listeners.set(t, (set = new Set()));
      set.add(listener);
    }
    return () => {
      for (const t of topics) {
        const set = this.listeners.get(t);
        set?.delete(listener);
        if (set?.size === 0) this.listeners.delete(t); // question topics come and go
      }
    };
  }

  // Open subscriptions (on one topic, or all): tests use it to prove closed streams leave none behind.
  listenerCount(topic?: LiveTopic): number {
    if (topic) return this.listeners.get(topic)?.size ?? 0;
    let n = 0;
    for (const set of this.listeners.values()) n += set.size;
    return n;
  }
}

// One bus per process; tests make apps that share it harmlessly (topics carry ids).
export const liveBus = new LiveBus();

// Tells the listeners of `topic` once the change made in `tx` is committed (at once outside a
// transaction): a tab told to fetch again must find the change, and a rolled-back one is no news.
export function signalAfterCommit(tx: Tx, topic: LiveTopic): void {
  afterCommit(tx, () => liveBus.signal(topic));
}

// Open streams counted per user and in all, against the caps of the config (issue 14): every
// stream holds an open file and some memory for as long as its tab stays open.
export class StreamCount {
  private readonly perUser = new Map<number, number>();
  total = 0;

  constructor(
    readonly perUserMax: number,
    readonly max: number,
  ) {}

  // Takes a place for one more stream of this user, or names the cap that refuses it.
  take(userId: number): "ok" | "user" | "total" {
    const mine = this.of(userId);
    if (mine >= this.perUserMax) return "user";
    if (this.total >= this.max) return "total";
    this.perUser.set(userId, mine + 1);
    this.total++;
    return "ok";
  }

  release(userId: number): void {
    const mine = this.of(userId);
    if (mine <= 1) this.perUser.delete(userId);
    else this.perUser.set(userId, mine - 1);
    this.total--;
  }

  of(userId: number): number {
    return this.perUser.get(userId) ?? 0;
  }
}
