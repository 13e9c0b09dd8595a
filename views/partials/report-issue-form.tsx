// Ban hành báo cáo tháng: the form the steering board fills before issuing — number, place and
// date, who signs, recipients, assessment and direction — and the preview sheet built from it.
import { isCalendarDate } from "../../src/domain/local-date.js";
import type { IssuedReportSummary } from "../../src/model.js";
import { REPORT_SYMBOL } from "../../src/model.js";
import { calendarDate, dateTime } from "../format.js";
import { describedBy, ErrorSummary, Field, type FieldErrors } from "./form.js";
import type { ReportSheet } from "../pages/monthly-report.js";

export type ReportFormValues = Record<string, string>;

const DEFAULT_RECIPIENTS = ["Ban chỉ đạo (để báo cáo);", "Lãnh đạo Phòng (để chỉ đạo);", "Tổ giải đáp nghiệp vụ (để thực hiện);", "Lưu: VT."];

/** What the form starts with when no draft was saved. */
export function reportFormDefaults(opts: { place: string; today: string; number: number; assessment: string }): ReportFormValues {
  return {
    number: `${opts.number}/${REPORT_SYMBOL}`,
    place: opts.place,
    issued_on: opts.today,
    signer_authority: "",
    signer_position: "Trưởng phòng",
    signer_rank: "",
    signer_name: "",
    recipients: DEFAULT_RECIPIENTS.join("\n"),
    assessment: opts.assessment,
    direction: "",
  };
}

/** Recipients typed one per line; a leading dash is the sheet's own, so a typed one is dropped. */
export const recipientLines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*[-–•]\s*/, "").trim())
    .filter(Boolean);

/** The preview of an unissued report: what is typed so far, the number left blank. */
export function previewSheet(v: ReportFormValues, today: string, replaces: IssuedReportSummary | null): ReportSheet {
  const text = (k: string) => (v[k] ?? "").trim();
  return {
    number: null,
    place: text("place") || "……",
    issuedOn: isCalendarDate(text("issued_on")) ? text("issued_on") : today,
    signer: { authority: text("signer_authority") || null, position: text("signer_position") || "Trưởng phòng", rank: text("signer_rank") || null, name: text("signer_name") },
    recipients: recipientLines(v.recipients ?? ""),
    assessment: v.assessment ?? "",
    direction: v.direction ?? "",
    replaces: replaces && { id: replaces.id, number: replaces.number, symbol: replaces.symbol, issuedOn: replaces.issuedOn, reason: text("replace_reason") || "……" },
  };
}

function TextField(props: { name: string; label: string; values: ReportFormValues; errors: FieldErrors; hint?: string; required?: boolean; max: number; type?: "text" | "date" }) {
  const id = `report-${props.name.replace(/_/g, "-")}`;
  const error = props.errors[props.name];
  return (
    <Field id={id} label={props.label} error={error} hint={props.hint}>
      <input
        type={props.type ?? "text"}
        id={id}
        name={props.name}
        value={props.values[props.name] ?? ""}
        required={props.required}
        maxlength={props.type === "date" ? undefined : props.max}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedBy(id, props.hint, error)}
      />
    </Field>
  );
}

function TextArea(props: { name: string; label: string; values: ReportFormValues; errors: FieldErrors; hint?: string; required?: boolean; rows: number; max: number }) {
  const id = `report-${props.name.replace(/_/g, "-")}`;
  const error = props.errors[props.name];
  return (
    <Field id={id} label={props.label} error={error} hint={props.hint}>
      <textarea id={id} name={props.name} rows={props.rows} required={props.required} maxlength={props.max} aria-invalid={error ? "true" : undefined} aria-describedby={describedBy(id, props.hint, error)}>
        {props.values[props.name] ?? ""}
      </textarea>
    </Field>
  );
}

