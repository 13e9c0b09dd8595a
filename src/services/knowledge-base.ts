// Curating the knowledge base (Ban cố vấn): entries are written as drafts or published at once,
// edited (every edit a new version), published, retired, superseded and marked reviewed. Each use
// case is one transaction with its audit row and the search index brought in step (search.entryChanged).
import type { Actor } from "../model.js";
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import { categories, kbEntries, kbEntryVersions, kbProposals, kbVotes, questions } from "../../db/schema.js";
import type { DB, Tx } from "../db.js";
import { can } from "../auth/permissions.js";
import { Conflict, NotAllowed, NotFound } from "../domain/errors.js";
import { copyAttachmentsToEntry, detachFromEntry, storeAttachments } from "./attachments.js";
import type { Upload } from "./uploads.js";
import { audit } from "./audit.js";
import { secondReviewRequired } from "./desk-settings.js";
import {
  contentOf,
  guardPersonalData,
  loadEntry,
  nextVersion,
  requireCurator,
  sameContent,
  saveVersion,
  withdrawPendingReview,
  writeEntryContent,
  writeTagsAndCitations,
  type EntryContent,
  type EntryRow,
} from "./kb-entry-writes.js";
import { publishOrSubmit, submitForReview, workingCopy } from "./kb-second-review.js";
import * as search from "../search/index.js";
import { signalQuestion } from "./question-transition.js";

export type { EntryContent } from "./kb-entry-writes.js";

// Ghi chú thay đổi: what changed in this version and why. Optional for an entry's first version,
// required for every later one (editEntry refuses a changed text without it).
type ChangeNote = { note?: string | null };

// Files saved with an entry: new uploads, files of the source question the advisor picked (none is
// carried over otherwise), and files to take off.
export interface EntryFiles {
  uploads: Upload[];
  fromQuestion: number[];
  remove: number[];
}
const NO_FILES: EntryFiles = { uploads: [], fromQuestion: [], remove: [] };

function writeEntryFiles(tx: Tx, actor: Actor, entryId: number, sourceQuestionId: number | null, files: EntryFiles, now: Date): void {
  storeAttachments(tx, { kbEntryId: entryId }, files.uploads, actor.id, now);
  const copied = sourceQuestionId === null ? [] : copyAttachmentsToEntry(tx, files.fromQuestion, sourceQuestionId, entryId, actor.id, now);
  const removed = detachFromEntry(tx, entryId, files.remove);
  if (files.uploads.length + copied.length + removed.length === 0) return;
  const data = { added: files.uploads.map((u) => u.fileName), fromQuestion: copied, removed };
  audit(tx, { actorId: actor.id, action: "kb.attachments", objectType: "kb_entry", objectId: entryId, data, at: now });
}

// publish: make it public now (or, under the second-review rule, ask a second advisor);
// waivePii: the advisor has checked the findings and publishes anyway.
interface PublishChoice {
  publish: boolean;
  waivePii: boolean;
}

// "KB-0033": one past the highest number in use (imported refs of other shapes are ignored).
function nextRef(tx: Tx): string {
  const row = tx.get<{ n: number | null }>(sql`SELECT MAX(CAST(substr(ref, 4) AS INTEGER)) AS n FROM kb_entries WHERE ref GLOB 'KB-[0-9]*'`);
  return `KB-${String((row?.n ?? 0) + 1).padStart(4, "0")}`;
}

export function createEntry(
  db: DB,
  actor: Actor,
  input: EntryContent & ChangeNote & { sourceQuestionId: number | null },
  choice: PublishChoice,
  now: Date,
  files: EntryFiles = NO_FILES,
): number {
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
    const note = noteOf(input);
    saveVersion(tx, id, 1, input, actor.id, now, note);
    audit(tx, { actorId: actor.id, action: "kb.create", objectType: "kb_entry", objectId: id, to: "draft", data: { ref, sourceQuestionId: input.sourceQuestionId, note }, at: now });
    writeEntryFiles(tx, actor, id, input.sourceQuestionId, files, now);
    if (input.sourceQuestionId !== null) acceptProposals(tx, actor, input.sourceQuestionId, id, now);
    if (choice.publish) publishOrSubmit(tx, actor, loadEntry(tx, id), input, choice.waivePii, now);
    search.entryChanged(tx, id);
    return id;
  });
}

const noteOf = (input: ChangeNote): string | null => input.note?.trim() || null;

