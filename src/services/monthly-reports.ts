// Báo cáo tháng đã ban hành: the steering board fills in the number, signatory and assessment, may
// keep a draft, and issues. Issuing freezes the report: the figures, the header and the text are
// stored as JSON exactly as printed, because the questions behind them keep changing (a late rating,
// a reopening, a renamed unit). An issued report is never changed or deleted (triggers refuse it);
// a correction is a new report that replaces it, so each month has one current report.
import { and, desc, eq, max, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { monthlyReportDrafts, monthlyReports, users } from "../../db/schema.js";
import type { DB } from "../db.js";
import { Conflict, NotAllowed, NotFound } from "../domain/errors.js";
import { localDateOf } from "../domain/local-date.js";
import type { WorkingCalendar } from "../domain/working-time.js";
import type { IssuedReportSummary, ReportHeader, ReportIssue, Actor, Overview } from "../model.js";
import { can } from "../auth/permissions.js";
import { audit } from "./audit.js";
import { buildOverview, monthPeriod } from "./dashboard.js";

/** The month's figures as the report shows them: the month's own weeks, cut at its first and last day. */
export function monthlyFigures(db: DB, cal: WorkingCalendar, month: string, now: Date): Overview {
  return buildOverview(db, cal, monthPeriod(month, cal.timeZone), now, { trendWeeks: 1, clipWeeks: true });
}

// ---------------------------------------------------------------------------------------------
// The stored snapshot. Version 1: the Overview of src/services/dashboard.ts as it was at issue.
// A later change to the figures' shape must keep rendering version 1 (or convert it on reading):
// issued reports are records and are never recomputed.

interface IssuedReportSnapshot {
  version: 1;
  month: string;
  header: ReportHeader; // the agency as configured when issued
  figures: Overview;
  issue: ReportIssue;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function encodeSnapshot(s: IssuedReportSnapshot): string {
  // The backlog's per-assignee map feeds the dashboard's team table; the report's rows carry it already.
  return JSON.stringify(s, (key, value) => (key === "byAssignee" ? undefined : value));
}

function decodeSnapshot(json: string): IssuedReportSnapshot {
  // Instants were written by Date#toJSON; free text lives in `issue`, which is read as it is.
  const figures = (text: string) => JSON.parse(text, (_key, value) => (typeof value === "string" && ISO_INSTANT.test(value) ? new Date(value) : value));
  const raw = JSON.parse(json) as IssuedReportSnapshot;
  const parsed = figures(JSON.stringify(raw.figures)) as Overview;
  parsed.backlog.byAssignee = new Map();
  return { ...raw, figures: parsed };
}

// ---------------------------------------------------------------------------------------------
// Numbers: the department's register restarts each calendar year of issue.

export function nextReportNumber(db: DB, year: number): number {
  const row = db.select({ n: max(monthlyReports.number) }).from(monthlyReports).where(eq(monthlyReports.year, year)).get();
  return (row?.n ?? 0) + 1;
}

/** Who already holds a number in a year, or null. */
export function reportHoldingNumber(db: DB, year: number, number: number): { id: number; month: string } | null {
  return db.select({ id: monthlyReports.id, month: monthlyReports.month }).from(monthlyReports).where(and(eq(monthlyReports.year, year), eq(monthlyReports.number, number))).get() ?? null;
}

// ---------------------------------------------------------------------------------------------
// Reading the records

const replacement = alias(monthlyReports, "replacement");

function summaries(db: DB, where: SQL | undefined): IssuedReportSummary[] {
  return db
    .select({
      id: monthlyReports.id,
      month: monthlyReports.month,
      number: monthlyReports.number,
      symbol: monthlyReports.symbol,
      issuedOn: monthlyReports.issuedOn,
      signerName: monthlyReports.signerName,
      signerPosition: monthlyReports.signerPosition,
      issuedAt: monthlyReports.issuedAt,
      issuerName: users.name,
      issuerRank: users.rank,
      replacesId: monthlyReports.replacesId,
      byId: replacement.id,
      byNumber: replacement.number,
      bySymbol: replacement.symbol,
      byIssuedOn: replacement.issuedOn,
    })
    .from(monthlyReports)
    .innerJoin(users, eq(users.id, monthlyReports.issuedBy))
    .leftJoin(replacement, eq(replacement.replacesId, monthlyReports.id))
    .where(where)
    .orderBy(desc(monthlyReports.month), desc(monthlyReports.issuedAt), desc(monthlyReports.id))
    .all()
    .map((r) => ({
      id: r.id,
      month: r.month,
      number: r.number,
      symbol: r.symbol,
      issuedOn: r.issuedOn,
      signerName: r.signerName,
      signerPosition: r.signerPosition,
      issuedAt: r.issuedAt,
      issuedBy: { name: r.issuerName, rank: r.issuerRank },
      replacesId: r.replacesId,
      replacedBy: r.byId === null ? null : { id: r.byId, number: r.byNumber!, symbol: r.bySymbol!, issuedOn: r.byIssuedOn! },
    }));
}

/** Issued reports, newest month first; `year` picks the months of one year. */
export function listIssuedReports(db: DB, year: number | null): IssuedReportSummary[] {
  return summaries(db, year === null ? undefined : sql`substr(${monthlyReports.month}, 1, 4) = ${String(year)}`);
}

/** The years that have an issued report (months reported on), newest first. */
export function issuedReportYears(db: DB): number[] {
  return db
    .selectDistinct({ year: sql<string>`substr(${monthlyReports.month}, 1, 4)` })
    .from(monthlyReports)
    .orderBy(desc(sql`1`))
    .all()
    .map((r) => Number(r.year));
}

/** The month's report in force: issued and not replaced. */
export function currentIssuedReport(db: DB, month: string): IssuedReportSummary | null {
  return summaries(db, eq(monthlyReports.month, month)).find((r) => r.replacedBy === null) ?? null;
}

export function issuedReport(db: DB, id: number): { summary: IssuedReportSummary; snapshot: IssuedReportSnapshot } {
  const summary = summaries(db, eq(monthlyReports.id, id))[0];
  if (!summary) throw new NotFound("monthly_report");
  const row = db.select({ snapshot: monthlyReports.snapshot }).from(monthlyReports).where(eq(monthlyReports.id, id)).get()!;
  return { summary, snapshot: decodeSnapshot(row.snapshot) };
}

// ---------------------------------------------------------------------------------------------
// Drafts: the form as last saved, whole or not, one per month, shared by the board.

type ReportDraftFields = Record<string, string>;

interface ReportDraft {
  fields: ReportDraftFields;
  savedAt: Date;
  savedBy: { name: string; rank: string | null };
}

export function reportDraft(db: DB, month: string): ReportDraft | null {
  const row = db
    .select({ fields: monthlyReportDrafts.fields, savedAt: monthlyReportDrafts.savedAt, name: users.name, rank: users.rank })
    .from(monthlyReportDrafts)
    .innerJoin(users, eq(users.id, monthlyReportDrafts.savedBy))
    .where(eq(monthlyReportDrafts.month, month))
    .get();
  return row ? { fields: row.fields, savedAt: row.savedAt, savedBy: { name: row.name, rank: row.rank } } : null;
}

export function saveReportDraft(db: DB, actor: Actor, month: string, fields: ReportDraftFields, now: Date): void {
  if (!can(actor.roles, "reports.issue")) throw new NotAllowed("reports.issue");
  db.transaction((tx) => {
    const existed = tx.select({ month: monthlyReportDrafts.month }).from(monthlyReportDrafts).where(eq(monthlyReportDrafts.month, month)).get();
    tx.insert(monthlyReportDrafts)
      .values({ month, fields, savedBy: actor.id, savedAt: now })
      .onConflictDoUpdate({ target: monthlyReportDrafts.month, set: { fields, savedBy: actor.id, savedAt: now } })
      .run();
    audit(tx, { actorId: actor.id, action: "report.draft_save", objectType: "monthly_report_draft", objectId: month, to: existed ? null : "draft", at: now });
  });
}

// ---------------------------------------------------------------------------------------------
// Issuing

interface IssueInput {
  month: string;
  issue: Omit<ReportIssue, "replaces">;
  replaces: { id: number; reason: string } | null;
}

/**
 * Issues the month's report: checks the date and number, freezes the figures as they are at `now`,
 * stores them with the text, drops the month's draft and audits, in one transaction. Refusals are
 * Conflicts: report_date_future, report_date_before_month, report_number_taken,
 * report_already_issued (the month has a current report: replace it instead), report_not_current
 * (the report to replace was replaced meanwhile, or belongs to another month).
 */
export function issueMonthlyReport(db: DB, actor: Actor, input: IssueInput, ctx: { cal: WorkingCalendar; header: ReportHeader; now: Date }): number {
  if (!can(actor.roles, "reports.issue")) throw new NotAllowed("reports.issue");
  const { month, issue } = input;
  const today = localDateOf(ctx.now, ctx.cal.timeZone);
  if (issue.issuedOn > today) throw new Conflict("report_date_future");
  if (issue.issuedOn < `${month}-01`) throw new Conflict("report_date_before_month");
  const year = Number(issue.issuedOn.slice(0, 4));
  // Reads go through `db`: better-sqlite3 has one connection, so they see the transaction's state.
  return db.transaction((tx) => {
    if (reportHoldingNumber(db, year, issue.number)) throw new Conflict("report_number_taken");
    const current = currentIssuedReport(db, month);
    if (input.replaces === null ? current !== null : current?.id !== input.replaces.id) {
      throw new Conflict(input.replaces === null ? "report_already_issued" : "report_not_current");
    }
    const replaces = input.replaces && current ? { id: current.id, number: current.number, symbol: current.symbol, issuedOn: current.issuedOn, reason: input.replaces.reason } : null;
    const snapshot: IssuedReportSnapshot = { version: 1, month, header: ctx.header, figures: monthlyFigures(db, ctx.cal, month, ctx.now), issue: { ...issue, replaces } };
    const id = tx
      .insert(monthlyReports)
      .values({
        month,
        year,
        number: issue.number,
        symbol: issue.symbol,
        issuedOn: issue.issuedOn,
        signerName: issue.signer.name,
        signerPosition: issue.signer.position,
        replacesId: replaces?.id ?? null,
        snapshot: encodeSnapshot(snapshot),
        issuedBy: actor.id,
        issuedAt: ctx.now,
      })
      .returning({ id: monthlyReports.id })
      .get().id;
    tx.delete(monthlyReportDrafts).where(eq(monthlyReportDrafts.month, month)).run();
    audit(tx, {
      actorId: actor.id,
      action: "report.issue",
      objectType: "monthly_report",
      objectId: id,
      to: "issued",
      data: { month, number: `${issue.number}/${issue.symbol}`, issuedOn: issue.issuedOn, signer: issue.signer.name, replaces: replaces?.id ?? null, reason: replaces?.reason ?? null },
      at: ctx.now,
    });
    if (replaces) {
      audit(tx, { actorId: actor.id, action: "report.replaced", objectType: "monthly_report", objectId: replaces.id, from: "issued", to: "replaced", data: { by: id, reason: replaces.reason }, at: ctx.now });
    }
    return id;
  });
}
