// Báo cáo: the questions of a period as CSV or XLSX, for the steering board and team leads.
// Each route checks the permission itself rather than with use(): other report routes (the
// monthly report) are mounted under /reports too and keep their own rules.
import { zValidator } from "@hono/zod-validator";
import { Hono, type Context } from "hono";
import { createMiddleware } from "hono/factory";
import { z } from "zod";
import type { AuthedEnv } from "../context.js";
import { requirePermission } from "../auth/middleware.js";
import { daysInPeriod, isCalendarDate, localDateOf } from "../domain/local-date.js";
import { disposition } from "../download.js";
import { loadCalendar } from "../services/calendar.js";
import { CONTENT_TYPES, countQuestionsSubmitted, MAX_PERIOD_DAYS, periodInstants, questionExportRows, toCsv, toXlsx } from "../services/exports.js";
import { APP_NAME } from "../../views/layout.js";
import { defaultPeriod, QUESTION_EXPORT_COLUMNS, QUESTION_SHEET_NAME, ReportsPage, type PeriodValues } from "../../views/pages/reports.js";
import type { FieldErrors } from "../../views/partials/form.js";
import { fieldErrors, textValues } from "./validation.js";

export const reportExportRoutes = new Hono<AuthedEnv>();
const mayExport = requirePermission("reports.export");

const localDate = (label: string) =>
  z
    .string({ error: `Xin chọn ${label}.` })
    .trim()
    .min(1, `Xin chọn ${label}.`)
    .refine(isCalendarDate, `${label.charAt(0).toUpperCase()}${label.slice(1)} không hợp lệ (cần dạng năm-tháng-ngày, ví dụ 2026-11-01).`);

// Both dates valid is checked first; the order and the length only mean something then.
const bothValid = (p: { from: string; to: string }) => isCalendarDate(p.from) && isCalendarDate(p.to);

const periodQuery = z
  .object({ from: localDate("ngày bắt đầu"), to: localDate("ngày kết thúc") })
  .refine((p) => !bothValid(p) || daysInPeriod(p.from, p.to) >= 1, { message: "Ngày kết thúc phải trùng hoặc sau ngày bắt đầu.", path: ["to"] })
  .refine((p) => !bothValid(p) || daysInPeriod(p.from, p.to) <= MAX_PERIOD_DAYS, {
    message: `Kỳ báo cáo dài quá ${MAX_PERIOD_DAYS} ngày; xin chia thành nhiều kỳ.`,
    path: ["to"],
  });

function page(c: Context<AuthedEnv>, values: PeriodValues, errors?: FieldErrors) {
  const { db, clock, config } = c.get("deps");
  const today = localDateOf(clock(), config.timeZone);
  const valid = !errors && values.from && values.to ? { from: values.from, to: values.to } : undefined;
  const chosen = valid && { ...valid, count: countQuestionsSubmitted(db, periodInstants(valid.from, valid.to, config.timeZone)) };
  return c.html(<ReportsPage values={values} errors={errors} today={today} chosen={chosen} />, errors ? 422 : 200);
}

// A bad period comes back as the reports page with what was typed and why (422), never a bare error.
const validPeriod = zValidator("query", periodQuery, (result, c) => {
  if (!result.success) return page(c as Context<AuthedEnv>, textValues(c.req.query()), fieldErrors(result.error));
});

// The page opened without a period proposes one; any period given is read like the downloads'.
const proposeWhenNoPeriod = createMiddleware<AuthedEnv>(async (c, next) => {
  const { from, to } = c.req.query();
  if (from === undefined && to === undefined) return page(c, defaultPeriod(localDateOf(c.get("deps").clock(), c.get("deps").config.timeZone)));
  await next();
});

reportExportRoutes.get("/", mayExport, proposeWhenNoPeriod, validPeriod, (c) => page(c, c.req.valid("query")));

for (const kind of ["csv", "xlsx"] as const) {
  reportExportRoutes.get(`/questions.${kind}`, mayExport, validPeriod, async (c) => {
    const { db, clock, config } = c.get("deps");
    const { from, to } = c.req.valid("query");
    const now = clock();
    const rows = questionExportRows(db, periodInstants(from, to, config.timeZone), loadCalendar(db, config.timeZone), now);
    const body =
      kind === "csv"
        ? toCsv(QUESTION_EXPORT_COLUMNS, rows, config.timeZone)
        : await toXlsx(QUESTION_SHEET_NAME, QUESTION_EXPORT_COLUMNS, rows, { timeZone: config.timeZone, now, creator: APP_NAME });
    return c.body(body, 200, {
      "Content-Type": CONTENT_TYPES[kind],
      "Content-Disposition": disposition(`cau-hoi_${from}_${to}.${kind}`),
      "Cache-Control": "no-store",
    });
  });
}
