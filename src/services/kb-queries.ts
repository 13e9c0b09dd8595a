// Reading the knowledge base's published entries, as readers and kb:export see them. Drafts and the
// review queue are read in kb-curation-queries.ts, search goes through src/search/.
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { categories, kbCitations, kbEntries, kbTags } from "../../db/schema.js";
import type { DB, Tx } from "../db.js";
import { NotFound } from "../domain/errors.js";

// The newest published entries, for the search page before anything is typed.
export function listPublishedEntries(db: DB, opts: { limit?: number } = {}) {
  return db
    .select({
      id: kbEntries.id,
      ref: kbEntries.ref,
      title: kbEntries.title,
      question: kbEntries.question,
      categoryName: categories.name,
      flaggedAt: kbEntries.flaggedAt,
    })
    .from(kbEntries)
    .innerJoin(categories, eq(categories.id, kbEntries.categoryId))
    .where(eq(kbEntries.status, "published"))
    .orderBy(desc(kbEntries.updatedAt), desc(kbEntries.id))
    .limit(opts.limit ?? 30)
    .all();
}

// An entry's tags, and its citations in the order they were written.
export function tagsAndCitationsOf(db: DB | Tx, entryId: number) {
  return {
    tags: db.select({ tag: kbTags.tag }).from(kbTags).where(eq(kbTags.entryId, entryId)).all().map((t) => t.tag),
    citations: db
      .select({ document: kbCitations.document, article: kbCitations.article })
      .from(kbCitations)
      .where(eq(kbCitations.entryId, entryId))
      .orderBy(asc(kbCitations.id))
      .all(),
  };
}

export function getPublishedEntry(db: DB, id: number) {
  const entry = db
    .select({
      id: kbEntries.id,
      ref: kbEntries.ref,
      title: kbEntries.title,
      question: kbEntries.question,
      answer: kbEntries.answer,
      version: kbEntries.version,
      publishedAt: kbEntries.publishedAt,
      updatedAt: kbEntries.updatedAt,
      categoryName: categories.name,
    })
    .from(kbEntries)
    .innerJoin(categories, eq(categories.id, kbEntries.categoryId))
    .where(and(eq(kbEntries.id, id), inArray(kbEntries.status, ["published"])))
    .get();
  if (!entry) throw new NotFound("kb_entry");
  return { ...entry, ...tagsAndCitationsOf(db, id) };
}

// All published entries with tags and citations, loaded in three queries rather than one per entry.
export function publishedEntriesForExport(db: DB) {
  const entries = db
    .select({
      id: kbEntries.id,
      ref: kbEntries.ref,
      title: kbEntries.title,
      question: kbEntries.question,
      answer: kbEntries.answer,
      category: categories.code,
    })
    .from(kbEntries)
    .innerJoin(categories, eq(categories.id, kbEntries.categoryId))
    .where(eq(kbEntries.status, "published"))
    .orderBy(asc(kbEntries.ref))
    .all();
  const tags = new Map<number, string[]>();
  for (const t of db.select().from(kbTags).all()) (tags.get(t.entryId) ?? tags.set(t.entryId, []).get(t.entryId)!).push(t.tag);
  const cites = new Map<number, { document: string; article: string }[]>();
  for (const c of db.select().from(kbCitations).orderBy(asc(kbCitations.id)).all()) {
    (cites.get(c.entryId) ?? cites.set(c.entryId, []).get(c.entryId)!).push({ document: c.document, article: c.article });
  }
  return entries.map(({ id, ...e }) => ({ ...e, tags: tags.get(id) ?? [], citations: cites.get(id) ?? [] }));
}
