// The writes every way of changing an entry shares: its row, tags and citations, version rows,
// the personal-data guard and publishing a version. The use cases (knowledge-base.ts, writing and
// editing; kb-second-review.ts, the second advisor's approval) compose these inside their own
// transaction.
import type { Citation, Actor } from "../model.js";
import { and, eq, max } from "drizzle-orm";
import { kbCitations, kbEntries, kbEntryVersions, kbSecondReviews, kbTags, questions } from "../../db/schema.js";
import type { Tx } from "../db.js";
import { can } from "../auth/permissions.js";
import { NotAllowed, NotFound } from "../domain/errors.js";
import { findPersonalDataInEntry, PersonalDataFound } from "../domain/pii.js";
import { audit } from "./audit.js";
import { tagsAndCitationsOf } from "./kb-queries.js";
import { notify } from "./notifications.js";
import { signalQuestion } from "./question-transition.js";
import { citationResolver } from "./regulation-links.js";

export interface EntryContent {
  title: string;
  question: string;
  answer: string;
  categoryId: number;
  tags: string[];
  citations: Citation[];
}

export type EntryRow = typeof kbEntries.$inferSelect;

export function requireCurator(actor: Actor): void {
  if (!can(actor.roles, "kb.curate")) throw new NotAllowed("kb.curate");
}

export function loadEntry(tx: Tx, id: number): EntryRow {
  const e = tx.select().from(kbEntries).where(eq(kbEntries.id, id)).get();
  if (!e) throw new NotFound("kb_entry");
  return e;
}

export function contentOf(tx: Tx, e: EntryRow): EntryContent {
  return { title: e.title, question: e.question, answer: e.answer, categoryId: e.categoryId, ...tagsAndCitationsOf(tx, e.id) };
}

export function sameContent(a: EntryContent, b: EntryContent): boolean {
  return (
    a.title === b.title &&
    a.question === b.question &&
    a.answer === b.answer &&
    a.categoryId === b.categoryId &&
    JSON.stringify([...a.tags].sort()) === JSON.stringify([...b.tags].sort()) &&
    JSON.stringify(a.citations) === JSON.stringify(b.citations)
  );
}

// The entry's public text (and its search index rows) becomes this content.
export function writeEntryContent(tx: Tx, entryId: number, c: EntryContent, version: number, now: Date): void {
  tx.update(kbEntries)
    .set({ title: c.title, question: c.question, answer: c.answer, categoryId: c.categoryId, version, updatedAt: now })
    .where(eq(kbEntries.id, entryId))
    .run();
  writeTagsAndCitations(tx, entryId, c);
}

export function writeTagsAndCitations(tx: Tx, entryId: number, c: EntryContent): void {
  tx.delete(kbTags).where(eq(kbTags.entryId, entryId)).run();
  tx.delete(kbCitations).where(eq(kbCitations.entryId, entryId)).run();
  const tags = [...new Set(c.tags)];
  if (tags.length) tx.insert(kbTags).values(tags.map((tag) => ({ entryId, tag }))).run();
  if (c.citations.length === 0) return;
  // Each citation keeps its text and points at what it names in the register, so amending that
  // document or article flags the entry.
  const resolver = citationResolver(tx);
  tx.insert(kbCitations)
    .values(
      c.citations.map((x) => {
        const { regulationId, articleId } = resolver.resolve(x.document, x.article);
        return { entryId, document: x.document, article: x.article, regulationId, articleId };
      }),
    )
    .run();
}

// note: the change note (ghi chú thay đổi) the advisor wrote for this version; null when none.
export function saveVersion(tx: Tx, entryId: number, version: number, c: EntryContent, editedBy: number | null, at: Date, note: string | null = null): void {
  tx.insert(kbEntryVersions)
    .values({ entryId, version, title: c.title, question: c.question, answer: c.answer, categoryId: c.categoryId, tags: c.tags, citations: c.citations, editedBy, createdAt: at, note })
    .run();
}

// The number the next saved version takes: past the entry's own and past any version waiting for
// (or sent back from) the second review, which kb_entries does not count.
export function nextVersion(tx: Tx, entry: EntryRow): number {
  const row = tx.select({ n: max(kbEntryVersions.version) }).from(kbEntryVersions).where(eq(kbEntryVersions.entryId, entry.id)).get();
  return Math.max(entry.version, row?.n ?? 0) + 1;
}

// Findings stop publishing unless waived; a waiver is recorded with exactly what was waived.
export function guardPersonalData(tx: Tx, actor: Actor, entryId: number, content: EntryContent, waived: boolean, now: Date): void {
  const findings = findPersonalDataInEntry(content);
  if (findings.length === 0) return;
  if (!waived) throw new PersonalDataFound(findings);
  audit(tx, {
    actorId: actor.id,
    action: "kb.pii_waived",
    objectType: "kb_entry",
    objectId: entryId,
    data: { findings: findings.map(({ field, kind, match }) => ({ field, kind, match })) },
    at: now,
  });
}

// A draft becomes public. `review`: the second review that approved it, for the audit row.
export function publishInTx(tx: Tx, actor: Actor, entry: EntryRow, content: EntryContent, waivePii: boolean, now: Date, review: number | null = null): void {
  guardPersonalData(tx, actor, entry.id, content, waivePii, now);
  withdrawPendingReview(tx, actor, entry.id, "published", now);
  tx.update(kbEntries).set({ status: "published", publishedAt: now, updatedAt: now }).where(eq(kbEntries.id, entry.id)).run();
  const data = { ref: entry.ref, version: entry.version, ...(review === null ? {} : { review }) };
  audit(tx, { actorId: actor.id, action: "kb.publish", objectType: "kb_entry", objectId: entry.id, from: entry.status, to: "published", data, at: now });
  const source = entry.sourceQuestionId;
  if (source === null) return;
  const q = tx.select({ askerId: questions.askerId }).from(questions).where(eq(questions.id, source)).get();
  if (!q) return;
  audit(tx, { actorId: actor.id, action: "question.kb_published", objectType: "question", objectId: source, data: { entryId: entry.id, ref: entry.ref }, at: now });
  if (q.askerId !== null) notify(tx, { userId: q.askerId, kind: "kb_published", questionId: source, at: now });
  signalQuestion(tx, source);
}

// Why a waiting version stops waiting without a decision: a later save replaced it, the entry was
// published another way (the rule switched off meanwhile) or retired.
type WithdrawCause = "replaced" | "published" | "retired";

export function withdrawPendingReview(tx: Tx, actor: Actor | null, entryId: number, cause: WithdrawCause, now: Date): void {
  const pending = tx
    .select({ id: kbSecondReviews.id, version: kbSecondReviews.version })
    .from(kbSecondReviews)
    .where(and(eq(kbSecondReviews.entryId, entryId), eq(kbSecondReviews.status, "pending")))
    .get();
  if (!pending) return;
  tx.update(kbSecondReviews).set({ status: "withdrawn", decidedBy: actor?.id ?? null, decidedAt: now }).where(eq(kbSecondReviews.id, pending.id)).run();
  const data = { review: pending.id, version: pending.version, cause };
  audit(tx, { actorId: actor?.id ?? null, action: "kb.review_withdrawn", objectType: "kb_entry", objectId: entryId, from: "pending", to: "withdrawn", data, at: now });
}