export function ReportIssueForm(props: {
  month: string;
  values: ReportFormValues;
  errors?: FieldErrors;
  suggestedNumber: number;
  year: number; // of today: the year the suggested number belongs to
  current: IssuedReportSummary | null; // the month's report in force: issuing now replaces it
  draft: { savedAt: Date; savedBy: string } | null;
  notice?: string;
}) {
  const { values: v, errors = {}, current } = props;
  const common = { values: v, errors };
  return (
    <section class="report-issue card no-print" aria-labelledby="report-issue-title">
      <h2 id="report-issue-title">{current ? "Lập báo cáo thay thế" : "Ban hành báo cáo"}</h2>
      {props.notice && (
        <p class="alert alert--success" role="status">
          {props.notice}
        </p>
      )}
      {current ? (
        <p class="alert alert--info">
          Tháng này đã có <a href={`/reports/monthly/issued/${current.id}`}>Báo cáo số {current.number}/{current.symbol} ngày {calendarDate(current.issuedOn)}</a>. Báo cáo đã ban hành
          không sửa, không xóa được; nếu cần đính chính, ban hành báo cáo mới thay thế báo cáo đó (ghi rõ lý do), số liệu lấy tại thời điểm ban hành.
        </p>
      ) : (
        <p class="muted">
          Khi ban hành, số liệu, nội dung và người ký được lưu nguyên như bản in tại thời điểm đó; về sau số liệu thay đổi cũng không làm thay đổi báo cáo đã ban hành.
        </p>
      )}
      {props.draft && (
        <p class="muted">
          Bản nháp lưu lúc {dateTime(props.draft.savedAt)} bởi {props.draft.savedBy}.
        </p>
      )}
      <ErrorSummary errors={errors} />
      <form method="post" action="/reports/monthly/issue" class="report-issue__form">
        <input type="hidden" name="month" value={props.month} />
        {current && <input type="hidden" name="replaces" value={String(current.id)} />}
        <fieldset>
          <legend>Số, nơi và ngày ban hành</legend>
          <div class="report-issue__row">
            <TextField {...common} name="number" label="Số báo cáo" required max={30} hint={`Số thứ tự/ký hiệu. Số trống tiếp theo của năm ${props.year}: ${props.suggestedNumber}/${REPORT_SYMBOL}.`} />
            <TextField {...common} name="place" label="Địa danh" required max={60} />
            <TextField {...common} name="issued_on" label="Ngày ban hành" type="date" required max={10} />
          </div>
        </fieldset>
        <fieldset>
          <legend>Người ký</legend>
          <div class="report-issue__row">
            <TextField {...common} name="signer_authority" label="Thẩm quyền ký (nếu ký thay)" max={80} hint="Ví dụ: KT. TRƯỞNG PHÒNG; để trống nếu Trưởng phòng ký." />
            <TextField {...common} name="signer_position" label="Chức vụ" required max={80} hint="Ví dụ: PHÓ TRƯỞNG PHÒNG." />
            <TextField {...common} name="signer_rank" label="Cấp bậc" max={40} hint="Ví dụ: Thượng tá." />
            <TextField {...common} name="signer_name" label="Họ và tên" required max={80} />
          </div>
        </fieldset>
        {current && <TextArea {...common} name="replace_reason" label="Lý do thay thế" required rows={2} max={1000} />}
        <TextArea {...common} name="assessment" label="Nhận xét, đánh giá" required rows={6} max={8000} hint="Mỗi dòng là một đoạn. Gợi ý ban đầu lấy từ số liệu của tháng." />
        <TextArea {...common} name="direction" label="Phương hướng, nhiệm vụ thời gian tới" required rows={5} max={8000} hint="Mỗi dòng là một đoạn." />
        <TextArea {...common} name="recipients" label="Nơi nhận" required rows={5} max={2000} hint="Mỗi nơi nhận một dòng; dòng cuối thường là “Lưu: VT.”." />
        <div class={`field${errors.confirm ? " field--invalid" : ""}`}>
          <label class="report-issue__confirm">
            <input type="checkbox" name="confirm" value="1" checked={v.confirm === "1"} aria-describedby={errors.confirm ? "report-confirm-error" : undefined} /> Tôi đã kiểm tra; ban hành báo cáo này (không sửa, không xóa được sau khi ban hành).
          </label>
          {errors.confirm && (
            <p class="field__error" id="report-confirm-error">
              {errors.confirm}
            </p>
          )}
        </div>
        <div class="actions">
          <button type="submit" class="button button--primary">
            Ban hành
          </button>
          <button type="submit" class="button" formaction="/reports/monthly/draft" formnovalidate>
            Lưu bản nháp
          </button>
        </div>
      </form>
    </section>
  );
}
