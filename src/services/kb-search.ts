// Knowledge-base search: an officer's whole pasted question or a few keywords, with or without
// diacritics, finds the entry that answers it. Two stages (docs/decisions/004-kb-search.md):
//   1. candidates — FTS5 over folded text with only the query's selective terms (rare syllables
//      and syllable pairs), ranked by bm25 with title and tags weighted up. Common words such as
//      "quy định" or "hồ sơ" are in most entries: leaving them out of the OR keeps the posting
//      lists short, so the cost does not grow with the corpus the way a plain OR does;
//   2. the best of those candidates read whole and ranked in TypeScript (src/domain/search-rank.ts):
//      BM25F over every syllable and syllable pair of the question across head and body, the best
//      paragraph, stage 1's score, and whether the question names the entry's law or article.
import { sql } from "drizzle-orm";
import { preparedOnce, type DB } from "../db.js";
import { ftsTerm, parseQuery, type ParsedQuery } from "../domain/search-query.js";
import { fold, foldedRun, indexText } from "../domain/search-text.js";
import { naming, rankCandidates, type RankDoc } from "../domain/search-rank.js";
import { indexGeneration } from "./kb-search-index.js";

export interface KbSearchInput {
  q: string;
  limit?: number;
  page?: number;
  category?: number; // category id
  tag?: string;
  regulation?: string; // document name or number, as cited
}

export interface KbSearchHit {
  id: number;
  ref: string;
  title: string;
  snippet: string;
  score: number;
  categoryName: string;
  highlights: string[]; // folded syllables to mark in title and snippet
}

export interface KbSearchResult {
  total: number;
  results: KbSearchHit[];
}

const CANDIDATES = 100; // stage 1's list, the pages a search can show
const MIN_CANDIDATES = 20;
// A pasted sentence forms many pairs across its words that are rare only by chance (a pair of
// filler words met in a handful of entries); with room for 12 terms those crowded out the pairs that
// name the subject. 20 took synthetic recall@5 at 100k from 0.92 to 0.96 for ~2 ms of p50.
const MAX_SELECTIVE_TERMS = 20;
const COMMON_SHARE = 0.3; // a syllable in more than this share of entries selects nothing

// Term statistics cached per index generation: df lookups are the only per-term cost.
let statsGeneration = "";
let docCount = 0;
const dfCache = new Map<string, number>();

