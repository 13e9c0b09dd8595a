import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultCalendar } from "../../../src/domain/holidays.js";
import {
  addWorkingMinutes,
  workingMinutesBetween,
  type WorkingHours,
  type WorkingCalendar,
} from "../../../src/domain/working-time.js";

const MIN = 60_000;
const DAY = 86_400_000;
const OFFICE: WorkingHours[] = [
  { start: "08:00", end: "12:00" },
  { start: "13:00", end: "17:00" },
];

function officeCal(over: Partial<WorkingCalendar> = {}): WorkingCalendar {
  return {
    timeZone: "Asia/Ho_Chi_Minh",
    week: { 1: OFFICE, 2: OFFICE, 3: OFFICE, 4: OFFICE, 5: OFFICE },
    holidays: [],
    makeUpDays: [],
    ...over,
  };
}

/** Local wall time in Vietnam. */
const vn = (s: string) => new Date(`${s}+07:00`);
const iso = (d: Date) => d.toISOString();

describe("addWorkingMinutes – examples (Asia/Ho_Chi_Minh office hours)", () => {
  const cal = officeCal();

  it("Friday 16:00 + 120 min → Monday 09:00", () => {
    expect(iso(addWorkingMinutes(vn("2026-01-16T16:00"), 120, cal))).toBe(iso(vn("2026-01-19T09:00")));
  });

  it("skips the lunch break", () => {
    expect(iso(addWorkingMinutes(vn("2026-01-19T11:00"), 120, cal))).toBe(iso(vn("2026-01-19T14:00")));
  });

  it("returns the period end when the count is reached exactly there", () => {
    expect(iso(addWorkingMinutes(vn("2026-01-19T11:00"), 60, cal))).toBe(iso(vn("2026-01-19T12:00")));
    expect(iso(addWorkingMinutes(vn("2026-01-16T16:00"), 60, cal))).toBe(iso(vn("2026-01-16T17:00")));
  });

  it("starting at a period end continues in the next period", () => {
    expect(iso(addWorkingMinutes(vn("2026-01-19T12:00"), 1, cal))).toBe(iso(vn("2026-01-19T13:01")));
    expect(iso(addWorkingMinutes(vn("2026-01-19T17:00"), 60, cal))).toBe(iso(vn("2026-01-20T09:00")));
  });

  it("starting in the evening or a break lands inside the next period", () => {
    expect(iso(addWorkingMinutes(vn("2026-01-19T21:37"), 30, cal))).toBe(iso(vn("2026-01-20T08:30")));
    expect(iso(addWorkingMinutes(vn("2026-01-19T12:30"), 0.5, cal))).toBe(iso(vn("2026-01-19T13:00:30")));
  });

  it("minutes = 0 returns start itself, even outside working time", () => {
    const s = vn("2026-01-17T03:14:15.926");
    expect(addWorkingMinutes(s, 0, cal).getTime()).toBe(s.getTime());
    expect(iso(addWorkingMinutes(vn("2026-01-19T12:00"), 0, cal))).toBe(iso(vn("2026-01-19T12:00")));
  });

  it("keeps millisecond precision of the start", () => {
    expect(iso(addWorkingMinutes(vn("2026-01-19T10:00:12.345"), 120, cal))).toBe(iso(vn("2026-01-19T13:00:12.345")));
  });

  it("supports fractional minutes", () => {
    expect(iso(addWorkingMinutes(vn("2026-01-19T08:00"), 0.1, cal))).toBe(iso(vn("2026-01-19T08:00:06")));
    expect(workingMinutesBetween(vn("2026-01-19T08:00"), vn("2026-01-19T08:00:06"), cal)).toBeCloseTo(0.1, 12);
  });

  it("rejects negative and non-finite minutes, invalid dates", () => {
    expect(() => addWorkingMinutes(vn("2026-01-19T08:00"), -1, cal)).toThrow(RangeError);
    expect(() => addWorkingMinutes(vn("2026-01-19T08:00"), Number.NaN, cal)).toThrow(RangeError);
    expect(() => addWorkingMinutes(vn("2026-01-19T08:00"), Infinity, cal)).toThrow(RangeError);
    expect(() => addWorkingMinutes(new Date(Number.NaN), 1, cal)).toThrow(RangeError);
  });

  it("skips holidays (30/4 and 1/5)", () => {
    const c = officeCal({ holidays: ["2025-04-30", "2025-05-01"] });
    expect(iso(addWorkingMinutes(vn("2025-04-29T16:00"), 120, c))).toBe(iso(vn("2025-05-02T09:00")));
    expect(workingMinutesBetween(vn("2025-04-29T16:00"), vn("2025-05-02T09:00"), c)).toBe(120);
  });

  it("works a make-up Saturday on the Monday schedule", () => {
    const c = officeCal({ makeUpDays: ["2026-01-17"], week: { 1: OFFICE, 5: [{ start: "08:00", end: "10:00" }] } });
    expect(iso(addWorkingMinutes(vn("2026-01-16T09:00"), 120, c))).toBe(iso(vn("2026-01-17T09:00")));
    expect(workingMinutesBetween(vn("2026-01-17T00:00"), vn("2026-01-18T00:00"), c)).toBe(480);
  });

  it("a holiday wins over a make-up day listing the same date", () => {
    const c = officeCal({ makeUpDays: ["2026-01-17"], holidays: ["2026-01-17"] });
    expect(workingMinutesBetween(vn("2026-01-17T00:00"), vn("2026-01-18T00:00"), c)).toBe(0);
  });

  it("skips Tết 2026 in the default calendar", () => {
    const c = defaultCalendar();
    // Tết 16–20/02/2026 (Mon–Fri) + weekend.
    expect(iso(addWorkingMinutes(vn("2026-02-13T16:00"), 120, c))).toBe(iso(vn("2026-02-23T09:00")));
    expect(workingMinutesBetween(vn("2026-02-13T00:00"), vn("2026-02-24T00:00"), c)).toBe(960);
  });

  it("merges overlapping and unsorted periods", () => {
    const c = officeCal({
      week: { 1: [{ start: "13:00", end: "17:00" }, { start: "08:00", end: "12:00" }, { start: "11:00", end: "14:00" }] },
    });
    expect(workingMinutesBetween(vn("2026-01-19T00:00"), vn("2026-01-20T00:00"), c)).toBe(540);
  });

  it("supports a 24:00 period end, contiguous with the next day", () => {
    const night = [{ start: "22:00", end: "24:00" }];
    const morning = [{ start: "00:00", end: "06:00" }];
    const c = officeCal({ week: { 1: night, 2: morning } });
    expect(iso(addWorkingMinutes(vn("2026-01-19T23:00"), 60, c))).toBe(iso(vn("2026-01-20T00:00")));
    expect(iso(addWorkingMinutes(vn("2026-01-19T23:00"), 61, c))).toBe(iso(vn("2026-01-20T00:01")));
    expect(workingMinutesBetween(vn("2026-01-19T00:00"), vn("2026-01-21T00:00"), c)).toBe(480);
  });

  it("rejects malformed calendars", () => {
    const bad = (week: WorkingCalendar["week"]) => () =>
      addWorkingMinutes(vn("2026-01-19T08:00"), 1, officeCal({ week }));
    expect(bad({ 1: [{ start: "8:00", end: "12:00" }] })).toThrow(RangeError);
    expect(bad({ 1: [{ start: "12:00", end: "08:00" }] })).toThrow(RangeError);
    expect(bad({ 1: [{ start: "24:00", end: "24:00" }] })).toThrow(RangeError);
    expect(() => addWorkingMinutes(vn("2026-01-19T08:00"), 1, officeCal({ holidays: ["2026-1-1"] }))).toThrow(RangeError);
    expect(() => addWorkingMinutes(vn("2026-01-19T08:00"), 1, officeCal({ timeZone: "Mars/Olympus" }))).toThrow(RangeError);
  });

  it("throws instead of looping on a calendar without working time", () => {
    expect(() => addWorkingMinutes(vn("2026-01-19T08:00"), 1, officeCal({ week: {} }))).toThrow(RangeError);
    // Only Mondays, and every Monday for years is a holiday.
    const mondays: string[] = [];
    for (let t = Date.UTC(2026, 0, 19); t < Date.UTC(2031, 0, 1); t += 7 * DAY) {
      mondays.push(new Date(t).toISOString().slice(0, 10));
    }
    const c = officeCal({ week: { 1: OFFICE }, holidays: mondays });
    expect(() => addWorkingMinutes(vn("2026-01-19T08:00"), 1, c)).toThrow(/no working time/);
    // …but a zero budget is still fine.
    expect(addWorkingMinutes(vn("2026-01-19T08:00"), 0, c).getTime()).toBe(vn("2026-01-19T08:00").getTime());
  });

  it("re-reads a calendar whose holiday list was replaced or grown", () => {
    const c = officeCal();
    expect(workingMinutesBetween(vn("2026-01-19T00:00"), vn("2026-01-20T00:00"), c)).toBe(480);
    c.holidays.push("2026-01-19");
    expect(workingMinutesBetween(vn("2026-01-19T00:00"), vn("2026-01-20T00:00"), c)).toBe(0);
  });

  // How fast this is belongs to the bench, not here: a time bound in a test fails on a busy machine.
  it("adds 100,000 minutes (some nine months) across holidays and counts them back, again and again", () => {
    const cal = defaultCalendar();
    const r = addWorkingMinutes(vn("2025-01-16T16:00"), 100_000, cal);
    expect(workingMinutesBetween(vn("2025-01-16T16:00"), r, cal)).toBe(100_000);
    for (let i = 0; i < 3; i++) expect(addWorkingMinutes(vn("2025-01-16T16:00"), 100_000, cal)).toEqual(r);
  });
});

