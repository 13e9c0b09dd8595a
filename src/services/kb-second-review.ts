// Duyệt lần hai: when the desk's rule is on (Cài đặt, desk-settings.ts), an advisor's publication —
// a new entry, or a new version of a published one — waits until a different advisor approves it.
// A waiting version of a published entry lives only in kb_entry_versions, so readers keep the
// version they had until the approval writes the new one into kb_entries (and the search index).
// The request is a row with who and when (kb_second_reviews); every step is audited and the author
// is told of the outcome. Decision record 015 says why the approver must differ from every
// advisor who wrote part of the waiting text, and why kb:import is outside the rule.
import type { Actor } from "../model.js";
import { and, desc, eq, gt, inArray, isNull, lte } from "drizzle-orm";
import { kbEntryVersions, kbSecondReviews, userRoles, users } from "../../db/schema.js";
import type { DB, Tx } from "../db.js";
import { Conflict, NotAllowed, NotFound } from "../domain/errors.js";
import { audit } from "./audit.js";
import { secondReviewRequired } from "./desk-settings.js";
import {
  contentOf,
  guardPersonalData,
  loadEntry,
  publishInTx,
  requireCurator,
  withdrawPendingReview,
  writeEntryContent,
  type EntryContent,
  type EntryRow,
} from "./kb-entry-writes.js";
import * as search from "../search/index.js";
import { notify } from "./notifications.js";

type ReviewRow = typeof kbSecondReviews.$inferSelect;

// The four-eyes rule refused: the actor wrote part of the version (a 403 like any NotAllowed).
export class OwnVersion extends NotAllowed {
  constructor() {
    super("kb.review_own");
  }
}

// A draft is published now, or — under the rule — waits for a second advisor. Either way the
// personal-data guard runs now, so the author hears of findings while writing.
export function publishOrSubmit(tx: Tx, actor: Actor, entry: EntryRow, content: EntryContent, waivePii: boolean, now: Date): void {
  if (!secondReviewRequired(tx)) return publishInTx(tx, actor, entry, content, waivePii, now);
  guardPersonalData(tx, actor, entry.id, content, waivePii, now);
  submitForReview(tx, actor, entry.id, entry.version, waivePii, now);
}

// Asks for the second review of one saved version; an earlier waiting version of the entry stops
// waiting (the new one replaces it). Asking again for a version already waiting changes nothing; a
// version sent back must be changed before it is sent again.
export function submitForReview(tx: Tx, actor: Actor, entryId: number, version: number, piiWaived: boolean, now: Date): void {
  const asked = tx
    .select({ status: kbSecondReviews.status })
    .from(kbSecondReviews)
    .where(and(eq(kbSecondReviews.entryId, entryId), eq(kbSecondReviews.version, version)))
    .get();
  if (asked?.status === "pending") return;
  if (asked) throw new Conflict(asked.status === "returned" ? "kb_review_returned_unchanged" : "kb_review_closed");
  withdrawPendingReview(tx, actor, entryId, "replaced", now);
  const review = tx
    .insert(kbSecondReviews)
    .values({ entryId, version, status: "pending", requestedBy: actor.id, requestedAt: now, piiWaived })
    .returning({ id: kbSecondReviews.id })
    .get().id;
  audit(tx, { actorId: actor.id, action: "kb.review_requested", objectType: "kb_entry", objectId: entryId, to: "pending", data: { review, version }, at: now });
  for (const userId of otherAdvisors(tx, actor.id)) notify(tx, { userId, kind: "kb_review_requested", kbReviewId: review, at: now });
}

function otherAdvisors(tx: Tx, exceptId: number): number[] {
  return tx
    .select({ id: users.id })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(eq(userRoles.role, "advisor"), isNull(users.disabledAt)))
    .all()
    .map((u) => u.id)
    .filter((id) => id !== exceptId);
}

// Everyone who wrote part of the waiting text: the advisor who asked and whoever saved a version
// since the entry's last published one (for a draft, every version). None of them may decide.
export function reviewAuthors(tx: Tx, entry: Pick<EntryRow, "id" | "status" | "version">, review: Pick<ReviewRow, "version" | "requestedBy">): number[] {
  const since = entry.status === "published" ? entry.version : 0;
  const editors = tx
    .select({ editedBy: kbEntryVersions.editedBy })
    .from(kbEntryVersions)
    .where(and(eq(kbEntryVersions.entryId, entry.id), gt(kbEntryVersions.version, since), lte(kbEntryVersions.version, review.version)))
    .all()
    .map((v) => v.editedBy)
    .filter((id): id is number => id !== null);
  return [...new Set([review.requestedBy, ...editors])];
}

