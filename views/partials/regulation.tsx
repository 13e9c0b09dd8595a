// Pieces of the register's pages: a status badge, the placeholder mark, the document's fields and
// the status form a document and each article share.
import type { RegulationStatus } from "../../src/model.js";
import { Field, type FieldErrors } from "./form.js";

const REGULATION_STATUS_LABELS: Record<RegulationStatus, string> = { in_force: "Còn hiệu lực", amended: "Đã sửa đổi, bổ sung", replaced: "Đã bị thay thế" };

function dayMonthYear(date: string): string {
  const [y, m, d] = date.split("-");
  return `${d}/${m}/${y}`;
}

export function StatusBadge(props: { status: RegulationStatus; since: string | null }) {
  const changed = props.status !== "in_force";
  return (
    <span class={`badge${changed ? " badge--sla-due" : ""}`}>
      {REGULATION_STATUS_LABELS[props.status]}
      {changed && props.since ? ` từ ${dayMonthYear(props.since)}` : ""}
    </span>
  );
}

export function IncompleteMark() {
  return (
    <span class="badge badge--sla-overdue" title="Chưa rõ số hiệu, ngày hoặc nội dung: quản trị viên cần bổ sung theo văn bản gốc">
      Chưa đủ thông tin
    </span>
  );
}

// Number, title, issuer, effective date, aliases (one a line) and the placeholder box.
export function RegulationFields(props: { idPrefix: string; values: Record<string, string>; errors: FieldErrors }) {
  const { idPrefix: p, values, errors } = props;
  return (
    <>
      <div class="grid-2">
        <Field id={`${p}-number`} label="Số hiệu (ví dụ 28/2009/QH12)" error={errors.number}>
          <input id={`${p}-number`} name="number" maxlength={100} value={values.number ?? ""} />
        </Field>
        <Field id={`${p}-title`} label="Tên văn bản" error={errors.title}>
          <input id={`${p}-title`} name="title" required maxlength={300} value={values.title ?? ""} />
        </Field>
        <Field id={`${p}-issuer`} label="Cơ quan ban hành" error={errors.issuer}>
          <input id={`${p}-issuer`} name="issuer" maxlength={200} value={values.issuer ?? ""} />
        </Field>
        <Field id={`${p}-effective`} label="Ngày có hiệu lực" error={errors.effective_date}>
          <input id={`${p}-effective`} name="effective_date" type="date" value={values.effective_date ?? ""} />
        </Field>
      </div>
      <Field id={`${p}-aliases`} label="Tên gọi khác trong căn cứ (mỗi dòng một tên)" hint="Ví dụ: Luật Lý lịch tư pháp 2009. Căn cứ ghi theo các tên này sẽ trỏ tới văn bản." error={errors.aliases}>
        <textarea id={`${p}-aliases`} name="aliases" rows={3} aria-describedby={`${p}-aliases-hint`}>
          {values.aliases ?? ""}
        </textarea>
      </Field>
      <div class={`field${errors.incomplete ? " field--invalid" : ""}`}>
        <label>
          <input type="checkbox" name="incomplete" value="1" checked={values.incomplete === "1"} /> Văn bản chưa đủ thông tin (chưa rõ số hiệu, ngày hoặc nội dung; không ghi
          phỏng đoán)
        </label>
      </div>
    </>
  );
}

// The status of a document or of one article, with the day it applies from; `values` puts back what
// a refused submission said.
export function StatusForm(props: { action: string; id: string; status: RegulationStatus; label: string; values?: Record<string, string> }) {
  const chosen = props.values?.status ?? props.status;
  return (
    <form method="post" action={props.action} class="inline-form">
      <label for={`${props.id}-status`}>{props.label}</label>
      <select id={`${props.id}-status`} name="status">
        {Object.entries(REGULATION_STATUS_LABELS).map(([k, label]) => (
          <option value={k} selected={chosen === k}>
            {label}
          </option>
        ))}
      </select>
      <label for={`${props.id}-since`}>từ ngày</label>
      <input id={`${props.id}-since`} name="since" type="date" value={props.values?.since ?? ""} />
      <button type="submit" class="button button--small">
        Cập nhật
      </button>
    </form>
  );
}

// The anchor of an article on its document's page: "Điều 5" → "dieu-5".
export function articleAnchor(label: string): string {
  return `dieu-${label.replace(/^\S+\s+/, "").toLowerCase()}`;
}

// An article's text as written: one paragraph a line (clauses start their own lines).
export function ArticleText(props: { text: string }) {
  const lines = props.text.split(/\n+/).filter((l) => l.trim());
  if (lines.length === 0) return <p class="muted">Chưa có nội dung điều này trong danh mục.</p>;
  return (
    <div class="prose">
      {lines.map((l) => (
        <p>{l}</p>
      ))}
    </div>
  );
}

// Published entries that cite a document or an article: where an amendment lands.
export function CitingEntries(props: { heading: string; items: { id: number; ref: string; title: string; flaggedAt: Date | null }[] }) {
  return (
    <section class="card" aria-labelledby="citing-title">
      <h2 id="citing-title">
        {props.heading} ({props.items.length})
      </h2>
      {props.items.length === 0 ? (
        <p class="muted">Chưa có mục hỏi – đáp nào viện dẫn.</p>
      ) : (
        <ul>
          {props.items.map((e) => (
            <li>
              <a href={`/kb/${e.id}`}>{e.title}</a> <span class="muted">({e.ref})</span>
              {e.flaggedAt && <span class="badge badge--sla-due">Cần rà soát</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