describe("workingMinutesBetween – examples", () => {
  const cal = officeCal();

  it("is 0 when to ≤ from", () => {
    expect(workingMinutesBetween(vn("2026-01-19T10:00"), vn("2026-01-19T10:00"), cal)).toBe(0);
    expect(workingMinutesBetween(vn("2026-01-19T11:00"), vn("2026-01-19T10:00"), cal)).toBe(0);
  });

  it("counts Friday 16:00 → Monday 09:00 as 120", () => {
    expect(workingMinutesBetween(vn("2026-01-16T16:00"), vn("2026-01-19T09:00"), cal)).toBe(120);
  });

  it("counts a full week as 40 h", () => {
    expect(workingMinutesBetween(vn("2026-01-19T00:00"), vn("2026-01-26T00:00"), cal)).toBe(40 * 60);
  });
});

describe("DST zones", () => {
  const sundayNight = (timeZone: string, start: string, end: string): WorkingCalendar => ({
    timeZone,
    week: { 7: [{ start, end }] },
    holidays: [],
    makeUpDays: [],
  });
  const utc = (s: string) => new Date(`${s}Z`);

  it("Berlin spring forward: 01:00–04:00 is 120 real minutes", () => {
    const c = sundayNight("Europe/Berlin", "01:00", "04:00");
    expect(workingMinutesBetween(utc("2026-03-28T00:00"), utc("2026-03-30T00:00"), c)).toBe(120);
    // 01:00 CET = 00:00Z; 03:30 CEST = 01:30Z
    expect(iso(addWorkingMinutes(utc("2026-03-28T00:00"), 90, c))).toBe("2026-03-29T01:30:00.000Z");
  });

  it("Berlin fall back: 01:00–04:00 is 240 real minutes", () => {
    const c = sundayNight("Europe/Berlin", "01:00", "04:00");
    expect(workingMinutesBetween(utc("2026-10-24T00:00"), utc("2026-10-26T00:00"), c)).toBe(240);
    expect(iso(addWorkingMinutes(utc("2026-10-24T00:00"), 240, c))).toBe("2026-10-25T03:00:00.000Z");
  });

  it("a start inside the spring-forward gap snaps to the transition", () => {
    const c = sundayNight("Europe/Berlin", "02:30", "04:00");
    expect(workingMinutesBetween(utc("2026-03-28T00:00"), utc("2026-03-30T00:00"), c)).toBe(60);
    expect(iso(addWorkingMinutes(utc("2026-03-28T00:00"), 1, c))).toBe("2026-03-29T01:01:00.000Z");
    // Entirely inside the gap: no working time that day.
    const gone = sundayNight("Europe/Berlin", "02:10", "02:50");
    expect(workingMinutesBetween(utc("2026-03-28T00:00"), utc("2026-03-30T00:00"), gone)).toBe(0);
  });

  it("a repeated wall time resolves to its first occurrence", () => {
    // 02:30 CEST = 00:30Z … 04:00 CET = 03:00Z
    const c = sundayNight("Europe/Berlin", "02:30", "04:00");
    expect(workingMinutesBetween(utc("2026-10-24T00:00"), utc("2026-10-26T00:00"), c)).toBe(150);
    expect(iso(addWorkingMinutes(utc("2026-10-24T00:00"), 1, c))).toBe("2026-10-25T00:31:00.000Z");
  });

  it("New York office hours keep local 09:00 on both sides of a shift", () => {
    const c: WorkingCalendar = {
      timeZone: "America/New_York",
      week: { 5: [{ start: "09:00", end: "17:00" }], 1: [{ start: "09:00", end: "17:00" }] },
      holidays: [],
      makeUpDays: [],
    };
    // Fri 2026-03-06 16:00 EST → Mon 2026-03-09 10:00 EDT
    expect(iso(addWorkingMinutes(utc("2026-03-06T21:00"), 120, c))).toBe("2026-03-09T14:00:00.000Z");
    // Fri 2026-10-30 16:00 EDT → Mon 2026-11-02 10:00 EST
    expect(iso(addWorkingMinutes(utc("2026-10-30T20:00"), 120, c))).toBe("2026-11-02T15:00:00.000Z");
  });
});

