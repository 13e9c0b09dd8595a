// Curating the knowledge base (Ban cố vấn): entries are written as drafts or published at once,
// edited (every edit a new version), published, retired, superseded and marked reviewed. Each use
// case is one transaction with its audit row and the search index brought in step (reindexEntry).
import { tagsAndCitationsOf } from "./kb-queries.js";
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import { categories, kbCitations, kbEntries, kbEntryVersions, kbProposals, kbTags, kbVotes, questions } from "../../db/schema.js";
import type { DB, Tx } from "../db.js";
import { can } from "../auth/permissions.js";
import { Conflict, NotAllowed, NotFound } from "../domain/errors.js";
import { findPersonalDataInEntry, PersonalDataFound } from "../domain/pii.js";
import { copyAttachmentsToEntry, detachFromEntry, storeAttachments } from "./attachments.js";
import type { Upload } from "./uploads.js";
import { audit } from "./audit.js";
import { reindexEntry } from "./kb-search-index.js";
import { citationResolver } from "./regulation-links.js";
import { notify } from "./notifications.js";
import { signalQuestion } from "./question-transition.js";
import type { Actor } from "./users.js";

export interface Citation {
  document: string;
  article: string;
}

export interface EntryContent {
  title: string;
  question: string;
  answer: string;
  categoryId: number;
  tags: string[];
  citations: Citation[];
}

// Files saved with an entry: new uploads, files of the source question the advisor picked (none is
// carried over otherwise), and files to take off.
export interface EntryFiles {
  uploads: Upload[];
  fromQuestion: number[];
  remove: number[];
}
export const NO_FILES: EntryFiles = { uploads: [], fromQuestion: [], remove: [] };

function writeEntryFiles(tx: Tx, actor: Actor, entryId: number, sourceQuestionId: number | null, files: EntryFiles, now: Date): void {
  storeAttachments(tx, { kbEntryId: entryId }, files.uploads, actor.id, now);
  const copied = sourceQuestionId === null ? [] : copyAttachmentsToEntry(tx, files.fromQuestion, sourceQuestionId, entryId, actor.id, now);
  const removed = detachFromEntry(tx, entryId, files.remove);
  if (files.uploads.length + copied.length + removed.length === 0) return;
  const data = { added: files.uploads.map((u) => u.fileName), fromQuestion: copied, removed };
  audit(tx, { actorId: actor.id, action: "kb.attachments", objectType: "kb_entry", objectId: entryId, data, at: now });
}

// publish: make it public now; waivePii: the advisor has checked the findings and publishes anyway.
export interface PublishChoice {
  publish: boolean;
  waivePii: boolean;
}

type EntryRow = typeof kbEntries.$inferSelect;

function requireCurator(actor: Actor): void {
  if (!can(actor.roles, "kb.curate")) throw new NotAllowed("kb.curate");
}

function loadEntry(tx: Tx, id: number): EntryRow {
  const e = tx.select().from(kbEntries).where(eq(kbEntries.id, id)).get();
  if (!e) throw new NotFound("kb_entry");
  return e;
}

// "KB-0033": one past the highest number in use (imported refs of other shapes are ignored).
function nextRef(tx: Tx): string {
  const row = tx.get<{ n: number | null }>(sql`SELECT MAX(CAST(substr(ref, 4) AS INTEGER)) AS n FROM kb_entries WHERE ref GLOB 'KB-[0-9]*'`);
  return `KB-${String((row?.n ?? 0) + 1).padStart(4, "0")}`;
}

export function createEntry(db: DB, actor: Actor, input: EntryContent & { sourceQuestionId: number | null }, choice: PublishChoice, now: Date, files: EntryFiles = NO_FILES): number {
  requireCurator(actor);
  return db.transaction((tx) => {
    checkCategory(tx, input.categoryId);
    if (input.sourceQuestionId !== null && !tx.select({ id: questions.id }).from(questions).where(eq(questions.id, input.sourceQuestionId)).get()) {
      throw new NotFound("source_question");
    }
    const ref = nextRef(tx);
    const id = tx
      .insert(kbEntries)
      .values({
        ref,
        title: input.title,
        question: input.question,
        answer: input.answer,
        categoryId: input.categoryId,
        status: "draft",
        version: 1,
        sourceQuestionId: input.sourceQuestionId,
        createdBy: actor.id,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: kbEntries.id })
      .get().id;
    writeTagsAndCitations(tx, id, input);
    saveVersion(tx, id, 1, input, actor.id, now);
    audit(tx, { actorId: actor.id, action: "kb.create", objectType: "kb_entry", objectId: id, to: "draft", data: { ref, sourceQuestionId: input.sourceQuestionId }, at: now });
    writeEntryFiles(tx, actor, id, input.sourceQuestionId, files, now);
    if (input.sourceQuestionId !== null) acceptProposals(tx, actor, input.sourceQuestionId, id, now);
    if (choice.publish) publishInTx(tx, actor, loadEntry(tx, id), input, choice.waivePii, now);
    reindexEntry(tx, id);
    return id;
  });
}

