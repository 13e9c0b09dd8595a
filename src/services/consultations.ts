// Xin ý kiến Ban cố vấn: the team asks one advisor's opinion on a hard question; the request and the
// advice are internal messages of the thread, the consultations row tracks who still owes an answer.
// The question's deadline keeps running: a consultation is the team's own time, never a pause.
import type { Actor } from "../model.js";
import { and, eq } from "drizzle-orm";
import { consultations } from "../../db/schema.js";
import type { DB, Tx } from "../db.js";
import { can } from "../auth/permissions.js";
import { Conflict, NotAllowed, NotFound } from "../domain/errors.js";
import { isOpen } from "../domain/workflow.js";
import { audit } from "./audit.js";
import { activeAdvisors } from "./consultation-queries.js";
import { notify } from "./notifications.js";
import { signalAfterCommit } from "./live.js";
import { addMessage, loadQuestion, signalQuestion } from "./question-transition.js";

type ConsultationRow = typeof consultations.$inferSelect;

function loadConsultation(tx: Tx, id: number): ConsultationRow {
  const c = tx.select().from(consultations).where(eq(consultations.id, id)).get();
  if (!c) throw new NotFound("consultation");
  return c;
}

// Only while the question is still being worked: once answered, a second opinion belongs in a note.
export function requestConsultation(db: DB, actor: Actor, questionId: number, input: { advisorId: number; body: string }, now: Date): number {
  if (!can(actor.roles, "consultation.request")) throw new NotAllowed("consultation.request");
  return db.transaction((tx) => {
    const q = loadQuestion(tx, questionId);
    if (!isOpen(q.status)) throw new Conflict("consultation_question_settled");
    if (!activeAdvisors(tx).some((a) => a.id === input.advisorId)) throw new NotFound("advisor");
    const pending = tx
      .select({ id: consultations.id })
      .from(consultations)
      .where(and(eq(consultations.questionId, questionId), eq(consultations.advisorId, input.advisorId), eq(consultations.status, "open")))
      .get();
    if (pending) throw new Conflict("consultation_pending");
    const messageId = addMessage(tx, questionId, actor.id, "consultation", input.body, now);
    const id = tx
      .insert(consultations)
      .values({ questionId, requestedBy: actor.id, advisorId: input.advisorId, requestMessageId: messageId, status: "open", createdAt: now })
      .returning({ id: consultations.id })
      .get().id;
    audit(tx, {
      actorId: actor.id,
      action: "question.consultation_requested",
      objectType: "question",
      objectId: questionId,
      data: { consultationId: id, advisorId: input.advisorId, messageId },
      at: now,
    });
    notify(tx, { userId: input.advisorId, kind: "consultation_requested", questionId, at: now });
    signalQuestion(tx, questionId);
    return id;
  });
}

// Only the advisor it was addressed to answers: the team chose that person's expertise. Another
// advisor who wants to add a word writes an internal note. Advice is still welcome after the
// question was answered (it may change a reopened answer or the knowledge-base entry).
// Returns the question's id, where the advice now shows.
export function answerConsultation(db: DB, actor: Actor, consultationId: number, input: { body: string }, now: Date): number {
  if (!can(actor.roles, "consultation.answer")) throw new NotAllowed("consultation.answer");
  return db.transaction((tx) => {
    const c = loadConsultation(tx, consultationId);
    if (c.advisorId !== actor.id) throw new NotAllowed("consultation.answer");
    if (c.status !== "open") throw new Conflict("consultation_closed");
    const q = loadQuestion(tx, c.questionId);
    const messageId = addMessage(tx, c.questionId, actor.id, "advice", input.body, now);
    tx.update(consultations).set({ status: "answered", answeredAt: now, answerMessageId: messageId }).where(eq(consultations.id, c.id)).run();
    audit(tx, {
      actorId: actor.id,
      action: "question.consultation_answered",
      objectType: "question",
      objectId: c.questionId,
      data: { consultationId: c.id, messageId },
      at: now,
    });
    const recipients = new Set([c.requestedBy]);
    if (q.assigneeId) recipients.add(q.assigneeId); // whoever holds the question now, if handed over since
    for (const userId of recipients) notify(tx, { userId, kind: "consultation_answered", questionId: c.questionId, at: now });
    signalAfterCommit(tx, `user:${actor.id}`); // the advisor's count of open requests
    signalQuestion(tx, c.questionId);
    return c.questionId;
  });
}

// The requester, or a lead, takes a request back (e.g. the team found the answer meanwhile).
export function withdrawConsultation(db: DB, actor: Actor, consultationId: number, now: Date): number {
  if (!can(actor.roles, "consultation.request")) throw new NotAllowed("consultation.request");
  return db.transaction((tx) => {
    const c = loadConsultation(tx, consultationId);
    if (c.requestedBy !== actor.id && !can(actor.roles, "consultation.withdraw_any")) throw new NotAllowed("consultation.withdraw_any");
    if (c.status !== "open") throw new Conflict("consultation_closed");
    tx.update(consultations).set({ status: "withdrawn" }).where(eq(consultations.id, c.id)).run();
    audit(tx, {
      actorId: actor.id,
      action: "question.consultation_withdrawn",
      objectType: "question",
      objectId: c.questionId,
      data: { consultationId: c.id, advisorId: c.advisorId },
      at: now,
    });
    signalAfterCommit(tx, `user:${c.advisorId}`); // no notification kind for it: only their count changes
    signalQuestion(tx, c.questionId);
    return c.questionId;
  });
}
