// What is said on a question: answers, clarification requests and replies (which stop and restart
// the clock), and the team's internal notes.
import type { Actor } from "../model.js";
import { eq } from "drizzle-orm";
import { questions } from "../../db/schema.js";
import type { DB } from "../db.js";
import { can } from "../auth/permissions.js";
import { Conflict, InvalidTransition, NotAllowed } from "../domain/errors.js";
import type { WorkingCalendar } from "../domain/working-time.js";
import { audit } from "./audit.js";
import { recomputeDeadline } from "./deadlines.js";
import { tellAsker } from "./call-backs.js";
import { notify } from "./notifications.js";
import * as search from "../search/index.js";
import { addMessage, applyTransition, endPause, loadOwnQuestion, loadQuestion, signalQuestion, startPause } from "./question-transition.js";
import type { Upload } from "./uploads.js";

// The team answers in Markdown. A question nobody holds yet is taken by whoever answers it.
export function answerQuestion(db: DB, actor: Actor, questionId: number, body: string, now: Date, uploads: Upload[] = []): void {
  if (!can(actor.roles, "question.answer")) throw new NotAllowed("question.answer");
  db.transaction((tx) => {
    const q = loadQuestion(tx, questionId);
    const messageId = addMessage(tx, questionId, actor.id, "answer", body, now, uploads);
    search.questionChanged(tx, questionId);
    applyTransition(tx, q, "answer", actor.id, now, {
      set: { answeredAt: now, assigneeId: q.assigneeId ?? actor.id },
      data: { messageId, onTime: now.getTime() <= q.deadlineAt.getTime() },
    });
    tellAsker(tx, q, actor.id, messageId, now);
  });
}

// The team asks the asker for more information; the clock stops until the reply.
export function requestClarification(db: DB, actor: Actor, questionId: number, body: string, now: Date, uploads: Upload[] = []): void {
  if (!can(actor.roles, "question.answer")) throw new NotAllowed("question.answer");
  db.transaction((tx) => {
    const q = loadQuestion(tx, questionId);
    // Nobody could reply here to stop the pause: the team phones the caller and notes what they said.
    if (q.askerId === null) throw new Conflict("no_asker_account");
    const messageId = addMessage(tx, questionId, actor.id, "clarification", body, now, uploads);
    applyTransition(tx, q, "clarify", actor.id, now, { data: { messageId } });
    startPause(tx, questionId, actor.id, now);
    notify(tx, { userId: q.askerId, kind: "clarification_requested", questionId, at: now });
  });
}

// The asker writes back. Answering a clarification request restarts the clock with the paused time
// added to the deadline; otherwise it is a follow-up on an open or answered question.
export function replyToQuestion(db: DB, actor: Actor, questionId: number, body: string, now: Date, cal: WorkingCalendar, uploads: Upload[] = []): void {
  db.transaction((tx) => {
    const q = loadOwnQuestion(tx, actor, questionId);
    if (!["new", "assigned", "waiting_info", "reopened", "answered"].includes(q.status)) {
      throw new InvalidTransition(q.status, "reply");
    }
    const messageId = addMessage(tx, questionId, actor.id, "reply", body, now, uploads);
    if (q.status === "waiting_info") {
      endPause(tx, questionId, actor.id, now);
      applyTransition(tx, q, "reply", actor.id, now, { data: { messageId } });
      const deadlineAt = recomputeDeadline(tx, questionId, cal);
      // The working calendar moves the deadline, not the asker; a pause outside working hours moves
      // nothing and is not worth a line in the thread.
      if (deadlineAt.getTime() !== q.deadlineAt.getTime()) {
        audit(tx, {
          actorId: null,
          action: "question.deadline_extended",
          objectType: "question",
          objectId: questionId,
          data: { from: q.deadlineAt.getTime(), to: deadlineAt.getTime(), reply: messageId },
          at: now,
        });
      }
    } else {
      tx.update(questions).set({ updatedAt: now }).where(eq(questions.id, questionId)).run();
      audit(tx, { actorId: actor.id, action: "question.follow_up", objectType: "question", objectId: questionId, data: { messageId }, at: now });
      signalQuestion(tx, questionId);
    }
    if (q.assigneeId) notify(tx, { userId: q.assigneeId, kind: "reply_received", questionId, at: now });
  });
}

// Internal notes: seen and written by the team, advisors and steering; never by the asker.
export function addInternalNote(db: DB, actor: Actor, questionId: number, body: string, now: Date, uploads: Upload[] = []): void {
  if (!can(actor.roles, "question.note")) throw new NotAllowed("question.note");
  db.transaction((tx) => {
    loadQuestion(tx, questionId);
    const messageId = addMessage(tx, questionId, actor.id, "note", body, now, uploads);
    audit(tx, { actorId: actor.id, action: "question.note", objectType: "question", objectId: questionId, data: { messageId }, at: now });
    signalQuestion(tx, questionId);
  });
}
