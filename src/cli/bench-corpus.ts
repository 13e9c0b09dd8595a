// A synthetic knowledge base for the benchmark: legal Vietnamese with a natural, Zipf-shaped
// vocabulary (words like "quy định", "cơ quan", "hồ sơ" in most entries, most words rare), and
// queries whose right answer is known: whole pasted questions and short keywords, half typed
// without diacritics. Deterministic for a given seed.
import { kbEntries } from "../../db/seed/demo-content.js";
import { stripDiacritics } from "../domain/diacritics.js";
import type { PublishedEntryInput } from "../services/kb-entries.js";

// The most common legal words lead the ranking on purpose: they must not be what search relies on.
const COMMON = [
  "quy định", "cơ quan", "hồ sơ", "theo", "của", "được", "các", "trường hợp", "người", "có",
  "thực hiện", "công an", "pháp luật", "thông tin", "cấp", "đơn vị", "nghiệp vụ", "văn bản",
  "thời hạn", "đề nghị", "giải quyết", "trách nhiệm", "tổ chức", "cá nhân", "thủ tục",
];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Words of the vocabulary: the demo texts' syllable pairs and single syllables, recombined into
// plausible two-syllable words, so the corpus has tens of thousands of distinct words.
function vocabulary(random: () => number): string[] {
  const syll = new Set<string>();
  const pairs = new Set<string>();
  for (const e of kbEntries) {
    const words = `${e.title} ${e.question} ${e.answer}`.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1 && !/\d/.test(w));
    words.forEach((w, i) => {
      syll.add(w);
      if (i + 1 < words.length) pairs.add(`${w} ${words[i + 1]}`);
    });
  }
  const s = [...syll];
  const invented = new Set<string>();
  while (invented.size < 40_000) invented.add(`${s[Math.floor(random() * s.length)]} ${s[Math.floor(random() * s.length)]}`);
  const rest = [...pairs, ...invented].filter((w) => !COMMON.includes(w));
  for (let i = rest.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [rest[i], rest[j]] = [rest[j]!, rest[i]!];
  }
  return [...COMMON, ...rest];
}

// Zipf sampler over ranks 1..n with exponent ~1.
function zipf(n: number, random: () => number, exponent = 1.05) {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cdf[i] = sum += 1 / Math.pow(i + 1, exponent);
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

export interface BenchQuery {
  q: string;
  expect: string; // the ref that answers it
  kind: "sentence" | "keywords";
  folded: boolean; // typed without diacritics
}

const CATEGORIES = ["ho-so-nghiep-vu", "tra-cuu", "ly-lich-tu-phap", "xoa-an-tich", "can-cuoc", "luu-tru", "thong-ke", "khac"];
const DOCUMENTS = ["Luật Lý lịch tư pháp 2009", "Bộ luật Hình sự 2015", "Luật Căn cước 2023", "Luật Cư trú 2020", "Luật Lưu trữ 2024", "Nghị định 111/2010/NĐ-CP"];

export function generateCorpus(count: number, queryCount: number, seed = 7) {
  const random = rng(seed);
  const vocab = vocabulary(random);
  const word = zipf(vocab.length, random);
  const words = (n: number) => Array.from({ length: n }, () => vocab[word()]!);
  // Each entry has a topic: a few words of middle rank it repeats, which is what makes it findable.
  const topicWord = () => vocab[200 + Math.floor(random() * (vocab.length - 200))]!;
  const sentence = (topic: string[], n: number) => {
    const w = words(n);
    for (let k = 0; k < Math.max(1, Math.floor(n / 8)); k++) w[Math.floor(random() * n)] = topic[Math.floor(random() * topic.length)]!;
    const s = w.join(" ");
    return s.charAt(0).toUpperCase() + s.slice(1) + ".";
  };
  const entries: PublishedEntryInput[] = [];
  const topics: string[][] = [];
  for (let i = 0; i < count; i++) {
    const topic = Array.from({ length: 4 }, topicWord);
    topics.push(topic);
    let answer = "";
    const target = 1000 + Math.floor(random() * 1000);
    while (answer.length < target) answer += sentence(topic, 12 + Math.floor(random() * 14)) + " ";
    entries.push({
      ref: `B-${String(i + 1).padStart(6, "0")}`,
      title: `${topic[0]} ${topic[1]} ${words(2 + Math.floor(random() * 4)).join(" ")}`.replace(/^./, (c) => c.toUpperCase()),
      question: `${sentence(topic, 14 + Math.floor(random() * 12))} ${sentence(topic, 10)}`.replace(/\.$/, "?"),
      answer: answer.trim(),
      category: CATEGORIES[i % CATEGORIES.length]!,
      tags: [topic[2]!, topic[3]!],
      citations: [{ document: DOCUMENTS[i % DOCUMENTS.length]!, article: `Điều ${1 + Math.floor(random() * 120)}` }],
    });
  }
  const queries: BenchQuery[] = [];
  const seen = new Set<string>();
  while (queries.length < queryCount) {
    const i = Math.floor(random() * count);
    const e = entries[i]!;
    const topic = topics[i]!;
    const kind = queries.length % 2 === 0 ? "sentence" : "keywords";
    let q: string;
    if (kind === "sentence") {
      // As an officer pastes it: the entry's subject in other surrounding words, 8–25 words.
      const filler = words(6 + Math.floor(random() * 10));
      const subject = [topic[0]!, topic[1]!, topic[Math.floor(random() * 4)]!];
      const all = [...filler];
      for (const s of subject) all.splice(Math.floor(random() * all.length), 0, s);
      q = `Đồng chí cho hỏi ${all.join(" ")}?`;
    } else {
      q = [topic[0]!, topic[1]!].join(" ");
    }
    const folded = Math.floor(queries.length / 2) % 2 === 1;
    if (folded) q = stripDiacritics(q);
    if (seen.has(q)) continue;
    seen.add(q);
    queries.push({ q, expect: e.ref, kind, folded });
  }
  return { entries, queries };
}
