import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultCalendar } from "../../../src/domain/holidays.js";
import { ANSWER_ALLOWANCE_MINUTES, deadlineStatus, slaState } from "../../../src/domain/sla.js";

const vn = (s: string) => new Date(`${s}+07:00`);
const cal = defaultCalendar();

describe("slaState", () => {
  it("thresholds: due_soon from exactly 75 %, overdue only past the allowance", () => {
    expect(slaState(0, 1440)).toBe("on_time");
    expect(slaState(1079.999, 1440)).toBe("on_time");
    expect(slaState(1080, 1440)).toBe("due_soon");
    expect(slaState(1440, 1440)).toBe("due_soon");
    expect(slaState(1440.001, 1440)).toBe("overdue");
  });
});

describe("deadlineStatus", () => {
  it("allowance is 24 working hours", () => {
    expect(ANSWER_ALLOWANCE_MINUTES).toBe(1440);
    const s = deadlineStatus(vn("2026-01-19T08:00"), vn("2026-01-19T08:00"), cal);
    expect(s.deadline.toISOString()).toBe(vn("2026-01-21T17:00").toISOString());
    expect(s).toMatchObject({ usedMinutes: 0, leftMinutes: 1440, state: "on_time" });
  });

  it("question submitted Friday afternoon before Tết 2026 is due the following Wednesday afternoon", () => {
    const submitted = vn("2026-02-13T15:00");
    // Fri 120 + Mon 23/2 480 + Tue 480 + Wed 360 (08–12, 13–15).
    const s = deadlineStatus(submitted, vn("2026-02-18T10:00"), cal);
    expect(s.deadline.toISOString()).toBe(vn("2026-02-25T15:00").toISOString());
    expect(s).toMatchObject({ usedMinutes: 120, leftMinutes: 1320, state: "on_time" });
  });

  it("moves through due_soon to overdue", () => {
    const submitted = vn("2026-02-13T15:00");
    // 75 % = 1080 min: 120 + 480 + 480 → exactly at Tue 24/2 17:00.
    expect(deadlineStatus(submitted, vn("2026-02-24T16:59:59.999"), cal).state).toBe("on_time");
    expect(deadlineStatus(submitted, vn("2026-02-24T17:00"), cal).state).toBe("due_soon");
    const atDeadline = deadlineStatus(submitted, vn("2026-02-25T15:00"), cal);
    expect(atDeadline).toMatchObject({ usedMinutes: 1440, leftMinutes: 0, state: "due_soon" });
    const justPast = deadlineStatus(submitted, vn("2026-02-25T15:00:00.001"), cal);
    expect(justPast.state).toBe("overdue");
    expect(justPast.leftMinutes).toBeLessThan(0);
  });

  it("is overdue after a deadline that fell at the end of the day, even with no working time since", () => {
    const submitted = vn("2026-01-19T08:00"); // deadline Wed 21/1 17:00
    const s = deadlineStatus(submitted, vn("2026-01-21T17:00:01"), cal);
    expect(s).toMatchObject({ usedMinutes: 1440, leftMinutes: 0, state: "overdue" });
    expect(deadlineStatus(submitted, vn("2026-01-24T10:00"), cal).state).toBe("overdue");
  });

  it("reports negative leftMinutes once overdue", () => {
    const s = deadlineStatus(vn("2026-01-19T08:00"), vn("2026-01-22T10:00"), cal);
    expect(s).toMatchObject({ usedMinutes: 1560, leftMinutes: -120, state: "overdue" });
  });

  it("now before submission (clock skew): nothing used", () => {
    const s = deadlineStatus(vn("2026-01-19T08:00"), vn("2026-01-18T08:00"), cal);
    expect(s).toMatchObject({ usedMinutes: 0, state: "on_time" });
  });

  it("pauses stop the clock and push the deadline", () => {
    const submitted = vn("2026-01-19T08:00");
    // Paused Mon 10:00 → Tue 10:00 = 480 working minutes.
    const pauses = [{ from: vn("2026-01-19T10:00"), to: vn("2026-01-20T10:00") }];
    const s = deadlineStatus(submitted, vn("2026-01-20T11:00"), cal, ANSWER_ALLOWANCE_MINUTES, pauses);
    expect(s.usedMinutes).toBe(120 + 60);
    expect(s.deadline.toISOString()).toBe(vn("2026-01-22T17:00").toISOString());
  });

  it("handles overlapping, unsorted, pre-submission and outside-hours pauses", () => {
    const submitted = vn("2026-01-19T08:00");
    const pauses = [
      { from: vn("2026-01-20T09:00"), to: vn("2026-01-20T11:00") },
      { from: vn("2026-01-18T00:00"), to: vn("2026-01-19T09:00") }, // starts before submission → 60 min
      { from: vn("2026-01-20T10:00"), to: vn("2026-01-20T12:00") }, // overlaps → Tue 09–12 = 180 min
      { from: vn("2026-01-19T18:00"), to: vn("2026-01-19T20:00") }, // evening: no effect
    ];
    const s = deadlineStatus(submitted, vn("2026-01-20T12:00"), cal, ANSWER_ALLOWANCE_MINUTES, pauses);
    expect(s.usedMinutes).toBe(720 - 60 - 180);
    expect(s.deadline.toISOString()).toBe(vn("2026-01-22T12:00").toISOString()); // 960 left after Tue 12:00 → Thu 12:00
  });

  it("a deadline reached right where a pause starts is that instant", () => {
    const submitted = vn("2026-01-19T08:00");
    const pauses = [{ from: vn("2026-01-19T09:00"), to: vn("2026-01-26T09:00") }];
    const s = deadlineStatus(submitted, vn("2026-01-19T08:30"), cal, 60, pauses);
    expect(s.deadline.toISOString()).toBe(vn("2026-01-19T09:00").toISOString());
    expect(s.state).toBe("on_time");
  });

  it("a zero allowance is due at submission", () => {
    const s = deadlineStatus(vn("2026-01-19T08:00"), vn("2026-01-19T08:00:00.001"), cal, 0);
    expect(s.deadline.toISOString()).toBe(vn("2026-01-19T08:00").toISOString());
    expect(s.state).toBe("overdue");
    expect(() => deadlineStatus(vn("2026-01-19T08:00"), vn("2026-01-19T08:00"), cal, -1)).toThrow(RangeError);
  });
});

