// Instants become Vietnamese wall-clock text here, and only here.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { vi } from "date-fns/locale";
import { DEFAULT_TIME_ZONE } from "../src/domain/holidays.js";

// The desk's zone: config.timeZone (TZ_DESK). One desk per process, so createApp sets it once at
// start-up rather than every page handing it down to every date it shows.
let displayTimeZone = DEFAULT_TIME_ZONE;

export function setDisplayTimeZone(timeZone: string): void {
  displayTimeZone = timeZone;
}

function local(d: Date): TZDate {
  return new TZDate(d.getTime(), displayTimeZone);
}

// date-fns writes "Thứ Hai" and "Chủ Nhật"; mid-sentence Vietnamese writes "thứ Hai" and "Chủ nhật",
// as the admin calendar does.
function weekday(d: Date): string {
  return format(d, "EEEE", { locale: vi }).replace("Thứ", "thứ").replace("Chủ Nhật", "Chủ nhật");
}

// "14:30, thứ Ba 24/11/2026"
export function dateTime(d: Date): string {
  const l = local(d);
  return `${format(l, "HH:mm", { locale: vi })}, ${weekday(l)} ${format(l, "dd/MM/yyyy", { locale: vi })}`;
}

export function shortDateTime(d: Date): string {
  return format(local(d), "HH:mm dd/MM", { locale: vi });
}

export function dateOnly(d: Date): string {
  return format(local(d), "dd/MM/yyyy", { locale: vi });
}

// The local calendar date of an instant, "2026-11-24": for text that spells a date out in words.
export function localDate(d: Date): string {
  return format(local(d), "yyyy-MM-dd");
}

// Machine-readable value for <time datetime>.
export function isoInstant(d: Date): string {
  return d.toISOString();
}

// 800 → "13 giờ 20 phút"; working time is counted in whole minutes for people.
export function duration(minutes: number): string {
  const m = Math.max(0, Math.floor(minutes));
  const h = Math.floor(m / 60);
  const rest = m % 60;
  if (h === 0) return `${rest} phút`;
  if (rest === 0) return `${h} giờ`;
  return `${h} giờ ${rest} phút`;
}

// A calendar date "YYYY-MM-DD" (already local) as "thứ Hai 01/09/2025", without time-zone shifts:
// for days people plan around (duty, holidays).
export function dateOnlyLocal(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return `${weekday(new Date(y, m - 1, d))} ${calendarDate(date)}`;
}

// "2018-01-01" as "01/01/2018": a date in a register (a law's effective date) has no weekday.
export function calendarDate(date: string): string {
  const [y, m, d] = date.split("-");
  return `${d}/${m}/${y}`;
}

// The value of an <input type="datetime-local"> for an instant, in local time: "2026-11-24T09:05".
export function dateTimeInputValue(d: Date): string {
  return format(local(d), "yyyy-MM-dd'T'HH:mm");
}
