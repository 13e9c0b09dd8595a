// The steps every question use case shares: load within what the actor may touch, move the state
// with its audit row, and signal live pages. Callers run these inside one transaction.
import type { Actor } from "../model.js";
import { storeAttachments } from "./attachments.js";
import type { Upload } from "./uploads.js";
import { and, eq, isNull } from "drizzle-orm";
import { messages, questionPauses, questions, type QuestionStatus } from "../../db/schema.js";
import type { Tx } from "../db.js";
import { NotFound } from "../domain/errors.js";
import { nextStatus, type QuestionEvent } from "../domain/workflow.js";
import { audit } from "./audit.js";
import { signalAfterCommit } from "./live.js";

export type QuestionRow = typeof questions.$inferSelect;

export function loadQuestion(tx: Tx, questionId: number): QuestionRow {
  const q = tx.select().from(questions).where(eq(questions.id, questionId)).get();
  if (!q) throw new NotFound("question");
  return q;
}

// Asker-only actions: to anyone else the question might as well not exist.
export function loadOwnQuestion(tx: Tx, actor: Actor, questionId: number): QuestionRow {
  const q = tx.select().from(questions).where(eq(questions.id, questionId)).get();
  if (!q || q.askerId !== actor.id) throw new NotFound("question");
  return q;
}

export function applyTransition(
  tx: Tx,
  q: QuestionRow,
  event: QuestionEvent,
  actorId: number | null,
  now: Date,
  opts: { set?: Partial<QuestionRow>; data?: Record<string, unknown> } = {},
): QuestionStatus {
  const to = nextStatus(q.status, event);
  tx.update(questions)
    .set({ ...opts.set, status: to, updatedAt: now })
    .where(eq(questions.id, q.id))
    .run();
  audit(tx, { actorId, action: `question.${event}`, objectType: "question", objectId: q.id, from: q.status, to, data: opts.data, at: now });
  signalQuestion(tx, q.id);
  return to;
}

export function signalQuestion(tx: Tx, questionId: number): void {
  signalAfterCommit(tx, `question:${questionId}`);
  signalAfterCommit(tx, "queue");
}

export function addMessage(
  tx: Tx,
  questionId: number,
  authorId: number,
  kind: (typeof messages.$inferInsert)["kind"],
  body: string,
  now: Date,
  uploads: Upload[] = [], // files sent with the message, stored in the same transaction
): number {
  const id = tx.insert(messages).values({ questionId, authorId, kind, body, createdAt: now }).returning({ id: messages.id }).get().id;
  storeAttachments(tx, { questionId, messageId: id }, uploads, authorId, now);
  return id;
}

export function startPause(tx: Tx, questionId: number, actorId: number, now: Date): void {
  tx.insert(questionPauses).values({ questionId, startedAt: now, startedBy: actorId }).run();
}

// Ends the open pause, if any; returns whether there was one.
export function endPause(tx: Tx, questionId: number, actorId: number | null, now: Date): boolean {
  const open = tx
    .select()
    .from(questionPauses)
    .where(and(eq(questionPauses.questionId, questionId), isNull(questionPauses.endedAt)))
    .get();
  if (!open) return false;
  tx.update(questionPauses).set({ endedAt: now, endedBy: actorId }).where(eq(questionPauses.id, open.id)).run();
  return true;
}
