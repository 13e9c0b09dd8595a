// Text as the search engine sees it: Vietnamese folded to plain lower-case letters, so "XÓA ÁN TÍCH",
// "xoá án tích" (either tone-mark placement) and "xoa an tich" are the same three syllables.
// Index and queries fold with this one function; snippets are cut from the original text.

const COMBINING_MARKS = /\p{M}+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/u;
const WORD_CHAR = /^[\p{L}\p{N}]+$/u;

export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(/[đĐ]/g, "d") // đ is its own letter, not d + a mark: NFD leaves it alone
    .toLowerCase();
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
  return syllables(text).join(" ");
}

// Adjacent syllable pairs as single index tokens: "xoa an tich" → "xoa_an an_tich".
export function pairsOfSyllables(s: string[]): string {
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(`${s[i]}_${s[i + 1]}`);
  return out.join(" ");
}
