// The search module: the one way in to indexing and searching the knowledge base, the register's
// articles and past questions (docs/decisions/004-kb-search.md). Write paths tell it what changed,
// in the transaction of the change, as Fizzy's Search::Record is kept current from a model's save;
// nothing outside src/search/ touches the index tables. The indexes live in a store (store.ts: the
// interface, sqlite/: SQLite's FTS5), the seam a second storage engine would plug into. Caches of
// results are kept per database and emptied when it changes (cache.ts).
//
//   writes:  entryChanged, EntryIndexBatch (bulk), regulationChanged, articlesRemoved,
//            questionChanged, resultsChanged (something a hit shows changed), indexAtStart
//   queries: searchKb, searchFacets, searchLaw, lawArticle, questionMatch + matchesText/textRank
//            (the question list's filter and order), similarAnsweredQuestions
import type { DB } from "../db.js";
import { backfillPairIndex } from "./kb-index.js";
import { backfillLawIndex } from "./law.js";
import { backfillQuestionIndex } from "./questions.js";

export { entryChanged, EntryIndexBatch, indexRows } from "./kb-index.js";
export { articlesRemoved, lawArticle, regulationChanged, searchLaw, type LawHit, type LawSearchResult } from "./law.js";
export { matchesText, questionChanged, questionMatch, similarAnsweredQuestions, textRank } from "./questions.js";
export { searchFacets, searchKb, type KbSearchInput, type KbSearchResult } from "./kb.js";
export { GenerationCache, indexChanged as resultsChanged } from "./cache.js";
export type { KbIndexRow } from "./store.js";

// Databases from before an index existed (or restored without one): index what is there, once, at
// start. Each looks for one row, never counts.
export function indexAtStart(db: DB): void {
  backfillPairIndex(db);
  backfillQuestionIndex(db);
  backfillLawIndex(db);
}
