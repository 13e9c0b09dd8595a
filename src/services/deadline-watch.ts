// The background watch over deadlines: the alert for the state a question is in now, once per person
// and allowance; and closing answered questions the asker left without follow-up for N working days.
// Idempotent: state lives in the database, so the job can run every minute and after any restart.
//
// Due soon (≥ 75 %) tells the assignee (the leads when nobody has it); overdue tells the assignee and
// the leads. A question first seen already overdue, after downtime or between two runs, gets only the
// overdue alert: its due-soon is settled as superseded, so a later calendar edit cannot bring it back.
// Whoever is assigned the question later in the same allowance is told of the state it is still in,
// if they were not told already; the leads hear once, when the question first reaches the state.
import { and, desc, eq, gte, inArray, isNull } from "drizzle-orm";
import { messages, notifications, questions, slaAlerts, userRoles, users } from "../../db/schema.js";
import type { DB, Tx } from "../db.js";
import { OPEN_STATUSES } from "../domain/workflow.js";
import { workingMinutesBetween, type WorkingCalendar } from "../domain/working-time.js";
import { audit } from "./audit.js";
import { clockStartOf, deadlineInfo } from "./deadlines.js";
import { notify } from "./notifications.js";
import { applyTransition, loadQuestion } from "./question-transition.js";

type AlertKind = "due_soon" | "overdue";

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
    const kind: AlertKind = info.state;
    const told = db.transaction((tx) => alertOnce(tx, q, kind, now));
    if (told) sent[kind === "overdue" ? "overdue" : "dueSoon"]++;
  }
  return sent;
}

// One question's alert for `kind` in its current allowance; true when someone was told.
function alertOnce(tx: Tx, q: { id: number; assigneeId: number | null; submittedAt: Date; reopenedAt: Date | null }, kind: AlertKind, now: Date): boolean {
  const clockStartedAt = clockStartOf(q);
  const settle = (k: AlertKind, outcome: "sent" | "superseded") =>
    tx.insert(slaAlerts).values({ questionId: q.id, kind: k, clockStartedAt, sentAt: now, outcome }).onConflictDoNothing().run().changes > 0;
  const superseded = kind === "overdue" && settle("due_soon", "superseded");
  const first = settle(kind, "sent");
  const recipients = first
    ? firstRecipients(tx, q.assigneeId, kind)
    : q.assigneeId !== null && wasSent(tx, q.id, kind, clockStartedAt) && !wasTold(tx, q.assigneeId, q.id, kind, clockStartedAt)
      ? [q.assigneeId] // assigned since the alert went out
      : [];
  if (recipients.length === 0) return false;
  for (const userId of recipients) notify(tx, { userId, kind, questionId: q.id, at: now });
  const data = { recipients, ...(superseded ? { superseded: ["due_soon"] } : {}) };
  audit(tx, { actorId: null, action: `question.${kind}_alert`, objectId: q.id, objectType: "question", data, at: now });
  return true;
}

function firstRecipients(tx: Tx, assigneeId: number | null, kind: AlertKind): number[] {
  if (kind === "due_soon" && assigneeId !== null) return [assigneeId];
  const leads = activeLeads(tx);
  return assigneeId === null ? leads : [assigneeId, ...leads.filter((id) => id !== assigneeId)];
}

// False for an alert settled as superseded: it never goes out for this allowance, to anyone.
function wasSent(tx: Tx, questionId: number, kind: AlertKind, clockStartedAt: Date): boolean {
  const row = tx
    .select({ outcome: slaAlerts.outcome })
    .from(slaAlerts)
    .where(and(eq(slaAlerts.questionId, questionId), eq(slaAlerts.kind, kind), eq(slaAlerts.clockStartedAt, clockStartedAt)))
    .get();
  return row?.outcome === "sent";
}

// The notification rows are the record of who was told; the allowance began at `since`.
function wasTold(tx: Tx, userId: number, questionId: number, kind: AlertKind, since: Date): boolean {
  return !!tx
    .select({ id: notifications.id })
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, userId),
        eq(notifications.questionId, questionId),
        eq(notifications.kind, kind),
        gte(notifications.createdAt, since),
      ),
    )
    .get();
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
