// The search engine shared by the knowledge base and the law library (docs/decisions/004-kb-search.md):
// an officer's whole pasted question or a few keywords, with or without diacritics, finds the
// document that answers it. Each searchable kind has two indexes in the store (store.ts) over folded
// text: syllables, and adjacent syllable pairs as single tokens.
//   1. candidates — the store's full-text search with only the query's selective terms (rare
//      syllables and syllable pairs), ranked by bm25. Common words such as "quy định" or "hồ sơ" are in most documents: leaving them
//      out of the OR keeps the posting lists short, so the cost does not grow with the corpus the
//      way a plain OR does;
//   2. the best of those candidates read whole and ranked in TypeScript (src/domain/search-rank.ts):
//      BM25F over every syllable and syllable pair of the question across head and body, the best
//      paragraph, stage 1's score, and whether the question names the document's law or article.
import type { SQL } from "drizzle-orm";
import type { DB } from "../db.js";
import { ftsTerm, type ParsedQuery } from "../domain/search-query.js";
import { foldedRun, indexText, syllables } from "../domain/search-text.js";
import { naming, rankCandidates, type RankDoc } from "../domain/search-rank.js";
import { indexGeneration } from "./cache.js";
import { store, type Found, type TextIndexName } from "./store.js";

const CANDIDATES = 100; // stage 1's list, the pages a search can show
const MIN_CANDIDATES = 20;
// A pasted sentence forms many pairs across its words that are rare only by chance (a pair of
// filler words met in a handful of entries); with room for 12 terms those crowded out the pairs that
// name the subject. 20 took synthetic recall@5 at 100k from 0.92 to 0.96 for ~2 ms of p50.
const MAX_SELECTIVE_TERMS = 20;
const COMMON_SHARE = 0.3; // a syllable in more than this share of documents selects nothing

export interface TermStats {
  n: number;
  df(term: string): number; // a syllable ("an") or a pair token ("an_tich")
}

// Term statistics cached per database, index and generation: df lookups are the only per-term cost.
const statsCaches = new WeakMap<DB, Map<string, { generation: string; n: number; df: Map<string, number> }>>();

