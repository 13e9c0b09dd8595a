// Variants of a query, as officers really type them: without any diacritics, in capitals, with the
// tone marks slightly wrong, or a hurried mix of both. Pure and deterministic (a seed, never
// Math.random), so a failing query can be reproduced exactly. Every result is NFC.
//
// Vietnamese letters carry two kinds of marks:
// - vowel-quality marks, part of the letter: â ê ô (circumflex), ă (breve), ơ ư (horn), and đ;
// - tone marks, one per syllable at most: huyền ◌̀, sắc ◌́, hỏi ◌̉, ngã ◌̃, nặng ◌̣.
// `toneTypos` only ever touches tone marks; `withoutDiacritics` removes both kinds.
import { stripDiacritics } from "../../src/domain/diacritics.js";

const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/gu; // huyền, sắc, ngã, hỏi, nặng
const HOI = "\u0309";
const NGA = "\u0303";
const WORD = /[\p{L}\p{M}]+/gu;

/** Removes every diacritic (tone marks and vowel-quality marks) and writes đ/Đ as d/D. Case kept. */
export const withoutDiacritics = stripDiacritics; // the desk's own, as file names and search use it

/** Upper-cases the whole query (Vietnamese letters keep their marks: "xóa đơn" → "XÓA ĐƠN"). */
export function upperCase(q: string): string {
  return q.normalize("NFC").toUpperCase().normalize("NFC");
}

// ---- Syllables as letters with an optional tone mark ----

interface Letter {
  base: string; // NFC, vowel-quality marks kept, tone mark removed
  tone: string | null;
}

function splitLetter(ch: string): Letter {
  const d = ch.normalize("NFD");
  const tone = d.match(TONE_MARK)?.[0] ?? null;
  return { base: d.replace(TONE_MARK, "").normalize("NFC"), tone };
}

function joinLetters(letters: Letter[]): string {
  return letters.map((l) => (l.base + (l.tone ?? "")).normalize("NFC")).join("");
}

function lettersOf(word: string): Letter[] {
  return Array.from(word.normalize("NFC")).map(splitLetter);
}

function toneIndex(letters: Letter[]): number {
  return letters.findIndex((l) => l.tone !== null);
}

// Open syllables ending in oa / oe / uy (no final consonant) are written two ways, both common:
// "hòa"/"hoà", "xóa"/"xoá", "khỏe"/"khoẻ", "thủy"/"thuỷ". With a final consonant ("hoàn", "toán",
// "tuyến") and after "qu" ("quý") there is only one spelling, so those are left alone.
const OPEN_OA_OE_UY = /^([bcdđghklmnprstvx]*)(oa|oe|uy)$/u;

function flipTonePlacement(letters: Letter[]): Letter[] | null {
  const bases = letters.map((l) => l.base.toLowerCase()).join("");
  const m = OPEN_OA_OE_UY.exec(bases);
  if (!m || Array.from(bases).length !== letters.length) return null;
  if (m[2] === "uy" && m[1]!.endsWith("q")) return null;
  const n = letters.length;
  const t = toneIndex(letters);
  if (t !== n - 1 && t !== n - 2) return null;
  const other = t === n - 1 ? n - 2 : n - 1;
  const out = letters.map((l) => ({ ...l }));
  out[other]!.tone = out[t]!.tone;
  out[t]!.tone = null;
  return out;
}

// ---- Deterministic randomness ----

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashString(s: string): number {
  let h = 2166136261;
  for (const ch of s) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619);
  return h >>> 0;
}

/** A generator that depends on both the seed and the text, so each query gets its own typos. */
function rngFor(q: string, seed: number, stream: number): () => number {
  return mulberry32(hashString(q) ^ Math.imul(seed + 1, 0x9e3779b1) ^ stream);
}

function pick<T>(items: T[], count: number, rnd: () => number): T[] {
  const a = [...items];
  for (let i = 0; i < Math.min(count, a.length); i++) {
    const j = i + Math.floor(rnd() * (a.length - i));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a.slice(0, Math.min(count, a.length));
}

/**
 * Tone-mark typos, the way officers really mistype (deterministic for a given query and seed):
 * 1. Tone placement: every open syllable in oa / oe / uy gets the other accepted placement
 *    ("xóa" ↔ "xoá", "hòa" ↔ "hoà", "khỏe" ↔ "khoẻ", "thủy" ↔ "thuỷ"), as an input method set to the
 *    other style would write it. Closed syllables ("hoàn", "tuyến") and "qu…" ("quý") are untouched.
 * 2. Then one other syllable that has a tone mark (two if the query has eight or more of them),
 *    chosen by the seed, is mistyped: a hỏi/ngã mark is swapped for the other half the time
 *    ("sửa" → "sữa", "đã" → "đả": the classic confusion), otherwise its tone mark is dropped
 *    ("lịch" → "lich", "được" → "đươc": a missed keystroke).
 * Vowel-quality marks (â ă ê ô ơ ư) and đ are never changed, so removing all diacritics from the
 * result gives exactly `withoutDiacritics(q)`. Text with no tone marks comes back unchanged.
 */
export function toneTypos(q: string, seed = 0): string {
  const text = q.normalize("NFC");
  const words: { start: number; word: string; letters: Letter[] }[] = [];
  for (const m of text.matchAll(WORD)) words.push({ start: m.index!, word: m[0], letters: lettersOf(m[0]) });

  const changed = new Map<number, Letter[]>();
  for (const [i, w] of words.entries()) {
    const flipped = flipTonePlacement(w.letters);
    if (flipped) changed.set(i, flipped);
  }

  const toned = words.map((w, i) => i).filter((i) => !changed.has(i) && toneIndex(words[i]!.letters) >= 0);
  const rnd = rngFor(text, seed, 0x51);
  const count = toned.length >= 8 ? 2 : 1;
  for (const i of pick(toned, count, rnd)) {
    const letters = words[i]!.letters.map((l) => ({ ...l }));
    const t = toneIndex(letters);
    const tone = letters[t]!.tone;
    const swap = (tone === HOI || tone === NGA) && rnd() < 0.5;
    letters[t]!.tone = swap ? (tone === HOI ? NGA : HOI) : null;
    changed.set(i, letters);
  }

  return rebuild(text, words, (i) => (changed.has(i) ? joinLetters(changed.get(i)!) : null));
}

/**
 * What a hurried typist produces: the tone typos above, then most syllables typed with no marks at
 * all; roughly one word in four (chosen by the seed) keeps its marks, typos included, e.g.
 * "xoa an tích đa chấp hanh xong". (Removing every mark would also remove every tone typo, and the
 * result would simply be `withoutDiacritics(q)`.) `withoutDiacritics` of the result is always
 * `withoutDiacritics(q)`.
 */
export function withoutDiacriticsAndTypos(q: string, seed = 0): string {
  const typed = toneTypos(q, seed);
  const rnd = rngFor(q.normalize("NFC"), seed, 0xd1a);
  const words = [...typed.matchAll(WORD)].map((m) => ({ start: m.index!, word: m[0] }));
  return rebuild(typed, words, (i) => (rnd() < 0.25 ? null : withoutDiacritics(words[i]!.word)));
}

function rebuild(text: string, words: { start: number; word: string }[], replace: (i: number) => string | null): string {
  let out = "";
  let pos = 0;
  for (const [i, w] of words.entries()) {
    out += text.slice(pos, w.start) + (replace(i) ?? w.word);
    pos = w.start + w.word.length;
  }
  return (out + text.slice(pos)).normalize("NFC");
}
