// Bàn giao ca as a record: the outgoing member hands picked questions and a note to the incoming
// people in one transaction; each of them acknowledges ("Đã nhận bàn giao"). See docs/decisions/013-shift-handover-record.md.
import type { Actor } from "../model.js";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { handoverItems, handoverRecipients, handovers, questionPauses, questions } from "../../db/schema.js";
import type { DB } from "../db.js";
import { can } from "../auth/permissions.js";
import { Conflict, NotAllowed, NotFound } from "../domain/errors.js";
import { HandoverStale, recipientsOf, shareOut, staleQuestions, type PickedQuestion } from "../domain/handover.js";
import type { WorkingCalendar } from "../domain/working-time.js";
import { audit } from "./audit.js";
import { deadlineInfo } from "./deadlines.js";
import { notify } from "./notifications.js";
import { activeTeamMembers, handOverWithin } from "./questions.js";

interface NewHandover {
  note: string; // Markdown; may be empty when questions are handed over
  incoming: number[]; // ticked as incoming people
  picked: PickedQuestion[]; // most urgent first, as the form listed them
}

/**
 * Records the hand-over and moves every picked question to its new holder, each through the same
 * step as a single hand-over, all in one transaction: a question that changed since the form was
 * drawn refuses the whole of it (HandoverStale). Returns the record's id.
 */
export function giveHandover(db: DB, actor: Actor, input: NewHandover, now: Date, cal: WorkingCalendar): number {
  if (!can(actor.roles, "handover.give")) throw new NotAllowed("handover.give");
  const recipients = recipientsOf(input.incoming, input.picked);
  if (recipients.length === 0) throw new Conflict("handover_no_recipient");
  if (recipients.includes(actor.id)) throw new Conflict("handover_to_self");
  if (input.picked.length === 0 && input.note.trim() === "") throw new Conflict("handover_empty");
  return db.transaction((tx) => {
    const team = activeTeamMembers(tx, recipients);
    if (recipients.some((r) => !team.has(r))) throw new Conflict("handover_not_team_member");
    const ids = input.picked.map((p) => p.questionId);
    const rows = ids.length
      ? tx
          .select({ q: questions, pausedAt: questionPauses.startedAt })
          .from(questions)
          .leftJoin(questionPauses, and(eq(questionPauses.questionId, questions.id), isNull(questionPauses.endedAt)))
          .where(inArray(questions.id, ids))
          .all()
      : [];
    const held = new Map(rows.map((r) => [r.q.id, r]));
    const stale = staleQuestions(input.picked, new Map(rows.map((r) => [r.q.id, r.q])), actor.id);
    if (stale.length) throw new HandoverStale(stale);

    const handoverId = tx.insert(handovers).values({ fromUserId: actor.id, note: input.note, createdAt: now }).returning({ id: handovers.id }).get().id;
    tx.insert(handoverRecipients).values(recipients.map((userId) => ({ handoverId, userId }))).run();
    const owner = shareOut(input.picked, recipients);
    for (const [position, p] of input.picked.entries()) {
      const { q, pausedAt } = held.get(p.questionId)!;
      const d = deadlineInfo({ ...q, pausedAt }, now, cal)!; // open, so it has a deadline state
      const toUserId = owner.get(q.id)!;
      tx.insert(handoverItems)
        .values({
          handoverId,
          questionId: q.id,
          position,
          toUserId,
          status: q.status,
          deadlineAt: q.deadlineAt,
          slaState: d.state,
          leftMinutes: d.leftMinutes,
          overdueMinutes: d.overdueMinutes,
          paused: d.paused ?? false,
        })
        .run();
      handOverWithin(tx, actor, q, toUserId, now, handoverId);
    }
    for (const userId of recipients) notify(tx, { userId, kind: "handover_received", handoverId, at: now });
    audit(tx, {
      actorId: actor.id,
      action: "handover.create",
      objectType: "handover",
      objectId: handoverId,
      data: { recipients, questions: input.picked.map((p) => ({ questionId: p.questionId, to: owner.get(p.questionId) })) },
      at: now,
    });
    return handoverId;
  });
}

/**
 * The incoming person confirms they took the hand-over over. Only a recipient may (anyone else: not
 * found); a second time changes nothing and returns false.
 */
export function acknowledgeHandover(db: DB, actor: Actor, handoverId: number, now: Date): boolean {
  if (!can(actor.roles, "handover.receive")) throw new NotAllowed("handover.receive");
  return db.transaction((tx) => {
    const mine = and(eq(handoverRecipients.handoverId, handoverId), eq(handoverRecipients.userId, actor.id));
    const row = tx.select().from(handoverRecipients).where(mine).get();
    if (!row) throw new NotFound("handover");
    if (row.acknowledgedAt) return false;
    tx.update(handoverRecipients).set({ acknowledgedAt: now }).where(mine).run();
    const { fromUserId } = tx.select({ fromUserId: handovers.fromUserId }).from(handovers).where(eq(handovers.id, handoverId)).get()!;
    notify(tx, { userId: fromUserId, kind: "handover_acknowledged", handoverId, at: now });
    audit(tx, { actorId: actor.id, action: "handover.acknowledge", objectType: "handover", objectId: handoverId, at: now });
    return true;
  });
}