function stats(db: DB) {
  if (statsGeneration !== indexGeneration(db)) {
    statsGeneration = indexGeneration(db);
    dfCache.clear();
    docCount = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM kb_entries WHERE status = 'published'`)!.n;
  }
  return {
    n: docCount,
    // A syllable ("an") is looked up in kb_fts, a pair token ("an_tich") in kb_pairs.
    df(term: string): number {
      let v = dfCache.get(term);
      if (v === undefined) {
        v = term.includes("_")
          ? (db.get<{ doc: number }>(sql`SELECT doc FROM kb_pairs_vocab WHERE term = ${term}`)?.doc ?? 0)
          : (db.get<{ doc: number }>(sql`SELECT doc FROM kb_fts_vocab WHERE term = ${term}`)?.doc ?? 0);
        if (dfCache.size > 50_000) dfCache.clear();
        dfCache.set(term, v);
      }
      return v;
    },
  };
}

const idf = (n: number, df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));

interface Weighted {
  term: string;
  df: number;
  idf: number;
}

// The terms worth looking up: present in the index, and not so common that they select nothing
// (`broad`: every known one, for when the selective ones find too little).
function selectiveTerms(terms: string[], s: ReturnType<typeof stats>, broad = false): Weighted[] {
  const unique = [...new Set(terms)];
  const known = unique.map((term) => ({ term, df: s.df(term) })).filter((t) => t.df > 0);
  const weighted = known.map((t) => ({ ...t, idf: idf(s.n, t.df) })).sort((a, b) => a.df - b.df);
  if (broad) return weighted.slice(0, MAX_SELECTIVE_TERMS + 4);
  const rare = weighted.filter((t) => t.df <= Math.max(3, s.n * COMMON_SHARE));
  if (rare.length === 0) return weighted.slice(0, 3);
  // Rarest first, until the posting lists to read reach a budget that grows slower than the corpus:
  // the cost of a query is the length of those lists.
  const budget = Math.max(2_000, Math.sqrt(s.n) * 60);
  const chosen: Weighted[] = [];
  let postings = 0;
  for (const t of rare) {
    if (chosen.length >= MAX_SELECTIVE_TERMS || (chosen.length >= 3 && postings + t.df > budget)) break;
    chosen.push(t);
    postings += t.df;
  }
  return chosen;
}

function matchExpression(q: ParsedQuery, terms: Weighted[]): string | null {
  const optional = terms.map((t) => ftsTerm([t.term]));
  const required = q.phrases.map((p) => ftsTerm(p));
  if (optional.length === 0 && required.length === 0) return null;
  const parts = [...required];
  if (optional.length) parts.push(`(${optional.join(" OR ")})`);
  return parts.join(" AND ");
}

const pairTokens = (q: ParsedQuery) => q.pairs.map((p) => p.replace(" ", "_"));

// Merges ranked candidate lists (bm25 ranks are negative, best first), each normalised to its best
// and weighted, into one list for re-ranking.
function merge(lists: { rows: { id: number; rank: number }[]; weight: number }[]): { id: number; rank: number }[] {
  const score = new Map<number, number>();
  for (const { rows, weight } of lists) {
    const best = Math.max(...rows.map((r) => -r.rank), 1e-9);
    for (const r of rows) score.set(r.id, (score.get(r.id) ?? 0) + (weight * -r.rank) / best);
  }
  return [...score].map(([id, v]) => ({ id, rank: -v })).sort((a, b) => a.rank - b.rank).slice(0, CANDIDATES);
}

// Recent results, for the same questions asked again (popular topics, the page and the API, paging
// back and forth). Keyed by index generation, so any change to the knowledge base empties it.
const RESULT_CACHE_SIZE = 2000;
const resultCache = new Map<string, KbSearchResult>();
let resultGeneration = "";

export function searchKb(db: DB, input: KbSearchInput): KbSearchResult {
  const generation = indexGeneration(db);
  if (generation !== resultGeneration) {
    resultCache.clear();
    resultGeneration = generation;
  }
  const key = JSON.stringify([input.q, input.limit, input.page, input.category, input.tag, input.regulation]);
  const cached = resultCache.get(key);
  if (cached) {
    resultCache.delete(key); // re-insert: Map order is the LRU order
    resultCache.set(key, cached);
    return cached;
  }
  const result = search(db, input);
  resultCache.set(key, result);
  if (resultCache.size > RESULT_CACHE_SIZE) resultCache.delete(resultCache.keys().next().value!);
  return result;
}

function search(db: DB, input: KbSearchInput): KbSearchResult {
  const limit = Math.min(Math.max(1, Math.floor(input.limit ?? 10)), 50);
  const page = Math.min(Math.max(1, Math.floor(input.page ?? 1)), 100);
  const q = parseQuery(input.q ?? "");
  if (q.words.length === 0) return { total: 0, results: [] };
  const s = stats(db);

  const filters = [
    input.category ? sql`AND rowid IN (SELECT id FROM kb_entries WHERE category_id = ${input.category})` : sql``,
    input.tag ? sql`AND rowid IN (SELECT entry_id FROM kb_tags WHERE tag = ${input.tag})` : sql``,
    input.regulation
      ? sql`AND rowid IN (SELECT entry_id FROM kb_citations WHERE document LIKE ${`%${input.regulation.replace(/[%_\\]/g, "")}%`})`
      : sql``,
  ];
  const bySyllables = (expr: string) =>
    db.all<{ id: number; rank: number }>(
      sql`SELECT rowid AS id, bm25(kb_fts, 8.0, 6.0, 3.0, 1.0, 2.0) AS rank FROM kb_fts
          WHERE kb_fts MATCH ${expr} ${filters[0]} ${filters[1]} ${filters[2]}
          ORDER BY rank LIMIT ${CANDIDATES}`,
    );
  const byPairs = (expr: string) =>
    db.all<{ id: number; rank: number }>(
      sql`SELECT rowid AS id, bm25(kb_pairs, 4.0, 1.0) AS rank FROM kb_pairs
          WHERE kb_pairs MATCH ${expr} ${filters[0]} ${filters[1]} ${filters[2]}
          ORDER BY rank LIMIT ${CANDIDATES}`,
    );
  let candidates: { id: number; rank: number }[];
  if (q.phrases.length > 0) {
    // Quoted phrases must appear as written: positions are in kb_fts.
    const match = matchExpression(q, selectiveTerms(q.words, s));
    candidates = match ? bySyllables(match) : [];
  } else {
    // The query's words (syllable pairs) find the candidates; rare single syllables (a name, a
    // number, "vneid") add theirs.
    const pairs = selectiveTerms(pairTokens(q), s);
    const rare = selectiveTerms(q.words, s).filter((t) => t.df <= Math.max(50, s.n * 0.01)).slice(0, 4);
    const lists = [];
    if (pairs.length) lists.push({ rows: byPairs(pairs.map((t) => ftsTerm([t.term])).join(" OR ")), weight: 1 });
    if (rare.length) lists.push({ rows: bySyllables(rare.map((t) => ftsTerm([t.term])).join(" OR ")), weight: 0.5 });
    candidates = merge(lists);
    // Few candidates: the words were too narrow (a rare word that is off-topic); widen once to the
    // syllables, common ones too. Cheap exactly when it happens, since little matched.
    if (candidates.length < MIN_CANDIDATES) {
      const wide = matchExpression(q, selectiveTerms(q.words, s, true));
      if (wide) candidates = merge([{ rows: candidates, weight: 1 }, { rows: bySyllables(wide), weight: 0.5 }]);
    }
  }
  if (candidates.length === 0) return { total: 0, results: [] };

  const ranked = rerank(db, q, s, candidates);
  const pageIds = ranked.slice((page - 1) * limit, page * limit);
  const rows = candidatesOf(db, pageIds.map((r) => r.id));
  const highlights = [...new Set(q.words)].filter((w) => s.df(w) > 0);
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
          snippet: snippetOf(r.question, r.answer, new Set(highlights)),
          score: Math.round(score * 1000) / 1000,
          categoryName: r.categoryName,
          highlights,
        };
      }),
  };
}

// What stage 2 reads of each candidate: its folded head (title, tags, question) and body (the
// answer, paragraph by paragraph), its tags and citations folded, and what the results show.
interface Candidate {
  ref: string;
  title: string;
  question: string;
  answer: string;
  updatedAt: number;
  flagged: boolean;
  categoryName: string;
  head: string[];
  body: string[];
  passages: number[];
  tags: string[][];
  citations: { document: string[]; article: string[] }[];
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

const words = (run: string) => (run ? run.split(" ") : []);

// Candidates read and folded recently, per index generation: the entries that common questions
// find come back again and again, and reading and folding them is most of stage 2's cost. A
// thousand entries' words are a few megabytes.
const CANDIDATE_CACHE_SIZE = 1000;
const candidateCache = new Map<number, Candidate>();
let candidateGeneration = "";

function candidatesOf(db: DB, ids: number[]): Map<number, Candidate> {
  const generation = indexGeneration(db);
  if (generation !== candidateGeneration) {
    candidateCache.clear();
    candidateGeneration = generation;
  }
  const out = new Map<number, Candidate>();
  const missing: number[] = [];
  for (const id of ids) {
    const c = candidateCache.get(id);
    if (c) {
      candidateCache.delete(id); // re-insert: Map order is the LRU order
      candidateCache.set(id, c);
      out.set(id, c);
    } else missing.push(id);
  }
  if (missing.length === 0) return out;
  const json = JSON.stringify(missing);
  const st = candidateQueries(db);
  const tags = groupBy(st.tags.all(json));
  const citations = groupBy(st.citations.all(json));
  for (const r of st.rows.all(json)) {
    const entryTags = (tags.get(r.id) ?? []).map((t) => t.tag);
    const body: string[] = [];
    const passages: number[] = [];
    for (const paragraph of foldedRun(r.answer.split(PARAGRAPH)).words) {
      if (!paragraph) continue;
      passages.push(body.length);
      for (const w of paragraph.split(" ")) body.push(w);
    }
    const c: Candidate = {
      ref: r.ref,
      title: r.title,
      question: r.question,
      answer: r.answer,
      updatedAt: r.updated_at,
      flagged: r.flagged_at !== null,
      categoryName: r.category_name,
      head: foldedRun([r.title, entryTags.join(" "), r.question]).words.flatMap(words),
      body,
      passages,
      tags: entryTags.map((t) => words(indexText(t))),
      citations: (citations.get(r.id) ?? []).map((x) => ({ document: words(indexText(x.document)), article: words(indexText(x.article)) })),
    };
    out.set(r.id, c);
    candidateCache.set(r.id, c);
  }
  while (candidateCache.size > CANDIDATE_CACHE_SIZE) candidateCache.delete(candidateCache.keys().next().value!);
  return out;
}

// Passages are the answer's lines and paragraphs: a clause of a law, a point of a list.
const PARAGRAPH = /\n+/;



// Stage 2 reads the best RERANKED candidates whole (search-rank.ts); the rest of stage 1's list
// follows in its own order, for the later pages. 40 lost nothing against 100 on the real questions
// (docs/decisions/004-kb-search.md), and reading and folding them is most of a search's cost.
const RERANKED = 40;

function rerank(db: DB, q: ParsedQuery, s: ReturnType<typeof stats>, found: { id: number; rank: number }[]): { id: number; score: number }[] {
  const read = found.slice(0, RERANKED);
  const byId = candidatesOf(db, read.map((c) => c.id));
  const syllableTerms = [...new Set(q.words)].map((w) => ({ text: w, idf: s.df(w) > 0 ? idf(s.n, s.df(w)) : 0 })).filter((t) => t.idf > 0);
  const pairTerms = q.pairs.map((p) => ({ text: p, df: s.df(p.replace(" ", "_")) })).filter((t) => t.df > 0).map((t) => ({ text: t.text, idf: idf(s.n, t.df) }));
  const docs: RankDoc[] = read
    .filter((f) => byId.has(f.id))
    .map((f) => {
      const c = byId.get(f.id)!;
      return { id: f.id, head: c.head, body: c.body, passages: c.passages, prior: -f.rank, named: naming(q.words, c.tags, c.citations) };
    });
  let newest = 0;
  for (const r of byId.values()) newest = Math.max(newest, r.updatedAt);
  const scored = rankCandidates(syllableTerms, pairTerms, docs, q.words)
    .map(({ id, score }) => {
      const r = byId.get(id)!;
      const ageYears = (newest - r.updatedAt) / (365 * 86400_000);
      return {
        id,
        score:
          score +
          0.05 / (1 + ageYears) - // recent entries first among equals
          (r.flagged ? 0.15 : 0), // entries citing an amended regulation wait for review
      };
    })
    .sort((a, b) => b.score - a.score || a.id - b.id);
  const floor = Math.min(0, ...scored.map((r) => r.score));
  const rest = found.slice(RERANKED).map((c, i) => ({ id: c.id, score: floor - 0.001 * (i + 1) }));
  return [...scored, ...rest];
}

const SNIPPET_WORDS = 32;

// A window of the original (accented) text with the most query syllables: the entry's question when
// it matches, else the answer. Markdown markup is dropped so the snippet reads as plain text.
function snippetOf(question: string, answer: string, terms: Set<string>): string {
  const plain = (t: string) => t.replace(/[#*_>`|[\]()-]+/g, " ").replace(/\s+/g, " ").trim();
  const best = [plain(question), plain(answer)]
    .map((text) => bestWindow(text, terms))
    .sort((a, b) => b.hits - a.hits)[0]!;
  return best.text;
}

