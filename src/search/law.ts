// Searching the law: the register's articles through the knowledge base's engine (engine.ts), over
// an index of their own (migration 0013). An article's head is "Điều N. heading" with its
// document's title, number and aliases, so "khoản 3 Điều 2 Luật An ninh mạng" finds it by name and
// a pasted question finds it by its text. Answerers cite from it; officers see it when no entry
// answers. Every change to a document's articles or names calls regulationChanged, and articles are
// removed with articlesRemoved, in the same transaction.
import { sql } from "drizzle-orm";
import { preparedOnce, type DB, type Tx } from "../db.js";
import { parseQuery } from "../domain/search-query.js";
import { GenerationCache, indexChanged } from "./cache.js";
import { findable, findCandidates, highlightsOf, rankFound, snippetOf, termStats, type Findable } from "./engine.js";
import { indexRows } from "./kb-index.js";
import { store, type LawIndexRow } from "./store.js";

// An article as the raw SQL below reads it (snake_case columns), not the model's ArticleRow.
type ArticleSqlRow = {
  id: number;
  regulation_id: number;
  label: string;
  heading: string;
  text: string;
  status: string;
  status_since: string | null;
  title: string;
  number: string | null;
  aliases: string;
  document_status: string;
  document_status_since: string | null;
};

const ARTICLE_COLUMNS = `a.id, a.regulation_id, a.label, a.heading, a.text, a.status, a.status_since,
  r.title, r.number, r.aliases, r.status AS document_status, r.status_since AS document_status_since
  FROM regulation_articles a JOIN regulations r ON r.id = a.regulation_id`;

// The names an article is called by: its document's title, number and aliases.
function documentNames(r: Pick<ArticleSqlRow, "title" | "number" | "aliases">): string[] {
  return [r.title, ...(r.number ? [r.number] : []), ...(JSON.parse(r.aliases) as string[])];
}

const headOf = (r: ArticleSqlRow) => [`${r.label}. ${r.heading}`, documentNames(r).join(" . ")];

// Indexes every article of a document anew (its names are part of each article's head).
export function regulationChanged(tx: Tx, regulationId: number): void {
  indexChanged();
  const rows = tx.all<ArticleSqlRow>(sql`SELECT ${sql.raw(ARTICLE_COLUMNS)} WHERE a.regulation_id = ${regulationId} ORDER BY a.id`);
  for (const r of rows) store.putArticle(tx, r.id, indexed(r));
}

// The folded forms an article is indexed under, built as the knowledge base's are.
function indexed(r: ArticleSqlRow): LawIndexRow {
  const rows = indexRows({ title: headOf(r)[0]!, question: headOf(r)[1]!, answer: r.text }, [], []);
  const [title, , question, answer] = rows.syllables;
  return { syllables: [`${title} ${question}`, answer], pairs: rows.pairs };
}

// Before articles are deleted: their index rows go with them.
export function articlesRemoved(tx: Tx, articleIds: number[]): void {
  indexChanged();
  for (const id of articleIds) store.removeArticle(tx, id);
}

// Databases whose register got its articles before the law index existed: index them once, at
// start. Looks for one term and one article, never counts.
export function backfillLawIndex(db: DB): void {
  const articles = db.get(sql`SELECT 1 FROM regulation_articles LIMIT 1`) !== undefined;
  if (store.holdsAny(db, "law") || !articles) return;
  const ids = db.all<{ id: number }>(sql`SELECT id FROM regulations`);
  db.transaction((tx) => {
    for (const { id } of ids) regulationChanged(tx, id);
  });
}

export interface LawHit {
  articleId: number;
  regulationId: number;
  label: string; // "Điều 5"
  heading: string;
  documentTitle: string;
  documentNumber: string | null;
  status: string; // the article's, or its document's when that is not in force
  statusSince: string | null;
  snippet: string;
  score: number;
  highlights: string[];
}

export interface LawSearchResult {
  total: number;
  results: LawHit[];
}

const results = new GenerationCache<string, LawSearchResult>(500);

export function searchLaw(db: DB, input: { q: string; limit?: number }): LawSearchResult {
  const limit = Math.min(Math.max(1, Math.floor(input.limit ?? 5)), 20);
  const key = JSON.stringify([input.q, limit]);
  const cached = results.get(db, key);
  if (cached) return cached;
  const result = search(db, input.q ?? "", limit);
  results.set(db, key, result);
  return result;
}

function search(db: DB, text: string, limit: number): LawSearchResult {
  const q = parseQuery(text);
  if (q.words.length === 0) return { total: 0, results: [] };
  const s = termStats(db, "law");
  if (s.n === 0) return { total: 0, results: [] };
  const found = findCandidates(db, "law", q, s);
  if (found.length === 0) return { total: 0, results: [] };
  const ranked = rankFound(q, s, found, (ids) => articlesOf(db, ids));
  const top = ranked.slice(0, limit);
  const rows = articlesOf(db, top.map((r) => r.id));
  const highlights = highlightsOf(q, s);
  return {
    total: ranked.length,
    results: top
      .filter((r) => rows.has(r.id))
      .map(({ id, score }) => {
        const a = rows.get(id)!.row;
        const documentChanged = a.document_status !== "in_force";
        return {
          articleId: a.id,
          regulationId: a.regulation_id,
          label: a.label,
          heading: a.heading,
          documentTitle: a.title,
          documentNumber: a.number,
          status: documentChanged ? a.document_status : a.status,
          statusSince: documentChanged ? a.document_status_since : a.status_since,
          snippet: snippetOf([a.text], new Set(highlights)),
          score: Math.round(score * 1000) / 1000,
          highlights,
        };
      }),
  };
}

type Article = Findable & { row: ArticleSqlRow };

const articleQuery = preparedOnce((db) => db.$client.prepare<[string], ArticleSqlRow>(`SELECT ${ARTICLE_COLUMNS} WHERE a.id IN (SELECT value FROM json_each(?))`));
const articles = new GenerationCache<number, Article>(500);

function articlesOf(db: DB, ids: number[]): Map<number, Article> {
  const out = new Map<number, Article>();
  const missing = ids.filter((id) => {
    const a = articles.get(db, id);
    if (a) out.set(id, a);
    return !a;
  });
  if (missing.length === 0) return out;
  for (const row of articleQuery(db).all(JSON.stringify(missing))) {
    const names = documentNames(row);
    const a: Article = { row, ...findable(headOf(row), row.text, names.map((document) => ({ document, article: row.label }))) };
    articles.set(db, row.id, a);
    out.set(row.id, a);
  }
  return out;
}

// One article with its document's names, for a citation.
export function lawArticle(db: DB, id: number): { articleId: number; regulationId: number; label: string; documentTitle: string; documentNumber: string | null } | null {
  const r = articleQuery(db).get(JSON.stringify([id]));
  return r ? { articleId: r.id, regulationId: r.regulation_id, label: r.label, documentTitle: r.title, documentNumber: r.number } : null;
}
