// Tiếp nhận: the answer team logs a question that came by phone ("Hỏi trực tiếp – Trả lời ngay"), Zalo,
// iHanoi, the public-service portal or a công văn. Answered on the spot, it is recorded as answered
// at once; otherwise it becomes a question with the normal deadline, routed to whoever is on duty
// first. The caller with an account is the asker; without one the question has no asker account.
import type { DB } from "../db.js";
import { can } from "../auth/permissions.js";
import { Conflict, NotAllowed, NotFound } from "../domain/errors.js";
import { checkReceivedAt } from "../domain/intake.js";
import type { WorkingCalendar } from "../domain/working-time.js";
import type { Channel, Actor } from "../model.js";
import { audit } from "./audit.js";
import { callerByUsername } from "./callers.js";
import { notify } from "./notifications.js";
import { addMessage, applyTransition } from "./question-transition.js";
import { fileQuestion, requireActiveCategory, route } from "./questions.js";
import * as search from "../search/index.js";
import { findOrCreateUnit } from "./users.js";

interface LoggedQuestion {
  channel?: Exclude<Channel, "web">; // phone unless said otherwise
  callerUsername?: string; // an officer's account: they become the asker and follow it online
  callerName?: string; // someone without an account (the route requires it then)
  callerRank?: string;
  callerPhone?: string;
  unit?: string; // a unit's name; created when new. Default: the account's unit
  receivedAt?: Date; // when the call came in; default now
  callMinutes?: number;
  channelRef?: string;
  title: string;
  body: string;
  categoryId: number;
  answer?: string; // the answer given on the spot, if any
}

export function logCall(db: DB, actor: Actor, call: LoggedQuestion, now: Date, cal: WorkingCalendar): number {
  if (!can(actor.roles, "question.answer")) throw new NotAllowed("call.log");
  const receivedAt = call.receivedAt ?? now;
  const late = checkReceivedAt(receivedAt, now);
  if (late) throw new Conflict(`received_at_${late}`);
  const channel = call.channel ?? "phone";
  return db.transaction((tx) => {
    requireActiveCategory(tx, call.categoryId); // before the caller, as the form reports them
    const caller = call.callerUsername ? callerByUsername(tx, call.callerUsername) : undefined;
    if (call.callerUsername && !caller) throw new NotFound("caller");
    const unitId = call.unit ? findOrCreateUnit(tx, actor.id, call.unit, now) : (caller?.unitId ?? null);
    const q = fileQuestion(
      tx,
      {
        title: call.title,
        body: call.body,
        categoryId: call.categoryId,
        askerId: caller?.id ?? null,
        unitId,
        channel,
        // The account says who an officer is; typed details are for someone without one.
        callerName: caller ? null : (call.callerName ?? null),
        callerRank: caller ? null : (call.callerRank ?? null),
        callerPhone: call.callerPhone ?? null,
        callMinutes: channel === "phone" ? (call.callMinutes ?? null) : null,
        channelRef: call.channelRef ?? null,
        loggedBy: actor.id,
        loggedAt: now,
      },
      receivedAt,
      cal,
    );
    audit(tx, {
      actorId: actor.id,
      action: channel === "phone" ? "question.log_call" : "question.log_incoming",
      objectType: "question",
      objectId: q.id,
      from: null,
      to: "new",
      data: { channel, callerName: call.callerName ?? null, callerId: caller?.id ?? null, receivedAt: receivedAt.getTime(), answeredOnTheSpot: !!call.answer },
      at: now,
    });
    if (call.answer) {
      // Given while the caller was on the line (or replying at once on Zalo): answered when received.
      const messageId = addMessage(tx, q.id, actor.id, "answer", call.answer, receivedAt);
      applyTransition(tx, q, "answer", actor.id, now, {
        set: { answeredAt: receivedAt, assigneeId: actor.id },
        data: { messageId, onTime: true, onTheSpot: true },
      });
      // The officer heard it; the notice lets them find the written answer and rate it.
      if (caller) notify(tx, { userId: caller.id, kind: "answered", questionId: q.id, at: now });
    } else {
      route(tx, q, now, cal.timeZone, { dutyFirst: true });
    }
    search.questionChanged(tx, q.id); // with the answer given on the spot, if any
    return q.id;
  });
}
