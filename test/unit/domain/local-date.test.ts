// The desk's calendar dates: which strings name a day, and which day an instant falls on in a zone.
import { describe, expect, it } from "vitest";
import { daysInPeriod, isCalendarDate, isoWeekdayOf, localDateOf, localDayStart, nextCalendarDate } from "../../../src/domain/local-date.js";

const VN = "Asia/Ho_Chi_Minh";

describe("isCalendarDate", () => {
  it("accepts real days, leap days included", () => {
    for (const d of ["2026-11-24", "2024-02-29", "2000-02-29", "1900-01-01", "2026-12-31"]) expect(isCalendarDate(d), d).toBe(true);
  });

  it("refuses days that do not exist, other shapes, and years before 1900", () => {
    for (const d of ["2026-02-30", "2026-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-1-5", "24/11/2026", "2026-11-24T00:00", " 2026-11-24", "", "1899-12-31", "0050-01-01"]) {
      expect(isCalendarDate(d), d).toBe(false);
    }
  });
});

describe("localDateOf", () => {
  it("is the date in the zone, not in UTC or the server's zone", () => {
    expect(localDateOf(new Date("2026-11-27T17:30:00Z"), VN)).toBe("2026-11-28"); // 00:30 local
    expect(localDateOf(new Date("2026-11-27T16:59:59Z"), VN)).toBe("2026-11-27"); // 23:59:59 local
    expect(localDateOf(new Date("2026-11-27T17:30:00Z"), "America/New_York")).toBe("2026-11-27");
  });
});

describe("localDayStart", () => {
  it("is the local midnight as an instant, days later with plusDays", () => {
    expect(localDayStart("2026-11-28", VN).toISOString()).toBe("2026-11-27T17:00:00.000Z");
    expect(localDayStart("2026-11-30", VN, 1).toISOString()).toBe("2026-11-30T17:00:00.000Z");
    expect(localDayStart("2026-03-08", "America/New_York", 1).toISOString()).toBe("2026-03-09T04:00:00.000Z"); // after the DST change
  });

  it("throws on what is not a date", () => {
    expect(() => localDayStart("2026-02-30", VN)).toThrow(RangeError);
  });
});

describe("daysInPeriod", () => {
  it("counts both ends", () => {
    expect(daysInPeriod("2026-11-01", "2026-11-01")).toBe(1);
    expect(daysInPeriod("2026-11-01", "2026-11-30")).toBe(30);
    expect(daysInPeriod("2026-11-02", "2026-11-01")).toBe(0);
  });
});

describe("nextCalendarDate and isoWeekdayOf", () => {
  it("step over month and year ends and leap days", () => {
    expect(nextCalendarDate("2026-11-30")).toBe("2026-12-01");
    expect(nextCalendarDate("2026-12-31")).toBe("2027-01-01");
    expect(nextCalendarDate("2028-02-28")).toBe("2028-02-29");
  });

  it("number the week from Monday (1) to Sunday (7)", () => {
    expect(isoWeekdayOf("2026-11-23")).toBe(1); // thứ Hai
    expect(isoWeekdayOf("2026-11-28")).toBe(6);
    expect(isoWeekdayOf("2026-11-29")).toBe(7); // Chủ nhật
  });
});
