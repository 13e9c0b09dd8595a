// Keeps the search index in step with the knowledge base. Call reindexEntry in the same transaction
// as any change to an entry, its tags or citations: published entries are (re)indexed, others removed.
import { eq, sql } from "drizzle-orm";
import { kbCitations, kbEntries, kbTags } from "../../db/schema.js";
import type { DB, Tx } from "../db.js";
import { indexText, pairText } from "../domain/search-text.js";

let generation = 0;

// Changes whenever the index may have changed, so cached term statistics know when they are stale:
// this process's own writes bump `generation`; another process's commits (a `kb:import` run beside
// the server) change SQLite's data_version for this connection.
export function indexGeneration(db: DB): string {
  return `${generation}:${db.$client.pragma("data_version", { simple: true })}`;
}

export function markIndexChanged(): void {
  generation++;
}

// The folded fields of the index row, in the column order of kb_fts.
export function ftsFields(e: { title: string; question: string; answer: string }, tags: string[], citations: { document: string; article: string }[]) {
  return [
    indexText(e.title),
    indexText(tags.join(" . ")),
    indexText(e.question),
    indexText(e.answer),
    indexText(citations.map((c) => `${c.article} ${c.document}`).join(" . ")),
  ] as const;
}

// The syllable-pair row of kb_pairs: head (title, tags, question) and body (answer, citations).
export function pairFields(e: { title: string; question: string; answer: string }, tags: string[], citations: { document: string; article: string }[]) {
  return [
    pairText(`${e.title} . ${tags.join(" . ")} . ${e.question}`),
    pairText(`${e.answer} . ${citations.map((c) => `${c.article} ${c.document}`).join(" . ")}`),
  ] as const;
}

export function reindexEntry(tx: Tx, entryId: number): void {
  markIndexChanged();
  tx.run(sql`DELETE FROM kb_fts WHERE rowid = ${entryId}`);
  tx.run(sql`DELETE FROM kb_pairs WHERE rowid = ${entryId}`);
  const e = tx.select().from(kbEntries).where(eq(kbEntries.id, entryId)).get();
  if (!e || e.status !== "published") return;
  const tags = tx.select({ tag: kbTags.tag }).from(kbTags).where(eq(kbTags.entryId, entryId)).all().map((t) => t.tag);
  const citations = tx.select().from(kbCitations).where(eq(kbCitations.entryId, entryId)).all();
  const [title, tagText, question, answer, citationText] = ftsFields(e, tags, citations);
  tx.run(sql`INSERT INTO kb_fts (rowid, title, tags, question, answer, citations)
             VALUES (${entryId}, ${title}, ${tagText}, ${question}, ${answer}, ${citationText})`);
  const [head, body] = pairFields(e, tags, citations);
  tx.run(sql`INSERT INTO kb_pairs (rowid, head, body) VALUES (${entryId}, ${head}, ${body})`);
}

// Databases indexed before kb_pairs existed: pair every published entry once, at start.
export function backfillPairIndex(db: DB): void {
  const paired = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM kb_pairs_vocab`)!.n;
  const published = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM kb_entries WHERE status = 'published'`)!.n;
  if (paired > 0 || published === 0) return;
  const ids = db.all<{ id: number }>(sql`SELECT id FROM kb_entries WHERE status = 'published'`);
  db.transaction((tx) => {
    for (const { id } of ids) reindexEntry(tx, id);
  });
}
