// The printed booklet of the knowledge base (sổ tay hỏi – đáp, for niêm yết): published entries by
// category, read a part at a time. A real desk holds hundreds of entries and the budget allows
// 100,000, so the booklet never loads them all: a part holds BOOKLET_PART_SIZE entries in booklet
// order (category, then the entry's number), and its citations and review flags are read in one
// query each for the whole part.
import { and, asc, count, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { categories, kbCitations, kbEntries } from "../../db/schema.js";
import type { DB } from "../db.js";
import { withReviewFlags } from "./kb-review-flags.js";

// Enough for a category of a real desk in one part (≈ 100–150 printed pages), small enough for a
// browser to lay out and print.
export const BOOKLET_PART_SIZE = 100;

export interface BookletFilter {
  categoryId: number | null; // null: every category
  omitFlagged: boolean; // leave out entries under review because a cited law changed
}

// The categories that have published entries, in the desk's order, with how many of those are
// flagged for review (what leaving them out would remove).
export function bookletCategories(db: DB) {
  return db
    .select({
      id: categories.id,
      name: categories.name,
      entries: count(kbEntries.id),
      flagged: sql<number>`count(${kbEntries.flaggedAt})`,
    })
    .from(kbEntries)
    .innerJoin(categories, eq(categories.id, kbEntries.categoryId))
    .where(eq(kbEntries.status, "published"))
    .groupBy(categories.id)
    .orderBy(asc(categories.sortOrder), asc(categories.name), asc(categories.id))
    .all();
}

type BookletCategory = ReturnType<typeof bookletCategories>[number];

// What the booklet holds under `filter`: each category in scope with its number of entries and the
// booklet number of its first entry (1-based), the total, and the flagged entries left out.
export function bookletOutline(all: BookletCategory[], filter: BookletFilter) {
  let next = 1;
  let omitted = 0;
  const sections = all
    .filter((c) => filter.categoryId === null || c.id === filter.categoryId)
    .map((c) => {
      const entries = filter.omitFlagged ? c.entries - c.flagged : c.entries;
      if (filter.omitFlagged) omitted += c.flagged;
      const section = { id: c.id, name: c.name, entries, first: next };
      next += entries;
      return section;
    });
  return { sections, total: next - 1, omitted };
}

// Entries `offset`… of the booklet in order, with citations and review flags.
export function bookletEntries(db: DB, filter: BookletFilter, offset: number, limit = BOOKLET_PART_SIZE) {
  const rows = db
    .select({
      id: kbEntries.id,
      ref: kbEntries.ref,
      title: kbEntries.title,
      question: kbEntries.question,
      answer: kbEntries.answer,
      version: kbEntries.version,
      updatedAt: kbEntries.updatedAt,
      flaggedAt: kbEntries.flaggedAt,
      categoryId: categories.id,
      categoryName: categories.name,
    })
    .from(kbEntries)
    .innerJoin(categories, eq(categories.id, kbEntries.categoryId))
    .where(published(filter))
    .orderBy(asc(categories.sortOrder), asc(categories.name), asc(categories.id), asc(kbEntries.ref))
    .limit(limit)
    .offset(offset)
    .all();
  const cited = citationsOf(db, rows.map((r) => r.id));
  return withReviewFlags(db, rows).map((e) => ({ ...e, citations: cited.get(e.id) ?? [] }));
}

function published(filter: BookletFilter): SQL | undefined {
  return and(
    eq(kbEntries.status, "published"),
    filter.categoryId === null ? undefined : eq(kbEntries.categoryId, filter.categoryId),
    filter.omitFlagged ? isNull(kbEntries.flaggedAt) : undefined,
  );
}

function citationsOf(db: DB, entryIds: number[]) {
  const out = new Map<number, { document: string; article: string }[]>();
  if (entryIds.length === 0) return out;
  const rows = db
    .select({ entryId: kbCitations.entryId, document: kbCitations.document, article: kbCitations.article })
    .from(kbCitations)
    .where(inArray(kbCitations.entryId, entryIds))
    .orderBy(asc(kbCitations.id))
    .all();
  for (const { entryId, ...c } of rows) (out.get(entryId) ?? out.set(entryId, []).get(entryId)!).push(c);
  return out;
}
