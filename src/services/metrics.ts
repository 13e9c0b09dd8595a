// The command's figures (dashboard, monthly report, exports), computed from the rows the lifecycle
// writes: questions, their answer messages, pauses, the reopen audit rows, ratings, deflections and
// knowledge-base entries.
// Every period is [from, to) in instants; weeks and days are local (the desk's zone) only where
// buckets are cut. Definitions that a reader would question sit beside the code that applies them.
import type { Period, AnswerFigures, PeriodSummary, TrendPoint, Backlog, Satisfaction, KbGrowth, Channel } from "../model.js";
import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { auditLog, deflections, kbEntries, messages, questionPauses, questions, ratings, users } from "../../db/schema.js";
import type { DB } from "../db.js";
import { workingMinutesBetween, type WorkingCalendar } from "../domain/working-time.js";
import { deadlineInfo } from "./deadlines.js";
import { openQueue } from "./question-queries.js";

// One question as the figures see it: its first answer and the deadline in force at that time.
interface QuestionFact {
  id: number;
  submittedAt: Date;
  channel: Channel;
  categoryId: number;
  unitId: number | null;
  firstAnsweredAt: Date | null;
  firstAnswererId: number | null;
  onTime: boolean | null; // null: not answered yet
  workingMinutes: number | null; // working time to the first answer, paused time left out
  onTheSpot: boolean;
}

const inPeriod = (d: Date | null, p: Period) => d !== null && d.getTime() >= p.from.getTime() && d.getTime() < p.to.getTime();

/**
 * Facts for every question that can count in [since, to): received in it or first answered in it.
 * answeredAt is never earlier than the first answer (a reopen keeps it), so questions answered before
 * `since` cannot have their first answer inside.
 */
export function loadQuestionFacts(db: DB, cal: WorkingCalendar, since: Date, to: Date): QuestionFact[] {
  const relevant = and(lt(questions.submittedAt, to), or(gte(questions.submittedAt, since), gte(questions.answeredAt, since)));
  const rows = db
    .select({
      id: questions.id,
      submittedAt: questions.submittedAt,
      channel: questions.channel,
      categoryId: questions.categoryId,
      unitId: questions.unitId,
      deadlineAt: questions.deadlineAt,
      answeredAt: questions.answeredAt,
    })
    .from(questions)
    .where(relevant)
    .all();
  const firstReopen = firstReopens(db, relevant);
  const firstAuthor = new Map<number, number>();
  for (const m of db
    .select({ questionId: messages.questionId, authorId: messages.authorId })
    .from(messages)
    .innerJoin(questions, eq(questions.id, messages.questionId))
    .where(and(relevant, eq(messages.kind, "answer")))
    .orderBy(asc(messages.createdAt), asc(messages.id))
    .all()) {
    if (!firstAuthor.has(m.questionId)) firstAuthor.set(m.questionId, m.authorId);
  }
  const pauses = pausesByQuestion(db, relevant);

  return rows.map((q) => {
    const reopen = firstReopen.get(q.id);
    const firstAnsweredAt = reopen ? reopen.answeredAt : q.answeredAt;
    const firstDeadlineAt = reopen ? reopen.deadlineAt : q.deadlineAt;
    const answered = firstAnsweredAt !== null;
    return {
      id: q.id,
      submittedAt: q.submittedAt,
      channel: q.channel,
      categoryId: q.categoryId,
      unitId: q.unitId,
      firstAnsweredAt,
      firstAnswererId: firstAuthor.get(q.id) ?? null,
      // The deadline instant itself is still on time ("answer by 17:00" includes 17:00), as in sla.ts.
      onTime: answered ? firstAnsweredAt.getTime() <= firstDeadlineAt.getTime() : null,
      workingMinutes: answered ? activeWorkingMinutes(q.submittedAt, firstAnsweredAt, pauses.get(q.id) ?? [], cal) : null,
      // A hotline call answered while the officer is still on the line is stored answered at submission.
      onTheSpot: q.channel === "phone" && answered && firstAnsweredAt.getTime() === q.submittedAt.getTime(),
    };
  });
}

