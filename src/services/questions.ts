// Use cases that change a question. Each runs in one transaction with its audit rows.
import { and, count, eq, inArray, isNull, max } from "drizzle-orm";
import {
  assignments,
  categories,
  messages,
  questions,
  ratings,
  userRoles,
  users,
  userSpecialties,
  type QuestionStatus,
} from "../../db/schema.js";
import type { DB, Tx } from "../db.js";
import { can } from "../auth/permissions.js";
import { InvalidTransition, NotAllowed, NotFound } from "../domain/errors.js";
import { chooseAssignee, type RoutingCandidate } from "../domain/routing.js";
import { ANSWER_ALLOWANCE_MINUTES } from "../domain/sla.js";
import { nextStatus, OPEN_STATUSES } from "../domain/workflow.js";
import { addWorkingMinutes, type WorkingCalendar } from "../domain/working-time.js";
import { audit } from "./audit.js";
import type { Actor } from "./users.js";

export interface NewQuestion {
  title: string;
  body: string;
  categoryId: number;
}

export function askQuestion(db: DB, actor: Actor & { unitId: number | null }, input: NewQuestion, now: Date, cal: WorkingCalendar): number {
  if (!can(actor.roles, "question.ask")) throw new NotAllowed("question.ask");
  const deadlineAt = addWorkingMinutes(now, ANSWER_ALLOWANCE_MINUTES, cal);
  return db.transaction((tx) => {
    const category = tx.select().from(categories).where(eq(categories.id, input.categoryId)).get();
    if (!category || category.archivedAt) throw new NotFound("category");
    const { id } = tx
      .insert(questions)
      .values({
        title: input.title,
        body: input.body,
        categoryId: input.categoryId,
        askerId: actor.id,
        unitId: actor.unitId,
        status: "new",
        submittedAt: now,
        deadlineAt,
        updatedAt: now,
      })
      .returning({ id: questions.id })
      .get();
    audit(tx, {
      actorId: actor.id,
      action: "question.submit",
      objectType: "question",
      objectId: id,
      from: null,
      to: "new",
      data: { categoryId: input.categoryId, deadlineAt: deadlineAt.getTime() },
      at: now,
    });
    route(tx, id, input.categoryId, now);
    return id;
  });
}

// Routes a new question at once; with no active answerer it stays `new` for a lead to assign.
function route(tx: Tx, questionId: number, categoryId: number, now: Date): void {
  const assigneeId = chooseAssignee(routingCandidates(tx), categoryId);
  if (assigneeId === null) return;
  setAssignee(tx, questionId, "new", assigneeId, null, "routed", now);
}

function routingCandidates(tx: Tx): RoutingCandidate[] {
  const answerers = tx
    .select({ id: users.id })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, "answerer")))
    .where(isNull(users.disabledAt))
    .all();
  if (answerers.length === 0) return [];
  const ids = answerers.map((a) => a.id);
  const specialties = tx.select().from(userSpecialties).where(inArray(userSpecialties.userId, ids)).all();
  const open = tx
    .select({ assigneeId: questions.assigneeId, n: count() })
    .from(questions)
    .where(and(inArray(questions.assigneeId, ids), inArray(questions.status, [...OPEN_STATUSES])))
    .groupBy(questions.assigneeId)
    .all();
  const last = tx
    .select({ assigneeId: assignments.assigneeId, at: max(assignments.createdAt) })
    .from(assignments)
    .where(inArray(assignments.assigneeId, ids))
    .groupBy(assignments.assigneeId)
    .all();
  return ids.map((id) => ({
    id,
    specialties: specialties.filter((s) => s.userId === id).map((s) => s.categoryId),
    openCount: open.find((o) => o.assigneeId === id)?.n ?? 0,
    lastAssignedAt: last.find((l) => l.assigneeId === id)?.at?.getTime() ?? null,
  }));
}