// The review to decide, checked: still waiting, the entry still in use, the actor not an author.
function openReview(tx: Tx, actor: Actor, reviewId: number): { review: ReviewRow; entry: EntryRow } {
  const review = tx.select().from(kbSecondReviews).where(eq(kbSecondReviews.id, reviewId)).get();
  if (!review) throw new NotFound("kb_review");
  if (review.status !== "pending") throw new Conflict("kb_review_closed");
  const entry = loadEntry(tx, review.entryId);
  if (entry.status === "retired") throw new Conflict("kb_entry_retired");
  if (reviewAuthors(tx, entry, review).includes(actor.id)) throw new OwnVersion();
  return { review, entry };
}

function decide(tx: Tx, actor: Actor, review: ReviewRow, status: "approved" | "returned", reason: string | null, now: Date): void {
  tx.update(kbSecondReviews).set({ status, decidedBy: actor.id, decidedAt: now, reason }).where(eq(kbSecondReviews.id, review.id)).run();
  const data = { review: review.id, version: review.version, ...(reason === null ? {} : { reason }) };
  audit(tx, { actorId: actor.id, action: `kb.review_${status}`, objectType: "kb_entry", objectId: review.entryId, from: "pending", to: status, data, at: now });
  notify(tx, { userId: review.requestedBy, kind: status === "approved" ? "kb_approved" : "kb_returned", kbReviewId: review.id, at: now });
}

// Approval publishes the waiting version at once: a draft is published; a published entry takes
// the new version's text. Returns the entry's id.
export function approveReview(db: DB, actor: Actor, reviewId: number, now: Date): number {
  requireCurator(actor);
  return db.transaction((tx) => {
    const { review, entry } = openReview(tx, actor, reviewId);
    decide(tx, actor, review, "approved", null, now);
    if (entry.status === "draft") {
      // Saving a draft again withdraws its request, so the waiting version is the draft's text.
      if (review.version !== entry.version) throw new Conflict("kb_review_closed");
      publishInTx(tx, actor, entry, contentOf(tx, entry), review.piiWaived, now, review.id);
    } else {
      if (review.version <= entry.version) throw new Conflict("kb_review_closed");
      const content = versionContent(tx, entry.id, review.version);
      guardPersonalData(tx, actor, entry.id, content, review.piiWaived, now);
      writeEntryContent(tx, entry.id, content, review.version, now);
      const data = { ref: entry.ref, version: review.version, review: review.id };
      audit(tx, { actorId: actor.id, action: "kb.publish", objectType: "kb_entry", objectId: entry.id, from: "published", to: "published", data, at: now });
    }
    search.entryChanged(tx, entry.id);
    return entry.id;
  });
}

// Sent back with a reason: nothing is published; the author reads why and edits again.
export function returnReview(db: DB, actor: Actor, reviewId: number, reason: string, now: Date): number {
  requireCurator(actor);
  return db.transaction((tx) => {
    const { review } = openReview(tx, actor, reviewId);
    decide(tx, actor, review, "returned", reason, now);
    return review.entryId;
  });
}

function versionContent(tx: Tx, entryId: number, version: number): EntryContent {
  const v = tx.select().from(kbEntryVersions).where(and(eq(kbEntryVersions.entryId, entryId), eq(kbEntryVersions.version, version))).get();
  if (!v) throw new NotFound("kb_entry_version");
  return { title: v.title, question: v.question, answer: v.answer, categoryId: v.categoryId, tags: v.tags, citations: v.citations };
}

// What an edit starts from: a published entry's newest version still waiting for the second review
// or sent back from it (the author goes on from their own text), otherwise the entry as it stands.
export function workingCopy(tx: Tx, entry: EntryRow): { content: EntryContent; version: number } {
  if (entry.status === "published") {
    const waiting = tx
      .select({ version: kbSecondReviews.version })
      .from(kbSecondReviews)
      .where(and(eq(kbSecondReviews.entryId, entry.id), gt(kbSecondReviews.version, entry.version), inArray(kbSecondReviews.status, ["pending", "returned"])))
      .orderBy(desc(kbSecondReviews.version))
      .get();
    if (waiting) return { content: versionContent(tx, entry.id, waiting.version), version: waiting.version };
  }
  return { content: contentOf(tx, entry), version: entry.version };
}

// The text the editor opens with (see workingCopy).
export function workingCopyOf(db: DB, entryId: number): EntryContent {
  return workingCopy(db, loadEntry(db, entryId)).content;
}
