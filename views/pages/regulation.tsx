// One register document: what it is, its articles (each with an anchor and its own page), the
// entries citing it, and for advisors and admins its status, each article's status and its details.
import { viewer } from "../viewer.js";
import { can } from "../../src/auth/permissions.js";
import type { ArticleRow, RegulationRow } from "../../src/model.js";
import { calendarDate } from "../format.js";
import { Layout } from "../layout.js";
import { ErrorSummary, type FieldErrors } from "../partials/form.js";
import { articleAnchor, CitingEntries, IncompleteMark, RegulationFields, StatusBadge, StatusForm } from "../partials/regulation.js";

type Citing = Parameters<typeof CitingEntries>[0]["items"];

// The edit form's values from what is stored.
function regulationValues(r: RegulationRow): Record<string, string> {
  return { number: r.number ?? "", title: r.title, issuer: r.issuer ?? "", effective_date: r.effectiveDate ?? "", aliases: r.aliases.join("\n"), incomplete: r.incomplete ? "1" : "" };
}

export function RegulationPage(props: {
  regulation: RegulationRow;
  articles: ArticleRow[];
  citing: Citing;
  values?: Record<string, string>;
  errors?: FieldErrors;
  statusErrors?: FieldErrors;
  statusValues?: Record<string, string>;
  notice?: string;
}) {
  const user = viewer();
  const r = props.regulation;
  const manage = can(user.roles, "regulations.manage");
  const errors = props.errors ?? {};
  return (
    <Layout title={r.title} path="/regulations">
      <p class="crumbs">
        <a href="/regulations">Văn bản quy phạm</a>
      </p>
      <h1>{r.title}</h1>
      <p>
        <StatusBadge status={r.status} since={r.statusSince} /> {r.incomplete && <IncompleteMark />}
      </p>
      {props.notice && (
        <p class="alert alert--success" role="status">
          {props.notice}
        </p>
      )}
      {r.incomplete && (
        <p class="alert alert--warn">
          Văn bản này chưa đủ thông tin: số hiệu, ngày hoặc nội dung chưa được xác minh theo văn bản gốc. Quản trị viên bổ sung khi có văn bản gốc; không ghi thông tin
          phỏng đoán.
        </p>
      )}
      <dl class="definitions">
        <dt>Số hiệu</dt>
        <dd>{r.number ?? "Chưa rõ"}</dd>
        <dt>Cơ quan ban hành</dt>
        <dd>{r.issuer ?? "—"}</dd>
        <dt>Hiệu lực từ</dt>
        <dd>{r.effectiveDate ? calendarDate(r.effectiveDate) : "Chưa rõ"}</dd>
        {r.aliases.length > 0 && (
          <>
            <dt>Tên gọi khác</dt>
            <dd>{r.aliases.join("; ")}</dd>
          </>
        )}
      </dl>
      {manage && (
        <section class="card" aria-labelledby="status-title">
          <h2 id="status-title">Tình trạng hiệu lực</h2>
          <p class="muted">Khi văn bản được sửa đổi hoặc thay thế, mọi mục hỏi – đáp viện dẫn văn bản được đánh dấu để Ban cố vấn rà soát.</p>
          <ErrorSummary errors={props.statusErrors} />
          <StatusForm action={`/regulations/${r.id}/status`} id="regulation" status={r.status} label="Tình trạng của văn bản" values={props.statusValues} />
        </section>
      )}
      <section aria-labelledby="articles-title">
        <h2 id="articles-title">Các điều ({props.articles.length})</h2>
        {props.articles.length === 0 && <p class="muted">Chưa có nội dung các điều của văn bản này trong danh mục.</p>}
        {props.articles.length > 0 && (
          <nav aria-label="Mục lục các điều">
            <p>
              {props.articles.map((a, i) => (
                <>
                  {i > 0 && " · "}
                  <a href={`#${articleAnchor(a.label)}`}>{a.label}</a>
                </>
              ))}
            </p>
          </nav>
        )}
        {props.articles.map((a) => (
          <section id={articleAnchor(a.label)} class="card" aria-labelledby={`${articleAnchor(a.label)}-title`}>
            <h3 id={`${articleAnchor(a.label)}-title`}>
              <a href={`/regulations/${r.id}/articles/${a.id}`}>
                {a.label}
                {a.heading ? `. ${a.heading}` : ""}
              </a>
            </h3>
            {a.status !== "in_force" && <StatusBadge status={a.status} since={a.statusSince} />}
            {a.text && <p class="muted">{a.text.length > 240 ? `${a.text.slice(0, 240)}…` : a.text}</p>}
            {manage && (
              <details>
                <summary>Đổi tình trạng của {a.label}</summary>
                <StatusForm action={`/regulations/${r.id}/articles/${a.id}/status`} id={`article-${a.id}`} status={a.status} label={`Tình trạng của ${a.label}`} />
              </details>
            )}
          </section>
        ))}
      </section>
      <CitingEntries heading="Mục hỏi – đáp viện dẫn văn bản này" items={props.citing} />
      {manage && (
        <section class="card" aria-labelledby="edit-title">
          <h2 id="edit-title">Sửa thông tin văn bản</h2>
          <ErrorSummary errors={errors} />
          <form method="post" action={`/regulations/${r.id}`} class="stack">
            <RegulationFields idPrefix="edit" values={props.values ?? regulationValues(r)} errors={errors} />
            <button type="submit" class="button button--primary">
              Lưu thông tin
            </button>
          </form>
        </section>
      )}
    </Layout>
  );
}
