// Exports for the command: the questions of a period with their times, and the writers that turn
// rows into CSV (UTF-8 with BOM, so Excel shows Vietnamese right) and XLSX (real date cells).
// Which columns and what they are called in Vietnamese is decided by the views; this file only
// gathers the figures and writes files.
import type { QuestionExportRow, Cell, ExportColumn, Channel } from "../model.js";
import { TZDate } from "@date-fns/tz";
import { stringify } from "csv-stringify/sync";
import { format } from "date-fns";
import { and, asc, count, eq, gte, lt, min } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { categories, messages, questions, ratings, units, users, type QuestionStatus } from "../../db/schema.js";
import type { DB } from "../db.js";
import { isOpen } from "../domain/workflow.js";
import { localDayStart } from "../domain/local-date.js";
import type { WorkingCalendar } from "../domain/working-time.js";
import { deadlineInfo } from "./deadlines.js";
import { activeWorkingMinutes, firstReopens, pausesByQuestion } from "./metrics.js"; // the dashboard's definitions, so the figures agree

// ---------------------------------------------------------------------------
// Periods: local calendar dates, `to` inclusive.

export const MAX_PERIOD_DAYS = 366;

/** [start of `from`, start of the day after `to`) as instants. */
export function periodInstants(from: string, to: string, timeZone: string): { from: Date; to: Date } {
  return { from: localDayStart(from, timeZone), to: localDayStart(to, timeZone, 1) };
}

// ---------------------------------------------------------------------------
// The questions of a period.

const asker = alias(users, "asker");
const assignee = alias(users, "assignee");

// One query per kind of fact for the whole period, never one per question: a year can hold thousands.
export function questionExportRows(db: DB, period: { from: Date; to: Date }, cal: WorkingCalendar, now: Date): QuestionExportRow[] {
  const inPeriod = and(gte(questions.submittedAt, period.from), lt(questions.submittedAt, period.to));
  const base = db
    .select({
      id: questions.id,
      title: questions.title,
      categoryName: categories.name,
      unitName: units.name,
      askerName: asker.name,
      askerRank: asker.rank,
      callerName: questions.callerName,
      callerRank: questions.callerRank,
      channel: questions.channel,
      status: questions.status,
      assigneeName: assignee.name,
      assigneeRank: assignee.rank,
      submittedAt: questions.submittedAt,
      deadlineAt: questions.deadlineAt,
      closedAt: questions.closedAt,
    })
    .from(questions)
    .innerJoin(categories, eq(categories.id, questions.categoryId))
    .leftJoin(asker, eq(asker.id, questions.askerId))
    .leftJoin(units, eq(units.id, questions.unitId))
    .leftJoin(assignee, eq(assignee.id, questions.assigneeId))
    .where(inPeriod)
    .orderBy(asc(questions.submittedAt), asc(questions.id))
    .all();

  // questions.answeredAt moves to the latest answer after a reopen; the first answer is the message.
  const firstAnswers = new Map(
    db
      .select({ questionId: messages.questionId, at: min(messages.createdAt) })
      .from(messages)
      .innerJoin(questions, eq(questions.id, messages.questionId))
      .where(and(inPeriod, eq(messages.kind, "answer")))
      .groupBy(messages.questionId)
      .all()
      .map((r) => [r.questionId, r.at!]),
  );

  const pauses = pausesByQuestion(db, inPeriod);

  const latestRating = new Map<number, number>();
  for (const r of db
    .select({ questionId: ratings.questionId, score: ratings.score })
    .from(ratings)
    .innerJoin(questions, eq(questions.id, ratings.questionId))
    .where(inPeriod)
    .orderBy(asc(ratings.createdAt), asc(ratings.id))
    .all()) {
    latestRating.set(r.questionId, r.score);
  }

  // A reopened question carries a fresh deadline; the first one is kept in its first reopen's audit row.
  const firstReopen = firstReopens(db, inPeriod);

  return base.map((q) => {
    const firstAnsweredAt = firstAnswers.get(q.id) ?? null;
    const deadlineAt = firstReopen.get(q.id)?.deadlineAt ?? q.deadlineAt;
    let answerMinutes: number | null = null;
    let onTime: boolean | null = null;
    if (firstAnsweredAt) {
      answerMinutes = Math.floor(activeWorkingMinutes(q.submittedAt, firstAnsweredAt, pauses.get(q.id) ?? [], cal));
      onTime = firstAnsweredAt.getTime() <= deadlineAt.getTime();
    } else if (isOpen(q.status)) {
      const open = (pauses.get(q.id) ?? []).find((p) => !p.to);
      if (deadlineInfo({ status: q.status, deadlineAt, pausedAt: open?.from }, now, cal)?.state === "overdue") onTime = false;
    }
    return { ...q, deadlineAt, firstAnsweredAt, answerMinutes, onTime, rating: latestRating.get(q.id) ?? null };
  });
}

