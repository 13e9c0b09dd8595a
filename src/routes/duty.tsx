// Lịch trực: the team sees who is on duty on the coming working days; leads set a day's roster.
import { Hono, type Context } from "hono";
import { z } from "zod";
import type { AuthedEnv } from "../context.js";
import { can } from "../auth/permissions.js";
import { requirePermission } from "../auth/middleware.js";
import { Conflict } from "../domain/errors.js";
import { isCalendarDate, localDateOf } from "../domain/local-date.js";
import { loadCalendar } from "../services/calendar.js";
import { onDutyUserIds, setDutyRoster, upcomingRoster } from "../services/duty.js";
import { teamMembers } from "../services/question-queries.js";
import { dateOnlyLocal } from "../../views/format.js";
import { DutyPage, type DutyFormValues } from "../../views/pages/duty.js";
import type { FieldErrors } from "../../views/partials/form.js";
import { queryText, validQuery } from "./request.js";
import { asList, textValues, validForm, type RawForm } from "./validation.js";

export const dutyRoutes = new Hono<AuthedEnv>();
dutyRoutes.use(requirePermission("duty.view"));

const UPCOMING_DAYS = 10;

interface PageExtra {
  values?: DutyFormValues;
  errors?: FieldErrors;
  notice?: string;
  date?: string; // the day to put in the form, with its current roster
}

function page(c: Context<AuthedEnv>, extra: PageExtra = {}, status: 200 | 422 = 200) {
  const { db, config, clock } = c.get("deps");
  const now = clock();
  const roster = upcomingRoster(db, loadCalendar(db, config.timeZone), now, UPCOMING_DAYS);
  const date = extra.date ?? roster[0]?.date ?? localDateOf(now, config.timeZone);
  const values = extra.values ?? { date, members: onDutyUserIds(db, date).map(String) };
  const canEdit = can(c.get("user").roles, "duty.manage");
  return c.html(
    <DutyPage
      today={localDateOf(now, config.timeZone)}
      roster={roster}
      canEdit={canEdit}
      team={canEdit ? teamMembers(db) : []}
      values={values}
      errors={extra.errors}
      notice={extra.notice}
    />,
    status,
  );
}

dutyRoutes.get("/", validQuery({ date: queryText, done: queryText }), (c) => {
  const { date, done } = c.req.valid("query");
  const chosen = date && isCalendarDate(date) ? date : undefined;
  const notice = done === "saved" && chosen ? `Đã lưu lịch trực ${dateOnlyLocal(chosen)}.` : undefined;
  return page(c, { date: chosen, notice });
});

const MEMBER_ERROR = "Cán bộ được chọn không thuộc Tổ giải đáp hoặc đã bị khóa.";

const rosterForm = z.object({
  date: z
    .string({ error: "Xin chọn ngày trực." })
    .trim()
    .min(1, "Xin chọn ngày trực.")
    .refine(isCalendarDate, "Ngày trực không hợp lệ, xin chọn lại trong ô lịch."),
  members: z.preprocess(asList, z.array(z.coerce.number({ error: MEMBER_ERROR }).int(MEMBER_ERROR).positive(MEMBER_ERROR))),
});

function valuesOf(raw: RawForm): DutyFormValues {
  return { date: textValues(raw).date ?? "", members: asList(raw.members).filter((x): x is string => typeof x === "string") };
}

dutyRoutes.post(
  "/",
  requirePermission("duty.manage"),
  validForm(rosterForm, (c, raw, errors) => page(c, { values: valuesOf(raw), errors }, 422)),
  (c) => {
    const { date, members } = c.req.valid("form");
    try {
      setDutyRoster(c.get("deps").db, c.get("user"), date, members, c.get("deps").clock());
    } catch (e) {
      if (!(e instanceof Conflict && e.code === "not_team_member")) throw e;
      return page(c, { values: { date, members: members.map(String) }, errors: { members: MEMBER_ERROR } }, 422);
    }
    return c.redirect(`/duty?done=saved&date=${date}`, 303);
  },
);
