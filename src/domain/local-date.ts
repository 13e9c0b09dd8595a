// Calendar dates as the desk names them: "YYYY-MM-DD" in its time zone. The zone always comes in as
// an argument (config.timeZone), never the server process's own; instants stay UTC everywhere else.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { z } from "zod";

// zod's ISO date knows month lengths and leap years: "2026-02-30" has the shape but is no day.
const ISO_DATE = z.iso.date();
// Nothing the desk dates comes before 1900, and JavaScript reads the years 0–99 as 1900–1999.
const FIRST_DATE = "1900-01-01";

/** "YYYY-MM-DD" that names a real day (from 1900): the one check of a typed or linked date. */
export function isCalendarDate(s: string): boolean {
  return ISO_DATE.safeParse(s).success && s >= FIRST_DATE;
}

/** The local calendar date of an instant in `timeZone`, "YYYY-MM-DD". */
export function localDateOf(instant: Date, timeZone: string): string {
  return format(new TZDate(instant.getTime(), timeZone), "yyyy-MM-dd");
}

/** The instant a local date begins in `timeZone` (or, with `plusDays`, a later day begins). */
export function localDayStart(date: string, timeZone: string, plusDays = 0): Date {
  if (!isCalendarDate(date)) throw new RangeError(`not a date: ${date}`);
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d + plusDays, timeZone).getTime());
}

/** The calendar date after `date`. */
export function nextCalendarDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday (the working calendar's week keys). */
export function isoWeekdayOf(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Days from `from` to `to`, both counted: 1 for a single day, 0 or less when `to` comes first. */
export function daysInPeriod(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
}