// Saves a new version when anything changed; a draft may be published in the same step. The text of
// a published entry is public as soon as it is saved, so it passes the personal-data guard too —
// unless the second-review rule holds it back until another advisor approves (kb-second-review.ts).
export function editEntry(db: DB, actor: Actor, entryId: number, input: EntryContent & ChangeNote, choice: PublishChoice, now: Date, files: EntryFiles = NO_FILES): void {
  requireCurator(actor);
  db.transaction((tx) => {
    const entry = loadEntry(tx, entryId);
    if (entry.status === "retired") throw new Conflict("kb_entry_retired");
    checkCategory(tx, input.categoryId);
    if (!sameContent(workingCopy(tx, entry).content, input)) {
      const note = noteOf(input);
      if (!note) throw new Conflict("kb_change_note_required");
      saveChange(tx, actor, entry, input, note, choice.waivePii, now);
    }
    writeEntryFiles(tx, actor, entryId, entry.sourceQuestionId, files, now);
    if (choice.publish && entry.status === "draft") publishOrSubmit(tx, actor, loadEntry(tx, entryId), input, choice.waivePii, now);
    search.entryChanged(tx, entryId);
  });
}

function saveChange(tx: Tx, actor: Actor, entry: EntryRow, input: EntryContent, note: string, waivePii: boolean, now: Date): void {
  if (entry.status === "published") guardPersonalData(tx, actor, entry.id, input, waivePii, now);
  // Entries imported in bulk carry no version rows: keep what they said before the first edit.
  if (!tx.select({ id: kbEntryVersions.id }).from(kbEntryVersions).where(and(eq(kbEntryVersions.entryId, entry.id), eq(kbEntryVersions.version, entry.version))).get()) {
    saveVersion(tx, entry.id, entry.version, contentOf(tx, entry), entry.createdBy, entry.updatedAt);
  }
  const version = nextVersion(tx, entry);
  saveVersion(tx, entry.id, version, input, actor.id, now, note);
  // Under the rule a published entry keeps its text: the new version waits for a second advisor.
  const held = entry.status === "published" && secondReviewRequired(tx);
  const data = { version, note, ...(held ? { awaitingReview: true } : {}) };
  audit(tx, { actorId: actor.id, action: "kb.edit", objectType: "kb_entry", objectId: entry.id, from: entry.status, to: entry.status, data, at: now });
  if (held) return submitForReview(tx, actor, entry.id, version, waivePii, now);
  writeEntryContent(tx, entry.id, input, version, now);
  withdrawPendingReview(tx, actor, entry.id, "replaced", now);
}

export function publishEntry(db: DB, actor: Actor, entryId: number, waivePii: boolean, now: Date): void {
  requireCurator(actor);
  db.transaction((tx) => {
    const entry = loadEntry(tx, entryId);
    if (entry.status !== "draft") throw new Conflict("kb_entry_not_draft");
    publishOrSubmit(tx, actor, entry, contentOf(tx, entry), waivePii, now);
    search.entryChanged(tx, entryId);
  });
}

export function retireEntry(db: DB, actor: Actor, entryId: number, now: Date): void {
  requireCurator(actor);
  db.transaction((tx) => {
    const entry = loadEntry(tx, entryId);
    if (entry.status === "retired") throw new Conflict("kb_entry_retired");
    withdrawPendingReview(tx, actor, entryId, "retired", now);
    tx.update(kbEntries).set({ status: "retired", retiredAt: now, retiredBy: actor.id, updatedAt: now }).where(eq(kbEntries.id, entryId)).run();
    audit(tx, { actorId: actor.id, action: "kb.retire", objectType: "kb_entry", objectId: entryId, from: entry.status, to: "retired", at: now });
    search.entryChanged(tx, entryId);
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
    withdrawPendingReview(tx, actor, entryId, "retired", now);
    tx.update(kbEntries)
      .set({ status: "retired", retiredAt: now, retiredBy: actor.id, supersededById: by.id, updatedAt: now })
      .where(eq(kbEntries.id, entryId))
      .run();
    audit(tx, { actorId: actor.id, action: "kb.supersede", objectType: "kb_entry", objectId: entryId, from: entry.status, to: "retired", data: { by: by.id, byRef: by.ref }, at: now });
    search.entryChanged(tx, entryId);
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
    search.entryChanged(tx, entryId); // ranking may favour recently reviewed entries
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
  signalQuestion(tx, questionId);
}
