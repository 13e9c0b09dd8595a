// Working-time arithmetic on a wall-clock calendar in an IANA time zone.
//
// Model: each local date has a list of periods ("HH:mm"–"HH:mm", end may be
// "24:00"). A period occupies the real-time interval
//   [first instant the local clock reads ≥ start, first instant it reads ≥ end).
// "First instant the clock reads ≥ X" makes DST unambiguous without special
// cases: a period spanning a shift counts real elapsed minutes, a start/end
// inside a spring-forward gap snaps to the transition instant, and a repeated
// (fall-back) wall time resolves to its first occurrence.
//
// Everything is computed from Intl in `cal.timeZone`; the process time zone
// (process.env.TZ) is never consulted.
//
// Calendars are treated as immutable values: derived data is cached per
// calendar object (WeakMap). Build a new object after editing holidays.

// One span of working time in a day ("07:30"–"11:30"); not the reporting Period of the dashboard.
export type WorkingHours = { start: string; end: string }; // "HH:mm" local, start < end
export interface WorkingCalendar {
  timeZone: string; // IANA, "Asia/Ho_Chi_Minh"
  week: Record<number, WorkingHours[]>; // ISO weekday 1=Mon … 7=Sun; absent/[] = day off
  holidays: string[]; // "YYYY-MM-DD" days off
  makeUpDays: string[]; // "YYYY-MM-DD" worked on the Monday schedule (week[1])
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// Bounds of real-world UTC offsets (−12:00 … +14:00), with a little slack.
const MAX_EAST = 15 * HOUR;
const MAX_WEST = 13 * HOUR;
// A calendar with no working day in this many consecutive days is treated as empty.
const MAX_IDLE_DAYS = 3 * 366;
const MAX_CACHED_DAYS = 20_000;

// ---------------------------------------------------------------------------
// Time-zone primitives (Intl only)

type ZoneInfo = {
  fmt: Intl.DateTimeFormat;
  // local day number → constant offset for that day, or null when a transition is near
  dayOffset: Map<number, number | null>;
};
const zones = new Map<string, ZoneInfo>();

function zoneInfo(timeZone: string): ZoneInfo {
  let z = zones.get(timeZone);
  if (!z) {
    // Throws RangeError for an unknown zone, which is what we want.
    const fmt = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      era: "short",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    z = { fmt, dayOffset: new Map() };
    zones.set(timeZone, z);
  }
  return z;
}

// Not @date-fns/tz's tzOffset, which the rest of the desk uses for dates: measured, it answers NaN
// for an unknown zone where this module must throw RangeError, and it reads an offset under an hour
// west of Greenwich ("GMT-00:44:30", Monrovia until 1972) as +44.5 minutes. Reading the wall clock
// from formatToParts has neither fault, and its result is cached per local day (firstReach).
/** UTC offset (ms) in effect at instant t: local wall time (as if UTC) − t. */
function offsetAt(z: ZoneInfo, t: number): number {
  const secFloor = Math.floor(t / 1000) * 1000;
  let y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0, bc = false;
  for (const p of z.fmt.formatToParts(secFloor)) {
    switch (p.type) {
      case "year": y = Number(p.value); break;
      case "month": mo = Number(p.value); break;
      case "day": d = Number(p.value); break;
      case "hour": h = Number(p.value); break;
      case "minute": mi = Number(p.value); break;
      case "second": s = Number(p.value); break;
      case "era": bc = p.value === "BC" || p.value === "B"; break;
    }
  }
  if (bc) y = 1 - y;
  const wall = new Date(0);
  wall.setUTCFullYear(y, mo - 1, d); // setUTCFullYear avoids the 0–99 → 19xx quirk of Date.UTC
  wall.setUTCHours(h, mi, s, 0);
  return wall.getTime() - secFloor;
}

/** Local day number (days since 1970-01-01 on the local calendar) of instant t. */
function localDay(z: ZoneInfo, t: number): number {
  return Math.floor((t + offsetAt(z, t)) / DAY);
}

/**
 * First instant at which the local clock reads ≥ wall time `w`
 * (w = local wall time encoded as UTC milliseconds).
 */
function firstReach(z: ZoneInfo, day: number, w: number): number {
  let off = z.dayOffset.get(day);
  if (off === undefined) {
    // Any solution t of t + offset(t) = w, for w on this day, lies in this window.
    const a = offsetAt(z, day * DAY - MAX_EAST - 1);
    const b = offsetAt(z, (day + 1) * DAY + MAX_WEST);
    off = a === b ? a : null;
    if (z.dayOffset.size > MAX_CACHED_DAYS) z.dayOffset.clear();
    z.dayOffset.set(day, off);
  }
  if (off !== null) return w - off;

  // A transition is close: solve exactly.
  const before = offsetAt(z, w - MAX_EAST - 1);
  const after = offsetAt(z, w + MAX_WEST);
  let best = Infinity;
  for (const o of [before, after]) {
    const t = w - o;
    if (offsetAt(z, t) === o && t < best) best = t; // repeated time → earliest occurrence
  }
  if (best !== Infinity) return best;
  // w falls in a gap: the clock first reads ≥ w at the transition itself.
  let lo = w - Math.max(before, after); // clock < w here
  let hi = w - Math.min(before, after); // clock ≥ w here
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (mid + offsetAt(z, mid) >= w) hi = mid;
    else lo = mid;
  }
  return hi;
}

