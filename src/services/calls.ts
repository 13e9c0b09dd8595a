// Hotline calls ("Hỏi trực tiếp – Trả lời ngay"): the answerer on duty logs a call in seconds.
// Answered on the spot, it is recorded as answered at once; otherwise it becomes a question with the
// normal deadline, routed to whoever is on duty first.
import { and, eq, isNull } from "drizzle-orm";
import { userRoles, users } from "../../db/schema.js";
import type { DB } from "../db.js";
import { can } from "../auth/permissions.js";
import { NotAllowed, NotFound } from "../domain/errors.js";
import type { WorkingCalendar } from "../domain/working-time.js";
import { audit } from "./audit.js";
import { addMessage, applyTransition } from "./question-transition.js";
import { fileQuestion, requireActiveCategory, route } from "./questions.js";
import { reindexQuestion } from "./question-search.js";
import { findOrCreateUnit, type Actor } from "./users.js";

export interface PhoneCall {
  callerName: string;
  callerUsername?: string; // when the caller has an account, they can follow the question online
  unit?: string;
  title: string;
  body: string;
  categoryId: number;
  answer?: string; // the answer given on the phone, if any
}

export function logCall(db: DB, actor: Actor, call: PhoneCall, now: Date, cal: WorkingCalendar): number {
  if (!can(actor.roles, "question.answer")) throw new NotAllowed("call.log");
  return db.transaction((tx) => {
    requireActiveCategory(tx, call.categoryId); // before the caller, as the form reports them
    const caller = call.callerUsername
      ? tx
          .select({ id: users.id, unitId: users.unitId })
          .from(users)
          .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, "officer")))
          .where(and(eq(users.username, call.callerUsername), isNull(users.disabledAt)))
          .get()
      : undefined;
    if (call.callerUsername && !caller) throw new NotFound("caller");
    const unitId = call.unit ? findOrCreateUnit(tx, actor.id, call.unit, now) : (caller?.unitId ?? null);
    const q = fileQuestion(
      tx,
      {
        title: call.title,
        body: call.body,
        categoryId: call.categoryId,
        askerId: caller?.id ?? actor.id,
        unitId,
        channel: "phone",
        callerName: call.callerName,
        loggedBy: actor.id,
      },
      now,
      cal,
    );
    audit(tx, {
      actorId: actor.id,
      action: "question.log_call",
      objectType: "question",
      objectId: q.id,
      from: null,
      to: "new",
      data: { callerName: call.callerName, callerId: caller?.id ?? null, answeredOnTheSpot: !!call.answer },
      at: now,
    });
    if (call.answer) {
      const messageId = addMessage(tx, q.id, actor.id, "answer", call.answer, now);
      applyTransition(tx, q, "answer", actor.id, now, {
        set: { answeredAt: now, assigneeId: actor.id },
        data: { messageId, onTime: true, onTheSpot: true },
      });
    } else {
      route(tx, q, now, cal.timeZone, { dutyFirst: true });
    }
    reindexQuestion(tx, q.id); // with the answer given on the phone, if any
    return q.id;
  });
}
