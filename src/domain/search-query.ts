// What a person typed into the search box, as the engine needs it: folded syllables, the phrases
// they put in quotes, and adjacent pairs of syllables (Vietnamese words are mostly two syllables,
// so a pair like "an tich" says far more than "an" and "tich" apart). Any input is acceptable:
// operators, stray quotes and symbols are just text here, and very long pastes are cut.
import { syllables } from "./search-text.js";

export const MAX_QUERY_CHARS = 2000;
export const MAX_QUERY_SYLLABLES = 64;

export interface ParsedQuery {
  words: string[]; // every folded syllable, in order (phrase syllables included)
  phrases: string[][]; // quoted phrases of two syllables or more, which must appear as written
  pairs: string[]; // adjacent syllable pairs "a b", in order, without repeats
}

const QUOTED = /["“”„«»]([^"“”„«»]*)["“”„«»]/g;

export function parseQuery(input: string): ParsedQuery {
  const text = input.slice(0, MAX_QUERY_CHARS);
  const phrases: string[][] = [];
  for (const m of text.matchAll(QUOTED)) {
    const p = syllables(m[1] ?? "");
    if (p.length >= 2) phrases.push(p.slice(0, 12));
  }
  const words = syllables(text).slice(0, MAX_QUERY_SYLLABLES);
  const pairs: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const pair = `${words[i]} ${words[i + 1]}`;
    if (!pairs.includes(pair)) pairs.push(pair);
  }
  return { words, phrases: phrases.slice(0, 5), pairs };
}

// FTS5 syntax for one folded term or phrase. Folded syllables hold only letters and digits, so
// quoting cannot be escaped from; the quotes also keep words like NEAR or AND from being operators.
export function ftsTerm(words: string[]): string {
  return `"${words.join(" ")}"`;
}