// ---------------------------------------------------------------------------
// Calendar preparation (cached)

type Prepared = {
  z: ZoneInfo;
  week: Array<Array<[number, number]>>; // index = ISO weekday, minutes of day, merged
  holidays: Set<string>;
  makeUp: Set<string>;
  days: Map<number, number[]>; // local day → flat [start, end, start, end…] instants
  hasAnyWeekday: boolean;
  // Cheap fingerprint so a mutated calendar is not served stale data by accident.
  sig: unknown[];
};
const prepared = new WeakMap<WorkingCalendar, Prepared>();

const HHMM = /^(\d{2}):(\d{2})$/;
const YMD = /^\d{4}-\d{2}-\d{2}$/;

function parseHHMM(s: string, isEnd: boolean): number {
  const m = HHMM.exec(s);
  if (m) {
    const h = Number(m[1]), mi = Number(m[2]);
    if (h < 24 && mi < 60) return h * 60 + mi;
    if (isEnd && h === 24 && mi === 0) return 1440;
  }
  throw new RangeError(`Invalid period time "${s}" (expected HH:mm${isEnd ? " or 24:00" : ""})`);
}

function signature(cal: WorkingCalendar): unknown[] {
  return [cal.timeZone, cal.week, cal.holidays, cal.holidays.length, cal.makeUpDays, cal.makeUpDays.length];
}

function prepare(cal: WorkingCalendar): Prepared {
  const cached = prepared.get(cal);
  if (cached) {
    const sig = signature(cal);
    if (sig.every((v, i) => v === cached.sig[i])) return cached;
  }
  const week: Array<Array<[number, number]>> = [[]];
  let hasAnyWeekday = false;
  for (let wd = 1; wd <= 7; wd++) {
    const raw = (cal.week[wd] ?? []).map((p): [number, number] => {
      const s = parseHHMM(p.start, false), e = parseHHMM(p.end, true);
      if (!(s < e)) throw new RangeError(`Period ${p.start}–${p.end} must have start < end`);
      return [s, e];
    });
    raw.sort((a, b) => a[0] - b[0]);
    const merged: Array<[number, number]> = [];
    for (const [s, e] of raw) {
      const last = merged[merged.length - 1];
      if (last && s <= last[1]) last[1] = Math.max(last[1], e);
      else merged.push([s, e]);
    }
    week.push(merged);
    if (merged.length) hasAnyWeekday = true;
  }
  for (const d of [...cal.holidays, ...cal.makeUpDays]) {
    if (!YMD.test(d)) throw new RangeError(`Invalid date "${d}" (expected YYYY-MM-DD)`);
  }
  const p: Prepared = {
    z: zoneInfo(cal.timeZone),
    week,
    holidays: new Set(cal.holidays),
    makeUp: new Set(cal.makeUpDays),
    days: new Map(),
    hasAnyWeekday,
    sig: signature(cal),
  };
  prepared.set(cal, p);
  return p;
}

