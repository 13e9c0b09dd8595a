// The command's overview (Ban chỉ đạo) and team leads'.
import { Hono } from "hono";
import type { AuthedEnv } from "../context.js";
import { requirePermission } from "../auth/middleware.js";
import { loadCalendar } from "../services/calendar.js";
import { backlogNow, periodFigures } from "../services/dashboard.js";
import { DashboardPage } from "../../views/pages/dashboard.js";

export const dashboardRoutes = new Hono<AuthedEnv>();

const WEEK = 7 * 24 * 60 * 60 * 1000;

dashboardRoutes.get("/", requirePermission("dashboard.view"), (c) => {
  const { db, clock, config } = c.var.deps;
  const now = clock();
  const from = new Date(now.getTime() - WEEK);
  return c.html(
    <DashboardPage
      user={c.var.user}
      backlog={backlogNow(db, now, loadCalendar(db, config.timeZone))}
      period={{ from, to: now, ...periodFigures(db, from, now) }}
    />,
  );
});
