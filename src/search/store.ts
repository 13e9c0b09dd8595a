// The seam a storage engine plugs into (CONVENTIONS.md: one adapter per storage concern, as Fizzy's
// Search::Record has one per database). The search module decides what is indexed (kb-index.ts,
// law.ts, questions.ts) and how results are ranked (engine.ts); a store keeps the inverted indexes
// and answers the few questions stage 1 asks of them. Nothing outside src/search/ reads or writes
// the index tables. SQLite's FTS5 is the store in use (sqlite/store.ts); a second engine is one
// more implementation of this interface, chosen here.
import type { SQL } from "drizzle-orm";
import type { DB, Tx } from "../db.js";
import { sqliteStore } from "./sqlite/store.js";

// The knowledge base's entries and the register's articles: each has a syllable index and a pair
// index (adjacent syllables as single tokens "a_b"), both over folded text (domain/search-text.ts).
export type TextIndexName = "kb" | "law";

export type Found = { id: number; rank: number }; // rank: lower is better (bm25 is negative)

// One document's folded text, one string of space-separated tokens per field.
export interface KbIndexRow {
  syllables: [title: string, tags: string, question: string, answer: string, citations: string];
  pairs: [head: string, body: string];
}
export interface LawIndexRow {
  syllables: [head: string, body: string];
  pairs: [head: string, body: string];
}
export interface QuestionIndexRow {
  title: string;
  body: string;
  answers: string;
}

// A knowledge base's index rows written in bulk (kb:import, the demo), in ascending id order.
export interface EntryBatchWriter {
  syllables(id: number, replaced: boolean, row: KbIndexRow["syllables"]): void;
  pairs(id: number, replaced: boolean, row: KbIndexRow["pairs"]): void;
}

export interface SearchStore {
  // Writes, inside the caller's transaction. put replaces any row of that id.
  putEntry(tx: Tx, id: number, row: KbIndexRow): void;
  removeEntry(tx: Tx, id: number): void;
  entryBatch(db: DB): EntryBatchWriter;
  putArticle(tx: Tx, id: number, row: LawIndexRow): void;
  removeArticle(tx: Tx, id: number): void;
  putQuestion(tx: Tx, id: number, row: QuestionIndexRow): void;
  removeQuestion(tx: Tx, id: number): void;
  // Whether the index holds anything (databases from before an index existed are filled at start;
  // for the knowledge base and the law, the pair index, the later of the two).
  holdsAny(db: DB, index: TextIndexName | "questions"): boolean;

  // Stage 1 of the text search (engine.ts).
  documentCount(db: DB, index: TextIndexName): number;
  documentFrequency(db: DB, index: TextIndexName, term: string): number; // a syllable, or a pair "a_b"
  // Limits candidates to the ids each subquery selects (all of them); built once per search.
  within(ids: SQL[]): SQL;
  // The best `limit` documents matching `match` (an expression of domain/search-query's ftsTerm).
  candidates(db: DB, index: TextIndexName, field: "syllables" | "pairs", match: string, within: SQL, limit: number): Found[];

  // Past questions (questions.ts).
  questionFrequency(db: DB, term: string): number;
  questionsMatching(match: string): SQL; // a condition on questions.id
  questionsRanked(match: string): SQL; // a subquery `text_rank` (id, rank) to join on questions.id
}

export const store: SearchStore = sqliteStore;
