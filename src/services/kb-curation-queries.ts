// Reading the knowledge base as the board works it: entries in any state (within what the viewer
// may see), the review queue, proposals to write up, versions, votes.
import type { Actor, EntryDetail, ReviewQueue, QuestionKbState, EntryVersion } from "../model.js";
import { tagsAndCitationsOf } from "./kb-queries.js";
import { linkedCitationsOf } from "./regulation-links.js";
import { and, asc, count, desc, eq, inArray, isNotNull, ne, notExists, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { categories, kbEntries, kbEntryVersions, kbProposals, kbSecondReviews, kbVotes, messages, questions, users } from "../../db/schema.js";
import { pendingReviews } from "./kb-second-review-queries.js";
import type { DB } from "../db.js";
import { can } from "../auth/permissions.js";
import { NotFound } from "../domain/errors.js";

const successor = alias(kbEntries, "successor");

// Published entries are for everyone signed in; drafts and retired ones only for the board.
export function entryForViewer(db: DB, actor: Actor, id: number): EntryDetail {
  const e = db
    .select({
      id: kbEntries.id,
      ref: kbEntries.ref,
      title: kbEntries.title,
      question: kbEntries.question,
      answer: kbEntries.answer,
      status: kbEntries.status,
      version: kbEntries.version,
      categoryId: kbEntries.categoryId,
      categoryName: categories.name,
      sourceQuestionId: kbEntries.sourceQuestionId,
      createdAt: kbEntries.createdAt,
      updatedAt: kbEntries.updatedAt,
      publishedAt: kbEntries.publishedAt,
      retiredAt: kbEntries.retiredAt,
      reviewedAt: kbEntries.reviewedAt,
      flaggedAt: kbEntries.flaggedAt,
      flagReason: kbEntries.flagReason,
      successorId: successor.id,
      successorRef: successor.ref,
      successorTitle: successor.title,
    })
    .from(kbEntries)
    .innerJoin(categories, eq(categories.id, kbEntries.categoryId))
    .leftJoin(successor, eq(successor.id, kbEntries.supersededById))
    .where(and(eq(kbEntries.id, id), can(actor.roles, "kb.curate") ? undefined : eq(kbEntries.status, "published")))
    .get();
  if (!e) throw new NotFound("kb_entry");
  const { successorId, successorRef, successorTitle, ...entry } = e;
  return {
    ...entry,
    supersededBy: successorId ? { id: successorId, ref: successorRef!, title: successorTitle! } : null,
    ...tagsAndCitationsOf(db, id),
    citations: linkedCitationsOf(db, id),
  };
}

export function entryVotes(db: DB, entryId: number, userId: number) {
  const rows = db.select({ helpful: kbVotes.helpful, n: count() }).from(kbVotes).where(eq(kbVotes.entryId, entryId)).groupBy(kbVotes.helpful).all();
  const mine = db.select({ helpful: kbVotes.helpful }).from(kbVotes).where(and(eq(kbVotes.entryId, entryId), eq(kbVotes.userId, userId))).get();
  return {
    helpful: rows.find((r) => r.helpful)?.n ?? 0,
    unhelpful: rows.find((r) => !r.helpful)?.n ?? 0,
    mine: mine ? mine.helpful : null,
  };
}

const proposer = alias(users, "proposer");
const author = alias(users, "author");

// The board's desk: open proposals, versions waiting for a second advisor, entries flagged for
// review, drafts in progress (a draft waiting for the second review is listed there, not here).
export function reviewQueue(db: DB): ReviewQueue {
  const proposals = db
    .select({
      id: kbProposals.id,
      note: kbProposals.note,
      createdAt: kbProposals.createdAt,
      questionId: questions.id,
      questionTitle: questions.title,
      categoryName: categories.name,
      proposerName: proposer.name,
      proposerRank: proposer.rank,
    })
    .from(kbProposals)
    .innerJoin(questions, eq(questions.id, kbProposals.questionId))
    .innerJoin(categories, eq(categories.id, questions.categoryId))
    .innerJoin(proposer, eq(proposer.id, kbProposals.proposedBy))
    .where(eq(kbProposals.status, "open"))
    .orderBy(asc(kbProposals.createdAt), asc(kbProposals.id))
    .all();
  const entryColumns = {
    id: kbEntries.id,
    ref: kbEntries.ref,
    title: kbEntries.title,
    categoryName: categories.name,
    updatedAt: kbEntries.updatedAt,
    flaggedAt: kbEntries.flaggedAt,
    flagReason: kbEntries.flagReason,
    authorName: author.name,
  };
  const entries = () =>
    db.select(entryColumns).from(kbEntries).innerJoin(categories, eq(categories.id, kbEntries.categoryId)).leftJoin(author, eq(author.id, kbEntries.createdBy));
  const flagged = entries()
    .where(and(isNotNull(kbEntries.flaggedAt), ne(kbEntries.status, "retired")))
    .orderBy(asc(kbEntries.flaggedAt))
    .all();
  const waiting = db
    .select({ id: kbSecondReviews.id })
    .from(kbSecondReviews)
    .where(and(eq(kbSecondReviews.entryId, kbEntries.id), eq(kbSecondReviews.status, "pending")));
  const drafts = entries()
    .where(and(eq(kbEntries.status, "draft"), notExists(waiting)))
    .orderBy(desc(kbEntries.updatedAt))
    .all();
  return { proposals, secondReviews: pendingReviews(db), flagged, drafts };
}

// A new entry written from a proposal starts from the question and its latest answer.
export function proposalPrefill(db: DB, proposalId: number) {
  const p = db
    .select({ questionId: questions.id, title: questions.title, body: questions.body, categoryId: questions.categoryId, status: kbProposals.status })
    .from(kbProposals)
    .innerJoin(questions, eq(questions.id, kbProposals.questionId))
    .where(eq(kbProposals.id, proposalId))
    .get();
  if (!p) throw new NotFound("proposal");
  const answer = db
    .select({ body: messages.body })
    .from(messages)
    .where(and(eq(messages.questionId, p.questionId), eq(messages.kind, "answer")))
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .get();
  return { questionId: p.questionId, title: p.title, question: p.body, answer: answer?.body ?? "", categoryId: p.categoryId };
}

// What the question page says about the knowledge base: the entry made from it, or a pending proposal.
export function questionKbState(db: DB, questionId: number): QuestionKbState {
  const entry =
    db
      .select({ id: kbEntries.id, ref: kbEntries.ref, title: kbEntries.title })
      .from(kbEntries)
      .where(and(eq(kbEntries.sourceQuestionId, questionId), eq(kbEntries.status, "published")))
      .orderBy(desc(kbEntries.publishedAt))
      .get() ?? null;
  const proposal =
    db
      .select({ id: kbProposals.id, status: kbProposals.status, createdAt: kbProposals.createdAt, proposerName: users.name })
      .from(kbProposals)
      .innerJoin(users, eq(users.id, kbProposals.proposedBy))
      .where(and(eq(kbProposals.questionId, questionId), inArray(kbProposals.status, ["open", "accepted"])))
      .orderBy(desc(kbProposals.createdAt), desc(kbProposals.id))
      .get() ?? null;
  return { entry, proposal };
}

const editor = alias(users, "editor");

// Every version of an entry, oldest first, with its change note and, under the second-review rule,
// what became of its request. The current version of an entry written by kb:import has no version
// row (its text is in kb_entries only): it is shown from there.
export function entryVersions(db: DB, entryId: number): EntryVersion[] {
  const saved = db
    .select({
      version: kbEntryVersions.version,
      title: kbEntryVersions.title,
      question: kbEntryVersions.question,
      answer: kbEntryVersions.answer,
      categoryName: sql<string>`coalesce(${categories.name}, '')`,
      tags: kbEntryVersions.tags,
      citations: kbEntryVersions.citations,
      editorName: editor.name,
      createdAt: kbEntryVersions.createdAt,
      note: kbEntryVersions.note,
      reviewStatus: kbSecondReviews.status,
      reviewReason: kbSecondReviews.reason,
    })
    .from(kbEntryVersions)
    .leftJoin(categories, eq(categories.id, kbEntryVersions.categoryId))
    .leftJoin(editor, eq(editor.id, kbEntryVersions.editedBy))
    .leftJoin(kbSecondReviews, and(eq(kbSecondReviews.entryId, kbEntryVersions.entryId), eq(kbSecondReviews.version, kbEntryVersions.version)))
    .where(eq(kbEntryVersions.entryId, entryId))
    .orderBy(asc(kbEntryVersions.version))
    .all();
  const current = db
    .select({
      version: kbEntries.version,
      title: kbEntries.title,
      question: kbEntries.question,
      answer: kbEntries.answer,
      categoryName: sql<string>`coalesce(${categories.name}, '')`,
      editorName: editor.name,
      createdAt: kbEntries.updatedAt,
    })
    .from(kbEntries)
    .leftJoin(categories, eq(categories.id, kbEntries.categoryId))
    .leftJoin(editor, eq(editor.id, kbEntries.createdBy))
    .where(eq(kbEntries.id, entryId))
    .get();
  if (!current || saved.some((v) => v.version === current.version)) return saved;
  const imported = { ...current, ...tagsAndCitationsOf(db, entryId), note: null, reviewStatus: null, reviewReason: null };
  // A version waiting for review may be numbered past it.
  return [...saved, imported].sort((a, b) => a.version - b.version);
}

// "12" or "KB-0012" (as people write it) → the entry's id.
export function entryIdFromReference(db: DB, text: string): number | null {
  const t = text.trim();
  if (/^\d{1,9}$/.test(t)) return Number(t);
  return db.select({ id: kbEntries.id }).from(kbEntries).where(inArray(kbEntries.ref, [t, t.toUpperCase()])).get()?.id ?? null;
}

