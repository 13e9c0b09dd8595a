// Bàn giao ca, the rules: which of the picked questions can no longer be handed over as the form
// showed them, and who of the incoming people takes which question.
import type { QuestionStatus, StaleQuestion } from "../model.js";
import { Conflict } from "./errors.js";
import { isOpen } from "./workflow.js";

export interface PickedQuestion {
  questionId: number;
  seenStatus: QuestionStatus; // the state the outgoing member saw when the form was drawn
  toUserId: number | null; // chosen in the question's row; null: shared out
}

interface HeldQuestion {
  id: number;
  status: QuestionStatus;
  assigneeId: number | null;
}

/**
 * The picked questions that changed since the form was drawn. Any of them refuses the whole
 * hand-over: the record must say what was really handed over, and half a hand-over is worse than none.
 */
export function staleQuestions(picked: PickedQuestion[], held: Map<number, HeldQuestion>, outgoingId: number): StaleQuestion[] {
  const stale: StaleQuestion[] = [];
  for (const p of picked) {
    const q = held.get(p.questionId);
    const reason: StaleQuestion["reason"] | null = !q
      ? "gone"
      : !isOpen(q.status)
        ? "settled"
        : q.assigneeId !== outgoingId
          ? "not_yours"
          : q.status !== p.seenStatus
            ? "changed"
            : null;
    if (reason) stale.push({ questionId: p.questionId, reason, status: q?.status ?? null });
  }
  return stale;
}

/** Refuses a whole hand-over; the page lists each question and why. */
export class HandoverStale extends Conflict {
  constructor(readonly stale: StaleQuestion[]) {
    super("handover_stale", `stale questions: ${stale.map((s) => s.questionId).join(", ")}`);
  }
}

/** Everyone who receives: those ticked as incoming, then anyone chosen only in a question's row. */
export function recipientsOf(ticked: number[], picked: PickedQuestion[]): number[] {
  const out: number[] = [];
  for (const id of [...ticked, ...picked.map((p) => p.toUserId)]) if (id !== null && !out.includes(id)) out.push(id);
  return out;
}

/**
 * Who takes each question. A question whose row names someone goes to them; the others, in the order
 * given (most urgent first), each go to the recipient holding the fewest of this hand-over so far,
 * ties to the earlier in `recipients` — an even split in which the urgent ones are spread too.
 */
export function shareOut(picked: PickedQuestion[], recipients: number[]): Map<number, number> {
  const load = new Map(recipients.map((r) => [r, 0]));
  const out = new Map<number, number>();
  for (const p of picked) {
    if (p.toUserId === null) continue;
    out.set(p.questionId, p.toUserId);
    load.set(p.toUserId, (load.get(p.toUserId) ?? 0) + 1);
  }
  for (const p of picked) {
    if (p.toUserId !== null) continue;
    let best: number | null = null;
    for (const r of recipients) if (best === null || load.get(r)! < load.get(best)!) best = r;
    if (best === null) throw new Error("shareOut needs at least one recipient");
    out.set(p.questionId, best);
    load.set(best, load.get(best)! + 1);
  }
  return out;
}
