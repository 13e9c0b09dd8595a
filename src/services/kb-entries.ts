// Writing published entries in bulk (demo data, `kb:import`): upsert by ref, categories created when
// unknown, all in one transaction so a failed batch leaves nothing behind. 100k entries must import
// in seconds, so this path uses prepared statements directly rather than the query builder; each
// entry gets its index rows and its audit row. The version an import writes lives in kb_entries
// alone (entryVersions shows it from there), so the text is not stored twice; what an entry said
// before an import replaced it is kept as a version row, as the editor does.
import type { DB } from "../db.js";
import { indexRows, markIndexChanged } from "./kb-search-index.js";

export interface PublishedEntryInput {
  ref: string;
  title: string;
  question: string;
  answer: string;
  category: string; // code or name
  tags: string[];
  citations: { document: string; article: string }[];
}

// An entry's tags as imported: trimmed, blanks and repeats dropped.
export function importedTags(e: PublishedEntryInput): string[] {
  return [...new Set(e.tags.map((t) => t.trim()).filter(Boolean))];
}

type PendingPair = { id: number; replaced: boolean; rows: [string, string] };

// Upserts the entries in one transaction. Returns the id of every line's entry, and how many were
// already published exactly as given (those are left alone: importing the same file twice adds no
// versions and no audit rows).
export function upsertPublishedEntries(db: DB, actorId: number | null, entries: PublishedEntryInput[], now: Date): { ids: number[]; unchanged: number } {
  const result = db.$client.transaction(() => {
    const { ids, unchanged, pairs } = writePublishedEntries(db, actorId, entries, now);
    writePairRows(db, pairs);
    return { ids, unchanged };
  })();
  markIndexChanged();
  return result;
}

// Which entry each line upserts, asked line by line inside the import's transaction: the entry of
// that ref, or the next new one (the id AUTOINCREMENT would give it).
export function entryIdAssigner(db: DB): (ref: string) => number {
  const c = db.$client;
  const existing = c.prepare<[string], number>("SELECT id FROM kb_entries WHERE ref = ?").pluck();
  let next = c
    .prepare<[], number>(
      `SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'kb_entries'), 0),
                  coalesce((SELECT max(id) FROM kb_entries), 0)) + 1`,
    )
    .pluck()
    .get()!;
  return (ref) => existing.get(ref) ?? next++;
}

export type IndexRows = ReturnType<typeof indexRows>;

