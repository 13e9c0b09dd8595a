// Vietnamese written without its marks: "Biên bản xác minh" → "Bien ban xac minh". Search folds text
// with it (then lower-cases), a download's plain filename= falls back to it, and the search
// benchmarks type queries without diacritics with it. One function, so they cannot drift apart.
const COMBINING_MARKS = /\p{M}+/gu;

export function stripDiacritics(text: string): string {
  return text
    .normalize("NFD") // tone and vowel marks become combining characters of their own…
    .replace(COMBINING_MARKS, "") // …and go
    .replace(/đ/g, "d") // đ is a letter of its own, not d + a mark: NFD leaves it alone
    .replace(/Đ/g, "D");
}
