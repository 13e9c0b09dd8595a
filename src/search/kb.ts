// Knowledge-base search: the shared engine (engine.ts, docs/decisions/004-kb-search.md) over the
// published entries' index (kb-index.ts: title, tags, question, answer, citations; pairs of head and
// body) — with the search page's filters, recent results kept, and entries read whole for ranking.
import type { KbSearchHit, ReviewFlag } from "../model.js";
import { sql, type SQL } from "drizzle-orm";
import { preparedOnce, type DB } from "../db.js";
import { parseQuery } from "../domain/search-query.js";
import { reviewFlags } from "../services/kb-review-flags.js";
import { GenerationCache } from "./cache.js";
import { findable, findCandidates, highlightsOf, rankFound, snippetOf, termStats, type Findable } from "./engine.js";

export interface KbSearchInput {
  q: string;
  limit?: number;
  page?: number;
  category?: number; // category id
  tag?: string;
  regulation?: string; // document name or number, as cited
}

export interface KbSearchResult {
  total: number;
  results: KbSearchHit[];
}

// Recent results, for the same questions asked again (popular topics, the page and the API, paging
// back and forth).
const results = new GenerationCache<string, KbSearchResult>(2000);

export function searchKb(db: DB, input: KbSearchInput): KbSearchResult {
  const key = JSON.stringify([input.q, input.limit, input.page, input.category, input.tag, input.regulation]);
  const cached = results.get(db, key);
  if (cached) return cached;
  const result = search(db, input);
  results.set(db, key, result);
  return result;
}

function search(db: DB, input: KbSearchInput): KbSearchResult {
  const limit = Math.min(Math.max(1, Math.floor(input.limit ?? 10)), 50);
  const page = Math.min(Math.max(1, Math.floor(input.page ?? 1)), 100);
  const q = parseQuery(input.q ?? "");
  if (q.words.length === 0) return { total: 0, results: [] };
  const s = termStats(db, "kb");
  const within: SQL[] = [];
  if (input.category) within.push(sql`SELECT id FROM kb_entries WHERE category_id = ${input.category}`);
  if (input.tag) within.push(sql`SELECT entry_id FROM kb_tags WHERE tag = ${input.tag}`);
  if (input.regulation) within.push(citing(input.regulation));
  const found = findCandidates(db, "kb", q, s, within);
  if (found.length === 0) return { total: 0, results: [] };

  const ranked = rankFound(q, s, found, (ids) => candidatesOf(db, ids), (c, read) => {
    const ageYears = (read.reduce((newest, r) => Math.max(newest, r.updatedAt), 0) - c.updatedAt) / (365 * 86400_000);
    return (
      0.05 / (1 + ageYears) - // recent entries first among equals
      (c.flagged ? 0.15 : 0) // entries citing an amended regulation wait for review
    );
  });
  const pageIds = ranked.slice((page - 1) * limit, page * limit);
  const rows = candidatesOf(db, pageIds.map((r) => r.id));
  const highlights = highlightsOf(q, s);
  // Kept with the cached results: flagging, reviewing and any change to the register all move the
  // index generation, which empties the cache.
  const flags = reviewFlags(db, pageIds.filter((r) => rows.get(r.id)?.flagged).map((r) => r.id));
  return {
    total: ranked.length,
    results: pageIds
      .filter((r) => rows.has(r.id))
      .map(({ id, score }) => {
        const r = rows.get(id)!;
        return {
          id,
          ref: r.ref,
          title: r.title,
          snippet: snippetOf([r.question, r.answer], new Set(highlights)),
          score: Math.round(score * 1000) / 1000,
          categoryName: r.categoryName,
          highlights,
          flag: flags.get(id) ?? null,
        };
      }),
  };
}

// An entry as stage 2 reads it, with what the results show.
interface Candidate extends Findable {
  ref: string;
  title: string;
  question: string;
  answer: string;
  updatedAt: number;
  flagged: boolean;
  categoryName: string;
}

type CandidateRow = { id: number; ref: string; title: string; question: string; answer: string; updated_at: number; flagged_at: number | null; category_name: string };