export function countQuestionsSubmitted(db: DB, period: { from: Date; to: Date }): number {
  return db
    .select({ n: count() })
    .from(questions)
    .where(and(gte(questions.submittedAt, period.from), lt(questions.submittedAt, period.to)))
    .get()!.n;
}

// ---------------------------------------------------------------------------
// Writers.

const BOM = "\uFEFF";
const CSV_DATE = "dd/MM/yyyy HH:mm";
const XLSX_DATE = "dd/mm/yyyy hh:mm";

// A cell that starts like a formula would be run by a spreadsheet opening the CSV: quote it as text.
function csvText(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

function csvCell(v: Cell, timeZone: string): string {
  if (v === null) return "";
  if (v instanceof Date) return format(new TZDate(v.getTime(), timeZone), CSV_DATE);
  return typeof v === "number" ? String(v) : csvText(v);
}

/** CSV lines for some rows (RFC 4180, CRLF), dates as local "dd/MM/yyyy HH:mm". */
export function csvRecords<T>(columns: ExportColumn<T>[], rows: T[], timeZone: string, withHeader: boolean): string {
  const records = rows.map((r) => columns.map((c) => csvCell(c.value(r), timeZone)));
  if (withHeader) records.unshift(columns.map((c) => c.header));
  return stringify(records, { record_delimiter: "\r\n" });
}

/** A whole CSV file: the byte-order mark first, so Excel reads the file as UTF-8. */
export function toCsv<T>(columns: ExportColumn<T>[], rows: T[], timeZone: string): string {
  return BOM + csvRecords(columns, rows, timeZone, true);
}

export const CSV_BOM = BOM;

// Spreadsheet dates have no time zone: a cell shows the wall-clock time it is given, so the
// instant is moved to the desk's local time before it is written.
function wallClock(d: Date, timeZone: string): Date {
  const t = new TZDate(d.getTime(), timeZone);
  return new Date(Date.UTC(t.getFullYear(), t.getMonth(), t.getDate(), t.getHours(), t.getMinutes(), t.getSeconds(), t.getMilliseconds()));
}

/** One worksheet: a bold, frozen, filterable header row, then the rows with real date and number cells. */
export async function toXlsx<T>(
  sheetName: string,
  columns: ExportColumn<T>[],
  rows: T[],
  opts: { timeZone: string; now: Date; creator: string },
): Promise<Uint8Array<ArrayBuffer>> {
  // Loaded on first use: exceljs costs ~30 MB of memory that the desk needs only for this export.
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  wb.creator = opts.creator;
  wb.created = wb.modified = opts.now;
  const ws = wb.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width ?? 16 }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) {
    const row = ws.addRow(columns.map((c) => {
      const v = c.value(r);
      return v instanceof Date ? wallClock(v, opts.timeZone) : v;
    }));
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = XLSX_DATE;
    });
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return new Uint8Array(await wb.xlsx.writeBuffer()); // a copy with a plain ArrayBuffer, as Response bodies want
}

export const CONTENT_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;
