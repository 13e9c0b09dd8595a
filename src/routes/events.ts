// Server-sent events for the signed-in user's open pages. An event only says "this changed"; the
// page fetches the fresh fragment itself (htmx `hx-trigger="sse:NAME"`), so nothing private travels
// on the stream and a missed event costs nothing but a late refresh.
import { Hono } from "hono";
import { streamSSE } from "hono/streaming";
import type { AuthedEnv } from "../context.js";
import type { DB } from "../db.js";
import { can } from "../auth/permissions.js";
import { NotFound } from "../domain/errors.js";
import { liveBus, type LiveTopic } from "../services/live.js";
import { getQuestion } from "../services/question-queries.js";
import type { CurrentUser } from "../services/users.js";

// Proxies and load balancers drop connections that stay silent for a minute or so.
const HEARTBEAT_MS = 25_000;

export const eventRoutes = new Hono<AuthedEnv>();

eventRoutes.get("/", (c) => {
  const topics = topicsFor(c.var.deps.db, c.var.user, c.req.query("question"));
  c.header("X-Accel-Buffering", "no"); // nginx would otherwise hold events back in its buffer
  return streamSSE(c, async (stream) => {
    // Subscribe before the first await, so no abort can slip in between and leak the listener.
    let done: () => void = () => {};
    const closed = new Promise<void>((resolve) => (done = resolve));
    const unsubscribe = liveBus.subscribe(topics, (topic) => void stream.writeSSE({ event: eventName(topic), data: topic }));
    const heartbeat = setInterval(() => void stream.write(": ping\n\n"), HEARTBEAT_MS);
    stream.onAbort(() => {
      clearInterval(heartbeat);
      unsubscribe();
      done();
    });
    await stream.writeSSE({ event: "ready", data: topics.join(" ") });
    await closed;
  });
});

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
