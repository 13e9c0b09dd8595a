// What changed in the law an entry cites, read from the register as it is now: a document amended
// or replaced speaks for all its articles; otherwise an article's own change counts. The reason
// stored with a flag was written when it was set and may be out of date (the document replaced
// since, or set back in force), so readers are told the register's facts when there are any.
import type { CitedLaw, LawChange, RegulationStatus } from "../model.js";

// The changes among an entry's cited law, each once, in the order cited.
export function lawChanges(cited: CitedLaw[]): LawChange[] {
  const out = new Map<string, LawChange>();
  for (const c of cited) {
    const base = { regulationId: c.regulationId, document: c.document, number: c.number };
    if (c.documentStatus !== "in_force") {
      out.set(`${c.regulationId}`, { ...base, articleId: null, article: null, status: c.documentStatus, since: c.documentSince });
    } else if (c.articleId !== null && c.articleStatus && c.articleStatus !== "in_force") {
      out.set(`${c.regulationId}:${c.articleId}`, { ...base, articleId: c.articleId, article: c.article, status: c.articleStatus, since: c.articleSince });
    }
  }
  return [...out.values()];
}