// ---------------------------------------------------------------------------
// Brute-force reference, independent of the implementation: step minute by
// minute, read the local wall time of each minute with Intl, and derive the
// working set from those readings only.

type Window = { zone: string; from: number; days: number };
type Ref = { t0: number; keys: string[]; prefixMax: string[]; dates: string[] };

const WINDOWS: Window[] = [
  { zone: "Asia/Ho_Chi_Minh", from: Date.UTC(2026, 1, 1), days: 25 },
  { zone: "Europe/Berlin", from: Date.UTC(2026, 2, 17), days: 25 },
  { zone: "Europe/Berlin", from: Date.UTC(2026, 9, 13), days: 25 },
  { zone: "America/New_York", from: Date.UTC(2026, 1, 25), days: 25 },
  { zone: "America/New_York", from: Date.UTC(2026, 9, 20), days: 25 },
  { zone: "Australia/Lord_Howe", from: Date.UTC(2026, 2, 25), days: 25 },
  { zone: "Australia/Lord_Howe", from: Date.UTC(2026, 8, 23), days: 25 },
  // DST transitions at local midnight: the wall date steps back on 2019-02-17.
  { zone: "America/Sao_Paulo", from: Date.UTC(2018, 9, 24), days: 25 },
  { zone: "America/Sao_Paulo", from: Date.UTC(2019, 1, 5), days: 25 },
];

