// Lịch làm việc, by admins only: weekly hours, holidays and make-up days, statutory suggestions and
// the substitute days (nghỉ bù) for holidays on a weekly day off.
// Every change recomputes the open questions' deadlines; the notice says how many moved.
import { TZDate } from "@date-fns/tz";
import { Hono, type Context } from "hono";
import { z } from "zod";
import type { AuthedEnv } from "../context.js";
import { requirePermission } from "../auth/middleware.js";
import { Conflict, NotFound } from "../domain/errors.js";
import { holidaySuggestions, substituteSuggestions } from "../domain/holidays.js";
import { isCalendarDate } from "../domain/local-date.js";
import type { WorkingHours } from "../domain/working-time.js";
import {
  addCalendarDays,
  addSubstituteDay,
  listCalendarDays,
  loadCalendar,
  periodProblem,
  removeCalendarDay,
  setWeekPeriods,
  type CalendarChange,
  type EditContext,
} from "../services/calendar.js";
import {
  AdminCalendarPage,
  DAY_KIND_LABELS,
  NO_SUBSTITUTE,
  savedNotice,
  substituteTaken,
  WEEKDAY_LABELS,
  type DayValues,
  type WeekValues,
} from "../../views/pages/admin-calendar.js";
import { dateOnlyLocal } from "../../views/format.js";
import type { FieldErrors } from "../../views/partials/form.js";
import { queryText, validQuery } from "./request.js";
import { requiredText, textValues, validForm, type RawForm } from "./validation.js";

export const adminCalendarRoutes = new Hono<AuthedEnv>();
adminCalendarRoutes.use(requirePermission("calendar.manage"));

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

// A year from the query string or a hidden field; anything else means "the default view".
function yearOf(v: unknown): number | undefined {
  const n = Number(v);
  return typeof v === "string" && Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR ? n : undefined;
}

interface PageExtra {
  week?: WeekValues;
  weekErrors?: FieldErrors;
  dayValues?: DayValues;
  dayErrors?: FieldErrors;
  suggestErrors?: FieldErrors;
  year?: number;
  notice?: string;
}

function page(c: Context<AuthedEnv>, extra: PageExtra = {}, status: 200 | 409 | 422 = 200) {
  const { db, config, clock } = c.get("deps");
  const thisYear = new TZDate(clock().getTime(), config.timeZone).getFullYear();
  const days = listCalendarDays(db);
  const { week } = loadCalendar(db, config.timeZone);
  const years = extra.year ? [extra.year] : [thisYear, thisYear + 1];
  return c.html(
    <AdminCalendarPage
      week={extra.week ?? weekForForm(week)}
      weekErrors={extra.weekErrors}
      days={days}
      dayValues={extra.dayValues}
      dayErrors={extra.dayErrors}
      suggestErrors={extra.suggestErrors}
      suggestions={years.map((year) => ({ year, items: holidaySuggestions(year, days), substitutes: substituteSuggestions(year, week, days) }))}
      thisYear={thisYear}
      chosenYear={extra.year}
      notice={extra.notice}
    />,
    status,
  );
}

// The stored periods plus empty rows to add more: two on a day off (morning and afternoon), else one.
function weekForForm(week: Record<number, WorkingHours[]>): WeekValues {
  const out: WeekValues = {};
  for (const wd of WEEKDAYS) {
    const rows = (week[wd] ?? []).map((p) => ({ ...p }));
    do rows.push({ start: "", end: "" });
    while (rows.length < 2);
    out[wd] = rows;
  }
  return out;
}

adminCalendarRoutes.get("/", validQuery({ moved: queryText, done: queryText, year: queryText }), (c) => {
  const q = c.req.valid("query");
  const moved = Number(q.moved);
  const notice = q.done === "saved" && Number.isSafeInteger(moved) && moved >= 0 ? savedNotice(moved) : undefined;
  return page(c, { year: yearOf(q.year), notice });
});

function editContext(c: Context<AuthedEnv>): EditContext {
  return { actorId: c.get("user").id, now: c.get("deps").clock(), timeZone: c.get("deps").config.timeZone };
}

function backWithNotice(c: Context<AuthedEnv>, change: CalendarChange, year: unknown) {
  const y = yearOf(year);
  return c.redirect(`/admin/calendar?done=saved&moved=${change.deadlinesMoved}${y ? `&year=${y}` : ""}`, 303);
}

// ---------------------------------------------------------------------------
// Weekly hours: fields start_<weekday> and end_<weekday>, repeated once per period row.

const strings = (v: unknown): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]).map((x) => (typeof x === "string" ? x.trim() : ""));

function weekRowsOf(raw: RawForm): WeekValues {
  const out: WeekValues = {};
  for (const wd of WEEKDAYS) {
    const starts = strings(raw[`start_${wd}`]);
    const ends = strings(raw[`end_${wd}`]);
    out[wd] = Array.from({ length: Math.max(starts.length, ends.length) }, (_, i) => ({ start: starts[i] ?? "", end: ends[i] ?? "" }));
  }
  return out;
}

// <input type="time"> sends "HH:mm" ("HH:mm:ss" only with a step under a minute).
const TIME = /^([01]\d|2[0-3]):[0-5]\d(:00)?$/;
const PERIOD_MESSAGES = {
  incomplete: "xin nhập cả giờ bắt đầu và giờ kết thúc (hoặc để trống cả hai).",
  format: "giờ phải theo dạng HH:mm, ví dụ 07:30.",
  order: "giờ bắt đầu phải trước giờ kết thúc.",
  overlap: "các khoảng giờ bị chồng lên nhau.",
};