function bestWindow(text: string, terms: Set<string>): { text: string; hits: number } {
  const words = text.split(" ");
  const hit = words.map((w) => (terms.has(fold(w).replace(/[^\p{L}\p{N}]/gu, "")) ? 1 : 0));
  let bestStart = 0;
  let bestHits = -1;
  let running = 0;
  for (let i = 0; i < words.length; i++) {
    running += hit[i]!;
    if (i >= SNIPPET_WORDS) running -= hit[i - SNIPPET_WORDS]!;
    if (running > bestHits) {
      bestHits = running;
      bestStart = Math.max(0, i - SNIPPET_WORDS + 1);
    }
  }
  const slice = words.slice(bestStart, bestStart + SNIPPET_WORDS).join(" ");
  return {
    text: `${bestStart > 0 ? "… " : ""}${slice}${bestStart + SNIPPET_WORDS < words.length ? " …" : ""}`,
    hits: bestHits,
  };
}

// For the search page's filters: tags and cited documents in use. Scanning every tag of the knowledge
// base is costly at 100k entries, so the lists are kept until the index changes.
let facetCache: { generation: string; value: { tags: string[]; documents: string[] } } | null = null;

export function searchFacets(db: DB) {
  const generation = indexGeneration(db);
  if (facetCache?.generation !== generation) facetCache = { generation, value: loadFacets(db) };
  return facetCache.value;
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
  const documents = db.$client
    .prepare<[number], { document: string }>(`SELECT document FROM kb_citations GROUP BY document ORDER BY count(*) DESC, document LIMIT ?`)
    .all(FACET_LIMIT)
    .map((r) => r.document)
    .sort((a, b) => a.localeCompare(b, "vi"));
  return { tags, documents };
}