const refCache = new Map<Window, Ref>();
function reference(w: Window): Ref {
  let r = refCache.get(w);
  if (r) return r;
  const fmt = new Intl.DateTimeFormat("en-CA", {
    timeZone: w.zone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  });
  const keys: string[] = [];
  const prefixMax: string[] = [];
  const dates = new Set<string>();
  let max = "";
  for (let i = 0; i < w.days * 1440; i++) {
    const p = Object.fromEntries(fmt.formatToParts(w.from + i * MIN).map((x) => [x.type, x.value]));
    const key = `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
    keys.push(key);
    dates.add(key.slice(0, 10));
    if (key > max) max = key;
    prefixMax.push(max);
  }
  r = { t0: w.from, keys, prefixMax, dates: [...dates].sort() };
  refCache.set(w, r);
  return r;
}

function refPeriods(cal: WorkingCalendar, date: string): WorkingHours[] {
  if (cal.holidays.includes(date)) return [];
  if (cal.makeUpDays.includes(date)) return cal.week[1] ?? [];
  const wd = new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
  return cal.week[wd] ?? [];
}

const nextDate = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + DAY).toISOString().slice(0, 10);

function toIntervals(flags: boolean[], t0: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < flags.length; i++) {
    if (!flags[i]) continue;
    const s = t0 + i * MIN;
    const last = out[out.length - 1];
    if (last && last[1] === s) last[1] = s + MIN;
    else out.push([s, s + MIN]);
  }
  return out;
}

/** Naive semantics: a minute works iff its wall time lies in a period of its wall date. */
function naiveIntervals(cal: WorkingCalendar, ref: Ref): Array<[number, number]> {
  const flags = ref.keys.map((key) => {
    const hm = key.slice(11);
    return refPeriods(cal, key.slice(0, 10)).some((p) => p.start <= hm && hm < p.end);
  });
  return toIntervals(flags, ref.t0);
}

/** "First reach" semantics: a period runs from when the clock first reads ≥ start to when it first reads ≥ end. */
function firstReachIntervals(cal: WorkingCalendar, ref: Ref): Array<[number, number]> {
  const firstIndex = (target: string) => {
    let lo = 0, hi = ref.prefixMax.length; // first i with prefixMax[i] ≥ target
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ref.prefixMax[mid] >= target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const flags = new Array<boolean>(ref.keys.length).fill(false);
  for (const date of ref.dates) {
    for (const p of refPeriods(cal, date)) {
      const s = firstIndex(`${date} ${p.start}`);
      const e = firstIndex(p.end === "24:00" ? `${nextDate(date)} 00:00` : `${date} ${p.end}`);
      for (let i = s; i < e; i++) flags[i] = true;
    }
  }
  return toIntervals(flags, ref.t0);
}

function refBetween(iv: Array<[number, number]>, a: number, b: number): number {
  let ms = 0;
  for (const [s, e] of iv) ms += Math.max(0, Math.min(e, b) - Math.max(s, a));
  return ms;
}

function refAdd(iv: Array<[number, number]>, start: number, ms: number): number {
  if (ms === 0) return start;
  let left = ms;
  for (const [s, e] of iv) {
    if (e <= start) continue;
    const from = Math.max(s, start);
    if (e - from >= left) return from + left;
    left -= e - from;
  }
  throw new Error("reference window too small");
}

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

function periodArb(grid: number): fc.Arbitrary<WorkingHours> {
  // Bias starts towards the small hours, where DST transitions happen.
  const start = fc.oneof(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 0, max: 240 })).map((m) => Math.floor(m / grid) * grid);
  return fc
    .tuple(start, fc.integer({ min: 1, max: 600 }))
    .map(([s, len]) => {
      const e = Math.min(1440, s + Math.max(grid, Math.ceil(len / grid) * grid));
      return { start: hhmm(s), end: hhmm(e) };
    });
}

type Scenario = { w: Window; cal: WorkingCalendar; lo: number; hi: number };

function scenarioArb(grid: number): fc.Arbitrary<Scenario> {
  return fc.constantFrom(...WINDOWS).chain((w) => {
    const dates = reference(w).dates;
    const weekArb = fc.tuple(...[1, 2, 3, 4, 5, 6, 7].map(() => fc.array(periodArb(grid), { maxLength: 3 })));
    return fc
      .record({
        week: weekArb,
        holidays: fc.subarray(dates, { maxLength: 6 }),
        makeUpDays: fc.subarray(dates, { maxLength: 4 }),
      })
      .map(({ week, holidays, makeUpDays }) => ({
        w,
        cal: {
          timeZone: w.zone,
          week: Object.fromEntries(week.map((ps, i) => [i + 1, ps])),
          holidays,
          makeUpDays,
        },
        // Keep queries two days clear of the window edges.
        lo: w.from + 2 * DAY,
        hi: w.from + (w.days - 2) * DAY,
      }));
  });
}

const instantIn = (s: Scenario) =>
  fc.oneof(
    fc.integer({ min: s.lo, max: s.hi }),
    fc.integer({ min: 0, max: (s.hi - s.lo) / MIN }).map((m) => s.lo + m * MIN),
  );

const ms = (minutes: number) => Math.round(minutes * MIN);

describe("property tests against a brute-force reference", () => {
  it("workingMinutesBetween matches the minute-stepping reference (first-reach semantics)", () => {
    fc.assert(
      fc.property(
        scenarioArb(1).chain((s) => fc.tuple(fc.constant(s), instantIn(s), instantIn(s))),
        ([s, a, b]) => {
          const iv = firstReachIntervals(s.cal, reference(s.w));
          expect(ms(workingMinutesBetween(new Date(a), new Date(b), s.cal))).toBe(b <= a ? 0 : refBetween(iv, a, b));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("with whole-hour periods it also matches the naive wall-clock membership reference", () => {
    fc.assert(
      fc.property(
        scenarioArb(60).chain((s) => fc.tuple(fc.constant(s), instantIn(s), instantIn(s))),
        ([s, a, b]) => {
          const ref = reference(s.w);
          const naive = naiveIntervals(s.cal, ref);
          expect(firstReachIntervals(s.cal, ref)).toEqual(naive);
          const [x, y] = a <= b ? [a, b] : [b, a];
          expect(ms(workingMinutesBetween(new Date(x), new Date(y), s.cal))).toBe(refBetween(naive, x, y));
        },
      ),
      { numRuns: 100 },
    );
  });

  it("addWorkingMinutes returns the earliest instant with exactly the requested working time", () => {
    fc.assert(
      fc.property(
        scenarioArb(1).chain((s) => fc.tuple(fc.constant(s), instantIn(s), fc.double({ min: 0, max: 1, noNaN: true }))),
        ([s, start, frac]) => {
          const iv = firstReachIntervals(s.cal, reference(s.w));
          const budget = Math.floor(frac * refBetween(iv, start, s.hi)); // whole ms that fit in the window
          const minutes = budget / MIN;
          const r = addWorkingMinutes(new Date(start), minutes, s.cal).getTime();
          expect(r).toBe(refAdd(iv, start, budget));
          expect(r).toBeGreaterThanOrEqual(start);
          expect(ms(workingMinutesBetween(new Date(start), new Date(r), s.cal))).toBe(budget);
          if (budget > 0) {
            expect(ms(workingMinutesBetween(new Date(start), new Date(r - 1), s.cal))).toBeLessThan(budget);
          } else {
            expect(r).toBe(start);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it("workingMinutesBetween is additive and monotone; addWorkingMinutes composes", () => {
    fc.assert(
      fc.property(
        scenarioArb(1).chain((s) =>
          fc.tuple(fc.constant(s), instantIn(s), instantIn(s), instantIn(s), fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 3000 })),
        ),
        ([s, p, q, u, m1, m2]) => {
          const [a, b, c] = [p, q, u].sort((x, y) => x - y).map((t) => new Date(t));
          const ab = ms(workingMinutesBetween(a, b, s.cal));
          const bc = ms(workingMinutesBetween(b, c, s.cal));
          const ac = ms(workingMinutesBetween(a, c, s.cal));
          expect(ac).toBe(ab + bc);
          expect(ac).toBeGreaterThanOrEqual(ab);
          expect(ab).toBeGreaterThanOrEqual(0);
          // Composition needs working time in the calendar; skip empty ones.
          if (!Object.values(s.cal.week).some((ps) => ps.length)) return;
          const twice = addWorkingMinutes(addWorkingMinutes(a, m1, s.cal), m2, s.cal).getTime();
          expect(twice).toBe(addWorkingMinutes(a, m1 + m2, s.cal).getTime());
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("independence from the process time zone", () => {
  const root = fileURLToPath(new URL("../../../", import.meta.url));
  const script = `
    import { addWorkingMinutes, workingMinutesBetween } from "./src/domain/working-time.ts";
    import { defaultCalendar } from "./src/domain/holidays.ts";
    const cals = [
      defaultCalendar(),
      { timeZone: "Europe/Berlin", week: { 7: [{ start: "01:00", end: "04:00" }], 1: [{ start: "09:00", end: "17:00" }] }, holidays: [], makeUpDays: [] },
      { timeZone: "America/New_York", week: { 5: [{ start: "09:00", end: "17:00" }], 1: [{ start: "09:00", end: "24:00" }] }, holidays: ["2026-11-02"], makeUpDays: ["2026-10-31"] },
    ];
    const starts = ["2026-02-13T09:00:00Z", "2026-03-27T23:59:59.999Z", "2026-10-24T12:34:56.789Z", "2026-12-31T17:00:00Z"];
    const out = [];
    for (const cal of cals) for (const s of starts) for (const m of [0, 1, 59.5, 480, 1440, 10000]) {
      const r = addWorkingMinutes(new Date(s), m, cal);
      out.push(r.toISOString(), workingMinutesBetween(new Date(s), new Date(Date.parse(s) + m * 3600000), cal));
    }
    console.log(JSON.stringify(out));
  `;
  const run = (tz: string) =>
    execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      cwd: root,
      env: { ...process.env, TZ: tz },
      encoding: "utf8",
    }).trim();

  it("gives identical results under TZ=UTC, Los Angeles, Tokyo, Kiritimati", () => {
    const outputs = ["UTC", "America/Los_Angeles", "Asia/Tokyo", "Pacific/Kiritimati"].map(run);
    const parsed = JSON.parse(outputs[0]) as unknown[];
    expect(parsed.length).toBeGreaterThan(100);
    for (const o of outputs) expect(o).toBe(outputs[0]);
  });
});
