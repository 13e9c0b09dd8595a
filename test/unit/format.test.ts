// Wall-clock text for people: Hà Nội time, Vietnamese weekday names written as mid-sentence text.
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { createApp } from "../../src/app.js";
import { openDatabase } from "../../src/db.js";
import { calendarDate, dateOnlyLocal, dateTime, localDate, setDisplayTimeZone } from "../../views/format.js";

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

describe("the desk's time zone", () => {
  afterEach(() => setDisplayTimeZone("Asia/Ho_Chi_Minh"));

  it("comes from TZ_DESK, and a name that is no zone stops the start", () => {
    expect(loadConfig({}).timeZone).toBe("Asia/Ho_Chi_Minh");
    expect(loadConfig({ TZ_DESK: "Europe/Berlin" }).timeZone).toBe("Europe/Berlin");
    expect(() => loadConfig({ TZ_DESK: "Asia/Ha_Noi" })).toThrow(/TZ_DESK/);
  });

  it("is the zone pages show times in, set by createApp from the config", () => {
    const config = loadConfig({ TZ_DESK: "Europe/Berlin" });
    createApp({ db: openDatabase(":memory:"), config, clock: () => new Date() });
    expect(dateTime(new Date("2026-11-23T17:30:00Z"))).toBe("18:30, thứ Hai 23/11/2026");
    expect(localDate(new Date("2026-11-23T23:30:00Z"))).toBe("2026-11-24");
  });
});