// One statement each for any number of candidates (ids as a JSON array): no prepare per search.
const candidateQueries = preparedOnce((db) => ({
  rows: db.$client.prepare<[string], CandidateRow>(
    `SELECT e.id, e.ref, e.title, e.question, e.answer, e.updated_at, e.flagged_at, c.name AS category_name
     FROM kb_entries e JOIN categories c ON c.id = e.category_id
     WHERE e.status = 'published' AND e.id IN (SELECT value FROM json_each(?))`,
  ),
  tags: db.$client.prepare<[string], { entry_id: number; tag: string }>(`SELECT entry_id, tag FROM kb_tags WHERE entry_id IN (SELECT value FROM json_each(?))`),
  citations: db.$client.prepare<[string], { entry_id: number; document: string; article: string }>(
    `SELECT entry_id, document, article FROM kb_citations WHERE entry_id IN (SELECT value FROM json_each(?))`,
  ),
}));

function groupBy<T extends { entry_id: number }>(rows: T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) (out.get(r.entry_id) ?? out.set(r.entry_id, []).get(r.entry_id)!).push(r);
  return out;
}

// Entries read and folded recently: the entries that common questions find come back again and
// again, and reading and folding them is most of stage 2's cost. A thousand entries' words are a
// few megabytes.
const candidates = new GenerationCache<number, Candidate>(1000);

function candidatesOf(db: DB, ids: number[]): Map<number, Candidate> {
  const out = new Map<number, Candidate>();
  const missing: number[] = [];
  for (const id of ids) {
    const c = candidates.get(db, id);
    if (c) out.set(id, c);
    else missing.push(id);
  }
  if (missing.length === 0) return out;
  const json = JSON.stringify(missing);
  const st = candidateQueries(db);
  const tags = groupBy(st.tags.all(json));
  const citations = groupBy(st.citations.all(json));
  for (const r of st.rows.all(json)) {
    const entryTags = (tags.get(r.id) ?? []).map((t) => t.tag);
    const c: Candidate = {
      ref: r.ref,
      title: r.title,
      question: r.question,
      answer: r.answer,
      updatedAt: r.updated_at,
      flagged: r.flagged_at !== null,
      categoryName: r.category_name,
      ...findable([r.title, entryTags.join(" "), r.question], r.answer, citations.get(r.id) ?? []),
    };
    out.set(r.id, c);
    candidates.set(db, r.id, c);
  }
  return out;
}

// The entries citing a document chosen in the filter: by the register's link when it names a
// registered document (by title, number or alias), and by the citation's text otherwise.
function citing(document: string) {
  return sql`SELECT entry_id FROM kb_citations WHERE document LIKE ${`%${document.replace(/[%_\\]/g, "")}%`}
    OR regulation_id IN (SELECT id FROM regulations WHERE title = ${document} OR number = ${document}
      OR EXISTS (SELECT 1 FROM json_each(regulations.aliases) WHERE value = ${document}))`;
}

// For the search page's filters: tags and cited documents in use. Scanning every tag of the knowledge
// base is costly at 100k entries, so the lists are kept until the index changes.
const facets = new GenerationCache<"facets", { tags: string[]; documents: string[] }>(1);

export function searchFacets(db: DB) {
  const cached = facets.get(db, "facets");
  if (cached) return cached;
  const value = loadFacets(db);
  facets.set(db, "facets", value);
  return value;
}

// The most used tags and cited documents, alphabetically: a filter list of every tag of a large
// knowledge base would be a page of its own.
const FACET_LIMIT = 80;

function loadFacets(db: DB) {
  const tags = db.$client
    .prepare<[number], { tag: string }>(
      `SELECT t.tag FROM kb_tags t JOIN kb_entries e ON e.id = t.entry_id AND e.status = 'published'
       GROUP BY t.tag ORDER BY count(*) DESC, t.tag LIMIT ?`,
    )
    .all(FACET_LIMIT)
    .map((r) => r.tag)
    .sort((a, b) => a.localeCompare(b, "vi"));
  // A cited document is listed once, by its register title, however the entries spell it
  // ("Luật Lý lịch tư pháp 2009" and "28/2009/QH12" are one law); a citation the register does not
  // know is listed as written.
  const documents = db.$client
    .prepare<[number], { document: string }>(
      `SELECT coalesce(r.title, c.document) AS document FROM kb_citations c LEFT JOIN regulations r ON r.id = c.regulation_id
       GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT ?`,
    )
    .all(FACET_LIMIT)
    .map((r) => r.document)
    .sort((a, b) => a.localeCompare(b, "vi"));
  return { tags, documents };
}
