// Statutory public holidays (Bộ luật Lao động 2019, Điều 112) and the default
// working calendar. Only the law's fixed days are produced; compensatory days
// ("nghỉ bù") are suggested and the Government's yearly day swaps left to an admin.
import type { CalendarDayKind } from "../model.js";
import { getLunarDate, getSolarDate } from "@dqcai/vn-lunar";
import type { WorkingHours, WorkingCalendar } from "./working-time.js";

type Holiday = { date: string; name: string };

export const DEFAULT_TIME_ZONE = "Asia/Ho_Chi_Minh";
export const DEFAULT_HOLIDAY_YEARS = [2025, 2026, 2027];

const DAY = 86_400_000;

function ymd(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/** Solar date (UTC-midnight ms) of a lunar date; the library computes in UTC+7 as the Vietnamese calendar requires. */
function lunarToSolar(day: number, month: number, lunarYear: number): number {
  const s = getSolarDate(day, month, lunarYear);
  const t = Date.UTC(s.year, s.month - 1, s.day);
  const back = getLunarDate(s.day, s.month, s.year);
  if (!s.day || back.day !== day || back.month !== month || back.year !== lunarYear || back.leap) {
    throw new RangeError(`Cannot convert lunar ${day}/${month}/${lunarYear} to a solar date`);
  }
  return t;
}

/** First day of the lunar year (mùng 1 Tết) that begins in solar `year`, as "YYYY-MM-DD". */
export function lunarNewYear(year: number): string {
  return ymd(lunarToSolar(1, 1, year));
}

/**
 * Which day next to 2/9 is suggested as the second National Day holiday.
 * The law leaves the choice to the Government each year; we pick the weekday
 * neighbour that joins 2/9 to a weekend (longest run of consecutive days off,
 * counting Sat/Sun as off), and 1/9 on a tie (e.g. 2/9 on a Wednesday).
 * 2025: 2/9 is a Tuesday → Monday 1/9, which matches the official decision.
 * Results are suggestions; an admin confirms or edits them.
 */
export function nationalDayAdjacentDate(year: number): string {
  const sep2 = Date.UTC(year, 8, 2);
  const isWeekend = (t: number) => {
    const wd = new Date(t).getUTCDay();
    return wd === 0 || wd === 6;
  };
  const runLength = (extra: number) => {
    const off = (t: number) => t === sep2 || t === extra || isWeekend(t);
    let n = 1;
    for (let t = sep2 - DAY; off(t); t -= DAY) n++;
    for (let t = sep2 + DAY; off(t); t += DAY) n++;
    return n;
  };
  const before = sep2 - DAY, after = sep2 + DAY;
  return ymd(runLength(after) > runLength(before) ? after : before);
}

/** Statutory holidays of a solar year, sorted by date, with Vietnamese names. */
export function statutoryHolidays(year: number): Holiday[] {
  if (!Number.isInteger(year)) throw new RangeError(`year must be an integer, got ${year}`);
  const list: Holiday[] = [];
  const add = (t: number, name: string) => list.push({ date: ymd(t), name });

  add(Date.UTC(year, 0, 1), "Tết Dương lịch");

  // Tết: the law gives 5 days; practice is the last day of the old lunar year
  // (29 or 30 Tết, depending on the month's length) plus mùng 1–4.
  const tet = lunarToSolar(1, 1, year);
  const eve = new Date(tet - DAY);
  const eveLunar = getLunarDate(eve.getUTCDate(), eve.getUTCMonth() + 1, eve.getUTCFullYear());
  add(tet - DAY, `Tết Nguyên đán (${eveLunar.day} Tết)`);
  for (let i = 0; i < 4; i++) add(tet + i * DAY, `Tết Nguyên đán (mùng ${i + 1})`);

  add(lunarToSolar(10, 3, year), "Giỗ Tổ Hùng Vương (10/3 âm lịch)");
  add(Date.UTC(year, 3, 30), "Ngày Chiến thắng (30/4)");
  add(Date.UTC(year, 4, 1), "Ngày Quốc tế Lao động (1/5)");
  add(Date.UTC(year, 8, 2), "Quốc khánh (2/9)");
  add(Date.parse(nationalDayAdjacentDate(year)), "Quốc khánh (ngày liền kề)");

  return list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const OFFICE_HOURS: WorkingHours[] = [
  { start: "08:00", end: "12:00" },
  { start: "13:00", end: "17:00" },
];

/** Mon–Fri 08:00–12:00 and 13:00–17:00 in Asia/Ho_Chi_Minh with the statutory holidays of `years`. */
export function defaultCalendar(years: number[] = DEFAULT_HOLIDAY_YEARS): WorkingCalendar {
  const week: Record<number, WorkingHours[]> = {};
  for (let wd = 1; wd <= 5; wd++) week[wd] = OFFICE_HOURS.map((p) => ({ ...p }));
  const holidays = [...new Set(years.flatMap((y) => statutoryHolidays(y).map((h) => h.date)))].sort();
  return { timeZone: DEFAULT_TIME_ZONE, week, holidays, makeUpDays: [] };
}

export interface HolidaySuggestion extends Holiday {
  /** Tết and Giỗ Tổ move with the lunar calendar; the others are fixed solar days. */
  lunar: boolean;
  /** How the date already stands in the desk's calendar, or null when it is missing. */
  inCalendar: CalendarDayKind | null;
}

/**
 * The statutory holidays of `year` set against the calendar's existing days, for an admin to
 * confirm one by one. A date already listed (even as a make-up day) is marked, never re-suggested.
 */
export function holidaySuggestions(year: number, existing: Iterable<{ date: string; kind: CalendarDayKind }>): HolidaySuggestion[] {
  const present = new Map<string, CalendarDayKind>();
  for (const d of existing) present.set(d.date, d.kind);
  const tet = lunarToSolar(1, 1, year);
  const lunarDays = new Set([-1, 0, 1, 2, 3].map((i) => ymd(tet + i * DAY)));
  lunarDays.add(ymd(lunarToSolar(10, 3, year)));
  return statutoryHolidays(year).map((h) => ({ ...h, lunar: lunarDays.has(h.date), inCalendar: present.get(h.date) ?? null }));
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a UTC-midnight date. */
function isoWeekday(t: number): number {
  return ((new Date(t).getUTCDay() + 6) % 7) + 1;
}

/** A statutory holiday on a weekly day off, and the day off it gives instead. */
type Substitute = { holiday: Holiday; date: string };

/**
 * Nghỉ bù (Bộ luật Lao động 2019, Điều 112 khoản 3): a statutory holiday that falls on a weekly day
 * off is taken on the next working day. Holidays are taken in date order and each substitute is the
 * first working weekday after its holiday that is neither a statutory holiday nor an earlier
 * holiday's substitute, so what Tết or 2/9 lose to a weekend comes after the whole span.
 * Only statutory days are stepped over, not other days an admin gave off: a substitute already in
 * the calendar is then recognised where it was suggested instead of the suggestion moving past it.
 */
export function substituteDays(year: number, workingWeekdays: ReadonlySet<number>): Substitute[] {
  const works = (t: number) => workingWeekdays.has(isoWeekday(t));
  if (![1, 2, 3, 4, 5, 6, 7].some((wd) => workingWeekdays.has(wd))) return []; // nowhere to move a day to
  const holidays = statutoryHolidays(year);
  const statutory = new Set(holidays.map((h) => h.date));
  const taken = new Set<string>();
  const out: Substitute[] = [];
  for (const holiday of holidays) {
    const t = Date.parse(holiday.date); // a date-only ISO string is read as UTC midnight
    if (works(t)) continue;
    let d = t + DAY;
    while (!works(d) || statutory.has(ymd(d)) || taken.has(ymd(d))) d += DAY;
    taken.add(ymd(d));
    out.push({ holiday, date: ymd(d) });
  }
  return out;
}

export interface SubstituteSuggestion extends Substitute {
  /** The name the day gets in the calendar. */
  name: string;
  /** How the substitute already stands in the desk's calendar, or null when it is missing. */
  inCalendar: CalendarDayKind | null;
}

/** Substitute days of `year` for the desk's weekly schedule, set against the calendar's existing days. */
export function substituteSuggestions(
  year: number,
  week: Record<number, WorkingHours[]>,
  existing: Iterable<{ date: string; kind: CalendarDayKind }>,
): SubstituteSuggestion[] {
  const present = new Map<string, CalendarDayKind>();
  for (const d of existing) present.set(d.date, d.kind);
  const working = new Set(Object.entries(week).filter(([, ps]) => ps.length > 0).map(([wd]) => Number(wd)));
  return substituteDays(year, working).map((s) => ({ ...s, name: `Nghỉ bù ${s.holiday.name}`, inCalendar: present.get(s.date) ?? null }));
}
