// How a question ends (closed, withdrawn, duplicate), comes back (reopened), and is rated.
import type { Actor } from "../model.js";
import { eq } from "drizzle-orm";
import { kbEntries, questions, ratings } from "../../db/schema.js";
import type { DB } from "../db.js";
import { can } from "../auth/permissions.js";
import { InvalidTransition, NotAllowed, NotFound } from "../domain/errors.js";
import type { WorkingCalendar } from "../domain/working-time.js";
import { audit } from "./audit.js";
import { recomputeDeadline } from "./deadlines.js";
import { tellAsker } from "./call-backs.js";
import { notify } from "./notifications.js";
import { applyTransition, endPause, loadOwnQuestion, loadQuestion, signalQuestion } from "./question-transition.js";

// The asker is satisfied and closes the question.
export function closeQuestion(db: DB, actor: Actor, questionId: number, now: Date): void {
  db.transaction((tx) => {
    const q = loadOwnQuestion(tx, actor, questionId);
    applyTransition(tx, q, "close", actor.id, now, { set: { closedAt: now } });
  });
}

// The asker is not satisfied: a fresh 24-working-hour allowance starts now; the audit log keeps
// the first deadline and answer time.
export function reopenQuestion(db: DB, actor: Actor, questionId: number, reason: string, now: Date, cal: WorkingCalendar): void {
  db.transaction((tx) => {
    const q = loadOwnQuestion(tx, actor, questionId);
    applyTransition(tx, q, "reopen", actor.id, now, {
      set: { reopenedAt: now, closedAt: null },
      data: { previousDeadlineAt: q.deadlineAt.getTime(), previousAnsweredAt: q.answeredAt?.getTime() ?? null, reason },
    });
    recomputeDeadline(tx, questionId, cal);
    if (q.assigneeId) notify(tx, { userId: q.assigneeId, kind: "reopened", questionId, at: now });
  });
}

// The asker rates the answer, 1–5. A later rating supersedes the earlier one; both stay stored.
export function rateQuestion(db: DB, actor: Actor, questionId: number, score: number, comment: string | null, now: Date): void {
  db.transaction((tx) => {
    const q = loadOwnQuestion(tx, actor, questionId);
    if (q.status !== "answered" && q.status !== "closed") throw new InvalidTransition(q.status, "rate");
    tx.insert(ratings).values({ questionId, raterId: actor.id, score, comment, createdAt: now }).run();
    audit(tx, { actorId: actor.id, action: "question.rate", objectType: "question", objectId: questionId, data: { score }, at: now });
    signalQuestion(tx, questionId);
  });
}

// The asker no longer needs an answer.
export function withdrawQuestion(db: DB, actor: Actor, questionId: number, now: Date): void {
  db.transaction((tx) => {
    const q = loadOwnQuestion(tx, actor, questionId);
    endPause(tx, questionId, actor.id, now);
    applyTransition(tx, q, "withdraw", actor.id, now, { set: { closedAt: now } });
  });
}

// The team links a question to the one (or the knowledge-base entry) that already answers it.
export function markDuplicate(
  db: DB,
  actor: Actor,
  questionId: number,
  of: { questionId?: number; kbEntryId?: number },
  now: Date,
): void {
  if (!can(actor.roles, "question.answer")) throw new NotAllowed("question.answer");
  db.transaction((tx) => {
    const q = loadQuestion(tx, questionId);
    if (of.questionId !== undefined) {
      const original = tx.select({ id: questions.id }).from(questions).where(eq(questions.id, of.questionId)).get();
      if (!original || of.questionId === questionId) throw new NotFound("original");
    }
    if (of.kbEntryId !== undefined && !tx.select({ id: kbEntries.id }).from(kbEntries).where(eq(kbEntries.id, of.kbEntryId)).get()) {
      throw new NotFound("original");
    }
    endPause(tx, questionId, actor.id, now);
    applyTransition(tx, q, "mark_duplicate", actor.id, now, {
      set: { duplicateOfQuestionId: of.questionId ?? null, duplicateOfKbEntryId: of.kbEntryId ?? null, closedAt: now },
      data: of,
    });
    tellAsker(tx, q, actor.id, null, now);
  });
}