function setAssignee(
  tx: Tx,
  questionId: number,
  from: QuestionStatus,
  assigneeId: number,
  actorId: number | null,
  reason: "routed" | "reassigned" | "handed_over",
  now: Date,
): void {
  const to = nextStatus(from, reason === "routed" ? "route" : "assign");
  tx.update(questions).set({ assigneeId, status: to, updatedAt: now }).where(eq(questions.id, questionId)).run();
  tx.insert(assignments).values({ questionId, assigneeId, assignedBy: actorId, reason, createdAt: now }).run();
  audit(tx, {
    actorId,
    action: `question.${reason === "routed" ? "route" : "assign"}`,
    objectType: "question",
    objectId: questionId,
    from,
    to,
    data: { assigneeId, reason },
    at: now,
  });
}

// The team answers in Markdown. A question nobody holds yet is taken by whoever answers it.
export function answerQuestion(db: DB, actor: Actor, questionId: number, body: string, now: Date): void {
  if (!can(actor.roles, "question.answer")) throw new NotAllowed("question.answer");
  db.transaction((tx) => {
    const q = tx.select().from(questions).where(eq(questions.id, questionId)).get();
    if (!q) throw new NotFound("question");
    const to = nextStatus(q.status, "answer");
    tx.insert(messages).values({ questionId, authorId: actor.id, kind: "answer", body, createdAt: now }).run();
    tx.update(questions)
      .set({ status: to, answeredAt: now, updatedAt: now, assigneeId: q.assigneeId ?? actor.id })
      .where(eq(questions.id, questionId))
      .run();
    audit(tx, {
      actorId: actor.id,
      action: "question.answer",
      objectType: "question",
      objectId: questionId,
      from: q.status,
      to,
      at: now,
    });
  });
}

// A lead gives a question to another answerer (or takes a `new` one off the floor).
export function assignQuestion(db: DB, actor: Actor, questionId: number, assigneeId: number, now: Date): void {
  if (!can(actor.roles, "question.assign")) throw new NotAllowed("question.assign");
  db.transaction((tx) => {
    const q = tx.select().from(questions).where(eq(questions.id, questionId)).get();
    if (!q) throw new NotFound("question");
    const target = tx
      .select({ id: users.id })
      .from(users)
      .innerJoin(userRoles, eq(userRoles.userId, users.id))
      .where(and(eq(users.id, assigneeId), isNull(users.disabledAt), inArray(userRoles.role, ["answerer", "lead"])))
      .get();
    if (!target) throw new NotFound("assignee");
    setAssignee(tx, questionId, q.status, assigneeId, actor.id, "reassigned", now);
  });
}

function ownQuestion(tx: Tx, actor: Actor, questionId: number) {
  const q = tx.select().from(questions).where(eq(questions.id, questionId)).get();
  // Only the asker acts on these; to anyone else the question might as well not exist.
  if (!q || q.askerId !== actor.id) throw new NotFound("question");
  return q;
}

// The asker is satisfied and closes the question.
export function closeQuestion(db: DB, actor: Actor, questionId: number, now: Date): void {
  db.transaction((tx) => {
    const q = ownQuestion(tx, actor, questionId);
    const to = nextStatus(q.status, "close");
    tx.update(questions).set({ status: to, closedAt: now, updatedAt: now }).where(eq(questions.id, questionId)).run();
    audit(tx, { actorId: actor.id, action: "question.close", objectType: "question", objectId: questionId, from: q.status, to, at: now });
  });
}

// The asker rates the answer, 1–5; a later rating replaces the earlier one in views, both stay stored.
export function rateQuestion(db: DB, actor: Actor, questionId: number, score: number, comment: string | null, now: Date): void {
  db.transaction((tx) => {
    const q = ownQuestion(tx, actor, questionId);
    if (q.status !== "answered" && q.status !== "closed") throw new InvalidTransition(q.status, "rate");
    tx.insert(ratings).values({ questionId, raterId: actor.id, score, comment, createdAt: now }).run();
    audit(tx, { actorId: actor.id, action: "question.rate", objectType: "question", objectId: questionId, data: { score }, at: now });
  });
}
