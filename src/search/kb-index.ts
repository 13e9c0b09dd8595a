// Keeps the search index in step with the knowledge base. Every change to an entry, its tags or
// citations calls entryChanged in its own transaction: a published entry is (re)indexed, any other
// removed. Bulk writers (kb:import, the demo) collect their entries' rows in an EntryIndexBatch.
import type { Citation } from "../model.js";
import { eq, sql } from "drizzle-orm";
import { kbEntries } from "../../db/schema.js";
import type { DB, Tx } from "../db.js";
import { foldedRun } from "../domain/search-text.js";
import { tagsAndCitationsOf } from "../services/kb-queries.js";
import { indexChanged } from "./cache.js";
import { store, type EntryBatchWriter, type KbIndexRow } from "./store.js";

export type EntryText = { title: string; question: string; answer: string };

// Both index rows of an entry, each text folded once: the syllable index's five fields and the pair
// index's head (title, tags, question) and body (answer, citations), each one run of pairs.
// Tags in a fixed order, so an entry is indexed alike whichever way its tags arrived.
export function indexRows(e: EntryText, tags: string[], citations: Citation[]): KbIndexRow {
  const head = foldedRun([e.title, [...tags].sort().join(" . "), e.question]);
  const body = foldedRun([e.answer, citations.map((c) => `${c.article} ${c.document}`).join(" . ")]);
  return {
    syllables: [...head.words, ...body.words] as KbIndexRow["syllables"],
    pairs: [head.pairs, body.pairs] as KbIndexRow["pairs"],
  };
}

export function entryChanged(tx: Tx, entryId: number): void {
  indexChanged();
  const e = tx.select().from(kbEntries).where(eq(kbEntries.id, entryId)).get();
  if (!e || e.status !== "published") {
    store.removeEntry(tx, entryId);
    return;
  }
  store.putEntry(tx, entryId, storedRows(tx, e));
}

// The index rows of an entry as the database holds it, with its tags and citations.
function storedRows(db: DB | Tx, e: EntryText & { id: number }): KbIndexRow {
  const { tags, citations } = tagsAndCitationsOf(db, e.id);
  return indexRows(e, tags, citations);
}

// The index rows of entries written one at a time in one transaction, written by write() in id
// order: FTS5 writes its pending terms to disk whenever another statement of the transaction opens
// a savepoint (any write to another table, or to the other index) or a rowid comes below the last,
// so interleaving them with the entries' own rows left hundreds of thousands of tiny index
// segments. write({ pairs: false }) leaves the pair index alone, for kb:import when it has the whole
// pair index built on another thread (sqlite/pair-index.ts).
export class EntryIndexBatch {
  private readonly rows: { id: number; replaced: boolean; syllables: KbIndexRow["syllables"]; pairs?: KbIndexRow["pairs"] }[] = [];
  private readonly writer: EntryBatchWriter;

  // keepPairs false: the caller has the pair rows indexed elsewhere (kb:import's worker), so they
  // are not held here until write() (100k entries' pairs are some 300 MB of strings the garbage
  // collector would go over again and again); a write() that needs them after all reads them back.
  constructor(
    private readonly db: DB,
    private readonly keepPairs = true,
  ) {
    this.writer = store.entryBatch(db);
  }

  // `replaced`: the entry had index rows before this transaction.
  add(id: number, replaced: boolean, row: KbIndexRow): void {
    this.rows.push({ id, replaced, syllables: row.syllables, pairs: this.keepPairs ? row.pairs : undefined });
  }

  get size(): number {
    return this.rows.length;
  }

  write(options: { pairs: boolean } = { pairs: true }): void {
    const { rows, writer } = this;
    rows.sort((a, b) => a.id - b.id);
    for (const { id, replaced, syllables } of rows) writer.syllables(id, replaced, syllables);
    if (options.pairs) {
      for (const { id, replaced, pairs } of rows) writer.pairs(id, replaced, pairs ?? this.storedPairs(id));
    }
    indexChanged();
  }

  // Reading does not end FTS5's pending terms the way another write would.
  private storedPairs(id: number): KbIndexRow["pairs"] {
    return storedRows(this.db, this.db.select().from(kbEntries).where(eq(kbEntries.id, id)).get()!).pairs;
  }
}

// Databases indexed before the pair index existed: pair every published entry once, at start.
export function backfillPairIndex(db: DB): void {
  // Runs at every start: look for one entry, never count a 100k-entry index.
  const published = db.get(sql`SELECT 1 FROM kb_entries WHERE status = 'published' LIMIT 1`) !== undefined;
  if (store.holdsAny(db, "kb") || !published) return;
  const ids = db.all<{ id: number }>(sql`SELECT id FROM kb_entries WHERE status = 'published'`);
  db.transaction((tx) => {
    for (const { id } of ids) entryChanged(tx, id);
  });
}
