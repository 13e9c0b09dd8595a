// The desk's working calendar: read as the working-time engine wants it, and edited by admins.
// Every edit is one transaction that writes the change, recomputes the deadline of every open
// question with the new calendar and appends the audit row (docs/decisions/002).
import type { CalendarDayRow, CalendarDayKind } from "../model.js";
import { asc, eq } from "drizzle-orm";
import { calendarDays, workPeriods } from "../../db/schema.js";
import type { DB, Tx } from "../db.js";
import { Conflict, NotFound } from "../domain/errors.js";
import { substituteSuggestions } from "../domain/holidays.js";
import type { WorkingHours, WorkingCalendar } from "../domain/working-time.js";
import { audit } from "./audit.js";
import { recomputeOpenDeadlines } from "./deadlines.js";

// Takes a transaction too, so an edit recomputes deadlines with the calendar it has just written.
export function loadCalendar(db: Tx, timeZone: string): WorkingCalendar {
  const week: Record<number, WorkingHours[]> = {};
  const periods = db.select().from(workPeriods).orderBy(workPeriods.weekday, workPeriods.start).all();
  for (const p of periods) (week[p.weekday] ??= []).push({ start: p.start, end: p.end });
  const days = db.select().from(calendarDays).all();
  return {
    timeZone,
    week,
    holidays: days.filter((d) => d.kind === "holiday").map((d) => d.date),
    makeUpDays: days.filter((d) => d.kind === "make_up").map((d) => d.date),
  };
}

export function listCalendarDays(db: DB): CalendarDayRow[] {
  return db
    .select({ date: calendarDays.date, kind: calendarDays.kind, name: calendarDays.name })
    .from(calendarDays)
    .orderBy(asc(calendarDays.date))
    .all();
}

/** What an edit did to open questions: how many deadlines moved. */
export interface CalendarChange {
  deadlinesMoved: number;
}

type PeriodProblem = "order" | "overlap";

// The engine would merge overlapping periods silently; an admin who typed them meant something else.
export function periodProblem(periods: WorkingHours[]): PeriodProblem | null {
  if (periods.some((p) => !(p.start < p.end))) return "order"; // "HH:mm" strings sort as times
  const sorted = [...periods].sort((a, b) => (a.start < b.start ? -1 : 1));
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.start < sorted[i - 1]!.end) return "overlap";
  return null;
}

export interface EditContext {
  actorId: number;
  now: Date;
  timeZone: string;
}

type CalendarAudit = { action: string; objectId: string; from?: string; to?: string; data: Record<string, unknown> };

// One edit and its consequences together: the change, every open deadline recomputed with the
// calendar as it now stands, and the audit rows saying how many deadlines moved.
function changeCalendar(db: DB, ctx: EditContext, edit: (tx: Tx) => CalendarAudit[]): CalendarChange {
  return db.transaction((tx) => {
    const entries = edit(tx);
    const moved = recomputeOpenDeadlines(tx, loadCalendar(tx, ctx.timeZone)).map((m) => m.questionId);
    for (const e of entries) {
      audit(tx, {
        ...e,
        actorId: ctx.actorId,
        objectType: "calendar",
        data: { ...e.data, deadlinesMoved: moved.length, questionIds: moved },
        at: ctx.now,
      });
    }
    return { deadlinesMoved: moved.length };
  });
}

/** Replaces the weekly schedule; a weekday without periods becomes a day off. */
export function setWeekPeriods(db: DB, ctx: EditContext, week: Record<number, WorkingHours[]>): CalendarChange {
  const rows = Object.entries(week).flatMap(([weekday, ps]) => ps.map((p) => ({ weekday: Number(weekday), start: p.start, end: p.end })));
  if (rows.length === 0) throw new Conflict("empty_week"); // no working time at all: no deadline could be computed
  for (const [weekday, ps] of Object.entries(week)) {
    const n = Number(weekday);
    if (!Number.isInteger(n) || n < 1 || n > 7 || periodProblem(ps)) throw new Conflict("invalid_period");
  }
  return changeCalendar(db, ctx, (tx) => {
    const before = loadCalendar(tx, ctx.timeZone).week;
    tx.delete(workPeriods).run();
    tx.insert(workPeriods).values(rows).run();
    const after = loadCalendar(tx, ctx.timeZone).week;
    if (JSON.stringify(before) === JSON.stringify(after)) return []; // saved unchanged: nothing to record
    return [{ action: "calendar.week_set", objectId: "week", data: { before, after } }];
  });
}

/** Adds holidays or make-up days; a date already in the calendar is a Conflict("date_taken"). */
export function addCalendarDays(db: DB, ctx: EditContext, days: CalendarDayRow[]): CalendarChange {
  return changeCalendar(db, ctx, (tx) => {
    insertDays(tx, ctx, days);
    return days.map((d) => ({ action: "calendar.day_add", objectId: d.date, to: d.kind, data: { ...d } }));
  });
}

/**
 * Adds the day off (nghỉ bù) that a statutory holiday on a weekly day off gives, as suggested for the
 * calendar as it stands now; its audit row names the holiday. NotFound when `holiday` gives none.
 */
export function addSubstituteDay(db: DB, ctx: EditContext, holiday: string): CalendarChange {
  return changeCalendar(db, ctx, (tx) => {
    const year = Number(holiday.slice(0, 4));
    const days = tx.select({ date: calendarDays.date, kind: calendarDays.kind }).from(calendarDays).all();
    const s = substituteSuggestions(year, loadCalendar(tx, ctx.timeZone).week, days).find((x) => x.holiday.date === holiday);
    if (!s) throw new NotFound("substitute day");
    const day: CalendarDayRow = { date: s.date, kind: "holiday", name: s.name };
    insertDays(tx, ctx, [day]);
    return [{ action: "calendar.day_add", objectId: s.date, to: "holiday", data: { ...day, substituteFor: holiday } }];
  });
}

function insertDays(tx: Tx, ctx: EditContext, days: CalendarDayRow[]): void {
  for (const d of days) {
    if (tx.select({ date: calendarDays.date }).from(calendarDays).where(eq(calendarDays.date, d.date)).get()) {
      throw new Conflict("date_taken");
    }
  }
  if (days.length) tx.insert(calendarDays).values(days.map((d) => ({ ...d, createdAt: ctx.now, createdBy: ctx.actorId }))).run();
}

/** Deletes a day; the audit row keeps what it was. */
export function removeCalendarDay(db: DB, ctx: EditContext, date: string): CalendarChange {
  return changeCalendar(db, ctx, (tx) => {
    const row = tx.select().from(calendarDays).where(eq(calendarDays.date, date)).get();
    if (!row) throw new NotFound("calendar day");
    tx.delete(calendarDays).where(eq(calendarDays.date, date)).run();
    const { createdAt, ...was } = row;
    return [{ action: "calendar.day_remove", objectId: date, from: row.kind, data: { ...was, createdAt: createdAt.toISOString() } }];
  });
}
