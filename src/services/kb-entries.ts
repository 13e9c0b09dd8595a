// Writing published entries in bulk (demo data, `kb:import`): upsert by ref, categories created when
// unknown, all in one transaction so a failed batch leaves nothing behind. 100k entries must import
// in seconds, so this path uses prepared statements directly rather than the query builder; each
// entry gets its index rows and its audit row. The version an import writes lives in kb_entries
// alone (entryVersions shows it from there), so the text is not stored twice; what an entry said
// before an import replaced it is kept as a version row, as the editor does. The second-review
// rule (kb-second-review.ts) does not apply: the file is the admin's reviewed corpus, loaded from
// the server's shell; a version of the entry still waiting for review is withdrawn, since the
// import replaced the text it would have changed.
import type { DB } from "../db.js";
import type { FieldFinding } from "../domain/pii.js";
import type { Resolver } from "../domain/regulation-citations.js";
import * as search from "../search/index.js";
import { citationResolver } from "./regulation-links.js";

export interface PublishedEntryInput {
  ref: string;
  title: string;
  question: string;
  answer: string;
  category: string; // code or name
  tags: string[];
  citations: { document: string; article: string }[];
}

// Personal data an import was told to publish anyway (kb:import --allow-personal-data): where it
// came from and what was found, for the entry's audit trail as the editor's waiver records it.
export interface PersonalDataAllowed {
  file: string;
  line: number;
  findings: FieldFinding[];
}

// An entry's tags as imported: trimmed, blanks and repeats dropped.
function importedTags(e: PublishedEntryInput): string[] {
  return [...new Set(e.tags.map((t) => t.trim()).filter(Boolean))];
}

// Upserts the entries in one transaction. Returns the id of every line's entry, and how many were
// already published exactly as given (those are left alone: importing the same file twice adds no
// versions and no audit rows).
export function upsertPublishedEntries(db: DB, actorId: number | null, entries: PublishedEntryInput[], now: Date): { ids: number[]; unchanged: number } {
  return db.$client.transaction(() => {
    const writer = new PublishedEntryWriter(db, actorId, now);
    const ids = entries.map((e) => writer.write(e).id);
    return { ids, unchanged: writer.finish().unchanged };
  }).immediate();
}

// Writes published entries one at a time inside the caller's transaction: the row (the entry of that
// ref, or a new one), tags, citations, the version row of what an update replaces, and the audit
// row. The search index rows of what was written wait for finish(), which writes them in id order
// (search.EntryIndexBatch says why). finish({ pairs: false }) leaves the pair index alone, for
// kb:import when it has the whole pair index built on another thread; that import's writer is made
// with keepPairs false, as it sends the pair rows write() returns to that thread.
export class PublishedEntryWriter {
  private readonly st;
  private readonly at: number;
  private next: number;
  private readonly categoryIds = new Map<string, number>();
  private readonly index: search.EntryIndexBatch;
  private lines = 0;
  // Citations point at the register; a big import repeats the same few texts, so each is resolved once.
  private readonly resolver: Resolver;
  private readonly resolved = new Map<string, [number | null, number | null]>();

