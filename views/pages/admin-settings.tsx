// Cài đặt (admins): the desk's hotline numbers, shown to officers on every page, the ask page and
// the printed sheets.
import { Layout } from "../layout.js";
import { describedBy, ErrorSummary, type FieldErrors } from "../partials/form.js";
import { UnitScoringForm, type ScoringFormValues } from "../partials/unit-scoring-form.js";
import { PublishingRuleForm } from "../partials/publishing-rule-form.js";

export type HotlineRowValues = { label: string; number: string };

export function AdminSettingsPage(props: { rows: HotlineRowValues[]; errors?: FieldErrors; notice?: string; scoring: { values: ScoringFormValues; errors?: FieldErrors }; secondReview: boolean }) {
  const errors = props.errors ?? {};
  const hint = "Số như cán bộ bấm gọi, ví dụ 069.234.5678 hoặc 024 3826 1234. Dòng để trống được bỏ qua; để trống cả bảng thì không hiện số nào.";
  return (
    <Layout title="Cài đặt" path="/admin/settings">
      <h1>Cài đặt</h1>
      {props.notice && (
        <p class="alert alert--success" role="status">
          {props.notice}
        </p>
      )}
      <section class="card" aria-labelledby="hotlines-title">
        <h2 id="hotlines-title">Đường dây nóng “Hỏi trực tiếp – Trả lời ngay”</h2>
        <p class="muted">Hiện ở chân mọi trang, trên trang đặt câu hỏi và trên tờ in mục hỏi – đáp để niêm yết.</p>
        <ErrorSummary errors={errors} />
        <form method="post" action="/admin/settings/hotlines" class="stack">
          <p class="field__hint" id="hotlines-hint">
            {hint}
          </p>
          <table class="table hotline-table">
            <thead>
              <tr>
                <th scope="col">Tên (ví dụ: Trực ban, Tổ giải đáp)</th>
                <th scope="col">Số điện thoại</th>
              </tr>
            </thead>
            <tbody>
              {props.rows.map((r, i) => {
                const n = i + 1;
                return (
                  <tr>
                    <td>
                      <input
                        type="text"
                        name={`label_${n}`}
                        value={r.label}
                        maxlength={60}
                        aria-label={`Tên số thứ ${n}`}
                        aria-invalid={errors[`label_${n}`] ? "true" : undefined}
                      />
                    </td>
                    <td>
                      <input
                        type="tel"
                        name={`number_${n}`}
                        value={r.number}
                        maxlength={20}
                        inputmode="tel"
                        aria-label={`Số điện thoại thứ ${n}`}
                        aria-describedby={describedBy("hotlines", hint, undefined)}
                        aria-invalid={errors[`number_${n}`] ? "true" : undefined}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <div class="actions">
            <button type="submit" class="button button--primary">
              Lưu số điện thoại
            </button>
          </div>
        </form>
      </section>
      <UnitScoringForm values={props.scoring.values} errors={props.scoring.errors} />
      <PublishingRuleForm secondReview={props.secondReview} />
    </Layout>
  );
}
