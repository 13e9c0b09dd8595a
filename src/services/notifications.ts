// Notifications: a row per person and event, written in the same transaction as the event.
import type { NotificationFeedItem } from "../model.js";
import { and, count, desc, eq, isNull } from "drizzle-orm";
import { kbEntries, kbSecondReviews, notifications, questions, type NotificationKind } from "../../db/schema.js";
import type { DB, Tx } from "../db.js";
import { signalAfterCommit } from "./live.js";

export function notify(tx: Tx, n: { userId: number; kind: NotificationKind; questionId?: number | null; handoverId?: number; kbReviewId?: number; at: Date }): void {
  tx.insert(notifications)
    .values({ userId: n.userId, kind: n.kind, questionId: n.questionId ?? null, handoverId: n.handoverId ?? null, kbReviewId: n.kbReviewId ?? null, createdAt: n.at })
    .run();
  signalAfterCommit(tx, `user:${n.userId}`);
}

export function unreadCount(db: DB, userId: number): number {
  return db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .get()!.n;
}

export function markAllRead(db: DB, userId: number, now: Date): void {
  db.update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .run();
  signalAfterCommit(db, `user:${userId}`);
}

// The notifications page: the newest first, each with its question's title, in one query.
export function notificationFeed(db: DB, userId: number, limit = 50): NotificationFeedItem[] {
  return db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      questionId: notifications.questionId,
      handoverId: notifications.handoverId, // Bàn giao ca: links to the record
      questionTitle: questions.title,
      // Duyệt lần hai: the entry concerned, and why it was sent back.
      entryId: kbEntries.id,
      entryRef: kbEntries.ref,
      entryTitle: kbEntries.title,
      returnReason: kbSecondReviews.reason,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .leftJoin(questions, eq(questions.id, notifications.questionId))
    .leftJoin(kbSecondReviews, eq(kbSecondReviews.id, notifications.kbReviewId))
    .leftJoin(kbEntries, eq(kbEntries.id, kbSecondReviews.entryId))
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit)
    .all();
}
