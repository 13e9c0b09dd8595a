// Text as the search engine sees it: Vietnamese folded to plain lower-case letters, so "XÓA ÁN TÍCH",
// "xoá án tích" (either tone-mark placement) and "xoa an tich" are the same three syllables.
// Index and queries fold with this one function; snippets are cut from the original text.
import { stripDiacritics } from "./diacritics.js";

const NOT_WORD = /[^\p{L}\p{N}]+/u;
const WORD_CHAR = /^[\p{L}\p{N}]+$/u;

export function fold(text: string): string {
  return stripDiacritics(text).toLowerCase();
}

// The definition: fold the whole text, then split it on everything that is not a letter or digit.
export function referenceSyllables(text: string): string[] {
  return fold(text)
    .split(NOT_WORD)
    .filter((s) => s.length > 0);
}

// The same result in one pass over the text with a per-character table, because importing 100k
// entries folds half a gigabyte of text and the definition above spends most of an import doing it.
// Characters the table cannot settle alone (beyond it, surrogates, Σ whose lower case depends on its
// neighbours) send the whole text to the definition. test/unit/domain/search-text.test.ts checks
// that both agree on arbitrary text.
const TABLE_SIZE = 0x3000;
const SKIP = 0; // a combining mark: dropped, and it does not end a syllable
const BREAK = 1; // not a letter or digit: ends a syllable
const SLOW = 2;
const table: (string | number)[] = Array.from({ length: TABLE_SIZE }, (_, code) => {
  const ch = String.fromCharCode(code);
  if ((code >= 0xd800 && code <= 0xdfff) || ch === "Σ") return SLOW;
  const folded = fold(ch);
  if (folded === "") return SKIP;
  if (WORD_CHAR.test(folded)) return folded;
  return NOT_WORD.test(folded) && folded.replace(new RegExp(NOT_WORD, "gu"), "") === "" ? BREAK : SLOW;
});

// Syllables (Vietnamese words are written as space-separated syllables), folded.
export function syllables(text: string): string[] {
  const out: string[] = [];
  let current = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const t = code < TABLE_SIZE ? table[code]! : SLOW;
    if (typeof t === "string") current += t;
    else if (t === BREAK) {
      if (current) out.push(current);
      current = "";
    } else if (t === SLOW) return referenceSyllables(text);
  }
  if (current) out.push(current);
  return out;
}

// The folded form of a whole field, one space between syllables: what goes into the index.
export function indexText(text: string): string {
  return foldedRun([text]).words[0]!;
}

// What the index stores for several texts read as one run (an entry's title, tags and question):
// each text's syllables, one space between them, and the pairs across the whole run. Importing
// 100k entries folds half a gigabyte of text, so this works in bytes: folded Vietnamese is Latin-1,
// written into a reused buffer and decoded once per column. A text whose folded form leaves
// Latin-1 (or that the table cannot settle) takes the string path, `syllables`, which
// test/unit/domain/search-text.test.ts holds both to.
export function foldedRun(texts: string[]): { words: string[]; pairs: string } {
  return foldedRunInBytes(texts) ?? foldedRunInStrings(texts);
}

function foldedRunInStrings(texts: string[]): { words: string[]; pairs: string } {
  const each = texts.map(syllables);
  return { words: each.map((w) => w.join(" ")), pairs: pairsOfSyllables(each.flat()) };
}

// Per character: its folded Latin-1 byte, or one of the markers below.
const BYTE_BREAK = 0x100;
const BYTE_SKIP = 0x101;
const BYTE_SLOW = 0x102;
const byteTable = Uint16Array.from(table, (t) => {
  if (t === SKIP) return BYTE_SKIP;
  if (t === BREAK) return BYTE_BREAK;
  if (typeof t === "string" && t.length === 1 && t.charCodeAt(0) < 0x100) return t.charCodeAt(0);
  return BYTE_SLOW;
});
const SPACE = 0x20;
const UNDERSCORE = 0x5f;
let wordBytes = Buffer.alloc(1 << 16);
let pairBytes = Buffer.alloc(1 << 17);

function foldedRunInBytes(texts: string[]): { words: string[]; pairs: string } | null {
  // A character folds to at most one byte, and each word is followed by one space; a pair is two
  // words with "_" and " ", so the pairs take at most twice the words' bytes.
  let need = 0;
  for (const t of texts) need += t.length + 1;
  if (wordBytes.length < need) wordBytes = Buffer.alloc(need * 2);
  if (pairBytes.length < need * 2) pairBytes = Buffer.alloc(need * 4);
  const w = wordBytes;
  const p = pairBytes;
  let wLen = 0;
  let pLen = 0;
  let prevStart = -1; // the previous word of the run, in w
  const words: string[] = [];
  for (const text of texts) {
    const textStart = wLen;
    let wordStart = -1;
    for (let i = 0; i <= text.length; i++) {
      const b = i === text.length ? BYTE_BREAK : text.charCodeAt(i) < TABLE_SIZE ? byteTable[text.charCodeAt(i)]! : BYTE_SLOW;
      if (b < 0x100) {
        if (wordStart < 0) wordStart = wLen;
        w[wLen++] = b;
      } else if (b === BYTE_BREAK) {
        if (wordStart < 0) continue;
        if (prevStart >= 0) {
          // previous word (it ends at the space before this one), "_", this word, " "
          for (let j = prevStart; j < wordStart - 1; j++) p[pLen++] = w[j]!;
          p[pLen++] = UNDERSCORE;
          for (let j = wordStart; j < wLen; j++) p[pLen++] = w[j]!;
          p[pLen++] = SPACE;
        }
        prevStart = wordStart;
        w[wLen++] = SPACE;
        wordStart = -1;
      } else if (b === BYTE_SLOW) return null;
    }
    words.push(w.toString("latin1", textStart, Math.max(textStart, wLen - 1)));
  }
  return { words, pairs: p.toString("latin1", 0, Math.max(0, pLen - 1)) };
}

// Adjacent syllable pairs as single index tokens: "xoa an tich" → "xoa_an an_tich".
export function pairsOfSyllables(s: string[]): string {
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(`${s[i]}_${s[i + 1]}`);
  return out.join(" ");
}
