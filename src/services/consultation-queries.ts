// Reading consultations of the advisory board: the advisors one may ask, a question's requests, the
// advisor's page, the header count and the dashboard's figures.
import type { ConsultationFigures, ConsultationItem, ConsultationDesk, ConsultationPanelData, Actor, Period } from "../model.js";
import { and, asc, count, desc, eq, gte, isNull, lt, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { consultations, questionPauses, questions, userRoles, users } from "../../db/schema.js";
import type { DB, Tx } from "../db.js";
import { can } from "../auth/permissions.js";
import { NotFound } from "../domain/errors.js";
import { workingMinutesBetween, type WorkingCalendar } from "../domain/working-time.js";
import { canSeeInternal } from "./question-queries.js";

const requester = alias(users, "requester");
const advisor = alias(users, "advisor");

// Whom the team may ask (Ban cố vấn): a handful of people, so callers may simply search the list.
export function activeAdvisors(db: Tx) {
  return db
    .select({ id: users.id, name: users.name, rank: users.rank })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, "advisor")))
    .where(isNull(users.disabledAt))
    .orderBy(asc(users.name), asc(users.id))
    .all();
}

// One request as lists show it: who asked whom, when, and the question it is about.
function listed(db: DB, where: SQL | undefined) {
  return db
    .select({
      id: consultations.id,
      questionId: consultations.questionId,
      status: consultations.status,
      createdAt: consultations.createdAt,
      answeredAt: consultations.answeredAt,
      answerMessageId: consultations.answerMessageId,
      requestedBy: consultations.requestedBy,
      requesterName: requester.name,
      requesterRank: requester.rank,
      advisorId: consultations.advisorId,
      advisorName: advisor.name,
      advisorRank: advisor.rank,
      questionTitle: questions.title,
      questionStatus: questions.status,
      deadlineAt: questions.deadlineAt,
      pausedAt: questionPauses.startedAt,
    })
    .from(consultations)
    .innerJoin(requester, eq(requester.id, consultations.requestedBy))
    .innerJoin(advisor, eq(advisor.id, consultations.advisorId))
    .innerJoin(questions, eq(questions.id, consultations.questionId))
    // The open pause, if any: a waiting question's deadline figures are frozen there.
    .leftJoin(questionPauses, and(eq(questionPauses.questionId, questions.id), isNull(questionPauses.endedAt)))
    .where(where);
}

// Every request on one question, in the order they were made. Callers show them only to people who
// see the internal thread.
function consultationsOf(db: DB, questionId: number): ConsultationItem[] {
  return listed(db, eq(consultations.questionId, questionId)).orderBy(asc(consultations.createdAt), asc(consultations.id)).all();
}

const RECENTLY_ANSWERED = 20;

// The page "Xin ý kiến Ban cố vấn": requests still waiting, the oldest first (the one waiting longest
// is the most urgent), then the latest answered. An advisor sees those addressed to them; leads and
// steering see all, to chase a request that waits too long.
export function consultationDesk(db: DB, actor: Actor): ConsultationDesk {
  const scope = can(actor.roles, "consultation.view_all") ? undefined : eq(consultations.advisorId, actor.id);
  return {
    open: listed(db, and(scope, eq(consultations.status, "open"))).orderBy(asc(consultations.createdAt), asc(consultations.id)).all(),
    answered: listed(db, and(scope, eq(consultations.status, "answered")))
      .orderBy(desc(consultations.answeredAt), desc(consultations.id))
      .limit(RECENTLY_ANSWERED)
      .all(),
  };
}

export function openConsultationCount(db: DB, advisorId: number): number {
  return db
    .select({ n: count() })
    .from(consultations)
    .where(and(eq(consultations.advisorId, advisorId), eq(consultations.status, "open")))
    .get()!.n;
}

export function consultationFigures(db: DB, cal: WorkingCalendar, p: Period): ConsultationFigures {
  const within = (column: typeof consultations.createdAt | typeof consultations.answeredAt) => and(gte(column, p.from), lt(column, p.to));
  const asked = db.select({ status: consultations.status }).from(consultations).where(within(consultations.createdAt)).all();
  const answered = db
    .select({ createdAt: consultations.createdAt, answeredAt: consultations.answeredAt })
    .from(consultations)
    .where(and(eq(consultations.status, "answered"), within(consultations.answeredAt)))
    .all();
  const minutes = answered.map((c) => workingMinutesBetween(c.createdAt, c.answeredAt!, cal));
  return {
    requested: asked.length,
    answered: answered.length,
    waiting: asked.filter((c) => c.status === "open").length,
    averageMinutes: minutes.length ? minutes.reduce((s, m) => s + m, 0) / minutes.length : null,
  };
}

// What the question page shows of consultations: nothing to people outside the internal thread.
export function consultationPanel(db: DB, actor: Actor, questionId: number): ConsultationPanelData | null {
  if (!canSeeInternal(actor)) return null;
  return {
    items: consultationsOf(db, questionId),
    advisors: can(actor.roles, "consultation.request") ? activeAdvisors(db).filter((a) => a.id !== actor.id) : [],
  };
}

// The question a request belongs to: a form refused on it is shown again on that question's page.
export function questionOfConsultation(db: DB, consultationId: number): number {
  const row = db.select({ questionId: consultations.questionId }).from(consultations).where(eq(consultations.id, consultationId)).get();
  if (!row) throw new NotFound("consultation");
  return row.questionId;
}
