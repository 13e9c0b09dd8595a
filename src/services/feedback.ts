// What askers say back (phản hồi): ratings with their comments and the reasons given for reopening,
// read for a question's thread. Ratings are not internal: whoever may see the question sees them.
// The reopen reason lives in the reopen audit row's data (question-closure.ts), the comment in the
// ratings row.
import { and, asc, eq } from "drizzle-orm";
import { auditLog, ratings, users } from "../../db/schema.js";
import type { DB } from "../db.js";

interface Person {
  name: string;
  rank: string | null;
}

export type ThreadFeedback =
  | { kind: "rating"; id: number; at: Date; by: Person; score: number; comment: string | null; superseded: boolean }
  | { kind: "reopen"; id: number; at: Date; by: Person | null; reason: string | null };

const REOPENS = and(eq(auditLog.objectType, "question"), eq(auditLog.action, "question.reopen"));

const reasonOf = (data: Record<string, unknown> | null) => (typeof data?.reason === "string" && data.reason.trim() ? data.reason : null);

/** The ratings and reopenings of a question the viewer has already loaded (getQuestion decides who may see it), oldest first. */
export function questionFeedback(db: DB, questionId: number): ThreadFeedback[] {
  const rated = db
    .select({ id: ratings.id, at: ratings.createdAt, score: ratings.score, comment: ratings.comment, name: users.name, rank: users.rank })
    .from(ratings)
    .innerJoin(users, eq(users.id, ratings.raterId))
    .where(eq(ratings.questionId, questionId))
    .orderBy(asc(ratings.createdAt), asc(ratings.id))
    .all();
  const reopened = db
    .select({ id: auditLog.id, at: auditLog.at, data: auditLog.data, name: users.name, rank: users.rank })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(REOPENS, eq(auditLog.objectId, String(questionId))))
    .orderBy(asc(auditLog.at), asc(auditLog.id))
    .all();
  const items: ThreadFeedback[] = [
    ...rated.map((r, i) => ({
      kind: "rating" as const,
      id: r.id,
      at: r.at,
      by: { name: r.name, rank: r.rank },
      score: r.score,
      comment: r.comment,
      superseded: i < rated.length - 1, // a later rating replaces it; both stay stored
    })),
    ...reopened.map((r) => ({ kind: "reopen" as const, id: r.id, at: r.at, by: r.name === null ? null : { name: r.name, rank: r.rank }, reason: reasonOf(r.data) })),
  ];
  return items.sort((a, b) => a.at.getTime() - b.at.getTime());
}
