// Gọi lại: someone without an account asked by phone (or another channel) and cannot read the answer
// here, so answering leaves the team a call-back instead of a notification nobody reads. Whoever
// makes the call marks it done; both steps are audited on the question.
import { asc, desc, eq, isNotNull, isNull, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { callBacks, messages, questions, units, users } from "../../db/schema.js";
import type { DB, Tx } from "../db.js";
import { can } from "../auth/permissions.js";
import { Conflict, NotAllowed, NotFound } from "../domain/errors.js";
import type { CallBackItem, Actor } from "../model.js";
import { audit } from "./audit.js";
import { notify } from "./notifications.js";
import { signalQuestion, type QuestionRow } from "./question-transition.js";

// The answer is out (or the question closed as a duplicate of one): the asker is notified, or, with
// no asker account, the team is left a call-back. Inside the transaction that answered.
export function tellAsker(tx: Tx, q: QuestionRow, actorId: number, messageId: number | null, now: Date): void {
  if (q.askerId !== null) notify(tx, { userId: q.askerId, kind: "answered", questionId: q.id, at: now });
  else leaveCallBack(tx, q, actorId, messageId, now);
}

function leaveCallBack(tx: Tx, q: QuestionRow, actorId: number, messageId: number | null, now: Date): void {
  const { id } = tx.insert(callBacks).values({ questionId: q.id, messageId, createdAt: now }).returning({ id: callBacks.id }).get();
  audit(tx, { actorId, action: "question.call_back_due", objectType: "question", objectId: q.id, data: { callBackId: id, messageId }, at: now });
}

// "Đã gọi lại": the answer reached the caller. Once only; a second click (or a colleague's) is a conflict.
export function completeCallBack(db: DB, actor: Actor, callBackId: number, note: string | null, now: Date): number {
  if (!can(actor.roles, "question.answer")) throw new NotAllowed("call_back.complete");
  return db.transaction((tx) => {
    const row = tx.select().from(callBacks).where(eq(callBacks.id, callBackId)).get();
    if (!row) throw new NotFound("call_back");
    if (row.doneAt) throw new Conflict("call_back_done");
    tx.update(callBacks).set({ doneAt: now, doneBy: actor.id, note }).where(eq(callBacks.id, callBackId)).run();
    audit(tx, { actorId: actor.id, action: "question.called_back", objectType: "question", objectId: row.questionId, data: { callBackId, note }, at: now });
    signalQuestion(tx, row.questionId);
    return row.questionId;
  });
}

const answerer = alias(users, "answerer");
const doer = alias(users, "doer");

function callBackItems(db: DB, where: SQL | undefined) {
  return db
    .select({
      id: callBacks.id,
      questionId: questions.id,
      questionTitle: questions.title,
      channel: questions.channel,
      callerName: questions.callerName,
      callerRank: questions.callerRank,
      callerPhone: questions.callerPhone,
      channelRef: questions.channelRef,
      unitName: units.name,
      duplicateOfQuestionId: questions.duplicateOfQuestionId,
      duplicateOfKbEntryId: questions.duplicateOfKbEntryId,
      answerBody: messages.body,
      answerAt: messages.createdAt,
      answerAuthor: answerer.name,
      createdAt: callBacks.createdAt,
      doneAt: callBacks.doneAt,
      doneBy: doer.name,
      note: callBacks.note,
    })
    .from(callBacks)
    .innerJoin(questions, eq(questions.id, callBacks.questionId))
    .leftJoin(units, eq(units.id, questions.unitId))
    .leftJoin(messages, eq(messages.id, callBacks.messageId))
    .leftJoin(answerer, eq(answerer.id, messages.authorId))
    .leftJoin(doer, eq(doer.id, callBacks.doneBy))
    .where(where);
}

function toItem(r: ReturnType<ReturnType<typeof callBackItems>["all"]>[number]): CallBackItem {
  return {
    id: r.id,
    questionId: r.questionId,
    questionTitle: r.questionTitle,
    channel: r.channel,
    callerName: r.callerName,
    callerRank: r.callerRank,
    callerPhone: r.callerPhone,
    channelRef: r.channelRef,
    unitName: r.unitName,
    answer: r.answerBody !== null && r.answerAt !== null ? { body: r.answerBody, authorName: r.answerAuthor ?? "", at: r.answerAt } : null,
    duplicateOf: r.duplicateOfQuestionId !== null || r.duplicateOfKbEntryId !== null ? { questionId: r.duplicateOfQuestionId, kbEntryId: r.duplicateOfKbEntryId } : null,
    createdAt: r.createdAt,
    done: r.doneAt ? { at: r.doneAt, byName: r.doneBy ?? "", note: r.note } : null,
  };
}

// Still to call, the longest waiting first.
export function pendingCallBacks(db: DB): CallBackItem[] {
  return callBackItems(db, isNull(callBacks.doneAt)).orderBy(asc(callBacks.createdAt), asc(callBacks.id)).all().map(toItem);
}

// The latest calls made, for a colleague who wonders whether someone already called.
export function recentCallBacks(db: DB, limit = 20): CallBackItem[] {
  return callBackItems(db, isNotNull(callBacks.doneAt)).orderBy(desc(callBacks.doneAt), desc(callBacks.id)).limit(limit).all().map(toItem);
}

export function callBackOfQuestion(db: DB, questionId: number): CallBackItem | null {
  const r = callBackItems(db, eq(callBacks.questionId, questionId)).get();
  return r ? toItem(r) : null;
}
