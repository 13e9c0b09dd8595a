// One article of a register document (/regulations/:id/articles/:articleId): its text and the
// knowledge-base entries that cite it.
import { viewer } from "../viewer.js";
import { can } from "../../src/auth/permissions.js";
import type { ArticleRow, RegulationRow } from "../../src/model.js";
import { Layout } from "../layout.js";
import { ErrorSummary, type FieldErrors } from "../partials/form.js";
import { ArticleText, articleAnchor, CitingEntries, IncompleteMark, StatusBadge, StatusForm } from "../partials/regulation.js";

export function RegulationArticlePage(props: {
  regulation: RegulationRow;
  article: ArticleRow;
  citing: Parameters<typeof CitingEntries>[0]["items"];
  statusErrors?: FieldErrors;
  statusValues?: Record<string, string>;
  notice?: string;
}) {
  const user = viewer();
  const { regulation: r, article: a } = props;
  return (
    <Layout title={`${a.label} ${r.title}`} path="/regulations">
      <p class="crumbs">
        <a href="/regulations">Văn bản quy phạm</a> › <a href={`/regulations/${r.id}#${articleAnchor(a.label)}`}>{r.title}</a>
      </p>
      <h1>
        {a.label}
        {a.heading ? `. ${a.heading}` : ""}
      </h1>
      <p>
        {r.title}
        {r.number ? ` (${r.number})` : ""} {r.incomplete && <IncompleteMark />}
      </p>
      {props.notice && (
        <p class="alert alert--success" role="status">
          {props.notice}
        </p>
      )}
      <p>
        <StatusBadge status={a.status} since={a.statusSince} />
        {r.status !== "in_force" && (
          <>
            {" "}
            Văn bản: <StatusBadge status={r.status} since={r.statusSince} />
          </>
        )}
      </p>
      <ArticleText text={a.text} />
      {can(user.roles, "regulations.manage") && (
        <section class="card" aria-labelledby="article-status-title">
          <h2 id="article-status-title">Tình trạng của điều này</h2>
          <ErrorSummary errors={props.statusErrors} />
          <StatusForm action={`/regulations/${r.id}/articles/${a.id}/status`} id="article" status={a.status} label={`Tình trạng của ${a.label}`} values={props.statusValues} />
        </section>
      )}
      <CitingEntries heading={`Mục hỏi – đáp viện dẫn ${a.label}`} items={props.citing} />
    </Layout>
  );
}