function dayKey(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** Working intervals (instants) of a local day, sorted and disjoint. */
function dayIntervals(p: Prepared, day: number): number[] {
  let iv = p.days.get(day);
  if (iv) return iv;
  const key = dayKey(day);
  let periods: Array<[number, number]>;
  // A holiday wins over a make-up day: listing a date in both is a data-entry
  // mistake, and failing "closed" never invents working time on a public holiday.
  if (p.holidays.has(key)) periods = [];
  else if (p.makeUp.has(key)) periods = p.week[1];
  else periods = p.week[(((day + 3) % 7) + 7) % 7 + 1]; // 1970-01-01 was a Thursday
  iv = [];
  for (const [s, e] of periods) {
    const a = firstReach(p.z, day, day * DAY + s * MINUTE);
    const b = firstReach(p.z, day, day * DAY + e * MINUTE);
    if (b > a) iv.push(a, b); // may be empty if the whole period sits in a DST gap
  }
  if (p.days.size > MAX_CACHED_DAYS) p.days.clear();
  p.days.set(day, iv);
  return iv;
}

function instant(d: Date, name: string): number {
  const t = d instanceof Date ? d.getTime() : NaN;
  if (!Number.isFinite(t)) throw new RangeError(`${name} must be a valid Date`);
  return t;
}

function noWorkingTime(): never {
  throw new RangeError(`Calendar has no working time within ${MAX_IDLE_DAYS} days`);
}

// ---------------------------------------------------------------------------
// Public API

/**
 * The earliest instant t ≥ start with exactly `minutes` working minutes in [start, t).
 * Fractional minutes are allowed; a result that is not a whole millisecond is
 * rounded up (the earliest representable instant with at least that much time).
 */
export function addWorkingMinutes(start: Date, minutes: number, cal: WorkingCalendar): Date {
  const t0 = instant(start, "start");
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`minutes must be a finite number ≥ 0, got ${minutes}`);
  }
  const p = prepare(cal);
  let remaining = minutes * MINUTE;
  const rounded = Math.round(remaining);
  // Absorb float noise from minute↔ms conversion (e.g. 0.1 min * 60000).
  remaining = Math.abs(remaining - rounded) < 1e-6 ? rounded : Math.ceil(remaining);
  if (remaining === 0) return new Date(t0);
  // Make-up days reuse week[1], so an empty week means no working time at all.
  if (!p.hasAnyWeekday) noWorkingTime();

  let cur = t0;
  let idle = 0;
  // Start one day early: in a fall-back across midnight the wall date can step back.
  for (let day = localDay(p.z, t0) - 1; ; day++) {
    const iv = dayIntervals(p, day);
    if (iv.length === 0) {
      if (++idle > MAX_IDLE_DAYS) noWorkingTime();
      continue;
    }
    idle = 0;
    for (let i = 0; i < iv.length; i += 2) {
      const e = iv[i + 1];
      if (e <= cur) continue;
      const s = Math.max(iv[i], cur);
      const avail = e - s;
      // ≥ so that a count reached exactly at a period end returns that end.
      if (avail >= remaining) return new Date(s + remaining);
      remaining -= avail;
      cur = e;
    }
  }
}

/** Working minutes in [from, to); 0 when to ≤ from. May be fractional (ms precision). */
export function workingMinutesBetween(from: Date, to: Date, cal: WorkingCalendar): number {
  const a = instant(from, "from");
  const b = instant(to, "to");
  if (b <= a) return 0;
  const p = prepare(cal);
  let ms = 0;
  // ±1 day margin covers wall dates that step backwards at a fall-back.
  const last = localDay(p.z, b) + 1;
  for (let day = localDay(p.z, a) - 1; day <= last; day++) {
    const iv = dayIntervals(p, day);
    for (let i = 0; i < iv.length; i += 2) {
      const s = Math.max(iv[i], a);
      const e = Math.min(iv[i + 1], b);
      if (e > s) ms += e - s;
    }
  }
  return ms / MINUTE;
}
