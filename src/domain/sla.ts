// Answer-deadline (SLA) state, measured in working minutes of a WorkingCalendar.
import type { SlaState } from "../model.js";
import { addWorkingMinutes, workingMinutesBetween, type WorkingCalendar } from "./working-time.js";

/** Allowance to answer a question: 24 working hours (three 8-hour days). */
export const ANSWER_ALLOWANCE_MINUTES = 24 * 60;
/** Fraction of the allowance after which a question is "due soon". */
const DUE_SOON_RATIO = 0.75;

/** A span during which the clock is stopped (e.g. waiting on the asker). */
export type PauseSpan = { from: Date; to: Date };

type DeadlineStatus = {
  deadline: Date;
  usedMinutes: number;
  /** allowance − used; negative once overdue (how far past, in working minutes). */
  leftMinutes: number;
  state: SlaState;
};

/**
 * Overdue only when strictly more than the allowance has been used: the
 * deadline instant itself still counts as on time ("answer by 17:00" includes
 * 17:00). due_soon from exactly 75 % of the allowance.
 * Note that used minutes stop growing outside working hours, so "past the
 * deadline" in real time is decided by deadlineStatus, not by this function alone.
 */
export function slaState(usedMinutes: number, allowanceMinutes: number): SlaState {
  if (usedMinutes > allowanceMinutes) return "overdue";
  if (usedMinutes >= allowanceMinutes * DUE_SOON_RATIO) return "due_soon";
  return "on_time";
}

const MINUTE = 60_000;
const toMs = (minutes: number) => Math.round(minutes * MINUTE);

/** Pauses clipped to start at `from`, sorted and merged, empty ones dropped. */
function normalizePauses(pauses: readonly PauseSpan[], from: number): Array<[number, number]> {
  const spans = pauses
    .map((p): [number, number] => [Math.max(p.from.getTime(), from), p.to.getTime()])
    .filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b) && b > a)
    .sort((x, y) => x[0] - y[0]);
  const merged: Array<[number, number]> = [];
  for (const [a, b] of spans) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged;
}

/** Working ms in [a, b) outside the (normalized) pauses. */
function activeMs(a: number, b: number, pauses: Array<[number, number]>, cal: WorkingCalendar): number {
  if (b <= a) return 0;
  let ms = toMs(workingMinutesBetween(new Date(a), new Date(b), cal));
  for (const [pa, pb] of pauses) {
    const s = Math.max(pa, a), e = Math.min(pb, b);
    if (e > s) ms -= toMs(workingMinutesBetween(new Date(s), new Date(e), cal));
  }
  return ms;
}

/** Earliest instant at which `allowanceMs` working ms outside pauses have elapsed since `from`. */
function deadlineAfter(from: number, allowanceMs: number, pauses: Array<[number, number]>, cal: WorkingCalendar): number {
  let cur = from;
  let remaining = allowanceMs;
  for (const [pa, pb] of pauses) {
    if (remaining <= 0) return cur;
    if (pa > cur) {
      const candidate = addWorkingMinutes(new Date(cur), remaining / MINUTE, cal).getTime();
      if (candidate <= pa) return candidate;
      remaining -= toMs(workingMinutesBetween(new Date(cur), new Date(pa), cal));
    }
    cur = Math.max(cur, pb);
  }
  return addWorkingMinutes(new Date(cur), remaining / MINUTE, cal).getTime();
}

/**
 * Deadline and SLA state of a question submitted at `submittedAt`, seen at `now`.
 * Working minutes inside `pauses` are not counted and push the deadline later;
 * an ongoing pause can be passed with `to = now` (the deadline then assumes it ends now).
 */
export function deadlineStatus(
  submittedAt: Date,
  now: Date,
  cal: WorkingCalendar,
  allowanceMinutes: number = ANSWER_ALLOWANCE_MINUTES,
  pauses: readonly PauseSpan[] = [],
): DeadlineStatus {
  if (!Number.isFinite(allowanceMinutes) || allowanceMinutes < 0) {
    throw new RangeError(`allowanceMinutes must be a finite number ≥ 0, got ${allowanceMinutes}`);
  }
  const from = submittedAt.getTime();
  const at = now.getTime();
  const spans = normalizePauses(pauses, from);
  const deadline = deadlineAfter(from, toMs(allowanceMinutes), spans, cal);
  const usedMinutes = activeMs(from, at, spans, cal) / MINUTE;
  // Real time past the deadline is overdue even when no working minute has
  // passed since (e.g. deadline Friday 17:00, now Saturday).
  const state: SlaState = at > deadline ? "overdue" : slaState(usedMinutes, allowanceMinutes);
  return { deadline: new Date(deadline), usedMinutes, leftMinutes: allowanceMinutes - usedMinutes, state };
}