// A reopened question's first answer and first deadline are kept by its first reopen row
// (question-closure.ts); the columns then hold the fresh allowance. For the questions matching `where`.
export function firstReopens(db: DB, where: SQL | undefined): Map<number, { answeredAt: Date | null; deadlineAt: Date }> {
  const first = new Map<number, { answeredAt: Date | null; deadlineAt: Date }>();
  for (const r of db
    .select({ questionId: questions.id, data: auditLog.data })
    .from(questions)
    .innerJoin(auditLog, and(eq(auditLog.objectType, "question"), eq(auditLog.objectId, sql`CAST(${questions.id} AS TEXT)`), eq(auditLog.action, "question.reopen")))
    .where(and(where, isNotNull(questions.reopenedAt)))
    .orderBy(asc(auditLog.at), asc(auditLog.id))
    .all()) {
    if (first.has(r.questionId)) continue;
    const data = r.data ?? {};
    const answeredAt = numberOrNull(data.previousAnsweredAt);
    first.set(r.questionId, { answeredAt: answeredAt === null ? null : new Date(answeredAt), deadlineAt: new Date(Number(data.previousDeadlineAt)) });
  }
  return first;
}

// Every pause of the questions matching `where`, by question, in one query.
export function pausesByQuestion(db: DB, where: SQL | undefined): Map<number, { from: Date; to: Date | null }[]> {
  const pauses = new Map<number, { from: Date; to: Date | null }[]>();
  for (const p of db
    .select({ questionId: questionPauses.questionId, from: questionPauses.startedAt, to: questionPauses.endedAt })
    .from(questionPauses)
    .innerJoin(questions, eq(questions.id, questionPauses.questionId))
    .where(where)
    .all()) {
    const list = pauses.get(p.questionId) ?? [];
    list.push({ from: p.from, to: p.to });
    pauses.set(p.questionId, list);
  }
  return pauses;
}

function numberOrNull(v: unknown): number | null {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

/** Working minutes in [from, to) minus the working minutes of the pauses inside it. */
export function activeWorkingMinutes(from: Date, to: Date, pauses: { from: Date; to: Date | null }[], cal: WorkingCalendar): number {
  let minutes = workingMinutesBetween(from, to, cal);
  for (const p of pauses) {
    const s = Math.max(p.from.getTime(), from.getTime());
    const e = Math.min((p.to ?? to).getTime(), to.getTime());
    if (e > s) minutes -= workingMinutesBetween(new Date(s), new Date(e), cal);
  }
  return Math.max(0, minutes);
}

/** Median: the middle value, or the mean of the two middle values of an even count. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Nearest-rank percentile: the smallest value with at least p % of the values at or below it. */
export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)]!;
}

export function answerFigures(answered: QuestionFact[]): AnswerFigures {
  const onTime = answered.filter((f) => f.onTime).length;
  const minutes = answered.map((f) => f.workingMinutes!);
  return {
    answered: answered.length,
    onTime,
    onTimeRate: answered.length ? onTime / answered.length : null,
    medianMinutes: median(minutes),
    p90Minutes: percentile(minutes, 90),
  };
}

export const receivedIn = (facts: QuestionFact[], p: Period) => facts.filter((f) => inPeriod(f.submittedAt, p));
export const answeredIn = (facts: QuestionFact[], p: Period) => facts.filter((f) => inPeriod(f.firstAnsweredAt, p));

export function periodSummary(facts: QuestionFact[], p: Period): PeriodSummary {
  const received = receivedIn(facts, p);
  const phone = received.filter((f) => f.channel === "phone");
  const byChannel: Record<Channel, number> = { web: 0, phone: 0, zalo: 0, ihanoi: 0, public_portal: 0, letter: 0 };
  for (const f of received) byChannel[f.channel]++;
  return {
    received: received.length,
    byChannel,
    ...answerFigures(answeredIn(facts, p)),
    phoneCalls: phone.length,
    onTheSpot: phone.filter((f) => f.onTheSpot).length,
  };
}

export function trend(facts: QuestionFact[], buckets: Period[]): TrendPoint[] {
  return buckets.map((b) => {
    const answered = answeredIn(facts, b);
    const onTime = answered.filter((f) => f.onTime).length;
    return { ...b, received: receivedIn(facts, b).length, answered: answered.length, onTime, onTimeRate: answered.length ? onTime / answered.length : null };
  });
}

