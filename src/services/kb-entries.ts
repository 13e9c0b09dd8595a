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

// Returns the id of every line's entry, and how many were already published exactly as given
// (those are left alone: importing the same file twice adds no versions and no audit rows).
export function upsertPublishedEntries(db: DB, actorId: number | null, entries: PublishedEntryInput[], now: Date): { ids: number[]; unchanged: number } {
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
    insert: c.prepare<unknown[], { id: number }>(
      `INSERT INTO kb_entries (ref, title, question, answer, category_id, status, version, created_by, created_at, updated_at, published_at)
       VALUES (?, ?, ?, ?, ?, 'published', 1, ?, ?, ?, ?) RETURNING id`,
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
    unpair: c.prepare("DELETE FROM kb_pairs WHERE rowid = ?"),
    pair: c.prepare("INSERT INTO kb_pairs (rowid, head, body) VALUES (?, ?, ?)"),
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
  const run = c.transaction(() => {
    const ids: number[] = [];
    const written: { id: number; e: PublishedEntryInput; tags: string[]; replaced: boolean }[] = [];
    for (const e of entries) {
      const cat = categoryId(e.category);
      const tags = [...new Set(e.tags.map((t) => t.trim()).filter(Boolean))];
      const before = st.existing.get(e.ref);
      let id: number;
      let version = 1;
      if (before) {
        id = before.id;
        ids.push(id);
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
        if (same) continue;
        version = before.version + 1;
        if (!st.hasVersion.get(id, before.version)) {
          st.version.run(id, before.version, before.title, before.question, before.answer, before.category_id, JSON.stringify(oldTags), JSON.stringify(oldCitations), before.created_by, before.updated_at);
        }
        st.update.run(e.title, e.question, e.answer, cat, version, at, at, id);
        st.dropTags.run(id);
        st.dropCitations.run(id);
      } else {
        id = st.insert.get(e.ref, e.title, e.question, e.answer, cat, actorId, at, at, at)!.id;
        ids.push(id);
      }
      for (const t of tags) st.tag.run(id, t);
      for (const ct of e.citations) st.citation.run(id, ct.document, ct.article);
      st.audit.run(actorId, before ? "kb.update" : "kb.publish", String(id), before?.status ?? null, JSON.stringify({ ref: e.ref, version, source: "import" }), at);
      written.push({ id, e, tags, replaced: before !== undefined });
    }
    // The indexes last, and one after the other: FTS5 writes its pending terms to disk whenever
    // another statement of the transaction opens a savepoint (any write to another table, or to
    // the other index), so interleaving them left hundreds of thousands of tiny index segments and
    // took most of a 100k import.
    const pairs: { id: number; replaced: boolean; rows: [string, string] }[] = [];
    for (const { id, e, tags, replaced } of written) {
      if (replaced) st.unindex.run(id);
      const rows = indexRows(e, tags, e.citations);
      st.index.run(id, ...rows.fts);
      pairs.push({ id, replaced, rows: rows.pairs });
    }
    for (const { id, replaced, rows } of pairs) {
      if (replaced) st.unpair.run(id);
      st.pair.run(id, ...rows);
    }
    return { ids, unchanged: entries.length - written.length };
  });
  const result = run();
  markIndexChanged();
  return result;
}