// Saves a new version when anything changed; a draft may be published in the same step. The text of
// a published entry is public as soon as it is saved, so it passes the personal-data guard too.
export function editEntry(db: DB, actor: Actor, entryId: number, input: EntryContent, choice: PublishChoice, now: Date, files: EntryFiles = NO_FILES): void {
  requireCurator(actor);
  db.transaction((tx) => {
    const entry = loadEntry(tx, entryId);
    if (entry.status === "retired") throw new Conflict("kb_entry_retired");
    checkCategory(tx, input.categoryId);
    const current = contentOf(tx, entry);
    const changed = !sameContent(current, input);
    if (changed) {
      if (entry.status === "published") guardPersonalData(tx, actor, entryId, input, choice.waivePii, now);
      // Entries imported in bulk carry no version rows: keep what they said before the first edit.
      if (!tx.select({ id: kbEntryVersions.id }).from(kbEntryVersions).where(and(eq(kbEntryVersions.entryId, entryId), eq(kbEntryVersions.version, entry.version))).get()) {
        saveVersion(tx, entryId, entry.version, current, entry.createdBy, entry.updatedAt);
      }
      const version = entry.version + 1;
      tx.update(kbEntries)
        .set({ title: input.title, question: input.question, answer: input.answer, categoryId: input.categoryId, version, updatedAt: now })
        .where(eq(kbEntries.id, entryId))
        .run();
      writeTagsAndCitations(tx, entryId, input);
      saveVersion(tx, entryId, version, input, actor.id, now);
      audit(tx, { actorId: actor.id, action: "kb.edit", objectType: "kb_entry", objectId: entryId, from: entry.status, to: entry.status, data: { version }, at: now });
    }
    writeEntryFiles(tx, actor, entryId, entry.sourceQuestionId, files, now);
    if (choice.publish && entry.status === "draft") publishInTx(tx, actor, loadEntry(tx, entryId), input, choice.waivePii, now);
    reindexEntry(tx, entryId);
  });
}

export function publishEntry(db: DB, actor: Actor, entryId: number, waivePii: boolean, now: Date): void {
  requireCurator(actor);
  db.transaction((tx) => {
    const entry = loadEntry(tx, entryId);
    if (entry.status !== "draft") throw new Conflict("kb_entry_not_draft");
    publishInTx(tx, actor, entry, contentOf(tx, entry), waivePii, now);
    reindexEntry(tx, entryId);
  });
}

function publishInTx(tx: Tx, actor: Actor, entry: EntryRow, content: EntryContent, waivePii: boolean, now: Date): void {
  guardPersonalData(tx, actor, entry.id, content, waivePii, now);
  tx.update(kbEntries).set({ status: "published", publishedAt: now, updatedAt: now }).where(eq(kbEntries.id, entry.id)).run();
  audit(tx, { actorId: actor.id, action: "kb.publish", objectType: "kb_entry", objectId: entry.id, from: entry.status, to: "published", data: { ref: entry.ref, version: entry.version }, at: now });
  const source = entry.sourceQuestionId;
  if (source === null) return;
  const q = tx.select({ askerId: questions.askerId }).from(questions).where(eq(questions.id, source)).get();
  if (!q) return;
  audit(tx, { actorId: actor.id, action: "question.kb_published", objectType: "question", objectId: source, data: { entryId: entry.id, ref: entry.ref }, at: now });
  if (q.askerId !== null) notify(tx, { userId: q.askerId, kind: "kb_published", questionId: source, at: now });
  signalQuestion(source);
}

