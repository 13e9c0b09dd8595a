// Stage 2 of knowledge-base search (docs/decisions/004-kb-search.md): the few candidates that the
// index found are ranked by reading them whole. Pure: the caller gives the folded text of each
// candidate and the rarity of each term in the whole knowledge base.
//
// Each candidate is scored three ways, each scaled to the best candidate, and the three added up:
//   - BM25F over the query's syllables and syllable pairs, across the head (title, tags, question)
//     and the body (answer), each field's term counts weighted and normalised by its length before
//     the saturation — so an entry whose heading repeats the query's words does not beat the one
//     whose body answers it, as when coverage of the head was scored on its own;
//   - the best passage: the same BM25 over each paragraph of the body (with the head), since the
//     answer to a pasted question is often one clause of a long article ("1. Chất ma túy là …");
//   - stage 1's own bm25, which knows the whole index.
// A pair counts beside its two syllables: "án tích" says more than "án" and "tích" apart.

export interface RankDoc {
  id: number;
  head: string[]; // folded syllables of title, tags and question
  body: string[]; // folded syllables of the answer
  passages: number[]; // where each paragraph of the body starts, in body (first is 0)
  prior: number; // stage 1's score, higher is better
  named: number; // how plainly the query names this entry's law or article (naming(), 0–2)
}

export interface RankTerm {
  text: string; // a folded syllable, or a pair "a b"
  idf: number;
}

interface RankParams {
  k1: number;
  bHead: number;
  bBody: number;
  headWeight: number; // a head occurrence counts as this many body ones
  pairWeight: number; // a pair's idf is scaled by this
  passage: number; // weight of the best passage
  prior: number; // weight of stage 1's score
  passageHead: number; // the head's share in each passage's counts
  named: number; // weight of the query naming the entry's document or article
  defines: number; // weight of a paragraph that defines what the query asks about ("X là …")
}

const RANK_PARAMS: RankParams = {
  k1: 1.2,
  bHead: 0.5,
  bBody: 0.75,
  headWeight: 2,
  pairWeight: 0.5,
  passage: 1,
  prior: 0.3,
  passageHead: 0.5,
  named: 1,
  defines: 0.5,
};