// Everything of an upsert but the pair index, inside the caller's transaction: the rows, the audit
// rows and kb_fts. `pairs` are the kb_pairs rows to write (writePairRows). A caller that has already
// given every line an id (entryIdAssigner) and folded it, to build the pair index elsewhere meanwhile
// (kb:import), passes both as `prepared`.
export function writePublishedEntries(
  db: DB,
  actorId: number | null,
  entries: PublishedEntryInput[],
  now: Date,
  prepared?: { ids: number[]; rows: IndexRows[] },
): { ids: number[]; unchanged: number; pairs: PendingPair[] } {
  const c = db.$client;
  const at = now.getTime();
  const st = {
    category: c.prepare<[{ k: string }], { id: number }>("SELECT id FROM categories WHERE code = @k OR name = @k ORDER BY code = @k DESC LIMIT 1"),
    newCategory: c.prepare<[string, string], { id: number }>("INSERT INTO categories (code, name, sort_order) VALUES (?, ?, 100) RETURNING id"),
    existing: c.prepare<[string], { id: number; version: number; status: string; title: string; question: string; answer: string; category_id: number; created_by: number | null; updated_at: number }>(
      "SELECT id, version, status, title, question, answer, category_id, created_by, updated_at FROM kb_entries WHERE ref = ?",
    ),
    hasVersion: c.prepare<[number, number], { id: number }>("SELECT id FROM kb_entry_versions WHERE entry_id = ? AND version = ?"),
    oldTags: c.prepare<[number], { tag: string }>("SELECT tag FROM kb_tags WHERE entry_id = ?"),
    oldCitations: c.prepare<[number], { document: string; article: string }>("SELECT document, article FROM kb_citations WHERE entry_id = ? ORDER BY id"),
    insert: c.prepare(
      `INSERT INTO kb_entries (id, ref, title, question, answer, category_id, status, version, created_by, created_at, updated_at, published_at)
       VALUES (?, ?, ?, ?, ?, ?, 'published', 1, ?, ?, ?, ?)`,
    ),
    update: c.prepare(
      `UPDATE kb_entries SET title = ?, question = ?, answer = ?, category_id = ?, status = 'published', version = ?,
       updated_at = ?, published_at = coalesce(published_at, ?), retired_at = NULL WHERE id = ?`,
    ),
    dropTags: c.prepare("DELETE FROM kb_tags WHERE entry_id = ?"),
    dropCitations: c.prepare("DELETE FROM kb_citations WHERE entry_id = ?"),
    tag: c.prepare("INSERT OR IGNORE INTO kb_tags (entry_id, tag) VALUES (?, ?)"),
    citation: c.prepare("INSERT INTO kb_citations (entry_id, document, article) VALUES (?, ?, ?)"),
    version: c.prepare(
      `INSERT INTO kb_entry_versions (entry_id, version, title, question, answer, category_id, tags, citations, edited_by, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    unindex: c.prepare("DELETE FROM kb_fts WHERE rowid = ?"),
    index: c.prepare("INSERT INTO kb_fts (rowid, title, tags, question, answer, citations) VALUES (?, ?, ?, ?, ?, ?)"),
    audit: c.prepare(
      `INSERT INTO audit_log (actor_id, action, object_type, object_id, from_state, to_state, data, at)
       VALUES (?, ?, 'kb_entry', ?, ?, 'published', ?, ?)`,
    ),
  };
  const categoryIds = new Map<string, number>();
  const categoryId = (key: string) => {
    const k = key.trim();
    let id = categoryIds.get(k) ?? st.category.get({ k })?.id;
    id ??= st.newCategory.get(k, k)!.id;
    categoryIds.set(k, id);
    return id;
  };
  const idOf = prepared ? undefined : entryIdAssigner(db);
  const ids = prepared?.ids ?? entries.map((e) => idOf!(e.ref));
  const befores = entries.map((e) => st.existing.get(e.ref));
  const written: { id: number; line: number; e: PublishedEntryInput; tags: string[]; replaced: boolean }[] = [];
  entries.forEach((e, i) => {
    const cat = categoryId(e.category);
    const tags = importedTags(e);
    const before = befores[i];
    const id = ids[i]!;
    let version = 1;
    if (before) {
      const oldTags = st.oldTags.all(id).map((t) => t.tag);
      const oldCitations = st.oldCitations.all(id);
      const same =
        before.status === "published" &&
        before.title === e.title &&
        before.question === e.question &&
        before.answer === e.answer &&
        before.category_id === cat &&
        JSON.stringify([...oldTags].sort()) === JSON.stringify([...tags].sort()) &&
        JSON.stringify(oldCitations) === JSON.stringify(e.citations.map(({ document, article }) => ({ document, article })));
      if (same) return;
      version = before.version + 1;
      if (!st.hasVersion.get(id, before.version)) {
        st.version.run(id, before.version, before.title, before.question, before.answer, before.category_id, JSON.stringify(oldTags), JSON.stringify(oldCitations), before.created_by, before.updated_at);
      }
      st.update.run(e.title, e.question, e.answer, cat, version, at, at, id);
      st.dropTags.run(id);
      st.dropCitations.run(id);
    } else {
      st.insert.run(id, e.ref, e.title, e.question, e.answer, cat, actorId, at, at, at);
    }
    for (const t of tags) st.tag.run(id, t);
    for (const ct of e.citations) st.citation.run(id, ct.document, ct.article);
    st.audit.run(actorId, before ? "kb.update" : "kb.publish", String(id), before?.status ?? null, JSON.stringify({ ref: e.ref, version, source: "import" }), at);
    written.push({ id, line: i, e, tags, replaced: before !== undefined });
  });
  // The indexes last, one after the other, and in rowid order: FTS5 writes its pending terms to
  // disk whenever another statement of the transaction opens a savepoint (any write to another
  // table, or to the other index) or a rowid comes below the last, so interleaving them left
  // hundreds of thousands of tiny index segments and took most of a 100k import.
  written.sort((a, b) => a.id - b.id);
  const pairs: PendingPair[] = [];
  for (const { id, line, e, tags, replaced } of written) {
    if (replaced) st.unindex.run(id);
    const rows = prepared?.rows[line] ?? indexRows(e, tags, e.citations);
    st.index.run(id, ...rows.fts);
    pairs.push({ id, replaced, rows: rows.pairs });
  }
  markIndexChanged();
  return { ids, unchanged: entries.length - written.length, pairs };
}

// kb_pairs rows of written entries (after writePublishedEntries, in the same transaction).
export function writePairRows(db: DB, pairs: PendingPair[]): void {
  const c = db.$client;
  const unpair = c.prepare("DELETE FROM kb_pairs WHERE rowid = ?");
  const pair = c.prepare("INSERT INTO kb_pairs (rowid, head, body) VALUES (?, ?, ?)");
  for (const { id, replaced, rows } of pairs) {
    if (replaced) unpair.run(id);
    pair.run(id, ...rows);
  }
  markIndexChanged();
}
