// Searching the knowledge base: the page (GET /kb) and the JSON API (GET /api/kb/search).
// Any input is a valid query: odd text gives fewer results, never an error.
import { Hono } from "hono";
import { z } from "zod";
import type { AuthedEnv } from "../context.js";
import { requirePermission } from "../auth/middleware.js";
import { activeCategories } from "../services/question-queries.js";
import { listPublishedEntries } from "../services/kb-queries.js";
import { searchFacets, searchKb } from "../services/kb-search.js";
import { KbSearchPage } from "../../views/pages/kb-search.js";

const PAGE_SIZE = 10;

const searchQuery = z.object({
  q: z.string().catch("").default(""),
  category: z.coerce.number().int().positive().optional().catch(undefined),
  tag: z.string().max(100).optional().catch(undefined),
  regulation: z.string().max(300).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100).catch(1).default(1),
  limit: z.coerce.number().int().min(1).max(50).catch(10).default(10),
});

function readQuery(raw: Record<string, string>) {
  const f = searchQuery.parse(raw);
  return { ...f, q: f.q.slice(0, 2000), tag: f.tag || undefined, regulation: f.regulation || undefined };
}

export const kbSearchPage = new Hono<AuthedEnv>();
kbSearchPage.get("/", requirePermission("kb.read"), (c) => {
  const db = c.var.deps.db;
  const f = readQuery(c.req.query());
  const result = f.q.trim() ? searchKb(db, { ...f, limit: PAGE_SIZE }) : { total: 0, results: [] };
  const facets = searchFacets(db);
  return c.html(
    <KbSearchPage
      user={c.var.user}
      filters={{ q: f.q, category: f.category ? String(f.category) : undefined, tag: f.tag, regulation: f.regulation, page: f.page }}
      categories={activeCategories(db)}
      tags={facets.tags}
      documents={facets.documents}
      hits={result.results}
      total={result.total}
      pageSize={PAGE_SIZE}
      browse={f.q.trim() ? [] : listPublishedEntries(db, { limit: 30 })}
    />,
  );
});

export const kbSearchApi = new Hono<AuthedEnv>();
kbSearchApi.get("/search", requirePermission("kb.read"), (c) => {
  const f = readQuery(c.req.query());
  const { total, results } = searchKb(c.var.deps.db, f);
  return c.json({
    query: f.q,
    total,
    results: results.map((r) => ({ id: r.id, ref: r.ref, title: r.title, snippet: r.snippet, score: r.score, url: `/kb/${r.id}` })),
  });
});
