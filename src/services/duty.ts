// Lịch trực and Bàn giao ca: leads plan who of the answer team is on duty each working day, so the
// work of the day is handed to the next shift and nothing piles up. Routing reads onDutyUserIds.
import type { DutyDay, Shifts, HandoverGroups, Actor, QuestionListItem } from "../model.js";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { dutyShifts, userRoles, users, type Role } from "../../db/schema.js";
import type { DB, Tx } from "../db.js";
import { can } from "../auth/permissions.js";
import { Conflict, NotAllowed } from "../domain/errors.js";
import { isCalendarDate, localDateOf, localDayStart, nextCalendarDate } from "../domain/local-date.js";
import { workingMinutesBetween, type WorkingCalendar } from "../domain/working-time.js";
import { audit } from "./audit.js";
import { deadlineInfo } from "./deadlines.js";
import { openQueue } from "./question-queries.js";

const TEAM_ROLES: Role[] = ["answerer", "lead"]; // Tổ giải đáp nghiệp vụ
// A calendar without a working day this far ahead is broken; stop looking rather than loop.
const MAX_DAYS_SCANNED = 400;

// A working day has working time between its local midnight and the next one; the calendar's
// weekly hours, holidays and make-up days all decide through the working-time engine.
function isWorkingDate(cal: WorkingCalendar, date: string): boolean {
  return workingMinutesBetween(localDayStart(date, cal.timeZone), localDayStart(date, cal.timeZone, 1), cal) > 0;
}

/** The first `count` working dates from `first` on (itself included when it is one). */
function workingDatesFrom(cal: WorkingCalendar, first: string, count: number): string[] {
  const out: string[] = [];
  let date = first;
  for (let i = 0; i < MAX_DAYS_SCANNED && out.length < count; i++, date = nextCalendarDate(date)) {
    if (isWorkingDate(cal, date)) out.push(date);
  }
  return out;
}

// Only active members of the team count: a disabled account or a lost role drops off every roster
// without anyone having to edit it.
function onDuty(db: Tx, dates: string[]) {
  if (dates.length === 0) return [];
  return db
    .selectDistinct({ date: dutyShifts.date, id: users.id, name: users.name, rank: users.rank })
    .from(dutyShifts)
    .innerJoin(users, eq(users.id, dutyShifts.userId))
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(inArray(dutyShifts.date, dates), isNull(users.disabledAt), inArray(userRoles.role, TEAM_ROLES)))
    .orderBy(asc(dutyShifts.date), asc(users.name), asc(users.id))
    .all();
}

function rosterOf(db: Tx, dates: string[]): DutyDay[] {
  const rows = onDuty(db, dates);
  return dates.map((date) => ({ date, members: rows.filter((r) => r.date === date).map(({ date: _d, ...m }) => m) }));
}

/** Active team members on duty on a local date, by id. */
export function onDutyUserIds(db: Tx, date: string): number[] {
  return onDuty(db, [date])
    .map((r) => r.id)
    .sort((a, b) => a - b);
}

/** The next `days` working days from the local date of `from` (included when it is one), with who is on duty. */
export function upcomingRoster(db: Tx, cal: WorkingCalendar, from: Date, days: number): DutyDay[] {
  return rosterOf(db, workingDatesFrom(cal, localDateOf(from, cal.timeZone), days));
}

/** Who is on duty today and on the next working day: to whom the open work is handed. */
export function currentShifts(db: Tx, cal: WorkingCalendar, now: Date): Shifts {
  const today = localDateOf(now, cal.timeZone);
  const [next] = workingDatesFrom(cal, nextCalendarDate(today), 1);
  const [todayRoster, nextRoster] = rosterOf(db, next ? [today, next] : [today]);
  return { today: { ...todayRoster!, working: isWorkingDate(cal, today) }, next: nextRoster ?? null };
}

/**
 * Replaces the roster of one date with `userIds` (none clears it), in one transaction with its
 * audit row. Only leads plan; every id must be an active team member, else Conflict("not_team_member").
 */
export function setDutyRoster(db: DB, actor: Actor, date: string, userIds: number[], now: Date): void {
  if (!can(actor.roles, "duty.manage")) throw new NotAllowed("duty.manage");
  if (!isCalendarDate(date)) throw new Conflict("invalid_date");
  const wanted = [...new Set(userIds)].sort((a, b) => a - b);
  db.transaction((tx) => {
    const team = new Set(
      wanted.length === 0
        ? []
        : tx
            .selectDistinct({ id: users.id })
            .from(users)
            .innerJoin(userRoles, eq(userRoles.userId, users.id))
            .where(and(inArray(users.id, wanted), isNull(users.disabledAt), inArray(userRoles.role, TEAM_ROLES)))
            .all()
            .map((u) => u.id),
    );
    const strangers = wanted.filter((id) => !team.has(id));
    if (strangers.length) throw new Conflict("not_team_member", strangers.join(", "));
    const before = tx
      .select({ id: dutyShifts.userId })
      .from(dutyShifts)
      .where(eq(dutyShifts.date, date))
      .all()
      .map((r) => r.id)
      .sort((a, b) => a - b);
    if (before.join() === wanted.join()) return; // saved unchanged: nothing to record
    tx.delete(dutyShifts).where(eq(dutyShifts.date, date)).run();
    if (wanted.length) tx.insert(dutyShifts).values(wanted.map((userId) => ({ date, userId, createdBy: actor.id, createdAt: now }))).run();
    audit(tx, { actorId: actor.id, action: "duty.set", objectType: "duty", objectId: date, data: { before, after: wanted }, at: now });
  });
}

/**
 * Everything open for the hand-over, of one member (assigneeId) or of the whole team (null), most
 * urgent first in each group. A waiting question goes to "waiting" whatever its figures: its clock
 * is stopped and the next move is the asker's, so it is not what the next shift must rush.
 */
export function handoverGroups(db: DB, cal: WorkingCalendar, now: Date, assigneeId: number | null): HandoverGroups {
  const groups: HandoverGroups = { overdue: [], dueSoon: [], waiting: [], other: [] };
  for (const q of openQueue(db)) {
    if (assigneeId !== null && q.assigneeId !== assigneeId) continue;
    const row = { q, deadline: deadlineInfo(q, now, cal) };
    if (q.status === "waiting_info") groups.waiting.push(row);
    else if (row.deadline?.state === "overdue") groups.overdue.push(row);
    else if (row.deadline?.state === "due_soon") groups.dueSoon.push(row);
    else groups.other.push(row);
  }
  return groups;
}