// Findings stop publishing unless waived; a waiver is recorded with exactly what was waived.
function guardPersonalData(tx: Tx, actor: Actor, entryId: number, content: EntryContent, waived: boolean, now: Date): void {
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

export function retireEntry(db: DB, actor: Actor, entryId: number, now: Date): void {
  requireCurator(actor);
  db.transaction((tx) => {
    const entry = loadEntry(tx, entryId);
    if (entry.status === "retired") throw new Conflict("kb_entry_retired");
    tx.update(kbEntries).set({ status: "retired", retiredAt: now, retiredBy: actor.id, updatedAt: now }).where(eq(kbEntries.id, entryId)).run();
    audit(tx, { actorId: actor.id, action: "kb.retire", objectType: "kb_entry", objectId: entryId, from: entry.status, to: "retired", at: now });
    reindexEntry(tx, entryId);
  });
}

// The entry gives way to another published one: it is retired and points readers to its successor.
export function supersedeEntry(db: DB, actor: Actor, entryId: number, byId: number, now: Date): void {
  requireCurator(actor);
  db.transaction((tx) => {
    const entry = loadEntry(tx, entryId);
    if (entry.status !== "published") throw new Conflict("kb_entry_not_published");
    const by = tx.select({ id: kbEntries.id, ref: kbEntries.ref }).from(kbEntries).where(and(eq(kbEntries.id, byId), eq(kbEntries.status, "published"), ne(kbEntries.id, entryId))).get();
    if (!by) throw new NotFound("successor");
    tx.update(kbEntries)
      .set({ status: "retired", retiredAt: now, retiredBy: actor.id, supersededById: by.id, updatedAt: now })
      .where(eq(kbEntries.id, entryId))
      .run();
    audit(tx, { actorId: actor.id, action: "kb.supersede", objectType: "kb_entry", objectId: entryId, from: entry.status, to: "retired", data: { by: by.id, byRef: by.ref }, at: now });
    reindexEntry(tx, entryId);
  });
}

// The board has checked the entry (after a cited regulation changed, or on a routine pass).
export function markEntryReviewed(db: DB, actor: Actor, entryId: number, now: Date): void {
  requireCurator(actor);
  db.transaction((tx) => {
    const entry = loadEntry(tx, entryId);
    if (entry.status === "retired") throw new Conflict("kb_entry_retired");
    tx.update(kbEntries).set({ reviewedAt: now, reviewedBy: actor.id, flaggedAt: null, flagReason: null }).where(eq(kbEntries.id, entryId)).run();
    audit(tx, { actorId: actor.id, action: "kb.review", objectType: "kb_entry", objectId: entryId, data: { flagReason: entry.flagReason }, at: now });
    reindexEntry(tx, entryId); // ranking may favour recently reviewed entries
  });
}

// Helpful or not: one vote per reader and entry, changeable. The row itself says who and when.
export function voteOnEntry(db: DB, actor: Actor, entryId: number, helpful: boolean, now: Date): void {
  if (!can(actor.roles, "kb.read")) throw new NotAllowed("kb.read");
  db.transaction((tx) => {
    const entry = loadEntry(tx, entryId);
    if (entry.status !== "published") throw new NotFound("kb_entry");
    tx.insert(kbVotes)
      .values({ entryId, userId: actor.id, helpful, createdAt: now })
      .onConflictDoUpdate({ target: [kbVotes.entryId, kbVotes.userId], set: { helpful, createdAt: now } })
      .run();
  });
}

function checkCategory(tx: Tx, categoryId: number): void {
  const cat = tx.select({ archivedAt: categories.archivedAt }).from(categories).where(eq(categories.id, categoryId)).get();
  if (!cat || cat.archivedAt) throw new NotFound("category");
}

// A proposal for the source question is settled by the entry written from it.
function acceptProposals(tx: Tx, actor: Actor, questionId: number, entryId: number, now: Date): void {
  const open = tx.select({ id: kbProposals.id }).from(kbProposals).where(and(eq(kbProposals.questionId, questionId), eq(kbProposals.status, "open"))).all();
  if (open.length === 0) return;
  tx.update(kbProposals)
    .set({ status: "accepted", resolvedAt: now, resolvedBy: actor.id, entryId })
    .where(inArray(kbProposals.id, open.map((p) => p.id)))
    .run();
  audit(tx, { actorId: actor.id, action: "question.kb_proposal_accepted", objectType: "question", objectId: questionId, data: { entryId }, at: now });
  signalQuestion(questionId);
}

function contentOf(tx: Tx, e: EntryRow): EntryContent {
  return { title: e.title, question: e.question, answer: e.answer, categoryId: e.categoryId, ...tagsAndCitationsOf(tx, e.id) };
}

function sameContent(a: EntryContent, b: EntryContent): boolean {
  return (
    a.title === b.title &&
    a.question === b.question &&
    a.answer === b.answer &&
    a.categoryId === b.categoryId &&
    JSON.stringify([...a.tags].sort()) === JSON.stringify([...b.tags].sort()) &&
    JSON.stringify(a.citations) === JSON.stringify(b.citations)
  );
}

function writeTagsAndCitations(tx: Tx, entryId: number, c: EntryContent): void {
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

function saveVersion(tx: Tx, entryId: number, version: number, c: EntryContent, editedBy: number | null, at: Date): void {
  tx.insert(kbEntryVersions)
    .values({ entryId, version, title: c.title, question: c.question, answer: c.answer, categoryId: c.categoryId, tags: c.tags, citations: c.citations, editedBy, createdAt: at })
    .run();
}
