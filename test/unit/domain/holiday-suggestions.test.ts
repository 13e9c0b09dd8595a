import { describe, expect, it } from "vitest";
import { holidaySuggestions, statutoryHolidays } from "../../../src/domain/holidays.js";

describe("holidaySuggestions", () => {
  it("lists the year's statutory days, all missing from an empty calendar", () => {
    const s = holidaySuggestions(2026, []);
    expect(s.map(({ date, name }) => ({ date, name }))).toEqual(statutoryHolidays(2026));
    expect(s.every((x) => x.inCalendar === null)).toBe(true);
  });

  it("flags Tết (the eve and mùng 1–4) and Giỗ Tổ as lunar, the rest as solar", () => {
    const lunar = holidaySuggestions(2026, [])
      .filter((x) => x.lunar)
      .map((x) => x.date);
    // Tết Bính Ngọ: mùng 1 is 17/02/2026; Giỗ Tổ 10/3 âm lịch is 26/04/2026.
    expect(lunar).toEqual(["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-04-26"]);
  });

  it("marks days already in the calendar with their kind", () => {
    const s = holidaySuggestions(2026, [
      { date: "2026-01-01", kind: "holiday" },
      { date: "2026-04-30", kind: "make_up" },
      { date: "2025-01-01", kind: "holiday" },
    ]);
    expect(s.find((x) => x.date === "2026-01-01")!.inCalendar).toBe("holiday");
    expect(s.find((x) => x.date === "2026-04-30")!.inCalendar).toBe("make_up");
    expect(s.filter((x) => x.inCalendar === null)).toHaveLength(9);
  });

  it("works across the years the admin page accepts", () => {
    for (const year of [2000, 2050, 2100]) expect(holidaySuggestions(year, [])).toHaveLength(11);
  });
});
