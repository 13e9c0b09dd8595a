// Reading the second review (Duyệt lần hai): the versions waiting for a second advisor, with who
// wrote them (so the page offers the decision only to someone else), and an entry's latest request.
import type { PendingReview, OpenReview } from "../model.js";
import { and, desc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { kbEntries, kbEntryVersions, kbSecondReviews, users } from "../../db/schema.js";
import type { DB } from "../db.js";
import { reviewAuthors } from "./kb-second-review.js";

const requester = alias(users, "requester");
const decider = alias(users, "decider");

// Oldest first, as a queue is worked.
export function pendingReviews(db: DB): PendingReview[] {
  const rows = db
    .select({
      id: kbSecondReviews.id,
      entryId: kbEntries.id,
      ref: kbEntries.ref,
      entryStatus: kbEntries.status,
      publishedVersion: kbEntries.version,
      version: kbSecondReviews.version,
      title: kbEntryVersions.title,
      note: kbEntryVersions.note,
      piiWaived: kbSecondReviews.piiWaived,
      requestedBy: kbSecondReviews.requestedBy,
      requestedAt: kbSecondReviews.requestedAt,
      requesterName: requester.name,
    })
    .from(kbSecondReviews)
    .innerJoin(kbEntries, eq(kbEntries.id, kbSecondReviews.entryId))
    .innerJoin(kbEntryVersions, and(eq(kbEntryVersions.entryId, kbSecondReviews.entryId), eq(kbEntryVersions.version, kbSecondReviews.version)))
    .innerJoin(requester, eq(requester.id, kbSecondReviews.requestedBy))
    .where(eq(kbSecondReviews.status, "pending"))
    .orderBy(kbSecondReviews.requestedAt, kbSecondReviews.id)
    .all();
  return rows.map((r) => ({
    ...r,
    // A waiting draft is a new entry; otherwise it would replace the published version.
    isNew: r.entryStatus === "draft",
    authorIds: reviewAuthors(db, { id: r.entryId, status: r.entryStatus, version: r.publishedVersion }, r),
  }));
}

// The entry's request still in play — waiting, or sent back and not yet replaced by a newer
// published version — for the banner on the entry page and in the editor.
export function openReviewOf(db: DB, entryId: number): OpenReview | null {
  const r = db
    .select({
      id: kbSecondReviews.id,
      version: kbSecondReviews.version,
      status: kbSecondReviews.status,
      reason: kbSecondReviews.reason,
      requestedAt: kbSecondReviews.requestedAt,
      requesterName: requester.name,
      decidedAt: kbSecondReviews.decidedAt,
      deciderName: decider.name,
      entryVersion: kbEntries.version,
    })
    .from(kbSecondReviews)
    .innerJoin(kbEntries, eq(kbEntries.id, kbSecondReviews.entryId))
    .innerJoin(requester, eq(requester.id, kbSecondReviews.requestedBy))
    .leftJoin(decider, eq(decider.id, kbSecondReviews.decidedBy))
    .where(and(eq(kbSecondReviews.entryId, entryId), inArray(kbSecondReviews.status, ["pending", "returned"])))
    .orderBy(desc(kbSecondReviews.version))
    .get();
  if (!r || r.version < r.entryVersion) return null;
  const { entryVersion: _, ...review } = r;
  return review;
}
