// Reading questions, always within what the viewer may see: anything else is NotFound.
import type { Actor, QuestionDetail, QuestionSummary } from "../model.js";
import { and, asc, desc, eq, inArray, isNull, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { auditLog, calendarDays, categories, MESSAGE_KINDS, messages, type MessageKind, questionPauses, questions, ratings, units, userRoles, users } from "../../db/schema.js";
import type { DB } from "../db.js";
import { can } from "../auth/permissions.js";
import { NotFound } from "../domain/errors.js";
import { OPEN_STATUSES } from "../domain/workflow.js";

const asker = alias(users, "asker");
const assignee = alias(users, "assignee");
const logger = alias(users, "logger"); // the team member who logged a call or letter

const summaryColumns = {
  id: questions.id,
  title: questions.title,
  status: questions.status,
  channel: questions.channel,
  submittedAt: questions.submittedAt,
  deadlineAt: questions.deadlineAt,
  answeredAt: questions.answeredAt,
  categoryName: categories.name,
  askerName: asker.name, // null: no asker account; callerName says who called or wrote
  askerRank: asker.rank,
  callerName: questions.callerName,
  callerRank: questions.callerRank,
  unitName: units.name,
  assigneeId: questions.assigneeId,
  assigneeName: assignee.name,
  pausedAt: questionPauses.startedAt,
};

export function summaries(db: DB) {
  return db
    .select(summaryColumns)
    .from(questions)
    .innerJoin(categories, eq(categories.id, questions.categoryId))
    .leftJoin(asker, eq(asker.id, questions.askerId))
    .leftJoin(units, eq(units.id, questions.unitId))
    .leftJoin(assignee, eq(assignee.id, questions.assigneeId))
    // The open pause, if any (at most one per question): a waiting question's clock is frozen there.
    .leftJoin(questionPauses, and(eq(questionPauses.questionId, questions.id), isNull(questionPauses.endedAt)));
}


// Officers see their own questions; the team, advisors and steering see all.
export function visibleTo(actor: Actor): SQL | undefined {
  return can(actor.roles, "question.see_all") ? undefined : eq(questions.askerId, actor.id);
}

export function canSeeInternal(actor: Actor): boolean {
  return can(actor.roles, "question.see_all");
}

// What the asker sees of a thread: what was said to or by them. Notes, consultations and advice are
// internal; so are the files attached to them.
export const ASKER_MESSAGE_KINDS = ["answer", "clarification", "reply"] as const;

// The kinds of message (and of message attachment) this viewer may see.
export function visibleMessageKinds(actor: Actor): readonly MessageKind[] {
  return canSeeInternal(actor) ? MESSAGE_KINDS : ASKER_MESSAGE_KINDS;
}

export function getQuestion(db: DB, actor: Actor, id: number): QuestionDetail {
  const q = summaries(db)
    .where(and(eq(questions.id, id), visibleTo(actor)))
    .get();
  if (!q) throw new NotFound("question");
  const full = db
    .select({
      body: questions.body,
      askerId: questions.askerId,
      categoryId: questions.categoryId,
      reopenedAt: questions.reopenedAt,
      duplicateOfQuestionId: questions.duplicateOfQuestionId,
      duplicateOfKbEntryId: questions.duplicateOfKbEntryId,
      callerPhone: questions.callerPhone,
      callMinutes: questions.callMinutes,
      channelRef: questions.channelRef,
      loggedAt: questions.loggedAt,
      loggedByName: logger.name,
    })
    .from(questions)
    .leftJoin(logger, eq(logger.id, questions.loggedBy))
    .where(eq(questions.id, id))
    .get()!;
  const kinds = visibleMessageKinds(actor);
  const thread = db
    .select({
      id: messages.id,
      kind: messages.kind,
      body: messages.body,
      createdAt: messages.createdAt,
      authorName: users.name,
      authorRank: users.rank,
    })
    .from(messages)
    .innerJoin(users, eq(users.id, messages.authorId))
    .where(and(eq(messages.questionId, id), inArray(messages.kind, [...kinds])))
    .orderBy(asc(messages.createdAt), asc(messages.id))
    .all();
  return { ...q, ...full, thread };
}

// Internal events (notes, alerts) are left out for people outside the team.
const INTERNAL_ACTIONS = [
  "question.note",
  "question.due_soon_alert",
  "question.overdue_alert",
  "question.consultation_requested",
  "question.consultation_answered",
  "question.consultation_withdrawn",
];

export function questionTimeline(db: DB, actor: Actor, questionId: number) {
  const rows = db
    .select({
      id: auditLog.id,
      action: auditLog.action,
      fromState: auditLog.fromState,
      toState: auditLog.toState,
      at: auditLog.at,
      actorName: users.name,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.objectType, "question"), eq(auditLog.objectId, String(questionId))))
    .orderBy(asc(auditLog.at), asc(auditLog.id))
    .all();
  return canSeeInternal(actor) ? rows : rows.filter((r) => !INTERNAL_ACTIONS.includes(r.action));
}

export function lastScoreOf(db: DB, questionId: number, raterId: number): number | null {
  return (
    db
      .select({ score: ratings.score })
      .from(ratings)
      .where(and(eq(ratings.questionId, questionId), eq(ratings.raterId, raterId)))
      .orderBy(desc(ratings.createdAt), desc(ratings.id))
      .get()?.score ?? null
  );
}

export function holidayNames(db: DB): Map<string, string> {
  return new Map(db.select().from(calendarDays).all().map((d) => [d.date, d.name]));
}

// The team's queue: every open question, the nearest deadline first.
export function openQueue(db: DB): QuestionSummary[] {
  return summaries(db)
    .where(inArray(questions.status, [...OPEN_STATUSES]))
    .orderBy(asc(questions.deadlineAt), asc(questions.id))
    .all();
}

export function activeCategories(db: DB) {
  return db.select().from(categories).orderBy(asc(categories.sortOrder), asc(categories.name)).all()
    .filter((c) => !c.archivedAt);
}

// Who a lead may hand a question to: active members of the answer team.
export function teamMembers(db: DB) {
  return db
    .selectDistinct({ id: users.id, name: users.name, rank: users.rank })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(isNull(users.disabledAt), inArray(userRoles.role, ["answerer", "lead"])))
    .orderBy(asc(users.name))
    .all();
}
