// GET /events: the signed-in user's server-sent events. Streams are read with a reader and always
// cancelled at the end: an open stream would keep the test (and the bus listener) alive.
import { get, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { serve, type ServerType } from "@hono/node-server";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { categories } from "../../db/schema.js";
import { createApp } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
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

  it("opens no stream for HEAD, which takes no place and leaves no listener", async () => {
    const before = liveBus.listenerCount();
    for (let i = 0; i < 6; i++) {
      const res = await officer.get("/events", { method: "HEAD" });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toContain("text/event-stream");
    }
    expect(liveBus.listenerCount()).toBe(before);
    expect((await (await connect(officer)).events.next())?.event).toBe("ready");
  });

  it("sends people without a session to the login page", async () => {
    const before = liveBus.listenerCount();
    const res = await anonymous(desk).get("/events");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toMatch(/^\/login/);
    expect(liveBus.listenerCount()).toBe(before);
  });
});

// The caps of issue 14 on a real listening server: a stream is a socket, and only a socket closing
// shows whether the server counts it down.
describe("GET /events caps", () => {
  let servers: ServerType[];
  let streams: Stream[];
  let warn: MockInstance<typeof console.warn>;

  beforeEach(() => {
    servers = [];
    streams = [];
    warn = vi.spyOn(console, "warn").mockImplementation(() => {});
  });

  afterEach(async () => {
    for (const s of streams) s.close();
    await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
    warn.mockRestore();
  });

  interface Stream {
    status: number;
    headers: IncomingHttpHeaders;
    body: string; // the first chunk (the ready event), or the whole refusal
    close(): void;
  }

  async function listen(app = desk.app): Promise<string> {
    const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
    servers.push(server);
    await new Promise((r) => server.once("listening", r));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  function openStream(url: string, s: Session): Promise<Stream> {
    return new Promise((resolve, reject) => {
      const req = get(`${url}/events`, { agent: false, headers: { cookie: s.cookie } }, (res) => {
        const stream = { status: res.statusCode!, headers: res.headers, body: "", close: () => req.destroy() };
        streams.push(stream);
        res.setEncoding("utf8");
        res.on("error", () => {}); // closing an open stream aborts it
        if (res.statusCode === 200) {
          res.once("data", (chunk: string) => resolve({ ...stream, body: chunk }));
        } else {
          res.on("data", (chunk: string) => (stream.body += chunk));
          res.on("end", () => resolve(stream));
        }
      });
      req.on("error", reject);
    });
  }

  const refusals = () => warn.mock.calls.map((args) => String(args[0])).filter((l) => l.includes("live stream refused"));
  const statuses = (xs: Stream[]) => xs.map((x) => x.status);

  it("refuses a user's sixth stream with 429, a Vietnamese message and Retry-After, and logs it once", async () => {
    const url = await listen();
    const five = await Promise.all([1, 2, 3, 4, 5].map(() => openStream(url, officer)));
    expect(statuses(five)).toEqual([200, 200, 200, 200, 200]);
    expect(five[0]!.body).toContain("event: ready");

    const sixth = await openStream(url, officer);
    expect(sixth.status).toBe(429);
    expect(sixth.headers["retry-after"]).toBe("30");
    expect(sixth.headers["content-type"]).toContain("text/plain");
    expect(sixth.body).toContain("mức tối đa cho một tài khoản");
    expect(refusals()).toHaveLength(1);
    expect(refusals()[0]).toMatch(new RegExp(`user ${officerId} \\(per-user cap\\): the user has 5/5 open, the desk 5/\\d+`));

    // Someone else's tabs do not count against this user.
    expect((await openStream(url, otherOfficer)).status).toBe(200);
    // A tab retrying does not add a line for each try.
    expect(statuses(await Promise.all([openStream(url, officer), openStream(url, officer)]))).toEqual([429, 429]);
    expect(refusals()).toHaveLength(1);
  });

  it("counts a stream down when its client goes away: open, close, open again", async () => {
    const url = await listen();
    const five = await Promise.all([1, 2, 3, 4, 5].map(() => openStream(url, officer)));
    expect(statuses(five)).toEqual([200, 200, 200, 200, 200]);

    five[0]!.close();
    await vi.waitFor(async () => expect((await openStream(url, officer)).status).toBe(200), { timeout: 5000, interval: 20 });
    expect((await openStream(url, officer)).status).toBe(429); // five again

    for (const s of streams) s.close();
    await vi.waitFor(() => expect(liveBus.listenerCount(`user:${officerId}`)).toBe(0), { timeout: 5000, interval: 20 });
    expect(statuses(await Promise.all([1, 2, 3, 4, 5].map(() => openStream(url, officer))))).toEqual([200, 200, 200, 200, 200]);
  });

  it("refuses streams beyond the desk's total with 503 and Retry-After, and logs it", async () => {
    const config = { ...loadConfig({}), liveStreamsMax: 2 };
    const url = await listen(createApp({ db: desk.db, config, clock: () => desk.now.value }));
    const first = await openStream(url, officer);
    expect((await openStream(url, otherOfficer)).status).toBe(200);

    const third = await openStream(url, answerer);
    expect(third.status).toBe(503);
    expect(third.headers["retry-after"]).toBe("60");
    expect(third.body).toContain("quá nhiều trang tự cập nhật");
    expect(refusals()).toEqual([expect.stringMatching(new RegExp(`user ${answererId} \\(desk cap\\): the user has 0/5 open, the desk 2/2`))]);

    first.close();
    await vi.waitFor(async () => expect((await openStream(url, answerer)).status).toBe(200), { timeout: 5000, interval: 20 });
  });
});
