// What askers say back (phản hồi): ratings with their comments and the reasons given for reopening.
// Read for a question's thread, for the dashboard's period and for an answerer's own page. Ratings
// are not internal: whoever may see the question sees them. The reopen reason lives in the reopen
// audit row's data (question-closure.ts), the comment in the ratings row.
import type { Period, Satisfaction } from "../model.js";
import { and, asc, desc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import { auditLog, messages, questions, ratings, userRoles, users } from "../../db/schema.js";
import type { DB } from "../db.js";
import { NotFound } from "../domain/errors.js";
import { answerAuthors, attributedRatings, latestPerQuestion, ratingsIn, satisfaction } from "./metrics.js";

// Đánh giá thấp: 1 or 2 out of 5.
export const LOW_SCORE = 2;

interface Person {
  name: string;
  rank: string | null;
}

type ThreadFeedback =
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

// ---------------------------------------------------------------------------------------------
// The dashboard: low ratings and reopen reasons of a period, newest first, the first `limit` shown.

interface Answered {
  questionId: number;
  title: string;
  at: Date;
  answerer: (Person & { id: number }) | null; // who wrote the answer in force then
}

interface PeriodFeedback {
  lowRatings: { total: number; items: (Answered & { score: number; comment: string | null })[] };
  reopens: { total: number; items: (Answered & { reason: string | null })[] };
}

export function feedbackIn(db: DB, p: Period, limit = 20): PeriodFeedback {
  // The same ratings as the satisfaction figure: a score the asker replaced in the period is not low.
  const low = ratingsIn(db, p)
    .filter((r) => r.score <= LOW_SCORE)
    .sort((a, b) => b.at.getTime() - a.at.getTime() || b.id - a.id);
  const inPeriod = and(REOPENS, gte(auditLog.at, p.from), lt(auditLog.at, p.to));
  const reopenTotal = db.select({ n: sql<number>`count(*)` }).from(auditLog).where(inPeriod).get()!.n;
  const reopens = db
    .select({ questionId: sql<number>`CAST(${auditLog.objectId} AS INTEGER)`, at: auditLog.at, data: auditLog.data })
    .from(auditLog)
    .where(inPeriod)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit)
    .all();
  const shown = low.slice(0, limit);
  const ids = [...new Set([...shown.map((r) => r.questionId), ...reopens.map((r) => r.questionId)])];
  const titles = titlesOf(db, ids);
  const people = peopleOf(db, shown.map((r) => r.answererId));
  const authorAt = answerAuthors(db, reopens.map((r) => r.questionId));
  const reopenAuthors = reopens.map((r) => authorAt(r.questionId, r.at));
  const reopenPeople = peopleOf(db, reopenAuthors);
  return {
    lowRatings: {
      total: low.length,
      items: shown.map((r) => ({ questionId: r.questionId, title: titles.get(r.questionId) ?? "", at: r.at, answerer: people(r.answererId), score: r.score, comment: r.comment })),
    },
    reopens: {
      total: reopenTotal,
      items: reopens.map((r, i) => ({ questionId: r.questionId, title: titles.get(r.questionId) ?? "", at: r.at, answerer: reopenPeople(reopenAuthors[i]!), reason: reasonOf(r.data) })),
    },
  };
}

function titlesOf(db: DB, ids: number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  return new Map(db.select({ id: questions.id, title: questions.title }).from(questions).where(inArray(questions.id, ids)).all().map((q) => [q.id, q.title]));
}

function peopleOf(db: DB, ids: (number | null)[]): (id: number | null) => (Person & { id: number }) | null {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
  const byId = new Map(
    wanted.length ? db.select({ id: users.id, name: users.name, rank: users.rank }).from(users).where(inArray(users.id, wanted)).all().map((u) => [u.id, u]) : [],
  );
  return (id) => (id === null ? null : (byId.get(id) ?? null));
}

// ---------------------------------------------------------------------------------------------
// An answerer's own page: every rating given on an answer of theirs, newest first.

interface AnswererRatings {
  answerer: Person & { id: number };
  satisfaction: Satisfaction; // each question once, with its latest rating, as on the dashboard
  low: number; // of those, scored LOW_SCORE or less
  total: number; // ratings listed, replaced ones included
  page: number;
  pageCount: number;
  items: { id: number; questionId: number; title: string; at: Date; score: number; comment: string | null; superseded: boolean }[];
}

const RATINGS_PER_PAGE = 20;

/** Throws NotFound when `answererId` has never been on the answer team. */
export function answererRatings(db: DB, answererId: number, page: number): AnswererRatings {
  const answerer = db
    .selectDistinct({ id: users.id, name: users.name, rank: users.rank })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(eq(users.id, answererId), inArray(userRoles.role, ["answerer", "lead"])))
    .get();
  if (!answerer) throw new NotFound("answerer");
  const answeredByThem = db
    .selectDistinct({ id: messages.questionId })
    .from(messages)
    .where(and(eq(messages.kind, "answer"), eq(messages.authorId, answererId)));
  const all = attributedRatings(db, answeredByThem);
  const latest = new Set(latestPerQuestion(all).map((r) => r.id));
  const theirs = all.filter((r) => r.answererId === answererId);
  const counted = theirs.filter((r) => latest.has(r.id));
  const pageCount = Math.max(1, Math.ceil(theirs.length / RATINGS_PER_PAGE));
  const current = Math.min(Math.max(1, page), pageCount);
  const shown = theirs.slice((current - 1) * RATINGS_PER_PAGE, current * RATINGS_PER_PAGE);
  const titles = titlesOf(db, [...new Set(shown.map((r) => r.questionId))]);
  return {
    answerer,
    satisfaction: satisfaction(counted),
    low: counted.filter((r) => r.score <= LOW_SCORE).length,
    total: theirs.length,
    page: current,
    pageCount,
    items: shown.map((r) => ({ id: r.id, questionId: r.questionId, title: titles.get(r.questionId) ?? "", at: r.at, score: r.score, comment: r.comment, superseded: !latest.has(r.id) })),
  };
}