const weekForm = z.record(z.string(), z.unknown()).transform((raw, ctx) => {
  const week: Record<number, WorkingHours[]> = {};
  for (const [wd, rows] of Object.entries(weekRowsOf(raw as RawForm))) {
    const fail = (m: keyof typeof PERIOD_MESSAGES) =>
      ctx.addIssue({ code: "custom", path: [`day_${wd}`], message: `${WEEKDAY_LABELS[Number(wd)]}: ${PERIOD_MESSAGES[m]}` });
    const filled = rows.filter((r) => r.start || r.end);
    if (filled.some((r) => !r.start || !r.end)) fail("incomplete");
    else if (filled.some((r) => !TIME.test(r.start) || !TIME.test(r.end))) fail("format");
    else {
      const periods = filled.map((r) => ({ start: r.start.slice(0, 5), end: r.end.slice(0, 5) }));
      const problem = periodProblem(periods);
      if (problem) fail(problem);
      else if (periods.length) week[Number(wd)] = periods;
    }
  }
  if (Object.keys(week).length === 0 && ctx.issues.length === 0) {
    ctx.addIssue({ code: "custom", path: ["week"], message: "Cần ít nhất một khoảng giờ làm việc trong tuần, nếu không sẽ không tính được hạn trả lời." });
  }
  return { week, year: (raw as RawForm).year };
});

adminCalendarRoutes.post(
  "/week",
  validForm(weekForm, (c, raw, errors) => page(c, { week: weekRowsOf(raw), weekErrors: errors, year: yearOf(raw.year) }, 422)),
  (c) => {
    const { week, year } = c.req.valid("form");
    return backWithNotice(c, setWeekPeriods(c.get("deps").db, editContext(c), week), year);
  },
);

// ---------------------------------------------------------------------------
// Holidays and make-up days.

// A real calendar day ("2026-02-30" has the right shape but is not one) in a year the calendar plans.
function isCalendarDay(s: string): boolean {
  const y = Number(s.slice(0, 4));
  return isCalendarDate(s) && y >= MIN_YEAR && y <= MAX_YEAR;
}

const calendarDay = z
  .string({ error: "Xin chọn ngày." })
  .trim()
  .min(1, "Xin chọn ngày.")
  .refine(isCalendarDay, `Ngày không hợp lệ (cần một ngày từ năm ${MIN_YEAR} đến ${MAX_YEAR}).`);

const dayForm = z.object({
  date: calendarDay,
  kind: z.enum(["holiday", "make_up"], { error: "Xin chọn loại ngày." }),
  name: requiredText("tên gọi", 100),
  year: z.string().optional(),
});

adminCalendarRoutes.post(
  "/days",
  validForm(dayForm, (c, raw, errors) => page(c, { dayValues: textValues(raw), dayErrors: errors, year: yearOf(raw.year) }, 422)),
  (c) => {
    const { year, ...day } = c.req.valid("form");
    try {
      return backWithNotice(c, addCalendarDays(c.get("deps").db, editContext(c), [day]), year);
    } catch (e) {
      if (!(e instanceof Conflict)) throw e;
      const existing = listCalendarDays(c.get("deps").db).find((d) => d.date === day.date);
      const what = existing ? ` (${DAY_KIND_LABELS[existing.kind]}: ${existing.name})` : "";
      const errors = { date: `Ngày ${dateOnlyLocal(day.date)} đã có trong lịch${what}. Muốn đổi, xin xóa ngày đó trước.` };
      return page(c, { dayValues: day, dayErrors: errors, year: yearOf(year) }, 409);
    }
  },
);

adminCalendarRoutes.post("/days/:date/delete", async (c) => {
  const change = removeCalendarDay(c.get("deps").db, editContext(c), c.req.param("date"));
  return backWithNotice(c, change, (await c.req.parseBody()).year);
});

// Every statutory day of one year still missing from the calendar, confirmed with one click.
const suggestionsForm = z.object({
  suggest: z.coerce.number({ error: "Năm không hợp lệ." }).int("Năm không hợp lệ.").min(MIN_YEAR, "Năm không hợp lệ.").max(MAX_YEAR, "Năm không hợp lệ."),
  year: z.string().optional(),
});

adminCalendarRoutes.post(
  "/suggestions",
  validForm(suggestionsForm, (c, raw, errors) => page(c, { dayErrors: errors, year: yearOf(raw.year) }, 422)),
  (c) => {
    const { suggest, year } = c.req.valid("form");
    const missing = holidaySuggestions(suggest, listCalendarDays(c.get("deps").db)).filter((s) => !s.inCalendar);
    const days = missing.map((s) => ({ date: s.date, kind: "holiday" as const, name: s.name }));
    return backWithNotice(c, addCalendarDays(c.get("deps").db, editContext(c), days), year);
  },
);

// Nghỉ bù for one statutory holiday. The form names the holiday only: the substitute is worked out
// again from the calendar as it is now, so a page left open while the calendar changed adds no wrong day.
const substituteForm = z.object({
  holiday: z.string({ error: NO_SUBSTITUTE }).trim().refine(isCalendarDay, NO_SUBSTITUTE),
  year: z.string().optional(),
});

adminCalendarRoutes.post(
  "/substitutes",
  validForm(substituteForm, (c, raw, errors) => page(c, { suggestErrors: errors, year: yearOf(raw.year) }, 422)),
  (c) => {
    const { holiday, year } = c.req.valid("form");
    try {
      return backWithNotice(c, addSubstituteDay(c.get("deps").db, editContext(c), holiday), year);
    } catch (e) {
      if (e instanceof NotFound) return page(c, { suggestErrors: { holiday: NO_SUBSTITUTE }, year: yearOf(year) }, 422);
      if (e instanceof Conflict) return page(c, { suggestErrors: { holiday: substituteTaken(holiday) }, year: yearOf(year) }, 409);
      throw e;
    }
  },
);