function containsPhrase(words: string[], phrase: string[]): boolean {
  if (phrase.length === 0 || phrase.length > words.length) return false;
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

// Officers often say where the answer is: "khoản 3 Điều 2 Luật An ninh mạng", "theo Luật Cư trú".
// 2 when the query cites one of the entry's citations, its article and its document: that is the
// asker's plain intent, and must outweigh sibling articles that mention "Điều 2" in their text. ½
// when it names a cited document. Tags are not names: a tag the query happens to contain (a
// common two-syllable word) boosted every entry carrying it, and cost synthetic recall@5 at 100k
// 0.975 → 0.942 for nothing on the real questions. All folded syllables.
export function naming(query: string[], citations: { document: string[]; article: string[] }[]): number {
  let score = 0;
  for (const c of citations) {
    if (!containsPhrase(query, c.document)) continue;
    if (c.article.length && containsPhrase(query, c.article)) return 2;
    score = 0.5;
  }
  return score;
}

// Positions of the query's syllables and pairs in one field: for each position, the index of the
// syllable term there (or -1), and of the pair starting there (or -1).
function locate(words: string[], syllableIndex: Map<string, number>, pairIndex: Map<string, number>) {
  const syl = new Int32Array(words.length).fill(-1);
  const pair = new Int32Array(words.length).fill(-1);
  for (let i = 0; i < words.length; i++) {
    const s = syllableIndex.get(words[i]!);
    if (s === undefined) continue;
    syl[i] = s;
    if (i > 0 && syl[i - 1]! >= 0) {
      const p = pairIndex.get(`${words[i - 1]} ${words[i]}`);
      if (p !== undefined) pair[i - 1] = p;
    }
  }
  return { syl, pair };
}

function count(into: Float64Array, at: { syl: Int32Array; pair: Int32Array }, pairOffset: number, from: number, to: number, weight: number) {
  for (let i = from; i < to; i++) {
    if (at.syl[i]! >= 0) into[at.syl[i]!] += weight;
    if (at.pair[i]! >= 0) into[pairOffset + at.pair[i]!] += weight;
  }
}

const bm25 = (tf: number, idf: number, k1: number) => (tf > 0 ? (idf * tf * (k1 + 1)) / (tf + k1) : 0);

// Does a paragraph open with a term of the query and say what it is ("2. Hành vi hành chính là …")?
// Legal texts define their terms so. Counted only when the query asks what a term means ("định
// nghĩa", "khái niệm", "được hiểu") or itself says "X là …" of that term: other queries share
// phrases with many paragraphs' openings by chance. The term is two syllables or more.
const ASKS_MEANING = [["dinh", "nghia"], ["khai", "niem"], ["duoc", "hieu"], ["hieu", "la"]];

function defines(body: string[], from: number, to: number, query: string[], asksMeaning: boolean): boolean {
  let s = from;
  while (s < to && /^\d+$|^[a-d]$/.test(body[s]!)) s++;
  for (let i = 0; i + 1 < query.length; i++) {
    for (let m = 0; s + m < to && i + m < query.length && body[s + m] === query[i + m]; m++) {
      if (m >= 1 && body[s + m + 1] === "la" && (asksMeaning || query[i + m + 1] === "la")) return true;
    }
  }
  return false;
}

export function rankCandidates(syllableTerms: RankTerm[], pairTerms: RankTerm[], docs: RankDoc[], query: string[], p: RankParams = RANK_PARAMS): { id: number; score: number }[] {
  if (docs.length === 0) return [];
  const syllableIndex = new Map(syllableTerms.map((t, i) => [t.text, i]));
  const pairIndex = new Map(pairTerms.map((t, i) => [t.text, i]));
  const idf = Float64Array.from([...syllableTerms.map((t) => t.idf), ...pairTerms.map((t) => t.idf * p.pairWeight)]);
  const n = idf.length;
  const off = syllableTerms.length;
  const asksMeaning = ASKS_MEANING.some((phrase) => containsPhrase(query, phrase));

  let headLen = 0;
  let bodyLen = 0;
  let passageLen = 0;
  let passageCount = 0;
  for (const d of docs) {
    headLen += d.head.length;
    bodyLen += d.body.length;
    passageLen += d.body.length;
    passageCount += Math.max(1, d.passages.length);
  }
  const avgHead = Math.max(1, headLen / docs.length);
  const avgBody = Math.max(1, bodyLen / docs.length);
  const avgPassage = Math.max(1, passageLen / passageCount);

  const raw = docs.map((d) => {
    const h = locate(d.head, syllableIndex, pairIndex);
    const b = locate(d.body, syllableIndex, pairIndex);
    const headTf = new Float64Array(n);
    const bodyTf = new Float64Array(n);
    count(headTf, h, off, 0, d.head.length, 1);
    count(bodyTf, b, off, 0, d.body.length, 1);
    const hNorm = 1 - p.bHead + (p.bHead * d.head.length) / avgHead;
    const bNorm = 1 - p.bBody + (p.bBody * d.body.length) / avgBody;
    let whole = 0;
    for (let t = 0; t < n; t++) whole += bm25((p.headWeight * headTf[t]!) / hNorm + bodyTf[t]! / bNorm, idf[t]!, p.k1);

    let best = 0;
    let defined = 0;
    const starts = d.passages.length ? d.passages : [0];
    const tf = new Float64Array(n);
    for (let k = 0; k < starts.length; k++) {
      const from = starts[k]!;
      const to = k + 1 < starts.length ? starts[k + 1]! : d.body.length;
      tf.fill(0);
      count(tf, b, off, from, to, 1);
      const norm = 1 - p.bBody + (p.bBody * (to - from)) / avgPassage;
      let s = 0;
      for (let t = 0; t < n; t++) s += bm25(tf[t]! / norm + p.passageHead * headTf[t]!, idf[t]!, p.k1);
      if (s > best) best = s;
      if (!defined && query.length && defines(d.body, from, to, query, asksMeaning)) defined = 1;
    }
    return { id: d.id, whole, best, prior: d.prior, named: d.named, defined };
  });
  const top = (f: (r: (typeof raw)[number]) => number) => Math.max(1e-9, ...raw.map(f));
  const [w, b, pr] = [top((r) => r.whole), top((r) => r.best), top((r) => r.prior)];
  return raw
    .map((r) => ({ id: r.id, score: r.whole / w + (p.passage * r.best) / b + (p.prior * r.prior) / pr + p.named * r.named + p.defines * r.defined }))
    .sort((x, y) => y.score - x.score || x.id - y.id);
}
