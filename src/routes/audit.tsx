// Nhật ký: the audit trail for admins and the steering board. GET /audit (filters in the query
// string, 50 rows a page, newest first) and GET /audit.csv (the same filters, every row).
import { Hono, type Context } from "hono";
import { stream } from "hono/streaming";
import { z } from "zod";
import type { AuthedEnv } from "../context.js";
import { requirePermission } from "../auth/middleware.js";
import { daysInPeriod, isCalendarDate, localDateOf, localDayStart } from "../domain/local-date.js";
import { disposition } from "../download.js";
import { auditBatches, auditFilterChoices, auditPage, type AuditFilters } from "../services/audit-queries.js";
import { CONTENT_TYPES, CSV_BOM, csvRecords } from "../services/exports.js";
import { AUDIT_EXPORT_COLUMNS, AuditPage, type AuditFilterValues } from "../../views/pages/audit.js";
import { queryWith } from "./request.js";

export const auditRoutes = new Hono<AuthedEnv>();
export const auditCsvRoutes = new Hono<AuthedEnv>();
const mayView = requirePermission("audit.view");

const optionalDate = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .refine((s) => !s || isCalendarDate(s), `${label} không hợp lệ (cần dạng năm-tháng-ngày, ví dụ 2026-11-01).`);

const filtersQuery = z
  .object({
    person: z.string().trim().regex(/^(system|\d{1,9})?$/, "Người thực hiện không hợp lệ.").optional(),
    type: z.string().trim().max(40, "Loại đối tượng không hợp lệ.").optional(),
    object: z.string().trim().max(100, "Mã đối tượng dài quá 100 ký tự.").optional(),
    action: z.string().trim().max(100, "Thao tác không hợp lệ.").optional(),
    from: optionalDate("Ngày bắt đầu"),
    to: optionalDate("Ngày kết thúc"),
    page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
  })
  .refine((f) => !f.from || !f.to || !isCalendarDate(f.from) || !isCalendarDate(f.to) || daysInPeriod(f.from, f.to) >= 1, {
    message: "Ngày kết thúc phải trùng hoặc sau ngày bắt đầu.",
    path: ["to"],
  });

type ParsedFilters = z.infer<typeof filtersQuery>;

function toFilters(f: ParsedFilters, timeZone: string): AuditFilters {
  return {
    actor: f.person === "system" ? "system" : f.person ? Number(f.person) : undefined,
    objectType: f.type || undefined,
    objectId: f.object || undefined,
    action: f.action || undefined,
    from: f.from ? localDayStart(f.from, timeZone) : undefined,
    to: f.to ? localDayStart(f.to, timeZone, 1) : undefined,
  };
}

function valuesOf(f: ParsedFilters): AuditFilterValues {
  const { page: _page, ...values } = f;
  return values;
}

// Filters that cannot be read bring the page back with what was typed and why (422), for both the
// page and the file.
const validFilters = queryWith(filtersQuery, (c, typed, errors) =>
  c.html(<AuditPage values={typed} errors={errors} choices={auditFilterChoices(c.get("deps").db)} result={null} />, 422),
);

auditRoutes.get("/", mayView, validFilters, (c) => {
  const db = c.get("deps").db;
  const f = c.req.valid("query");
  return c.html(<AuditPage values={valuesOf(f)} choices={auditFilterChoices(db)} result={auditPage(db, toFilters(f, c.get("deps").config.timeZone), f.page)} />);
});

// Named after the period when one is chosen, otherwise after the day of the export.
function csvFilename(c: Context<AuthedEnv>, f: ParsedFilters): string {
  if (f.from && f.to) return `nhat-ky_${f.from}_${f.to}.csv`;
  return `nhat-ky_${localDateOf(c.get("deps").clock(), c.get("deps").config.timeZone)}.csv`;
}

// Streamed batch by batch: the whole trail can be far larger than one page of memory.
auditCsvRoutes.get("/", mayView, validFilters, (c) => {
  const f = c.req.valid("query");
  const { db, config } = c.get("deps");
  const filters = toFilters(f, config.timeZone);
  c.header("Content-Type", CONTENT_TYPES.csv);
  c.header("Content-Disposition", disposition(csvFilename(c, f)));
  c.header("Cache-Control", "no-store");
  return stream(c, async (out) => {
    await out.write(CSV_BOM + csvRecords(AUDIT_EXPORT_COLUMNS, [], config.timeZone, true));
    for (const batch of auditBatches(db, filters)) await out.write(csvRecords(AUDIT_EXPORT_COLUMNS, batch, config.timeZone, false));
  });
});
