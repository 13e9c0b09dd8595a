// Filing and routing questions, and who holds them. Each use case is one transaction with its audit rows.
import type { Actor } from "../model.js";
import { and, count, eq, inArray, isNull, max } from "drizzle-orm";
import { storeAttachments } from "./attachments.js";
import type { Upload } from "./uploads.js";
import { assignments, categories, questions, userRoles, users, userSpecialties } from "../../db/schema.js";
import type { DB, Tx } from "../db.js";
import { can } from "../auth/permissions.js";
import { NotAllowed, NotFound } from "../domain/errors.js";
import { chooseAssignee, type RoutingCandidate } from "../domain/routing.js";
import { ANSWER_ALLOWANCE_MINUTES } from "../domain/sla.js";
import { localDateOf } from "../domain/local-date.js";
import { OPEN_STATUSES } from "../domain/workflow.js";
import { addWorkingMinutes, type WorkingCalendar } from "../domain/working-time.js";
import { audit } from "./audit.js";
import * as search from "../search/index.js";
import { notify } from "./notifications.js";
import { onDutyUserIds } from "./duty.js";
import { applyTransition, loadQuestion, signalQuestion, type QuestionRow } from "./question-transition.js";

export interface NewQuestion {
  title: string;
  body: string;
  categoryId: number;
}

export function askQuestion(db: DB, actor: Actor & { unitId: number | null }, input: NewQuestion, now: Date, cal: WorkingCalendar, uploads: Upload[] = []): number {
  if (!can(actor.roles, "question.ask")) throw new NotAllowed("question.ask");
  return db.transaction((tx) => {
    const q = fileQuestion(tx, { ...input, askerId: actor.id, unitId: actor.unitId }, now, cal);
    search.questionChanged(tx, q.id);
    storeAttachments(tx, { questionId: q.id }, uploads, actor.id, now);
    audit(tx, {
      actorId: actor.id,
      action: "question.submit",
      objectType: "question",
      objectId: q.id,
      from: null,
      to: "new",
      data: { categoryId: input.categoryId, deadlineAt: q.deadlineAt.getTime(), ...(uploads.length ? { attachments: uploads.map((u) => u.fileName) } : {}) },
      at: now,
    });
    route(tx, q, now, cal.timeZone);
    return q.id;
  });
}

export function requireActiveCategory(tx: Tx, categoryId: number): void {
  const category = tx.select().from(categories).where(eq(categories.id, categoryId)).get();
  if (!category || category.archivedAt) throw new NotFound("category");
}

// A new question row with its 24-working-hour deadline counted from when it reached the desk, in an
// active category; the caller audits it (asked on the web, or logged by the team from a call or
// another channel) and routes or answers it.
export function fileQuestion(
  tx: Tx,
  values: NewQuestion & Omit<typeof questions.$inferInsert, keyof NewQuestion | "status" | "submittedAt" | "deadlineAt" | "updatedAt">,
  receivedAt: Date,
  cal: WorkingCalendar,
): QuestionRow {
  requireActiveCategory(tx, values.categoryId);
  return tx
    .insert(questions)
    .values({ ...values, status: "new", submittedAt: receivedAt, deadlineAt: addWorkingMinutes(receivedAt, ANSWER_ALLOWANCE_MINUTES, cal), updatedAt: receivedAt })
    .returning()
    .get();
}

// Routes a new question at once; with no active answerer it stays `new` for a lead to assign.
export function route(tx: Tx, q: QuestionRow, now: Date, timeZone: string, opts: { dutyFirst?: boolean } = {}): void {
  const assigneeId = chooseAssignee(routingCandidates(tx, now, timeZone), q.categoryId, opts);
  if (assigneeId === null) {
    signalQuestion(tx, q.id); // unassigned work still shows in the team's queue
    return;
  }
  setAssignee(tx, q, assigneeId, null, "routed", now);
}

function routingCandidates(tx: Tx, now: Date, timeZone: string): RoutingCandidate[] {
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
  const onDuty = new Set(onDutyUserIds(tx, localDateOf(now, timeZone)));
  return ids.map((id) => ({
    id,
    specialties: specialties.filter((s) => s.userId === id).map((s) => s.categoryId),
    openCount: open.find((o) => o.assigneeId === id)?.n ?? 0,
    lastAssignedAt: last.find((l) => l.assigneeId === id)?.at?.getTime() ?? null,
    onDuty: onDuty.has(id),
  }));
}

function setAssignee(
  tx: Tx,
  q: QuestionRow,
  assigneeId: number,
  actorId: number | null,
  reason: "routed" | "reassigned" | "handed_over",
  now: Date,
  handoverId?: number, // part of a shift hand-over record (Bàn giao ca)
): void {
  applyTransition(tx, q, reason === "routed" ? "route" : "assign", actorId, now, {
    set: { assigneeId },
    data: { assigneeId, reason, previousAssigneeId: q.assigneeId, ...(handoverId ? { handoverId } : {}) },
  });
  tx.insert(assignments).values({ questionId: q.id, assigneeId, assignedBy: actorId, reason, createdAt: now }).run();
  if (assigneeId !== actorId) notify(tx, { userId: assigneeId, kind: "assigned", questionId: q.id, at: now });
}

// A team member who may take questions: active, answerer or lead.
function activeTeamMember(tx: Tx, userId: number): boolean {
  return !!tx
    .select({ id: users.id })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(eq(users.id, userId), isNull(users.disabledAt), inArray(userRoles.role, ["answerer", "lead"])))
    .get();
}

// A lead gives a question to another answerer (or takes a `new` one off the floor).
export function assignQuestion(db: DB, actor: Actor, questionId: number, assigneeId: number, now: Date): void {
  if (!can(actor.roles, "question.assign")) throw new NotAllowed("question.assign");
  db.transaction((tx) => {
    const q = loadQuestion(tx, questionId);
    if (!activeTeamMember(tx, assigneeId)) throw new NotFound("assignee");
    setAssignee(tx, q, assigneeId, actor.id, "reassigned", now);
  });
}

// A member hands their own question to a colleague (end of shift, outside their field).
export function handOverQuestion(db: DB, actor: Actor, questionId: number, assigneeId: number, now: Date): void {
  if (!can(actor.roles, "question.answer")) throw new NotAllowed("question.answer");
  db.transaction((tx) => handOverWithin(tx, actor, loadQuestion(tx, questionId), assigneeId, now));
}

// The same step inside a caller's transaction: a shift hand-over moves many questions at once, each
// exactly as a single hand-over would (history, notice to the new holder, live signals).
export function handOverWithin(tx: Tx, actor: Actor, q: QuestionRow, assigneeId: number, now: Date, handoverId?: number): void {
  if (q.assigneeId !== actor.id) throw new NotAllowed("question.handover");
  if (assigneeId === actor.id || !activeTeamMember(tx, assigneeId)) throw new NotFound("assignee");
  setAssignee(tx, q, assigneeId, actor.id, "handed_over", now, handoverId);
}

// Active members of the answer team among `ids`.
export function activeTeamMembers(tx: Tx, ids: number[]): Set<number> {
  return new Set(ids.filter((id) => activeTeamMember(tx, id)));
}

