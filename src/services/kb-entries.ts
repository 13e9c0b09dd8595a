// Writing published entries in bulk (demo data now, `kb:import` later): upsert by ref, categories
// created when unknown, all in one transaction so a failed batch leaves nothing behind.
import { eq } from "drizzle-orm";
import { categories, kbCitations, kbEntries, kbTags } from "../../db/schema.js";
import type { DB, Tx } from "../db.js";
import { audit } from "./audit.js";
import { reindexEntry } from "./kb-search-index.js";

export interface PublishedEntryInput {
  ref: string;
  title: string;
  question: string;
  answer: string;
  category: string; // code or name
  tags: string[];
  citations: { document: string; article: string }[];
}

export function upsertPublishedEntries(db: DB, actorId: number | null, entries: PublishedEntryInput[], now: Date): number[] {
  return db.transaction((tx) => entries.map((e) => upsertOne(tx, actorId, e, now)));
}

function categoryIdFor(tx: Tx, codeOrName: string): number {
  const key = codeOrName.trim();
  const found =
    tx.select({ id: categories.id }).from(categories).where(eq(categories.code, key)).get() ??
    tx.select({ id: categories.id }).from(categories).where(eq(categories.name, key)).get();
  if (found) return found.id;
  return tx.insert(categories).values({ code: key, name: key }).returning({ id: categories.id }).get().id;
}

function upsertOne(tx: Tx, actorId: number | null, e: PublishedEntryInput, now: Date): number {
  const categoryId = categoryIdFor(tx, e.category);
  const existing = tx.select().from(kbEntries).where(eq(kbEntries.ref, e.ref)).get();
  const fields = { title: e.title, question: e.question, answer: e.answer, categoryId, status: "published" as const, updatedAt: now };
  let id: number;
  if (existing) {
    id = existing.id;
    tx.update(kbEntries)
      .set({ ...fields, version: existing.version + 1, publishedAt: existing.publishedAt ?? now })
      .where(eq(kbEntries.id, id))
      .run();
    tx.delete(kbTags).where(eq(kbTags.entryId, id)).run();
    tx.delete(kbCitations).where(eq(kbCitations.entryId, id)).run();
  } else {
    id = tx
      .insert(kbEntries)
      .values({ ...fields, ref: e.ref, createdBy: actorId, createdAt: now, publishedAt: now })
      .returning({ id: kbEntries.id })
      .get().id;
  }
  const tags = [...new Set(e.tags.map((t) => t.trim()).filter(Boolean))];
  if (tags.length) tx.insert(kbTags).values(tags.map((tag) => ({ entryId: id, tag }))).run();
  if (e.citations.length) tx.insert(kbCitations).values(e.citations.map((c) => ({ entryId: id, ...c }))).run();
  reindexEntry(tx, id);
  audit(tx, {
    actorId,
    action: existing ? "kb.update" : "kb.publish",
    objectType: "kb_entry",
    objectId: id,
    from: existing?.status ?? null,
    to: "published",
    data: { ref: e.ref },
    at: now,
  });
  return id;
}