  constructor(
    db: DB,
    private readonly actorId: number | null,
    now: Date,
    options: { keepPairs: boolean } = { keepPairs: true },
  ) {
    const c = db.$client;
    this.at = now.getTime();
    this.resolver = citationResolver(db);
    this.index = new search.EntryIndexBatch(db, options.keepPairs);
    this.st = {
      category: c.prepare<[{ k: string }], { id: number }>("SELECT id FROM categories WHERE code = @k OR name = @k ORDER BY code = @k DESC LIMIT 1"),
      newCategory: c.prepare<[string, string], { id: number }>("INSERT INTO categories (code, name, sort_order) VALUES (?, ?, 100) RETURNING id"),
      existing: c.prepare<[string], { id: number; version: number; status: string; title: string; question: string; answer: string; category_id: number; created_by: number | null; updated_at: number }>(
        "SELECT id, version, status, title, question, answer, category_id, created_by, updated_at FROM kb_entries WHERE ref = ?",
      ),
      hasVersion: c.prepare<[number, number], { id: number }>("SELECT id FROM kb_entry_versions WHERE entry_id = ? AND version = ?"),
      // Versions waiting for (or sent back from) the second review are numbered past kb_entries.version.
      lastVersion: c.prepare<[number], number | null>("SELECT max(version) FROM kb_entry_versions WHERE entry_id = ?").pluck(),
      withdrawReview: c.prepare<[number | null, number, number], { id: number; version: number }>(
        "UPDATE kb_second_reviews SET status = 'withdrawn', decided_by = ?, decided_at = ? WHERE entry_id = ? AND status = 'pending' RETURNING id, version",
      ),
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
      citation: c.prepare("INSERT INTO kb_citations (entry_id, document, article, regulation_id, article_id) VALUES (?, ?, ?, ?, ?)"),
      version: c.prepare(
        `INSERT INTO kb_entry_versions (entry_id, version, title, question, answer, category_id, tags, citations, edited_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      audit: c.prepare(
        `INSERT INTO audit_log (actor_id, action, object_type, object_id, from_state, to_state, data, at)
         VALUES (?, ?, 'kb_entry', ?, ?, 'published', ?, ?)`,
      ),
      waiver: c.prepare(
        `INSERT INTO audit_log (actor_id, action, object_type, object_id, data, at) VALUES (?, 'kb.pii_waived', 'kb_entry', ?, ?, ?)`,
      ),
    };
    // The id AUTOINCREMENT would give the next new entry: new entries get theirs in line order.
    this.next = c
      .prepare<[], number>(
        `SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'kb_entries'), 0),
                    coalesce((SELECT max(id) FROM kb_entries), 0)) + 1`,
      )
      .pluck()
      .get()!;
  }

  private categoryId(key: string): number {
    const k = key.trim();
    let id = this.categoryIds.get(k) ?? this.st.category.get({ k })?.id;
    id ??= this.st.newCategory.get(k, k)!.id;
    this.categoryIds.set(k, id);
    return id;
  }

  // Returns the entry's id, and its index rows if it was written (not already published as given).
  // Personal data allowed in it is audited with it, as a waiver, when it is written.
  write(e: PublishedEntryInput, allowed?: PersonalDataAllowed): { id: number; rows?: search.KbIndexRow } {
    const { st, at, actorId } = this;
    this.lines++;
    const cat = this.categoryId(e.category);
    const tags = importedTags(e);
    const before = st.existing.get(e.ref);
    const id = before?.id ?? this.next++;
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
      if (same) return { id };
      version = Math.max(before.version, st.lastVersion.get(id) ?? 0) + 1;
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
    for (const ct of e.citations) st.citation.run(id, ct.document, ct.article, ...this.link(ct));
    if (allowed) st.waiver.run(actorId, String(id), JSON.stringify(waiverData(allowed)), at);
    const withdrawn = before ? st.withdrawReview.get(actorId, at, id) : undefined;
    const data = { ref: e.ref, version, source: "import", ...(withdrawn ? { withdrewReview: withdrawn.id, reviewVersion: withdrawn.version } : {}) };
    st.audit.run(actorId, before ? "kb.update" : "kb.publish", String(id), before?.status ?? null, JSON.stringify(data), at);
    const rows = search.indexRows(e, tags, e.citations);
    this.index.add(id, before !== undefined, rows);
    return { id, rows };
  }

  private link(c: { document: string; article: string }): [number | null, number | null] {
    const key = `${c.document}\u0000${c.article}`;
    let ids = this.resolved.get(key);
    if (!ids) {
      const r = this.resolver.resolve(c.document, c.article);
      ids = [r.regulationId, r.articleId];
      this.resolved.set(key, ids);
    }
    return ids;
  }

  // How many lines were written so far.
  get writtenCount(): number {
    return this.index.size;
  }

  // The index rows of what was written; returns how many lines were already published as given.
  finish(options: { pairs: boolean } = { pairs: true }): { unchanged: number } {
    this.index.write(options);
    return { unchanged: this.lines - this.index.size };
  }
}

// What kb.pii_waived records for an imported entry: the editor's list of findings, and the file, its
// line and the count of each kind, so that one import's waivers can be told from the editor's.
function waiverData({ file, line, findings }: PersonalDataAllowed) {
  const kinds: Record<string, number> = {};
  for (const f of findings) kinds[f.kind] = (kinds[f.kind] ?? 0) + 1;
  return { source: "import", file, line, kinds, findings: findings.map(({ field, kind, match }) => ({ field, kind, match })) };
}
