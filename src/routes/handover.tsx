// Bàn giao ca: at the end of a shift, everything still open, grouped by urgency, and who is on duty
// today and next, so the work of the day goes to the next shift instead of piling up.
import { Hono } from "hono";
import type { AuthedEnv } from "../context.js";
import { requirePermission } from "../auth/middleware.js";
import { loadCalendar } from "../services/calendar.js";
import { currentShifts, handoverGroups } from "../services/duty.js";
import { HandoverPage } from "../../views/pages/handover.js";

export const handoverRoutes = new Hono<AuthedEnv>();

handoverRoutes.get("/", requirePermission("duty.view"), (c) => {
  const { db, clock, config } = c.var.deps;
  const all = c.req.query("all") === "1";
  const now = clock();
  const cal = loadCalendar(db, config.timeZone);
  return c.html(
    <HandoverPage
      user={c.var.user}
      all={all}
      now={now}
      groups={handoverGroups(db, cal, now, all ? null : c.var.user.id)}
      shifts={currentShifts(db, cal, now)}
    />,
  );
});