export function termStats(db: DB, index: TextIndexName): TermStats {
  const perDb = statsCaches.get(db) ?? statsCaches.set(db, new Map()).get(db)!;
  const generation = indexGeneration(db);
  let c = perDb.get(index);
  if (c?.generation !== generation) {
    c = { generation, n: store.documentCount(db, index), df: new Map() };
    perDb.set(index, c);
  }
  const cache = c;
  return {
    n: cache.n,
    df(term: string): number {
      let v = cache.df.get(term);
      if (v === undefined) {
        v = store.documentFrequency(db, index, term);
        if (cache.df.size > 50_000) cache.df.clear();
        cache.df.set(term, v);
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
function selectiveTerms(terms: string[], s: TermStats, broad = false): Weighted[] {
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

// Merges ranked candidate lists, each normalised to its best and weighted, into one list.
function merge(lists: { rows: Found[]; weight: number }[]): Found[] {
  const score = new Map<number, number>();
  for (const { rows, weight } of lists) {
    const best = Math.max(...rows.map((r) => -r.rank), 1e-9);
    for (const r of rows) score.set(r.id, (score.get(r.id) ?? 0) + (weight * -r.rank) / best);
  }
  return [...score].map(([id, v]) => ({ id, rank: -v })).sort((a, b) => a.rank - b.rank).slice(0, CANDIDATES);
}

// Stage 1. `within` narrows the candidates to the ids each subquery selects (a search page's filters).
export function findCandidates(db: DB, index: TextIndexName, q: ParsedQuery, s: TermStats, within: SQL[] = []): Found[] {
  const filter = store.within(within);
  const bySyllables = (expr: string) => store.candidates(db, index, "syllables", expr, filter, CANDIDATES);
  const byPairs = (expr: string) => store.candidates(db, index, "pairs", expr, filter, CANDIDATES);
  if (q.phrases.length > 0) {
    // Quoted phrases must appear as written: positions are in the syllable index.
    const match = matchExpression(q, selectiveTerms(q.words, s));
    return match ? bySyllables(match) : [];
  }
  // The query's words (syllable pairs) find the candidates; rare single syllables (a name, a
  // number, "vneid") add theirs.
  const pairs = selectiveTerms(pairTokens(q), s);
  const rare = selectiveTerms(q.words, s).filter((t) => t.df <= Math.max(50, s.n * 0.01)).slice(0, 4);
  const lists = [];
  if (pairs.length) lists.push({ rows: byPairs(pairs.map((t) => ftsTerm([t.term])).join(" OR ")), weight: 1 });
  if (rare.length) lists.push({ rows: bySyllables(rare.map((t) => ftsTerm([t.term])).join(" OR ")), weight: 0.5 });
  let candidates = merge(lists);
  // Few candidates: the words were too narrow (a rare word that is off-topic); widen once to the
  // syllables, common ones too. Cheap exactly when it happens, since little matched.
  if (candidates.length < MIN_CANDIDATES) {
    const wide = matchExpression(q, selectiveTerms(q.words, s, true));
    if (wide) candidates = merge([{ rows: candidates, weight: 1 }, { rows: bySyllables(wide), weight: 0.5 }]);
  }
  return candidates;
}

// What stage 2 reads of a candidate, folded: head (title, tags, question; an article's heading and
// document), body by paragraph, and the citations the query may name it by.
export interface Findable {
  head: string[];
  body: string[];
  passages: number[]; // where each paragraph starts in body
  citations: { document: string[]; article: string[] }[];
}

const words = (run: string) => (run ? run.split(" ") : []);
// Passages are the body's lines and paragraphs: a clause of a law, a point of a list.
const PARAGRAPH = /\n+/;

export function findable(head: string[], body: string, citations: { document: string; article: string }[]): Findable {
  const folded: string[] = [];
  const passages: number[] = [];
  for (const paragraph of foldedRun(body.split(PARAGRAPH)).words) {
    if (!paragraph) continue;
    passages.push(folded.length);
    for (const w of paragraph.split(" ")) folded.push(w);
  }
  return {
    head: foldedRun(head).words.flatMap(words),
    body: folded,
    passages,
    citations: citations.map((c) => ({ document: words(indexText(c.document)), article: words(indexText(c.article)) })),
  };
}

// Stage 2 reads the best RERANKED candidates whole; the rest of stage 1's list follows in its own
// order, for the later pages. 40 lost nothing against 100 on the real questions (decision 004),
// and reading and folding them is most of a search's cost. `adjust` adds a kind's own small
// preferences (the knowledge base: recent entries, entries waiting for review).
const RERANKED = 40;

export function rankFound<T extends Findable>(
  q: ParsedQuery,
  s: TermStats,
  found: Found[],
  read: (ids: number[]) => Map<number, T>,
  adjust: (doc: T, read: T[]) => number = () => 0,
): { id: number; score: number }[] {
  const top = found.slice(0, RERANKED);
  const byId = read(top.map((c) => c.id));
  const syllableTerms = [...new Set(q.words)].map((w) => ({ text: w, df: s.df(w) })).filter((t) => t.df > 0).map((t) => ({ text: t.text, idf: idf(s.n, t.df) }));
  const pairTerms = q.pairs.map((p) => ({ text: p, df: s.df(p.replace(" ", "_")) })).filter((t) => t.df > 0).map((t) => ({ text: t.text, idf: idf(s.n, t.df) }));
  const docs: RankDoc[] = top
    .filter((f) => byId.has(f.id))
    .map((f) => {
      const c = byId.get(f.id)!;
      return { id: f.id, head: c.head, body: c.body, passages: c.passages, prior: -f.rank, named: naming(q.words, c.citations) };
    });
  const all = [...byId.values()];
  const scored = rankCandidates(syllableTerms, pairTerms, docs, q.words)
    .map(({ id, score }) => ({ id, score: score + adjust(byId.get(id)!, all) }))
    .sort((a, b) => b.score - a.score || a.id - b.id);
  const floor = Math.min(0, ...scored.map((r) => r.score));
  const rest = found.slice(RERANKED).map((c, i) => ({ id: c.id, score: floor - 0.001 * (i + 1) }));
  return [...scored, ...rest];
}

// The query's syllables the index knows: what result pages mark.
export function highlightsOf(q: ParsedQuery, s: TermStats): string[] {
  return [...new Set(q.words)].filter((w) => s.df(w) > 0);
}

const SNIPPET_WORDS = 32;

// A window of the original (accented) text with the most query syllables, from the first of
// `texts` that has the most (an entry's question, else its answer). Markdown markup is dropped so
// the snippet reads as plain text: a link keeps its words, not its address; list markers, emphasis
// and headings go; parentheses stay ("a) Tờ khai", "(68/2020/QH14)").
const MARKDOWN_LINK = /!?\[([^\]]*)\]\([^)]*\)/g;
const MARKDOWN_MARKS = /[#*_>`|[\]]+|^\s*[-+]\s+/gm;

export function snippetOf(texts: string[], terms: Set<string>): string {
  const plain = (t: string) => t.replace(MARKDOWN_LINK, "$1").replace(MARKDOWN_MARKS, " ").replace(/\s+/g, " ").trim();
  return texts.map((text) => bestWindow(plain(text), terms)).sort((a, b) => b.hits - a.hits)[0]?.text ?? "";
}

function bestWindow(text: string, terms: Set<string>): { text: string; hits: number } {
  const all = text.split(" ");
  const hit = all.map((w) => (terms.has(syllables(w).join("")) ? 1 : 0));
  let bestStart = 0;
  let bestHits = -1;
  let running = 0;
  for (let i = 0; i < all.length; i++) {
    running += hit[i]!;
    if (i >= SNIPPET_WORDS) running -= hit[i - SNIPPET_WORDS]!;
    if (running > bestHits) {
      bestHits = running;
      bestStart = Math.max(0, i - SNIPPET_WORDS + 1);
    }
  }
  const slice = all.slice(bestStart, bestStart + SNIPPET_WORDS).join(" ");
  return {
    text: `${bestStart > 0 ? "… " : ""}${slice}${bestStart + SNIPPET_WORDS < all.length ? " …" : ""}`,
    hits: bestHits,
  };
}
