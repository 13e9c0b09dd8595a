// Instants become Vietnamese wall-clock text here, and only here.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { vi } from "date-fns/locale";

export const DISPLAY_TIME_ZONE = "Asia/Ho_Chi_Minh";

function local(d: Date): TZDate {
  return new TZDate(d.getTime(), DISPLAY_TIME_ZONE);
}

// "14:30, thứ Ba 24/11/2026"
export function dateTime(d: Date): string {
  return format(local(d), "HH:mm, EEEE dd/MM/yyyy", { locale: vi }).replace("Thứ", "thứ"); // mid-sentence, lower case
}

export function shortDateTime(d: Date): string {
  return format(local(d), "HH:mm dd/MM", { locale: vi });
}

export function dateOnly(d: Date): string {
  return format(local(d), "dd/MM/yyyy", { locale: vi });
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

// A calendar date "YYYY-MM-DD" (already local) as "thứ Hai 01/09/2025", without time-zone shifts.
export function dateOnlyLocal(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const weekday = format(new Date(y, m - 1, d), "EEEE", { locale: vi }).replace("Thứ", "thứ");
  return `${weekday} ${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${y}`;
}
