// Keeps the search index in step with the knowledge base. Call reindexEntry in the same transaction
// as any change to an entry, its tags or citations: published entries are (re)indexed, others removed.
import { tagsAndCitationsOf } from "./kb-queries.js";
import Database from "better-sqlite3";
import { eq, sql } from "drizzle-orm";
import { kbEntries } from "../../db/schema.js";
import { dataVersion, type DB, type Tx } from "../db.js";
import { foldedRun } from "../domain/search-text.js";

let generation = 0;

// Changes whenever the index may have changed, so cached term statistics know when they are stale:
// this process's own writes bump `generation`; another process's commits (a `kb:import` run beside
// the server) change SQLite's data_version for this connection.
export function indexGeneration(db: DB): string {
  return `${generation}:${dataVersion(db)}`;
}

export function markIndexChanged(): void {
  generation++;
}

type EntryText = { title: string; question: string; answer: string };
type Citation = { document: string; article: string };

// Both index rows of an entry, each text folded once: kb_fts's five columns (folded syllables) and
// kb_pairs's head (title, tags, question) and body (answer, citations), each one run of pairs.
// Tags in a fixed order, so an entry is indexed alike whichever way its tags arrived.
export function indexRows(e: EntryText, tags: string[], citations: Citation[]) {
  const head = foldedRun([e.title, [...tags].sort().join(" . "), e.question]);
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

// The pair index for a bulk import is built in a database file of its own, on another thread, and
// then copied in whole. FTS5 keeps an index in ordinary "shadow" tables (data: segments and the
// structure record; idx: each segment's first terms; docsize: token counts per row), so an index
// built by the same SQLite from the same declaration is the same rows, wherever it was built.
const PAIR_INDEX_TABLES = ["kb_pairs_data", "kb_pairs_idx", "kb_pairs_docsize"] as const;

export function pairIndexDeclaration(c: Database.Database): string {
  return c.prepare<[], string>("SELECT sql FROM sqlite_master WHERE name = 'kb_pairs'").pluck().get()!;
}

// Builds kb_pairs in a new database file from [entry id, head, body] rows (indexRows's pairs), in
// one transaction ended by finish().
export class PairIndexBuilder {
  private readonly out: Database.Database;
  private readonly insert: Database.Statement<[number, string, string]>;
  private last = 0;
  private later: [number, string, string][] = [];

  constructor(path: string, declaration: string) {
    this.out = new Database(path);
    // A scratch file: nothing to recover if this process dies, so no journal on disk (better-sqlite3's
    // defensive mode refuses OFF) and no syncs.
    this.out.pragma("journal_mode = MEMORY");
    this.out.pragma("synchronous = OFF");
    this.out.exec(declaration);
    // Room for all the pending terms of a 100k import: one segment, no merging.
    this.out.exec("INSERT INTO kb_pairs (kb_pairs, rank) VALUES ('hashsize', 1073741823)");
    this.insert = this.out.prepare("INSERT INTO kb_pairs (rowid, head, body) VALUES (?, ?, ?)");
    this.out.exec("BEGIN");
  }

  // FTS5 writes out its pending terms whenever a rowid comes below the last, so rows that arrive
  // out of order wait, and go in at the end in order (the new entries of an import come in order).
  add(id: number, head: string, body: string): void {
    if (id > this.last) {
      this.insert.run(id, head, body);
      this.last = id;
    } else this.later.push([id, head, body]);
  }

  finish(): void {
    try {
      for (const row of this.later.sort((a, b) => a[0] - b[0])) this.insert.run(...row);
      this.out.exec("COMMIT");
    } finally {
      this.out.close();
    }
  }
}

// The pair rows of every published entry but `except`, read in one snapshot.
export function publishedPairRows(c: Database.Database, except: Set<number>): [number, string, string][] {
  return c.transaction(() => {
    const tags = new Map<number, string[]>();
    for (const t of c.prepare<[], { entry_id: number; tag: string }>("SELECT entry_id, tag FROM kb_tags").iterate()) {
      if (!except.has(t.entry_id)) tags.set(t.entry_id, [...(tags.get(t.entry_id) ?? []), t.tag]);
    }
    const citations = new Map<number, Citation[]>();
    const cited = c.prepare<[], Citation & { entry_id: number }>("SELECT entry_id, document, article FROM kb_citations ORDER BY id");
    for (const { entry_id, document, article } of cited.iterate()) {
      if (!except.has(entry_id)) citations.set(entry_id, [...(citations.get(entry_id) ?? []), { document, article }]);
    }
    const rows: [number, string, string][] = [];
    const entries = c.prepare<[], EntryText & { id: number }>("SELECT id, title, question, answer FROM kb_entries WHERE status = 'published'");
    for (const e of entries.iterate()) {
      if (except.has(e.id)) continue;
      const [head, body] = indexRows(e, tags.get(e.id) ?? [], citations.get(e.id) ?? []).pairs;
      rows.push([e.id, head, body]);
    }
    return rows;
  })();
}

// Replaces this database's pair index with the one a PairIndexBuilder wrote to `path`, inside the
// caller's transaction. Only for a connection closed right after (kb:import): FTS5 caches an
// index's structure per connection and would not see rows written past it.
export function replacePairIndex(c: Database.Database, path: string): void {
  const built = new Database(path, { readonly: true });
  // Shadow tables are read-only to SQL while better-sqlite3's defensive mode is on.
  c.unsafeMode(true);
  try {
    for (const table of PAIR_INDEX_TABLES) {
      c.exec(`DELETE FROM ${table}`);
      const read = built.prepare(`SELECT * FROM ${table}`).raw();
      const write = c.prepare(`INSERT INTO ${table} VALUES (${read.columns().map(() => "?").join(", ")})`);
      for (const row of read.iterate()) write.run(row);
    }
  } finally {
    c.unsafeMode(false);
    built.close();
  }
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
