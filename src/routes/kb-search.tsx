// Searching the knowledge base: the page (GET /kb) and the JSON API (GET /api/kb/search).
// Any input is a valid query: odd text gives fewer results, never an error.
import type { KbSearchHit } from "../model.js";
import { Hono } from "hono";
import { z } from "zod";
import type { AuthedEnv } from "../context.js";
import { requirePermission } from "../auth/middleware.js";
import { activeCategories } from "../services/question-queries.js";
import { listPublishedEntries } from "../services/kb-queries.js";
import { withReviewFlags } from "../services/kb-review-flags.js";
import { GenerationCache, searchFacets, searchKb, searchLaw } from "../search/index.js";
import { KbSearchPage } from "../../views/pages/kb-search.js";
import { KbSuggestions } from "../../views/partials/kb-suggestions.js";
import { AnswerTextarea } from "../../views/partials/answer-form.js";
import { lawChangeUrl } from "../../views/partials/law-change-notice.js";
import { recordDeflection } from "../services/deflections.js";
import { getPublishedEntry } from "../services/kb-queries.js";
import { pathId, queryId, queryText, queryWith, validQuery } from "./request.js";
import { validForm } from "./validation.js";

const PAGE_SIZE = 10;

const searchQuery = z.object({
  q: z.string().catch("").default(""),
  category: z.coerce.number().int().positive().optional().catch(undefined),
  tag: z.string().max(100).optional().catch(undefined),
  regulation: z.string().max(300).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100).catch(1).default(1),
  limit: z.coerce.number().int().min(1).max(50).catch(10).default(10),
}).transform((f) => ({ ...f, q: f.q.slice(0, 2000), tag: f.tag || undefined, regulation: f.regulation || undefined }));
const searchFilters = queryWith(searchQuery);

export const kbSearchPage = new Hono<AuthedEnv>();
kbSearchPage.get("/", requirePermission("kb.read"), searchFilters, (c) => {
  const db = c.get("deps").db;
  const f = c.req.valid("query");
  const result = f.q.trim() ? searchKb(db, { ...f, limit: PAGE_SIZE }) : { total: 0, results: [] };
  const facets = searchFacets(db);
  return c.html(
    <KbSearchPage
      filters={{ q: f.q, category: f.category ? String(f.category) : undefined, tag: f.tag, regulation: f.regulation, page: f.page }}
      categories={activeCategories(db)}
      tags={facets.tags}
      documents={facets.documents}
      hits={result.results}
      total={result.total}
      pageSize={PAGE_SIZE}
      browse={f.q.trim() ? [] : withReviewFlags(db, listPublishedEntries(db, { limit: 30 }))}
      law={f.q.trim() && f.page === 1 ? searchLaw(db, { q: f.q, limit: 3 }).results : []}
    />,
  );
});

// htmx: suggestions while an officer types the question (title and start of the body).
kbSearchPage.get("/suggest", requirePermission("kb.read"), validQuery({ title: queryText, body: queryText }), (c) => {
  const { title, body } = c.req.valid("query");
  const query = `${title ?? ""} ${(body ?? "").slice(0, 300)}`.trim().slice(0, 600);
  const hits = query.length >= 4 ? searchKb(c.get("deps").db, { q: query, limit: 5 }).results : [];
  return c.html(<KbSuggestions hits={hits} query={query} mode="ask" />);
});

// htmx: the answer draft comes back with a Markdown link to the entry appended.
kbSearchPage.get("/insert-link", requirePermission("question.answer"), validQuery({ body: queryText, entry: queryId }), (c) => {
  const { body, entry: id } = c.req.valid("query");
  const draft = (body ?? "").slice(0, 50_000);
  const entry = id ? getPublishedEntry(c.get("deps").db, id) : null;
  const link = entry ? `Xem thêm: [${entry.title}](/kb/${entry.id})` : "";
  return c.html(<AnswerTextarea body={[draft.trimEnd(), link].filter(Boolean).join("\n\n")} preserve={false} />);
});

kbSearchPage.post(
  "/:id/deflect",
  requirePermission("question.ask"),
  validForm(z.object({ title: z.string().max(5000).optional().default(""), body: z.string().max(50_000).optional().default("") }), (c) => c.redirect("/questions/new", 303)),
  pathId("kb_entry"),
  (c) => {
    const id = c.req.valid("param").id;
    const { title, body } = c.req.valid("form");
    recordDeflection(c.get("deps").db, c.get("user"), id, `${title}\n${body}`.trim(), c.get("deps").clock());
    return c.redirect(`/kb/${id}?deflected=1`, 303);
  },
);

export const kbSearchApi = new Hono<AuthedEnv>();

// The same questions come back again and again (a popular topic, a page reloaded): their JSON is
// kept as sent, in UTF-8, since writing ten results with their snippets was a tenth of a repeated
// search and most of its garbage, and measuring and encoding the text again on every answer
// another few per cent. Emptied with the results whenever the index changes.
const apiBodies = new GenerationCache<string, Uint8Array<ArrayBuffer>>(1000);
const utf8 = new TextEncoder();

// Added to each result (issue 15): null, or when the entry was flagged for review, the reason
// stored then, and what the register says changed now in the law it cites.
function flagJson(flag: KbSearchHit["flag"]) {
  if (!flag) return null;
  return {
    flaggedAt: flag.flaggedAt.toISOString(),
    reason: flag.reason,
    changes: flag.changes.map((c) => ({ document: c.document, number: c.number, article: c.article, status: c.status, since: c.since, url: lawChangeUrl(c) })),
  };
}

kbSearchApi.get("/search", requirePermission("kb.read"), searchFilters, (c) => {
  const f = c.req.valid("query");
  const db = c.get("deps").db;
  const key = JSON.stringify([f.q, f.category, f.tag, f.regulation, f.page, f.limit]);
  let body = apiBodies.get(db, key);
  if (body === undefined) {
    const { total, results } = searchKb(db, f);
    body = utf8.encode(
      JSON.stringify({
        query: f.q,
        total,
        results: results.map((r) => ({ id: r.id, ref: r.ref, title: r.title, snippet: r.snippet, score: r.score, url: `/kb/${r.id}`, flagged: flagJson(r.flag) })),
      }),
    );
    apiBodies.set(db, key, body);
  }
  return c.body(body, 200, { "content-type": "application/json" });
});