/** Open questions now by deadline state; a waiting question is judged at the moment it was paused. */
export function backlogNow(db: DB, now: Date, cal: WorkingCalendar): Backlog {
  const backlog: Backlog = { total: 0, on_time: 0, due_soon: 0, overdue: 0, byAssignee: new Map() };
  for (const q of openQueue(db)) {
    backlog.total++;
    const info = deadlineInfo(q, now, cal);
    if (info) backlog[info.state]++;
    backlog.byAssignee.set(q.assigneeId, (backlog.byAssignee.get(q.assigneeId) ?? 0) + 1);
  }
  return backlog;
}

export interface RatingFact {
  id: number;
  questionId: number;
  score: number;
  comment: string | null;
  at: Date;
  unitId: number | null;
  answererId: number | null; // who wrote the answer that was rated (the latest before the rating)
}

/**
 * Every rating of the questions `questionIds` selects, given before `before` if set, newest first,
 * each with the author of the answer it rated.
 */
export function attributedRatings(db: DB, questionIds: SQLWrapper | number[], before?: Date): RatingFact[] {
  const rows = db
    .select({ id: ratings.id, questionId: ratings.questionId, score: ratings.score, comment: ratings.comment, at: ratings.createdAt, unitId: questions.unitId })
    .from(ratings)
    .innerJoin(questions, eq(questions.id, ratings.questionId))
    .where(and(inArray(ratings.questionId, questionIds), before && lt(ratings.createdAt, before)))
    .orderBy(desc(ratings.createdAt), desc(ratings.id))
    .all();
  const authorAt = answerAuthors(db, questionIds);
  return rows.map((r) => ({ ...r, answererId: authorAt(r.questionId, r.at) }));
}

/** Who wrote a question's answer in force at an instant (its latest answer up to then), from one query. */
export function answerAuthors(db: DB, questionIds: SQLWrapper | number[]): (questionId: number, at: Date) => number | null {
  const byQuestion = new Map<number, { authorId: number; at: Date }[]>(); // newest first
  for (const a of db
    .select({ questionId: messages.questionId, authorId: messages.authorId, at: messages.createdAt })
    .from(messages)
    .where(and(eq(messages.kind, "answer"), inArray(messages.questionId, questionIds)))
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .all()) {
    byQuestion.set(a.questionId, [...(byQuestion.get(a.questionId) ?? []), a]);
  }
  return (questionId, at) => byQuestion.get(questionId)?.find((a) => a.at.getTime() <= at.getTime())?.authorId ?? null;
}

/** A later rating supersedes the earlier ones of the same question: the first of each in newest-first order. */
export function latestPerQuestion(newestFirst: RatingFact[]): RatingFact[] {
  const seen = new Set<number>();
  return newestFirst.filter((r) => {
    if (seen.has(r.questionId)) return false;
    seen.add(r.questionId);
    return true;
  });
}

/**
 * The ratings that count in a period: per question, its latest rating given before the period's end,
 * when that rating was given inside the period (an earlier score the asker replaced does not count).
 */
export function ratingsIn(db: DB, p: Period): RatingFact[] {
  const ratedInPeriod = db.select({ id: ratings.questionId }).from(ratings).where(and(gte(ratings.createdAt, p.from), lt(ratings.createdAt, p.to)));
  return latestPerQuestion(attributedRatings(db, ratedInPeriod, p.to)).filter((r) => inPeriod(r.at, p));
}

export function satisfaction(rs: RatingFact[]): Satisfaction {
  return { average: rs.length ? rs.reduce((s, r) => s + r.score, 0) / rs.length : null, count: rs.length };
}

/** "This answers my question" clicks in the period, with the officer's unit (as it is now). */
export function deflectionsIn(db: DB, p: Period): { userId: number; unitId: number | null }[] {
  return db
    .select({ userId: deflections.userId, unitId: users.unitId })
    .from(deflections)
    .innerJoin(users, eq(users.id, deflections.userId))
    .where(and(gte(deflections.createdAt, p.from), lt(deflections.createdAt, p.to)))
    .all();
}

export function kbGrowth(db: DB, p: Period): KbGrowth {
  const count = (where: SQL | undefined) => db.select({ n: sql<number>`count(*)` }).from(kbEntries).where(where).get()!.n;
  return {
    published: count(and(gte(kbEntries.publishedAt, p.from), lt(kbEntries.publishedAt, p.to))),
    total: count(and(lt(kbEntries.publishedAt, p.to), or(isNull(kbEntries.retiredAt), gte(kbEntries.retiredAt, p.to)))),
  };
}
