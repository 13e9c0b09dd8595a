// Text as the search engine sees it: Vietnamese folded to plain lower-case letters, so "XÓA ÁN TÍCH",
// "xoá án tích" (either tone-mark placement) and "xoa an tich" are the same three syllables.
// Index and queries fold with this one function; snippets are cut from the original text.

const COMBINING_MARKS = /\p{M}+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/u;

export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(/[đĐ]/g, "d") // đ is its own letter, not d + a mark: NFD leaves it alone
    .toLowerCase();
}

// Syllables (Vietnamese words are written as space-separated syllables), folded.
export function syllables(text: string): string[] {
  return fold(text)
    .split(NOT_WORD)
    .filter((s) => s.length > 0);
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
