import { describe, expect, it } from "vitest";
import {
  defaultCalendar,
  lunarNewYear,
  nationalDayAdjacentDate,
  statutoryHolidays,
} from "../../../src/domain/holidays.js";
import { workingMinutesBetween } from "../../../src/domain/working-time.js";

const dates = (year: number) => statutoryHolidays(year).map((h) => h.date);

describe("statutoryHolidays", () => {
  it("has the 11 days of Điều 112 every year, sorted and unique", () => {
    for (let y = 2024; y <= 2035; y++) {
      const d = dates(y);
      expect(d).toHaveLength(11);
      expect([...d].sort()).toEqual(d);
      expect(new Set(d).size).toBe(11);
      expect(d.every((x) => x.startsWith(`${y}-`))).toBe(true);
    }
  });

  it("2025", () => {
    expect(statutoryHolidays(2025)).toEqual([
      { date: "2025-01-01", name: "Tết Dương lịch" },
      { date: "2025-01-28", name: "Tết Nguyên đán (29 Tết)" },
      { date: "2025-01-29", name: "Tết Nguyên đán (mùng 1)" },
      { date: "2025-01-30", name: "Tết Nguyên đán (mùng 2)" },
      { date: "2025-01-31", name: "Tết Nguyên đán (mùng 3)" },
      { date: "2025-02-01", name: "Tết Nguyên đán (mùng 4)" },
      { date: "2025-04-07", name: "Giỗ Tổ Hùng Vương (10/3 âm lịch)" },
      { date: "2025-04-30", name: "Ngày Chiến thắng (30/4)" },
      { date: "2025-05-01", name: "Ngày Quốc tế Lao động (1/5)" },
      { date: "2025-09-01", name: "Quốc khánh (ngày liền kề)" },
      { date: "2025-09-02", name: "Quốc khánh (2/9)" },
    ]);
  });

  it("2026", () => {
    expect(dates(2026)).toEqual([
      "2026-01-01",
      "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",
      "2026-04-26", "2026-04-30", "2026-05-01",
      "2026-09-01", "2026-09-02",
    ]);
  });

  it("2027", () => {
    expect(dates(2027)).toEqual([
      "2027-01-01",
      "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09",
      "2027-04-16", "2027-04-30", "2027-05-01",
      "2027-09-02", "2027-09-03",
    ]);
  });

  it("knows lunar new year (UTC+7 calendar)", () => {
    expect(lunarNewYear(2024)).toBe("2024-02-10");
    expect(lunarNewYear(2025)).toBe("2025-01-29");
    expect(lunarNewYear(2026)).toBe("2026-02-17");
    expect(lunarNewYear(2027)).toBe("2027-02-06");
  });

  it("names the eve 29 or 30 Tết according to the lunar month length", () => {
    expect(statutoryHolidays(2024).find((h) => h.date === "2024-02-09")?.name).toBe("Tết Nguyên đán (30 Tết)");
    expect(statutoryHolidays(2026).find((h) => h.date === "2026-02-16")?.name).toBe("Tết Nguyên đán (29 Tết)");
  });

  it("suggests the day next to 2/9 that joins a weekend, 1/9 on a tie", () => {
    expect(nationalDayAdjacentDate(2024)).toBe("2024-09-03"); // Mon → Tue (official in 2024)
    expect(nationalDayAdjacentDate(2025)).toBe("2025-09-01"); // Tue → Mon (official in 2025)
    expect(nationalDayAdjacentDate(2026)).toBe("2026-09-01"); // Wed → tie → 1/9
    expect(nationalDayAdjacentDate(2027)).toBe("2027-09-03"); // Thu → Fri
    expect(nationalDayAdjacentDate(2033)).toBe("2033-09-01"); // Fri → Thu
    expect(nationalDayAdjacentDate(2028)).toBe("2028-09-01"); // Sat → Fri
    expect(nationalDayAdjacentDate(2029)).toBe("2029-09-03"); // Sun → Mon
  });

  it("keeps holidays that fall on a weekend and adds no compensatory days", () => {
    // 2026-04-26 (Giỗ Tổ) is a Sunday; 2027-05-01 a Saturday.
    expect(dates(2026)).toContain("2026-04-26");
    expect(dates(2027)).toContain("2027-05-01");
    expect(dates(2026)).not.toContain("2026-04-27");
  });
});

describe("defaultCalendar", () => {
  it("is Mon–Fri 08–12, 13–17 in Asia/Ho_Chi_Minh with 2025–2027 holidays", () => {
    const cal = defaultCalendar();
    expect(cal.timeZone).toBe("Asia/Ho_Chi_Minh");
    expect(cal.makeUpDays).toEqual([]);
    for (let wd = 1; wd <= 5; wd++) {
      expect(cal.week[wd]).toEqual([
        { start: "08:00", end: "12:00" },
        { start: "13:00", end: "17:00" },
      ]);
    }
    expect(cal.week[6] ?? []).toEqual([]);
    expect(cal.week[7] ?? []).toEqual([]);
    expect(cal.holidays).toEqual([...dates(2025), ...dates(2026), ...dates(2027)]);
  });

  it("accepts other years, and calendars do not share mutable state", () => {
    const a = defaultCalendar([2030]);
    expect(a.holidays).toEqual(dates(2030));
    a.week[1].push({ start: "18:00", end: "19:00" });
    expect(defaultCalendar().week[1]).toHaveLength(2);
  });

  it("gives 8 working hours on an ordinary weekday and 0 on a holiday", () => {
    const cal = defaultCalendar();
    const day = (d: string) => workingMinutesBetween(new Date(`${d}T00:00:00+07:00`), new Date(`${d}T23:59:59.999+07:00`), cal);
    expect(day("2026-02-13")).toBe(480);
    expect(day("2026-02-17")).toBe(0);
    expect(day("2026-02-14")).toBe(0);
  });
});
