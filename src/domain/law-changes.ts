// What changed in the law an entry cites, read from the register as it is now: a document amended
// or replaced speaks for all its articles; otherwise an article's own change counts. The reason
// stored with a flag was written when it was set and may be out of date (the document replaced
// since, or set back in force), so readers are told the register's facts when there are any.
import type { RegulationStatus } from "../model.js";

export type ChangedStatus = Exclude<RegulationStatus, "in_force">;

// One cited document and, when the citation points at one, an article, with their statuses.
export interface CitedLaw {
  regulationId: number;
  document: string;
  number: string | null;
  documentStatus: RegulationStatus;
  documentSince: string | null; // "YYYY-MM-DD"
  articleId: number | null;
  article: string | null; // "Điều 20"
  articleStatus: RegulationStatus | null;
  articleSince: string | null;
}

export interface LawChange {
  regulationId: number;
  articleId: number | null; // null: the whole document changed
  document: string;
  number: string | null;
  article: string | null;
  status: ChangedStatus;
  since: string | null;
}

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
