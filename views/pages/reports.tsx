// Báo cáo: the period form for the question exports, and the way to the other reports.
import { viewer } from "../viewer.js";
import type { ExportColumn, QuestionExportRow } from "../../src/model.js";
import { can } from "../../src/auth/permissions.js";
import { Layout } from "../layout.js";
import { describedBy, ErrorSummary, Field, type FieldErrors } from "../partials/form.js";
import { STATUS_LABELS } from "../partials/status.js";
import { CHANNEL_LABELS, withRank } from "../partials/channel.js";

const person = withRank;

// The columns of the question export, in order; CSV and XLSX share them.
export const QUESTION_EXPORT_COLUMNS: ExportColumn<QuestionExportRow>[] = [
  { header: "Mã câu hỏi", value: (q) => q.id, width: 10 },
  { header: "Tiêu đề", value: (q) => q.title, width: 48 },
  { header: "Lĩnh vực", value: (q) => q.categoryName, width: 24 },
  { header: "Đơn vị", value: (q) => q.unitName, width: 24 },
  { header: "Người hỏi", value: (q) => (q.callerName ? person(q.callerRank, q.callerName) : q.askerName ? person(q.askerRank, q.askerName) : null), width: 24 },
  { header: "Kênh", value: (q) => CHANNEL_LABELS[q.channel], width: 11 },
  { header: "Trạng thái", value: (q) => STATUS_LABELS[q.status], width: 20 },
  { header: "Người giải đáp", value: (q) => (q.assigneeName ? person(q.assigneeRank, q.assigneeName) : null), width: 24 },
  { header: "Thời điểm gửi", value: (q) => q.submittedAt, width: 17 },
  { header: "Hạn trả lời", value: (q) => q.deadlineAt, width: 17 },
  { header: "Trả lời lần đầu", value: (q) => q.firstAnsweredAt, width: 17 },
  { header: "Thời gian trả lời (phút làm việc)", value: (q) => q.answerMinutes, width: 16 },
  { header: "Đúng hạn", value: (q) => (q.onTime === null ? null : q.onTime ? "Có" : "Không"), width: 10 },
  { header: "Thời điểm đóng", value: (q) => q.closedAt, width: 17 },
  { header: "Đánh giá", value: (q) => q.rating, width: 10 },
];

export const QUESTION_SHEET_NAME = "Câu hỏi";

export interface PeriodValues {
  from?: string;
  to?: string;
}

const pad = (n: number) => String(n).padStart(2, "0");
const dmy = (date: string) => date.split("-").reverse().join("/"); // "2026-11-01" → "01/11/2026"

// Periods the command asks for most, from today's local date "YYYY-MM-DD".
function shortcuts(today: string): { label: string; from: string; to: string }[] {
  const [y, m] = today.split("-").map(Number) as [number, number];
  const [py, pm] = m === 1 ? [y - 1, 12] : [y, m - 1];
  const lastDay = new Date(Date.UTC(py, pm, 0)).getUTCDate();
  return [
    { label: "Tháng này", from: `${y}-${pad(m)}-01`, to: today },
    { label: `Tháng ${pm}/${py}`, from: `${py}-${pad(pm)}-01`, to: `${py}-${pad(pm)}-${pad(lastDay)}` },
    { label: "Từ đầu năm", from: `${y}-01-01`, to: today },
  ];
}

/** The period shown when none is chosen: this month so far. */
export function defaultPeriod(today: string): { from: string; to: string } {
  return { from: `${today.slice(0, 7)}-01`, to: today };
}

const query = (p: { from: string; to: string }) => `from=${encodeURIComponent(p.from)}&to=${encodeURIComponent(p.to)}`;

export function ReportsPage(props: {
  values: PeriodValues;
  errors?: FieldErrors;
  today: string; // local "YYYY-MM-DD"
  // Set when the period is valid: how many questions the files will hold.
  chosen?: { from: string; to: string; count: number };
}) {
  const user = viewer();
  const { values, errors = {}, chosen } = props;
  return (
    <Layout title="Báo cáo" path="/reports">
      <h1>Báo cáo</h1>
      <section class="card" aria-labelledby="export-title">
        <h2 id="export-title">Xuất danh sách câu hỏi</h2>
        <p class="muted">
          Mọi câu hỏi gửi trong kỳ (tính cả ngày kết thúc), kèm hạn trả lời, thời gian trả lời tính theo giờ làm việc (không tính thời gian chờ
          bổ sung thông tin), đúng hạn hay không, thời điểm đóng và đánh giá.
        </p>
        <ErrorSummary errors={errors} />
        <form method="get" action="/reports" class="report-period" aria-label="Chọn kỳ báo cáo">
          <div class="report-period__dates">
            <Field id="period-from" label="Từ ngày" error={errors.from}>
              <input type="date" id="period-from" name="from" required value={values.from ?? ""} aria-describedby={describedBy("period-from", undefined, errors.from)} />
            </Field>
            <Field id="period-to" label="Đến ngày" error={errors.to}>
              <input type="date" id="period-to" name="to" required value={values.to ?? ""} aria-describedby={describedBy("period-to", undefined, errors.to)} />
            </Field>
          </div>
          <div class="actions">
            <button type="submit" class="button button--primary" formaction="/reports/questions.xlsx">
              Tải tệp Excel (.xlsx)
            </button>
            <button type="submit" class="button" formaction="/reports/questions.csv">
              Tải tệp CSV
            </button>
            <button type="submit" class="button button--ghost">
              Xem số câu hỏi
            </button>
          </div>
        </form>
        <p class="report-shortcuts">
          <span class="muted">Chọn nhanh:</span>
          {shortcuts(props.today).map((s) => (
            <a href={`/reports?${query(s)}`}>{s.label}</a>
          ))}
        </p>
        {chosen && (
          <div class="report-chosen" role="status">
            <p>
              Từ {dmy(chosen.from)} đến {dmy(chosen.to)}: <strong>{chosen.count}</strong> câu hỏi.
            </p>
            <ul class="report-links">
              <li>
                <a href={`/reports/questions.xlsx?${query(chosen)}`} download>
                  cau-hoi_{chosen.from}_{chosen.to}.xlsx
                </a>
              </li>
              <li>
                <a href={`/reports/questions.csv?${query(chosen)}`} download>
                  cau-hoi_{chosen.from}_{chosen.to}.csv
                </a>
              </li>
            </ul>
          </div>
        )}
        <p class="field__hint">
          Tệp CSV mã hóa UTF-8, phân cách bằng dấu phẩy; thời gian theo giờ Việt Nam (dd/MM/yyyy HH:mm). Tệp Excel có ô ngày giờ thực để sắp xếp,
          lọc.
        </p>
      </section>
      <section class="card" aria-labelledby="other-title">
        <h2 id="other-title">Báo cáo khác</h2>
        <ul class="report-links">
          <li>
            <a href="/reports/monthly">Báo cáo tháng (bản in theo mẫu hành chính)</a>
          </li>
          <li>
            <a href="/reports/monthly/issued">Báo cáo tháng đã ban hành (lưu hồ sơ)</a>
          </li>
          {can(user.roles, "dashboard.view") && (
            <li>
              <a href="/dashboard">Tổng quan: số liệu, tỷ lệ đúng hạn, xu hướng</a>
            </li>
          )}
          {can(user.roles, "audit.view") && (
            <li>
              <a href="/audit">Nhật ký thao tác (ai làm gì, khi nào)</a>
            </li>
          )}
        </ul>
      </section>
    </Layout>
  );
}
