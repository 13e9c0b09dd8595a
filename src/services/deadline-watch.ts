// The background watch over deadlines: alerts when a question is due soon (to its assignee) and when
// it is overdue (to the leads), once each per allowance; and closing answered questions the asker
// left without follow-up for N working days. Idempotent: state lives in the database, so the job
// can run every minute and after any restart.
import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import { messages, questions, slaAlerts, userRoles, users } from "../../db/schema.js";
import type { DB, Tx } from "../db.js";
import { OPEN_STATUSES } from "../domain/workflow.js";
import { workingMinutesBetween, type WorkingCalendar } from "../domain/working-time.js";
import { audit } from "./audit.js";
import { clockStartOf, deadlineInfo } from "./deadlines.js";
import { notify } from "./notifications.js";
import { applyTransition, loadQuestion } from "./question-transition.js";

export function sendDeadlineAlerts(db: DB, now: Date, cal: WorkingCalendar): { dueSoon: number; overdue: number } {
  const sent = { dueSoon: 0, overdue: 0 };
  const open = db
    .select()
    .from(questions)
    .where(inArray(questions.status, OPEN_STATUSES.filter((s) => s !== "waiting_info")))
    .all();
  for (const q of open) {
    const info = deadlineInfo(q, now, cal);
    if (!info || info.state === "on_time") continue;
    const kinds = info.state === "overdue" ? (["due_soon", "overdue"] as const) : (["due_soon"] as const);
    for (const kind of kinds) {
      db.transaction((tx) => {
        const clockStartedAt = clockStartOf(q);
        const inserted = tx.insert(slaAlerts).values({ questionId: q.id, kind, clockStartedAt, sentAt: now }).onConflictDoNothing().run();
        if (inserted.changes === 0) return; // already sent for this allowance
        // Overdue goes to the leads; a question that jumps straight past due-soon still tells its assignee once.
        const recipients = kind === "overdue" ? activeLeads(tx) : q.assigneeId ? [q.assigneeId] : activeLeads(tx);
        for (const userId of recipients) notify(tx, { userId, kind, questionId: q.id, at: now });
        audit(tx, { actorId: null, action: `question.${kind}_alert`, objectType: "question", objectId: q.id, data: { recipients }, at: now });
        if (kind === "overdue") sent.overdue++;
        else sent.dueSoon++;
      });
    }
  }
  return sent;
}

function activeLeads(db: Tx): number[] {
  return db
    .select({ id: users.id })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, "lead")))
    .where(isNull(users.disabledAt))
    .all()
    .map((u) => u.id);
}

// Answered questions close themselves after `workingDays` working days without a word from the
// asker since the answer. A working day is counted as 8 working hours, the desk's standard day.
export function autoCloseAnswered(db: DB, now: Date, cal: WorkingCalendar, workingDays: number): number[] {
  if (workingDays <= 0) return [];
  const answered = db.select().from(questions).where(eq(questions.status, "answered")).all();
  const closed: number[] = [];
  for (const q of answered) {
    const lastReply = db
      .select({ at: messages.createdAt })
      .from(messages)
      .where(and(eq(messages.questionId, q.id), eq(messages.kind, "reply")))
      .orderBy(desc(messages.createdAt))
      .get()?.at;
    const since = lastReply && q.answeredAt && lastReply > q.answeredAt ? lastReply : q.answeredAt;
    if (!since || workingMinutesBetween(since, now, cal) < workingDays * 8 * 60) continue;
    db.transaction((tx) => {
      const fresh = loadQuestion(tx, q.id);
      if (fresh.status !== "answered") return;
      applyTransition(tx, fresh, "close", null, now, { set: { closedAt: now }, data: { automatic: true, workingDays } });
    });
    closed.push(q.id);
  }
  return closed;
}
