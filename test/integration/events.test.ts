// GET /events: the signed-in user's server-sent events. Streams are read with a reader and always
// cancelled at the end: an open stream would keep the test (and the bus listener) alive.
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { categories } from "../../db/schema.js";
import { liveBus } from "../../src/services/live.js";
import { notify } from "../../src/services/notifications.js";
import { anonymous, createTestDesk, idFromLocation, type Session, type TestDesk } from "../support/app.js";

interface SseMessage {
  event?: string;
  data?: string;
  comment?: string;
}

// Reads one SSE message at a time; null after `ms` without a whole message. The pending read
// survives a timeout so no bytes are lost between calls.
class EventReader {
  private buffer = "";
  private pending: Promise<ReadableStreamReadResult<Uint8Array>> | null = null;
  private readonly decoder = new TextDecoder();

  constructor(private readonly reader: ReadableStreamDefaultReader<Uint8Array>) {}

  async next(ms = 1000): Promise<SseMessage | null> {
    for (;;) {
      const end = this.buffer.indexOf("\n\n");
      if (end >= 0) {
        const block = this.buffer.slice(0, end);
        this.buffer = this.buffer.slice(end + 2);
        return parse(block);
      }
      this.pending ??= this.reader.read();
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), ms)));
      const r = await Promise.race([this.pending, timeout]);
      clearTimeout(timer);
      if (r === "timeout") return null;
      this.pending = null;
      if (r.done) return null;
      this.buffer += this.decoder.decode(r.value, { stream: true });
    }
  }

  close(): Promise<void> {
    return this.reader.cancel();
  }
}

function parse(block: string): SseMessage {
  const m: SseMessage = {};
  for (const line of block.split("\n")) {
    if (line.startsWith(":")) m.comment = line.slice(1).trim();
    else if (line.startsWith("event: ")) m.event = line.slice(7);
    else if (line.startsWith("data: ")) m.data = line.slice(6);
  }
  return m;
}

let desk: TestDesk;
let officer: Session;
let otherOfficer: Session;
let answerer: Session;
let officerId: number;
let otherOfficerId: number;
let answererId: number;
const open: EventReader[] = [];

beforeEach(async () => {
  desk = createTestDesk();
  officerId = await desk.addUser("canbo", ["officer"]);
  otherOfficerId = await desk.addUser("canbo2", ["officer"]);
  answererId = await desk.addUser("giaidap", ["answerer"], { specialties: ["ly-lich-tu-phap"] });
  officer = await desk.login("canbo");
  otherOfficer = await desk.login("canbo2");
  answerer = await desk.login("giaidap");
});

afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(open.splice(0).map((r) => r.close().catch(() => {})));
  desk.close();
});

async function connect(s: Session, path = "/events"): Promise<{ res: Response; events: EventReader }> {
  const res = await s.get(path);
  expect(res.status).toBe(200);
  const events = new EventReader(res.body!.getReader());
  open.push(events);
  return { res, events };
}

async function ask(s: Session, title = "Cấp Phiếu LLTP số 2 cho người đang chấp hành án?") {
  const category = desk.db.select().from(categories).where(eq(categories.code, "ly-lich-tu-phap")).get()!.id;
  const res = await s.post("/questions", { title, body: "Nội dung câu hỏi đủ dài để gửi.", category: String(category) });
  expect(res.status).toBe(303);
  return idFromLocation(res);
}

describe("GET /events", () => {
  it("sends text/event-stream that nothing between may buffer or cache, starting with a ready event", async () => {
    const { res, events } = await connect(officer);
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    expect(res.headers.get("cache-control")).toBe("no-cache");
    expect(res.headers.get("x-accel-buffering")).toBe("no");
    expect((await events.next())?.event).toBe("ready");
  });

  it("sends a notifications event when the user is notified, and only to that user", async () => {
    const own = await connect(officer);
    const other = await connect(otherOfficer);
    expect((await own.events.next())?.event).toBe("ready");
    expect((await other.events.next())?.event).toBe("ready");

    desk.db.transaction((tx) => notify(tx, { userId: officerId, kind: "answered", questionId: null, at: desk.now.value }));

    expect(await own.events.next()).toEqual({ event: "notifications", data: `user:${officerId}` });
    expect(await other.events.next(200)).toBeNull();
  });

  it("sends queue events to the answer team, not to officers", async () => {
    const team = await connect(answerer);
    const asker = await connect(officer);
    await team.events.next();
    await asker.events.next();

    liveBus.signal("queue");
    // Signals are delivered in order: the officer's next event is the later one meant for them.
    desk.db.transaction((tx) => notify(tx, { userId: officerId, kind: "answered", at: desk.now.value }));

    expect((await team.events.next())?.event).toBe("queue");
    expect((await asker.events.next())?.event).toBe("notifications");
  });

  it("sends question events only for a question the user may read, and ignores others silently", async () => {
    const id = await ask(officer);
    const owner = await connect(officer, `/events?question=${id}`);
    const stranger = await connect(otherOfficer, `/events?question=${id}`);
    const missing = await connect(otherOfficer, "/events?question=999999");
    const junk = await connect(otherOfficer, "/events?question=abc");
    for (const s of [owner, stranger, missing, junk]) expect((await s.events.next())?.event).toBe("ready");
    // The stranger's stream looks exactly like one for a question that does not exist.
    expect(liveBus.listenerCount(`question:${id}`)).toBe(1);

    liveBus.signal(`question:${id}`);
    liveBus.signal(`user:${otherOfficerId}`);

    expect(await owner.events.next()).toEqual({ event: "question", data: `question:${id}` });
    expect((await stranger.events.next())?.event).toBe("notifications");
  });

  it("sends a heartbeat comment every 25 seconds", async () => {
    vi.useFakeTimers({ toFake: ["setInterval"] });
    const { events } = await connect(officer);
    await events.next();
    vi.advanceTimersByTime(25_000);
    expect(await events.next()).toEqual({ comment: "ping" });
  });

  it("leaves no listener on the bus once the client goes away", async () => {
    const before = liveBus.listenerCount();
    const id = await ask(officer);
    const a = await connect(officer, `/events?question=${id}`);
    const b = await connect(answerer, `/events?question=${id}`);
    await a.events.next();
    await b.events.next();
    // officer: user + question; answerer: user + queue + question.
    expect(liveBus.listenerCount()).toBe(before + 5);

    await a.events.close();
    await b.events.close();
    await vi.waitFor(() => expect(liveBus.listenerCount()).toBe(before));
    expect(liveBus.listenerCount(`user:${answererId}`)).toBe(0);
  });

  it("sends people without a session to the login page", async () => {
    const before = liveBus.listenerCount();
    const res = await anonymous(desk).get("/events");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toMatch(/^\/login/);
    expect(liveBus.listenerCount()).toBe(before);
  });
});