describe("deadlineStatus – properties", () => {
  it("the deadline is the first instant where used (outside pauses) reaches the allowance", () => {
    const base = vn("2026-01-01T00:00").getTime();
    const span = 60 * 86_400_000;
    const t = fc.integer({ min: base, max: base + span });
    fc.assert(
      fc.property(
        t,
        fc.integer({ min: 0, max: 3000 }),
        fc.array(fc.tuple(t, fc.integer({ min: 0, max: 5 * 86_400_000 })), { maxLength: 4 }),
        (submitted, allowance, raw) => {
          const pauses = raw.map(([a, len]) => ({ from: new Date(a), to: new Date(a + len) }));
          const { deadline } = deadlineStatus(new Date(submitted), new Date(submitted), cal, allowance, pauses);
          const at = deadlineStatus(new Date(submitted), deadline, cal, allowance, pauses);
          expect(at.usedMinutes).toBe(allowance);
          expect(at.state === "overdue").toBe(false);
          if (allowance > 0) {
            const before = deadlineStatus(new Date(submitted), new Date(deadline.getTime() - 1), cal, allowance, pauses);
            expect(before.usedMinutes).toBeLessThan(allowance);
          }
          const after = deadlineStatus(new Date(submitted), new Date(deadline.getTime() + 1), cal, allowance, pauses);
          expect(after.state).toBe("overdue");
        },
      ),
      { numRuns: 200 },
    );
  });
});
