// Báo cáo tháng (steering and leads): GET /reports/monthly?month=YYYY-MM, printable to PDF.
import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import type { AuthedEnv } from "../context.js";
import { requirePermission } from "../auth/middleware.js";
import { loadCalendar } from "../services/calendar.js";
import { buildOverview, monthPeriod } from "../services/dashboard.js";
import { localDateOf } from "../services/duty.js";
import { MonthlyReportPage } from "../../views/pages/monthly-report.js";

export const monthlyReportRoutes = new Hono<AuthedEnv>();

const MONTH = /^(19|20)\d{2}-(0[1-9]|1[0-2])$/;

monthlyReportRoutes.get("/monthly", requirePermission("reports.view"), (c) => {
  const { db, clock, config } = c.var.deps;
  const now = clock();
  const month = c.req.query("month") || localDateOf(now, config.timeZone).slice(0, 7); // default: this month
  if (!MONTH.test(month)) throw new HTTPException(400);
  // The report's weeks are the month's own, cut at its first and last day.
  const o = buildOverview(db, loadCalendar(db, config.timeZone), monthPeriod(month, config.timeZone), now, { trendWeeks: 1, clipWeeks: true });
  return c.html(<MonthlyReportPage o={o} month={month} header={c.var.deps.config.report} />);
});
