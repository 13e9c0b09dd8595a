// The desk's working calendar as the working-time engine wants it.
import { calendarDays, workPeriods } from "../../db/schema.js";
import type { DB } from "../db.js";
import type { Period, WorkingCalendar } from "../domain/working-time.js";

export function loadCalendar(db: DB, timeZone: string): WorkingCalendar {
  const week: Record<number, Period[]> = {};
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
