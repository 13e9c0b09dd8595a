// kb:import's pair index on SQLite: a big import builds the whole pair index on another thread in a
// scratch database and copies it in (src/cli/kb-import-pairs.ts, decision 007). Specific to this
// store: it copies FTS5's own tables.
import type { Citation } from "../../model.js";
import Database from "better-sqlite3";
import { indexRows, type EntryText } from "../kb-index.js";

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
