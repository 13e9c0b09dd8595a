// Báo cáo tháng (steering and leads): GET /reports/monthly?month=YYYY-MM, the month's report as it
// stands, printable to PDF. The steering board fills in the number, signatory and assessment above
// it, saves a draft (POST /reports/monthly/draft) or issues it (POST /reports/monthly/issue).
import { Hono, type Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { z } from "zod";
import type { AuthedEnv } from "../context.js";
import { can } from "../auth/permissions.js";
import { requirePermission } from "../auth/middleware.js";
import { Conflict } from "../domain/errors.js";
import { isCalendarDate, localDateOf } from "../domain/local-date.js";
import { REPORT_SYMBOL } from "../model.js";
import { loadCalendar } from "../services/calendar.js";
import {
  currentIssuedReport,
  issueMonthlyReport,
  monthlyFigures,
  nextReportNumber,
  reportDraft,
  reportHoldingNumber,
  saveReportDraft,
} from "../services/monthly-reports.js";
import { calendarDate } from "../../views/format.js";
import { monthLabel, MonthlyReportPage, MonthTools, suggestedAssessment } from "../../views/pages/monthly-report.js";
import type { FieldErrors } from "../../views/partials/form.js";
import { withRank } from "../../views/partials/channel.js";
import { previewSheet, recipientLines, reportFormDefaults, ReportIssueForm, type ReportFormValues } from "../../views/partials/report-issue-form.js";
import { multilineText, requiredText, textValues, validForm, type RawForm } from "./validation.js";
import { queryText, validQuery } from "./request.js";

export const monthlyReportRoutes = new Hono<AuthedEnv>();

const MONTH = /^(19|20)\d{2}-(0[1-9]|1[0-2])$/;
// "12", "12/BC-HSNV", "12 / bc-hsnv": the number and, optionally, the symbol after a slash.
const NUMBER = /^(\d{1,4})\s*(?:\/\s*([\p{L}\d-]{1,20}))?$/u;
// The fields a draft keeps; the month, the confirmation and the report replaced come from the page.
const DRAFT_FIELDS = ["number", "place", "issued_on", "signer_authority", "signer_position", "signer_rank", "signer_name", "recipients", "assessment", "direction", "replace_reason"] as const;

function monthOf(raw: RawForm | Record<string, string | undefined>): string {
  const month = typeof raw.month === "string" ? raw.month : "";
  if (!MONTH.test(month)) throw new HTTPException(400);
  return month;
}

function page(c: Context<AuthedEnv>, month: string, opts: { values?: ReportFormValues; errors?: FieldErrors; notice?: string; status?: 200 | 409 | 422 } = {}) {
  const { db, clock, config } = c.get("deps");
  const now = clock();
  const today = localDateOf(now, config.timeZone);
  const o = monthlyFigures(db, loadCalendar(db, config.timeZone), month, now);
  const current = currentIssuedReport(db, month);
  const draft = reportDraft(db, month);
  const year = Number(today.slice(0, 4));
  const suggested = nextReportNumber(db, year);
  const values = opts.values ?? draft?.fields ?? reportFormDefaults({ place: config.report.place, today, number: suggested, assessment: suggestedAssessment(o) });
  const aside = can(c.get("user").roles, "reports.issue") ? (
    <ReportIssueForm
      month={month}
      values={values}
      errors={opts.errors}
      notice={opts.notice}
      suggestedNumber={suggested}
      year={year}
      current={current}
      draft={draft && { savedAt: draft.savedAt, savedBy: withRank(draft.savedBy.rank, draft.savedBy.name) }}
    />
  ) : (
    current && (
      <div class="report-status no-print">
        <p class="alert alert--info">
          Tháng này đã có <a href={`/reports/monthly/issued/${current.id}`}>Báo cáo số {current.number}/{current.symbol}</a> ban hành ngày {calendarDate(current.issuedOn)}.
        </p>
      </div>
    )
  );
  return c.html(
    <MonthlyReportPage o={o} month={month} header={config.report} sheet={previewSheet(values, today, current)} tools={<MonthTools o={o} month={month} />} aside={aside} />,
    opts.status ?? 200,
  );
}

monthlyReportRoutes.get("/monthly", requirePermission("reports.view"), validQuery({ month: queryText, saved: queryText }), (c) => {
  const { clock, config } = c.get("deps");
  const q = c.req.valid("query");
  const month = q.month || localDateOf(clock(), config.timeZone).slice(0, 7); // default: this month
  if (!MONTH.test(month)) throw new HTTPException(400);
  return page(c, month, { notice: q.saved === "1" ? "Đã lưu bản nháp." : undefined });
});

const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} dài quá ${max} ký tự.`)
    .default("");

// A draft keeps whatever was typed, whole or not; only the lengths are bounded.
const draftForm = z.object({
  month: z.string().regex(MONTH),
  ...Object.fromEntries(DRAFT_FIELDS.map((f) => [f, optionalText("Nội dung", 8000)])),
});

monthlyReportRoutes.post(
  "/monthly/draft",
  requirePermission("reports.issue"),
  validForm(draftForm, (c, raw, errors) => page(c, monthOf(raw), { values: textValues(raw), errors, status: 422 })),
  (c) => {
    const f = c.req.valid("form") as Record<string, string>;
    const fields = Object.fromEntries(DRAFT_FIELDS.map((k) => [k, f[k]!.replace(/\r\n?/g, "\n")]));
    saveReportDraft(c.get("deps").db, c.get("user"), f.month!, fields, c.get("deps").clock());
    return c.redirect(`/reports/monthly?month=${f.month}&saved=1`, 303);
  },
);

const issueForm = z
  .object({
    month: z.string().regex(MONTH),
    number: requiredText("số báo cáo", 30).refine((v) => NUMBER.test(v) && Number(NUMBER.exec(v)![1]) >= 1, `Số báo cáo cần dạng số thứ tự/ký hiệu, ví dụ 12/${REPORT_SYMBOL}.`),
    place: requiredText("địa danh", 60),
    issued_on: z
      .string({ error: "Xin chọn ngày ban hành." })
      .trim()
      .min(1, "Xin chọn ngày ban hành.")
      .refine(isCalendarDate, "Ngày ban hành không hợp lệ (cần dạng năm-tháng-ngày, ví dụ 2026-12-01)."),
    signer_authority: optionalText("Thẩm quyền ký", 80),
    signer_position: requiredText("chức vụ người ký", 80),
    signer_rank: optionalText("Cấp bậc", 40),
    signer_name: requiredText("họ và tên người ký", 80),
    recipients: multilineText("nơi nhận", 2000).refine((v) => recipientLines(v).length <= 20, "Nơi nhận nhiều quá 20 dòng."),
    assessment: multilineText("nhận xét, đánh giá", 8000),
    direction: multilineText("phương hướng, nhiệm vụ", 8000),
    replaces: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
    replace_reason: optionalText("Lý do thay thế", 1000),
    confirm: z.literal("1", { error: "Xin đánh dấu ô xác nhận ban hành." }),
  })
  .refine((f) => f.replaces === undefined || f.replace_reason.length > 0, { message: "Xin nêu lý do thay thế báo cáo đã ban hành.", path: ["replace_reason"] });

// Refusals that depend on what is stored, said next to the field concerned.
function conflictErrors(c: Context<AuthedEnv>, code: string, f: { month: string; number: number; symbol: string; issuedOn: string }): FieldErrors {
  const db = c.get("deps").db;
  const year = Number(f.issuedOn.slice(0, 4));
  switch (code) {
    case "report_number_taken": {
      const holder = reportHoldingNumber(db, year, f.number);
      const held = holder ? ` cho báo cáo tháng ${monthLabel(holder.month)}` : "";
      return { number: `Số ${f.number} năm ${year} đã được dùng${held}. Số trống tiếp theo: ${nextReportNumber(db, year)}/${f.symbol}.` };
    }
    case "report_date_future":
      return { issued_on: "Ngày ban hành không thể sau hôm nay." };
    case "report_date_before_month":
      return { issued_on: `Ngày ban hành phải từ ngày 01/${monthLabel(f.month)} trở đi.` };
    case "report_already_issued":
      return { _form: "Tháng này vừa có báo cáo được ban hành (có thể một đồng chí khác vừa ban hành). Xin xem lại; nếu cần đính chính, lập báo cáo thay thế." };
    default:
      return { _form: "Báo cáo cần thay thế không còn là báo cáo hiện hành của tháng này (có thể một đồng chí khác vừa thay thế). Xin xem lại." };
  }
}

monthlyReportRoutes.post(
  "/monthly/issue",
  requirePermission("reports.issue"),
  validForm(issueForm, (c, raw, errors) => page(c, monthOf(raw), { values: textValues(raw), errors, status: 422 })),
  async (c) => {
    const { db, clock, config } = c.get("deps");
    const f = c.req.valid("form");
    const [, n, symbol] = NUMBER.exec(f.number)!;
    const number = { number: Number(n), symbol: symbol?.toUpperCase() ?? REPORT_SYMBOL };
    const issue = {
      ...number,
      place: f.place,
      issuedOn: f.issued_on,
      signer: { authority: f.signer_authority || null, position: f.signer_position, rank: f.signer_rank || null, name: f.signer_name },
      recipients: recipientLines(f.recipients),
      assessment: f.assessment,
      direction: f.direction,
    };
    const replaces = f.replaces === undefined ? null : { id: f.replaces, reason: f.replace_reason };
    try {
      const id = issueMonthlyReport(db, c.get("user"), { month: f.month, issue, replaces }, { cal: loadCalendar(db, config.timeZone), header: config.report, now: clock() });
      return c.redirect(`/reports/monthly/issued/${id}?issued=1`, 303);
    } catch (e) {
      if (!(e instanceof Conflict)) throw e;
      const errors = conflictErrors(c, e.code, { month: f.month, ...number, issuedOn: f.issued_on });
      return page(c, f.month, { values: textValues(await c.req.parseBody()), errors, status: 409 });
    }
  },
);
