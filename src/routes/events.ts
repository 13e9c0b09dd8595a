// Server-sent events for the signed-in user's open pages. An event only says "this changed"; the
// page fetches the fresh fragment itself (htmx `hx-trigger="sse:NAME"`), so nothing private travels
// on the stream and a missed event costs nothing but a late refresh.
import type { CurrentUser } from "../model.js";
import { Hono, type Context } from "hono";
import type { AppDeps, AuthedEnv } from "../context.js";
import type { DB } from "../db.js";
import { can } from "../auth/permissions.js";
import { NotFound } from "../domain/errors.js";
import { liveBus, StreamCount, type LiveTopic } from "../services/live.js";
import { getQuestion } from "../services/question-queries.js";
import { queryText, validQuery } from "./request.js";

// Proxies and load balancers drop connections that stay silent for a minute or so.
const HEARTBEAT_MS = 25_000;

const utf8 = new TextEncoder();

const SSE_HEADERS = {
  "Content-Type": "text/event-stream",
  "Cache-Control": "no-cache",
  "Transfer-Encoding": "chunked", // tells @hono/node-server not to wait for the end to count bytes
  "X-Accel-Buffering": "no", // nginx would otherwise hold events back in its buffer
};

export const eventRoutes = new Hono<AuthedEnv>();

// Over a cap, the new stream is refused; the oldest is not closed. A stream the server closes makes
// the browser's EventSource reconnect by itself a few seconds later, and that reconnect would close
// the next oldest: one tab over the cap and the tabs would take turns forever, each turn refetching
// the bell. An answer other than 200 stops EventSource for good; the htmx sse extension then tries
// again after 0.5 s, doubling up to 64 s, so the refused tab goes live within a minute of another
// closing, and meanwhile the page works, only without live refresh. Five also leaves a browser one
// of the six HTTP/1.1 connections it opens to the desk for pages.
eventRoutes.get("/", validQuery({ question: queryText }), (c) => {
  // Hono answers HEAD with this handler and drops the body unread, never cancelled: a stream would
  // keep its place and its listener for good.
  if (c.req.method === "HEAD") return c.body(null, 200, SSE_HEADERS);
  const user = c.get("user");
  const deps = c.get("deps");
  const topics = topicsFor(deps.db, user, c.req.valid("query").question);
  const live = liveOf(deps);
  const refused = live.count.take(user.id);
  if (refused !== "ok") return refuse(c, live, refused);
  // A plain ReadableStream, not hono's streamSSE: that one pipes every stream through a
  // TransformStream into a second ReadableStream and keeps the request's whole context alive with
  // it. An open stream took ~30 KB of server memory, ~15 KB like this, and a fan-out to 1,000 costs
  // a fifth (issue 14). Events carry topic names only, so there is nothing to escape.
  let stop = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(utf8.encode(text));
        } catch {
          // already closed: nothing to tell
        }
      };
      const unsubscribe = liveBus.subscribe(topics, (topic) => send(`event: ${eventName(topic)}\ndata: ${topic}\n\n`));
      const heartbeat = setInterval(() => send(": ping\n\n"), HEARTBEAT_MS);
      stop = () => {
        clearInterval(heartbeat);
        unsubscribe();
        live.count.release(user.id);
      };
      send(`event: ready\ndata: ${topics.join(" ")}\n\n`);
    },
    cancel: () => stop(), // the client went away: the server cancels the body when its socket closes
  });
  return c.body(body, 200, SSE_HEADERS);
});

// Counts and the refusal log belong to one desk (tests build several in one process).
interface Live {
  count: StreamCount;
  log: RefusalLog;
}
const desks = new WeakMap<AppDeps, Live>();

function liveOf(deps: AppDeps): Live {
  let live = desks.get(deps);
  if (!live) desks.set(deps, (live = { count: new StreamCount(deps.config.liveStreamsPerUser, deps.config.liveStreamsMax), log: new RefusalLog() }));
  return live;
}

function refuse(c: Context<AuthedEnv>, live: Live, cap: "user" | "total") {
  const { count } = live;
  const id = c.get("user").id;
  live.log.note(
    `live stream refused for user ${id} (${cap === "user" ? "per-user cap" : "desk cap"}): ` +
      `the user has ${count.of(id)}/${count.perUserMax} open, the desk ${count.total}/${count.max}`,
  );
  if (cap === "user") {
    c.header("Retry-After", "30");
    return c.text(
      `Đồng chí đang mở ${count.perUserMax} trang tự cập nhật, mức tối đa cho một tài khoản. ` +
        "Trang này vẫn dùng được nhưng không tự cập nhật; hãy đóng bớt một thẻ (tab).",
      429,
    );
  }
  c.header("Retry-After", "60");
  return c.text("Máy chủ đang phục vụ quá nhiều trang tự cập nhật. Trang này vẫn dùng được nhưng tạm thời không tự cập nhật.", 503);
}

// A tab retrying, or a script reopening streams in a loop, must not fill the log: at most one line
// per 10 s, saying how many refusals it stands for.
const LOG_EVERY_MS = 10_000;

class RefusalLog {
  private lastAt = -Infinity;
  private held = 0;

  note(line: string): void {
    const now = Date.now();
    if (now - this.lastAt < LOG_EVERY_MS) {
      this.held++;
      return;
    }
    const more = this.held > 0 ? ` (+${this.held} refused since the line before)` : "";
    console.warn(`[${new Date(now).toISOString()}] ${line}${more}`);
    this.lastAt = now;
    this.held = 0;
  }
}

// What this user may hear about: always their own notifications; the queue if they work it; one
// question if they may read it. An unreadable question is ignored silently, like a 404 would be.
function topicsFor(db: DB, user: CurrentUser, questionParam: string | undefined): LiveTopic[] {
  const topics: LiveTopic[] = [`user:${user.id}`];
  if (can(user.roles, "queue.view")) topics.push("queue");
  const questionId = Number(questionParam);
  if (questionParam && Number.isSafeInteger(questionId) && questionId > 0) {
    try {
      getQuestion(db, user, questionId);
      topics.push(`question:${questionId}`);
    } catch (err) {
      if (!(err instanceof NotFound)) throw err;
    }
  }
  return topics;
}

function eventName(topic: LiveTopic): "notifications" | "queue" | "question" {
  if (topic === "queue") return "queue";
  return topic.startsWith("user:") ? "notifications" : "question";
}
