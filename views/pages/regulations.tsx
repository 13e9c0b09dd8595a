import { can } from "../../src/auth/permissions.js";
import type { CurrentUser } from "../../src/services/users.js";
import { dateOnlyLocal } from "../format.js";
import { Layout } from "../layout.js";
import { ErrorSummary, Field, type FieldErrors } from "../partials/form.js";

export const REGULATION_STATUS_LABELS = { in_force: "Còn hiệu lực", amended: "Đã sửa đổi, bổ sung", replaced: "Đã bị thay thế" } as const;

export function RegulationsPage(props: {
  user: CurrentUser;
  items: { id: number; number: string; title: string; issuer: string | null; effectiveDate: string | null; status: keyof typeof REGULATION_STATUS_LABELS }[];
  values?: Record<string, string>;
  errors?: FieldErrors;
  notice?: string;
}) {
  const manage = can(props.user.roles, "regulations.manage");
  const { values = {}, errors = {} } = props;
  return (
    <Layout title="Văn bản quy phạm" user={props.user} path="/regulations">
      <h1>Văn bản quy phạm được viện dẫn</h1>
      <p class="muted">Khi một văn bản được sửa đổi hoặc thay thế, mọi mục hỏi – đáp viện dẫn văn bản đó được đánh dấu để Ban cố vấn rà soát.</p>
      {props.notice && (
        <p class="alert alert--success" role="status">
          {props.notice}
        </p>
      )}
      <div class="table-wrap">
        <table class="table table--stack">
          <thead>
            <tr>
              <th scope="col">Số hiệu</th>
              <th scope="col">Tên văn bản</th>
              <th scope="col">Cơ quan ban hành</th>
              <th scope="col">Hiệu lực từ</th>
              <th scope="col">Tình trạng</th>
            </tr>
          </thead>
          <tbody>
            {props.items.map((r) => (
              <tr>
                <td data-label="Số hiệu">{r.number}</td>
                <td data-label="Tên văn bản">{r.title}</td>
                <td data-label="Cơ quan ban hành">{r.issuer ?? "—"}</td>
                <td data-label="Hiệu lực từ">{r.effectiveDate ? dateOnlyLocal(r.effectiveDate) : "—"}</td>
                <td data-label="Tình trạng">
                  {manage ? (
                    <form method="post" action={`/regulations/${r.id}/status`} class="inline-form">
                      <label class="visually-hidden" for={`st-${r.id}`}>
                        Tình trạng của {r.number}
                      </label>
                      <select id={`st-${r.id}`} name="status">
                        {Object.entries(REGULATION_STATUS_LABELS).map(([k, label]) => (
                          <option value={k} selected={r.status === k}>
                            {label}
                          </option>
                        ))}
                      </select>
                      <button type="submit" class="button button--small">
                        Cập nhật
                      </button>
                    </form>
                  ) : (
                    REGULATION_STATUS_LABELS[r.status]
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {manage && (
        <section class="card" aria-labelledby="new-regulation">
          <h2 id="new-regulation">Thêm văn bản</h2>
          <ErrorSummary errors={errors} />
          <form method="post" action="/regulations" class="stack">
            <div class="grid-2">
              <Field id="reg-number" label="Số hiệu (ví dụ 28/2009/QH12)" error={errors.number}>
                <input id="reg-number" name="number" required maxlength={100} value={values.number ?? ""} />
              </Field>
              <Field id="reg-title" label="Tên văn bản" error={errors.title}>
                <input id="reg-title" name="title" required maxlength={300} value={values.title ?? ""} />
              </Field>
              <Field id="reg-issuer" label="Cơ quan ban hành" error={errors.issuer}>
                <input id="reg-issuer" name="issuer" maxlength={200} value={values.issuer ?? ""} />
              </Field>
              <Field id="reg-effective" label="Ngày có hiệu lực" error={errors.effective_date}>
                <input id="reg-effective" name="effective_date" type="date" value={values.effective_date ?? ""} />
              </Field>
            </div>
            <button type="submit" class="button button--primary">
              Thêm văn bản
            </button>
          </form>
        </section>
      )}
    </Layout>
  );
}
