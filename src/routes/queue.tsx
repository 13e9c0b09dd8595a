// The answer team's queue: open questions, nearest deadline first.
import { Hono } from "hono";
import type { AuthedEnv } from "../context.js";
import { requirePermission } from "../auth/middleware.js";
import { loadCalendar } from "../services/calendar.js";
import { deadlineInfo } from "../services/deadlines.js";
import { openQueue } from "../services/question-queries.js";
import { pendingCallBacks } from "../services/call-backs.js";
import { QueuePage } from "../../views/pages/queue.js";
import { queryText, validQuery } from "./request.js";

export const queueRoutes = new Hono<AuthedEnv>();

queueRoutes.get("/", requirePermission("queue.view"), validQuery({ mine: queryText }), (c) => {
  const { db, clock, config } = c.get("deps");
  const mine = c.req.valid("query").mine === "1";
  const now = clock();
  const cal = loadCalendar(db, config.timeZone);
  const rows = openQueue(db)
    .filter((q) => !mine || q.assigneeId === c.get("user").id)
    .map((q) => ({ q, deadline: deadlineInfo(q, now, cal) }));
  const counts: Record<string, number> = {};
  for (const r of rows) if (r.deadline) counts[r.deadline.state] = (counts[r.deadline.state] ?? 0) + 1;
  return c.html(<QueuePage rows={rows} mine={mine} counts={counts} callBacks={pendingCallBacks(db)} />);
});
