// Searching the law (the register's articles): the page (GET /law), the fragment beside the answer
// box (GET /law?mode=cite), the citation it inserts into the draft, and the JSON API
// (GET /api/law/search). Any input is a valid query.
import { Hono } from "hono";
import { z } from "zod";
import type { AuthedEnv } from "../context.js";
import { requirePermission } from "../auth/middleware.js";
import { searchLaw, lawArticle } from "../search/index.js";
import { LawSearchPage } from "../../views/pages/law-search.js";
import { LawResults, articleUrl } from "../../views/partials/law-results.js";
import { AnswerTextarea } from "../../views/partials/answer-form.js";
import { queryId, queryText, queryWith, validQuery } from "./request.js";
import { CitationRow } from "../../views/partials/citation-row.js";

const lawQuery = z.object({
  q: z.string().catch("").default(""),
  mode: z.enum(["read", "cite", "cite-entry"]).catch("read").default("read"),
  limit: z.coerce.number().int().min(1).max(20).catch(10).default(10),
}).transform((f) => ({ ...f, q: f.q.slice(0, 2000) }));
const lawFilters = queryWith(lawQuery);

export const lawPage = new Hono<AuthedEnv>();

lawPage.get("/", requirePermission("kb.read"), lawFilters, (c) => {
  const f = c.req.valid("query");
  const result = f.q.trim() ? searchLaw(c.get("deps").db, { q: f.q, limit: f.mode === "read" ? f.limit : 5 }) : { total: 0, results: [] };
  c.header("Vary", "HX-Request");
  if (f.mode !== "read" && c.req.header("HX-Request")) return c.html(<LawResults hits={result.results} query={f.q} mode={f.mode} />);
  return c.html(<LawSearchPage q={f.q} hits={result.results} total={result.total} />);
});

// htmx: the answer draft comes back with a citation of the article appended, linked to its page;
// the citation is how the answer's readers are later told that the article changed.
lawPage.get("/insert-citation", requirePermission("question.answer"), validQuery({ body: queryText, article: queryId }), (c) => {
  const { body, article: id } = c.req.valid("query");
  const draft = (body ?? "").slice(0, 50_000);
  const a = id ? lawArticle(c.get("deps").db, id) : null;
  const citation = a ? `Căn cứ: [${a.label} ${a.documentTitle}${a.documentNumber ? ` (${a.documentNumber})` : ""}](${articleUrl(a)})` : "";
  return c.html(<AnswerTextarea body={[draft.trimEnd(), citation].filter(Boolean).join("\n\n")} preserve={false} />);
});

// htmx: a new citation row for the entry being edited, filled with the article chosen; the text is
// the register's title and number, which the citation resolver links back to the article.
lawPage.get("/citation-row", requirePermission("kb.curate"), validQuery({ article: queryId }), (c) => {
  const id = c.req.valid("query").article;
  const a = id ? lawArticle(c.get("deps").db, id) : null;
  if (!a) return c.body(null, 204);
  const document = a.documentNumber ? `${a.documentTitle} (${a.documentNumber})` : a.documentTitle;
  return c.html(<CitationRow id={`a${a.articleId}`} labelled={false} document={document} article={a.label} withNames={false} />);
});

export const lawApi = new Hono<AuthedEnv>();
lawApi.get("/search", requirePermission("kb.read"), lawFilters, (c) => {
  const f = c.req.valid("query");
  const { total, results } = searchLaw(c.get("deps").db, { q: f.q, limit: f.limit });
  return c.json({
    query: f.q,
    total,
    results: results.map((r) => ({
      articleId: r.articleId,
      regulationId: r.regulationId,
      article: r.label,
      heading: r.heading,
      document: r.documentTitle,
      number: r.documentNumber,
      status: r.status,
      snippet: r.snippet,
      score: r.score,
      url: articleUrl(r),
    })),
  });
});
