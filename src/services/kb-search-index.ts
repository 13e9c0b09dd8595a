// Keeps the search index in step with the knowledge base. Call reindexEntry in the same transaction
// as any change to an entry, its tags or citations: published entries are (re)indexed, others removed.
import { tagsAndCitationsOf } from "./kb-queries.js";
import { eq, sql } from "drizzle-orm";
import { kbEntries } from "../../db/schema.js";
import { preparedOnce, type DB, type Tx } from "../db.js";
import { foldedRun } from "../domain/search-text.js";

let generation = 0;

// Changes whenever the index may have changed, so cached term statistics know when they are stale:
// this process's own writes bump `generation`; another process's commits (a `kb:import` run beside
// the server) change SQLite's data_version for this connection.
export function indexGeneration(db: DB): string {
  return `${generation}:${dataVersion(db).get()}`;
}

// Asked on every search: prepared once rather than by db.pragma() each time.
const dataVersion = preparedOnce((db) => db.$client.prepare<[], number>("PRAGMA data_version").pluck());

export function markIndexChanged(): void {
  generation++;
}

type EntryText = { title: string; question: string; answer: string };
type Citation = { document: string; article: string };

// Both index rows of an entry, each text folded once: kb_fts's five columns (folded syllables) and
// kb_pairs's head (title, tags, question) and body (answer, citations), each one run of pairs.
export function indexRows(e: EntryText, tags: string[], citations: Citation[]) {
  const head = foldedRun([e.title, tags.join(" . "), e.question]);
  const body = foldedRun([e.answer, citations.map((c) => `${c.article} ${c.document}`).join(" . ")]);
  return {
    fts: [...head.words, ...body.words] as [string, string, string, string, string],
    pairs: [head.pairs, body.pairs] as [string, string],
  };
}

export function reindexEntry(tx: Tx, entryId: number): void {
  markIndexChanged();
  tx.run(sql`DELETE FROM kb_fts WHERE rowid = ${entryId}`);
  tx.run(sql`DELETE FROM kb_pairs WHERE rowid = ${entryId}`);
  const e = tx.select().from(kbEntries).where(eq(kbEntries.id, entryId)).get();
  if (!e || e.status !== "published") return;
  const { tags, citations } = tagsAndCitationsOf(tx, entryId);
  const rows = indexRows(e, tags, citations);
  const [title, tagText, question, answer, citationText] = rows.fts;
  tx.run(sql`INSERT INTO kb_fts (rowid, title, tags, question, answer, citations)
             VALUES (${entryId}, ${title}, ${tagText}, ${question}, ${answer}, ${citationText})`);
  const [head, body] = rows.pairs;
  tx.run(sql`INSERT INTO kb_pairs (rowid, head, body) VALUES (${entryId}, ${head}, ${body})`);
}

// Databases indexed before kb_pairs existed: pair every published entry once, at start.
export function backfillPairIndex(db: DB): void {
  // Runs at every start: look for one term and one entry, never count a 100k-entry index.
  const paired = db.get(sql`SELECT 1 FROM kb_pairs_vocab LIMIT 1`) !== undefined;
  const published = db.get(sql`SELECT 1 FROM kb_entries WHERE status = 'published' LIMIT 1`) !== undefined;
  if (paired || !published) return;
  const ids = db.all<{ id: number }>(sql`SELECT id FROM kb_entries WHERE status = 'published'`);
  db.transaction((tx) => {
    for (const { id } of ids) reindexEntry(tx, id);
  });
}
