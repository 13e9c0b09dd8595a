// Where a question stands against the 24-working-hour rule, for lists and pages.
import type { QuestionStatus } from "../../db/schema.js";
import { ANSWER_ALLOWANCE_MINUTES, slaState } from "../domain/sla.js";
import { isOpen } from "../domain/workflow.js";
import { workingMinutesBetween, type WorkingCalendar } from "../domain/working-time.js";
import type { DeadlineInfo } from "../../views/partials/status.js";

export function deadlineInfo(
  q: { status: QuestionStatus; deadlineAt: Date },
  now: Date,
  cal: WorkingCalendar,
): DeadlineInfo | null {
  if (!isOpen(q.status)) return null; // answered, closed…: the clock no longer runs
  const leftMinutes = workingMinutesBetween(now, q.deadlineAt, cal);
  const overdueMinutes = workingMinutesBetween(q.deadlineAt, now, cal);
  const used = ANSWER_ALLOWANCE_MINUTES - leftMinutes;
  const state = now.getTime() > q.deadlineAt.getTime() ? "overdue" : slaState(used, ANSWER_ALLOWANCE_MINUTES);
  return { deadlineAt: q.deadlineAt, leftMinutes, overdueMinutes, state };
}
