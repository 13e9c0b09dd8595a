import { viewer } from "../viewer.js";
import type { RegulationSummary } from "../../src/model.js";
import { can } from "../../src/auth/permissions.js";
import { calendarDate } from "../format.js";
import { Layout } from "../layout.js";
import { ErrorSummary, type FieldErrors } from "../partials/form.js";
import { IncompleteMark, RegulationFields, StatusBadge } from "../partials/regulation.js";

export function RegulationsPage(props: { items: RegulationSummary[]; values?: Record<string, string>; errors?: FieldErrors; notice?: string }) {
  const user = viewer();
  const manage = can(user.roles, "regulations.manage");
  const { values = {}, errors = {} } = props;
  return (
    <Layout title="Văn bản quy phạm" path="/regulations">
      <h1>Văn bản quy phạm được viện dẫn</h1>
      <p class="muted">
        Căn cứ của các mục hỏi – đáp trỏ tới văn bản trong danh mục này. Khi một văn bản hoặc một điều của nó được sửa đổi, thay thế, mọi mục hỏi – đáp viện dẫn được đánh dấu để Ban cố vấn rà soát.
      </p>
      {props.notice && (
        <p class="alert alert--success" role="status">
          {props.notice}
        </p>
      )}
      {manage && (
        <p>
          <a href="/regulations/unresolved">Căn cứ chưa khớp với văn bản nào</a>
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
              <th scope="col">Số điều</th>
              <th scope="col">Tình trạng</th>
            </tr>
          </thead>
          <tbody>
            {props.items.map((r) => (
              <tr>
                <td data-label="Số hiệu">{r.number ?? "—"}</td>
                <td data-label="Tên văn bản">
                  <a href={`/regulations/${r.id}`}>{r.title}</a>
                  {r.incomplete && (
                    <>
                      {" "}
                      <IncompleteMark />
                    </>
                  )}
                  {r.aliases.length > 0 && <div class="muted">Tên gọi khác: {r.aliases.join("; ")}</div>}
                </td>
                <td data-label="Cơ quan ban hành">{r.issuer ?? "—"}</td>
                <td data-label="Hiệu lực từ">{r.effectiveDate ? calendarDate(r.effectiveDate) : "—"}</td>
                <td data-label="Số điều">{r.articleCount > 0 ? r.articleCount : <span class="muted">chưa có nội dung</span>}</td>
                <td data-label="Tình trạng">
                  <StatusBadge status={r.status} since={r.statusSince} />
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
            <RegulationFields idPrefix="reg" values={values} errors={errors} />
            <button type="submit" class="button button--primary">
              Thêm văn bản
            </button>
          </form>
        </section>
      )}
    </Layout>
  );
}
