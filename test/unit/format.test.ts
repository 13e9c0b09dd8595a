// Wall-clock text for people: Hà Nội time, Vietnamese weekday names written as mid-sentence text.
import { describe, expect, it } from "vitest";
import { calendarDate, dateOnlyLocal, dateTime } from "../../views/format.js";

describe("dates for people", () => {
  it("writes weekdays one way: 'thứ Hai', 'Chủ nhật'", () => {
    expect(dateOnlyLocal("2026-04-26")).toBe("Chủ nhật 26/04/2026");
    expect(dateOnlyLocal("2026-04-27")).toBe("thứ Hai 27/04/2026");
    expect(dateTime(new Date("2026-04-26T03:30:00Z"))).toBe("10:30, Chủ nhật 26/04/2026");
    expect(dateTime(new Date("2026-11-23T17:30:00Z"))).toBe("00:30, thứ Ba 24/11/2026"); // Hà Nội, not UTC
  });

  it("writes a register date without a weekday", () => {
    expect(calendarDate("2018-01-01")).toBe("01/01/2018");
  });
});
