// Where a question stands against the 24-working-hour rule. The deadline is stored on the question
// (for sorting) and recomputed here whenever what it depends on changes: a pause ends, the question
// is reopened, or the calendar is edited. See docs/decisions/002.
import type { DeadlineExplanation, DeadlineInfo } from "../model.js";
import { and, asc, eq, inArray } from "drizzle-orm";
import { questionPauses, questions, type QuestionStatus } from "../../db/schema.js";
import type { Tx } from "../db.js";
import { isoWeekdayOf, localDateOf } from "../domain/local-date.js";
import { ANSWER_ALLOWANCE_MINUTES, deadlineStatus, slaState, type PauseSpan } from "../domain/sla.js";
import { isOpen, OPEN_STATUSES } from "../domain/workflow.js";
import { workingMinutesBetween, type WorkingCalendar } from "../domain/working-time.js";

// Shown in lists and pages. A paused question's figures are frozen at the moment it was paused.
export function deadlineInfo(
  q: { status: QuestionStatus; deadlineAt: Date; pausedAt?: Date | null },
  now: Date,
  cal: WorkingCalendar,
): DeadlineInfo | null {
  if (!isOpen(q.status)) return null; // answered, closed…: the clock no longer runs
  const paused = q.status === "waiting_info" && q.pausedAt ? q.pausedAt : null;
  const at = paused ?? now;
  const leftMinutes = workingMinutesBetween(at, q.deadlineAt, cal);
  const overdueMinutes = workingMinutesBetween(q.deadlineAt, at, cal);
  const used = ANSWER_ALLOWANCE_MINUTES - leftMinutes;
  const state = at.getTime() > q.deadlineAt.getTime() ? "overdue" : slaState(used, ANSWER_ALLOWANCE_MINUTES);
  return { deadlineAt: q.deadlineAt, leftMinutes, overdueMinutes, state, paused: paused !== null };
}

export function clockStartOf(q: { submittedAt: Date; reopenedAt: Date | null }): Date {
  return q.reopenedAt ?? q.submittedAt;
}

// Closed pauses of the current allowance. An ongoing pause is left out: until it ends, the deadline
// is the one the question would have if the clock had never stopped, and the page freezes its figures.
function pausesOf(tx: Tx, questionId: number, since: Date): PauseSpan[] {
  return tx
    .select()
    .from(questionPauses)
    .where(eq(questionPauses.questionId, questionId))
    .orderBy(asc(questionPauses.startedAt))
    .all()
    .filter((p) => p.endedAt && p.endedAt.getTime() > since.getTime())
    .map((p) => ({ from: p.startedAt, to: p.endedAt! }));
}

function computeDeadline(tx: Tx, questionId: number, cal: WorkingCalendar): Date {
  const q = tx.select().from(questions).where(eq(questions.id, questionId)).get()!;
  const start = clockStartOf(q);
  return deadlineStatus(start, start, cal, ANSWER_ALLOWANCE_MINUTES, pausesOf(tx, questionId, start)).deadline;
}

export function recomputeDeadline(tx: Tx, questionId: number, cal: WorkingCalendar): Date {
  const deadlineAt = computeDeadline(tx, questionId, cal);
  tx.update(questions).set({ deadlineAt }).where(eq(questions.id, questionId)).run();
  return deadlineAt;
}

// After a calendar change: every open question's deadline follows the new calendar.
export function recomputeOpenDeadlines(tx: Tx, cal: WorkingCalendar): { questionId: number; from: Date; to: Date }[] {
  const open = tx
    .select({ id: questions.id, deadlineAt: questions.deadlineAt })
    .from(questions)
    .where(and(inArray(questions.status, [...OPEN_STATUSES])))
    .all();
  const changed: { questionId: number; from: Date; to: Date }[] = [];
  for (const q of open) {
    const to = recomputeDeadline(tx, q.id, cal);
    if (to.getTime() !== q.deadlineAt.getTime()) changed.push({ questionId: q.id, from: q.deadlineAt, to });
  }
  return changed;
}

// Why the deadline is what it is: for the question page's "how was this computed" section.
export function explainDeadline(
  tx: Tx,
  q: { id: number; status: QuestionStatus; submittedAt: Date; reopenedAt: Date | null; deadlineAt: Date },
  now: Date,
  cal: WorkingCalendar,
  holidayNames: Map<string, string>,
): DeadlineExplanation {
  const start = clockStartOf(q);
  const rows = tx
    .select()
    .from(questionPauses)
    .where(eq(questionPauses.questionId, q.id))
    .orderBy(asc(questionPauses.startedAt))
    .all()
    .filter((p) => (p.endedAt ?? now).getTime() > start.getTime());
  const pauses = rows.map((p) => ({
    from: p.startedAt,
    to: p.endedAt,
    workingMinutes: workingMinutesBetween(p.startedAt, p.endedAt ?? now, cal),
  }));
  const end = isOpen(q.status) ? now : q.deadlineAt;
  const paused = pauses.reduce((sum, p) => sum + (p.to ? p.workingMinutes : 0), 0);
  const open = pauses.find((p) => !p.to);
  const usedUntil = open ? open.from : end;
  const usedMinutes = Math.max(0, workingMinutesBetween(start, usedUntil, cal) - paused);
  const first = localDateOf(start, cal.timeZone);
  const last = localDateOf(q.deadlineAt, cal.timeZone);
  const normallyWorked = (d: string) => (cal.week[isoWeekdayOf(d)]?.length ?? 0) > 0;
  const named = (dates: string[]) =>
    dates
      .filter((d) => d >= first && d <= last)
      .sort()
      .map((date) => ({ date, name: holidayNames.get(date) ?? "" }));
  const holidays = new Set(cal.holidays);
  const holidaysSkipped = named(cal.holidays.filter(normallyWorked));
  // A make-up day on a weekday changes nothing, and a holiday wins over one (as in working-time).
  const makeUpDaysWorked = named(cal.makeUpDays.filter((d) => !normallyWorked(d) && !holidays.has(d)));
  return {
    clockStartedAt: start,
    reopened: q.reopenedAt !== null,
    allowanceMinutes: ANSWER_ALLOWANCE_MINUTES,
    usedMinutes,
    pauses,
    holidaysSkipped,
    makeUpDaysWorked,
    deadlineAt: q.deadlineAt,
  };
}
