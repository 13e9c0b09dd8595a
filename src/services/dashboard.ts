// First figures for the command (issue D builds the full dashboard on these).
import { and, gte, inArray, isNotNull, lt } from "drizzle-orm";
import { questions } from "../../db/schema.js";
import type { DB } from "../db.js";
import { OPEN_STATUSES } from "../domain/workflow.js";
import type { WorkingCalendar } from "../domain/working-time.js";
import { deadlineInfo } from "./deadlines.js";

export function backlogNow(db: DB, now: Date, cal: WorkingCalendar) {
  const open = db
    .select({ status: questions.status, deadlineAt: questions.deadlineAt })
    .from(questions)
    .where(inArray(questions.status, [...OPEN_STATUSES]))
    .all();
  const counts = { on_time: 0, due_soon: 0, overdue: 0 };
  for (const q of open) {
    const info = deadlineInfo(q, now, cal);
    if (info) counts[info.state]++;
  }
  return { total: open.length, ...counts };
}

export function periodFigures(db: DB, from: Date, to: Date) {
  const received = db
    .select({ id: questions.id })
    .from(questions)
    .where(and(gte(questions.submittedAt, from), lt(questions.submittedAt, to)))
    .all().length;
  const answered = db
    .select({ answeredAt: questions.answeredAt, deadlineAt: questions.deadlineAt })
    .from(questions)
    .where(and(isNotNull(questions.answeredAt), gte(questions.answeredAt, from), lt(questions.answeredAt, to)))
    .all();
  const onTime = answered.filter((q) => q.answeredAt!.getTime() <= q.deadlineAt.getTime()).length;
  return { received, answered: answered.length, onTime };
}
