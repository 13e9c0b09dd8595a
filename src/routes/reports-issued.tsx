// Báo cáo đã ban hành: the issued monthly reports, kept as the department's records. Read-only: the
// list (GET /reports/monthly/issued?year=YYYY) and one report printed from what was stored when it
// was issued (GET /reports/monthly/issued/:id).
import { zValidator } from "@hono/zod-validator";
import { Hono } from "hono";
import { z } from "zod";
import type { AuthedEnv } from "../context.js";
import { can } from "../auth/permissions.js";
import { requirePermission } from "../auth/middleware.js";
import { issuedReport, issuedReportYears, listIssuedReports } from "../services/monthly-reports.js";
import { IssuedReportPage, IssuedReportsPage } from "../../views/pages/issued-reports.js";
import { pathId, queryText, validQuery } from "./request.js";

export const issuedReportRoutes = new Hono<AuthedEnv>();
const mayRead = requirePermission("reports.view");

// A year out of range or not a number shows every year rather than an error: it is only a filter.
const listQuery = z.object({ year: z.coerce.number().int().min(1900).max(2100).optional().catch(undefined) });

issuedReportRoutes.get("/monthly/issued", mayRead, zValidator("query", listQuery), (c) => {
  const db = c.get("deps").db;
  const year = c.req.valid("query").year ?? null;
  return c.html(<IssuedReportsPage year={year} years={issuedReportYears(db)} reports={listIssuedReports(db, year)} />);
});

issuedReportRoutes.get(
  "/monthly/issued/:id",
  mayRead,
  pathId("monthly_report"),
  validQuery({ issued: queryText }),
  (c) => {
    const { summary, snapshot } = issuedReport(c.get("deps").db, c.req.valid("param").id);
    return c.html(<IssuedReportPage summary={summary} snapshot={snapshot} mayReplace={can(c.get("user").roles, "reports.issue")} justIssued={c.req.valid("query").issued === "1"} />);
  },
);
