// Nghỉ bù (Labor Code 2019, Art. 112(3)): a statutory holiday on a weekly day off moves to the next working day.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { statutoryHolidays, substituteDays, substituteSuggestions } from "../../../src/domain/holidays.js";
import type { WorkingHours } from "../../../src/domain/working-time.js";

const MON_FRI = new Set([1, 2, 3, 4, 5]);
const pairs = (year: number, working = MON_FRI) => substituteDays(year, working).map((s) => [s.holiday.date, s.date]);
const weekday = (date: string) => ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
const nextDay = (date: string) => new Date(Date.parse(date) + 86_400_000).toISOString().slice(0, 10);
const OFFICE: WorkingHours[] = [
  { start: "08:00", end: "12:00" },
  { start: "13:00", end: "17:00" },
];

describe("substituteDays", () => {
  it("Giỗ Tổ on Sunday 26/04/2026 is taken on Monday 27/04/2026, the year's only one", () => {
    expect(pairs(2026)).toEqual([["2026-04-26", "2026-04-27"]]);
  });

  it("30/4 and 1/5 on a weekend give Monday and Tuesday (2022, as the Government announced)", () => {
    expect(pairs(2022)).toEqual([
      ["2022-01-01", "2022-01-03"],
      ["2022-04-10", "2022-04-11"],
      ["2022-04-30", "2022-05-02"],
      ["2022-05-01", "2022-05-03"],
    ]);
  });

  it("Tết is one block: a weekend inside it is made up after the whole span (2024: 9–13/02)", () => {
    // Sat 10/02 and Sun 11/02 are mùng 1–2; Mon 12 and Tue 13 are still Tết, so Wed 14 and Thu 15.
    expect(pairs(2024)).toEqual([
      ["2024-02-10", "2024-02-14"],
      ["2024-02-11", "2024-02-15"],
    ]);
  });

  it("2/9 on a Sunday steps over its adjacent Monday (2029)", () => {
    expect(pairs(2029)).toEqual([["2029-09-02", "2029-09-04"]]);
  });

  it("follows the desk's week: a desk working Saturdays owes none for a Saturday holiday", () => {
    expect(pairs(2022, new Set([1, 2, 3, 4, 5, 6]))).toEqual([
      ["2022-04-10", "2022-04-11"],
      ["2022-05-01", "2022-05-02"],
    ]);
    expect(pairs(2022, new Set())).toEqual([]);
  });

  it("properties: one substitute per holiday on a day off, on a working day that is no holiday, the nearest free one after it", () => {
    const weeks = fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }).map((a) => new Set(a));
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), weeks, (year, working) => {
        const holidays = statutoryHolidays(year);
        const statutory = new Set(holidays.map((h) => h.date));
        const subs = substituteDays(year, working);
        expect(subs.map((s) => s.holiday)).toEqual(holidays.filter((h) => !working.has(weekday(h.date))));
        expect(new Set(subs.map((s) => s.date)).size).toBe(subs.length);
        const earlier = new Set<string>();
        for (const s of subs) {
          expect(working.has(weekday(s.date))).toBe(true);
          expect(statutory.has(s.date)).toBe(false);
          expect(s.date > s.holiday.date).toBe(true);
          // Every day in between is off, a holiday, or an earlier holiday's substitute.
          for (let d = nextDay(s.holiday.date); d < s.date; d = nextDay(d)) {
            expect(!working.has(weekday(d)) || statutory.has(d) || earlier.has(d)).toBe(true);
          }
          earlier.add(s.date);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("substituteSuggestions", () => {
  const week: Record<number, WorkingHours[]> = { 1: OFFICE, 2: OFFICE, 3: OFFICE, 4: OFFICE, 5: OFFICE, 6: [] };

  it("names the day after its holiday and marks one already in the calendar", () => {
    expect(substituteSuggestions(2026, week, [])).toEqual([
      {
        holiday: { date: "2026-04-26", name: "Giỗ Tổ Hùng Vương (10/3 âm lịch)" },
        date: "2026-04-27",
        name: "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)",
        inCalendar: null,
      },
    ]);
    const added = substituteSuggestions(2022, week, [
      { date: "2022-05-02", kind: "holiday" },
      { date: "2022-04-30", kind: "holiday" },
    ]);
    // The substitute in the calendar counts as done; the next holiday's suggestion does not move past it.
    expect(added.map((s) => [s.date, s.inCalendar])).toEqual([
      ["2022-01-03", null],
      ["2022-04-11", null],
      ["2022-05-02", "holiday"],
      ["2022-05-03", null],
    ]);
  });
});
