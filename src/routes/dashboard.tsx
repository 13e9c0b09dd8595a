// The command's overview (Ban chỉ đạo) and team leads': figures for a period chosen in the query string.
import { Hono } from "hono";
import type { AuthedEnv } from "../context.js";
import { requirePermission } from "../auth/middleware.js";
import { can } from "../auth/permissions.js";
import { loadCalendar } from "../services/calendar.js";
import { buildOverview, resolvePeriod } from "../services/dashboard.js";
import { feedbackIn } from "../services/feedback.js";
import { DashboardPage } from "../../views/pages/dashboard.js";
import { queryText, validQuery } from "./request.js";

export const dashboardRoutes = new Hono<AuthedEnv>();

const TREND_WEEKS = 12;

dashboardRoutes.get("/", requirePermission("dashboard.view"), validQuery({ period: queryText, from: queryText, to: queryText }), (c) => {
  const { db, clock, config } = c.get("deps");
  const now = clock();
  const { period, error } = resolvePeriod(c.req.valid("query"), now, config.timeZone);
  const o = buildOverview(db, loadCalendar(db, config.timeZone), period, now, { trendWeeks: TREND_WEEKS, clipWeeks: false });
  const page = (
    <DashboardPage
      o={o}
      feedback={feedbackIn(db, period)}
      periodError={error !== null}
      reportMonth={period.firstDay.slice(0, 7)}
      canReport={can(c.get("user").roles, "reports.view")}
    />
  );
  return c.html(page, error ? 400 : 200);
});
