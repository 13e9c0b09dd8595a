// Reading hand-over records, within what the reader may see: leads and the steering board read all;
// a team member those they gave or received. Anything else is NotFound.
import { and, asc, count, desc, eq, inArray, isNull, or, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { handoverItems, handoverRecipients, handovers, questions, users } from "../../db/schema.js";
import type { DB } from "../db.js";
import { can } from "../auth/permissions.js";
import { NotFound } from "../domain/errors.js";
import type { HandoverItem, HandoverRecipient, HandoverRecord, HandoverSummary, Actor } from "../model.js";

const giver = alias(users, "giver");
const taker = alias(users, "taker");

// Hand-overs this person is among the recipients of (only those not yet acknowledged, if asked).
const received = (db: DB, userId: number, pendingOnly = false) =>
  inArray(
    handovers.id,
    db
      .select({ id: handoverRecipients.handoverId })
      .from(handoverRecipients)
      .where(and(eq(handoverRecipients.userId, userId), pendingOnly ? isNull(handoverRecipients.acknowledgedAt) : undefined)),
  );

function visibleTo(db: DB, actor: Actor): SQL | undefined {
  if (can(actor.roles, "handover.view_all")) return undefined;
  return or(eq(handovers.fromUserId, actor.id), received(db, actor.id));
}

// The records' heads with their recipients and question counts, two queries for the whole page.
function summaries(db: DB, where: SQL | undefined, limit: number, offset = 0): HandoverSummary[] {
  const heads = db
    .select({ id: handovers.id, note: handovers.note, createdAt: handovers.createdAt, fromId: giver.id, fromName: giver.name, fromRank: giver.rank })
    .from(handovers)
    .innerJoin(giver, eq(giver.id, handovers.fromUserId))
    .where(where)
    .orderBy(desc(handovers.createdAt), desc(handovers.id))
    .limit(limit)
    .offset(offset)
    .all();
  if (heads.length === 0) return [];
  const ids = heads.map((h) => h.id);
  const people = recipientsOf(db, ids);
  const counts = new Map(
    db
      .select({ id: handoverItems.handoverId, n: count() })
      .from(handoverItems)
      .where(inArray(handoverItems.handoverId, ids))
      .groupBy(handoverItems.handoverId)
      .all()
      .map((r) => [r.id, r.n]),
  );
  return heads.map((h) => ({
    id: h.id,
    from: { id: h.fromId, name: h.fromName, rank: h.fromRank },
    note: h.note,
    createdAt: h.createdAt,
    questionCount: counts.get(h.id) ?? 0,
    recipients: people.get(h.id) ?? [],
  }));
}

function recipientsOf(db: DB, ids: number[]): Map<number, HandoverRecipient[]> {
  const out = new Map<number, HandoverRecipient[]>();
  const rows = db
    .select({ handoverId: handoverRecipients.handoverId, id: taker.id, name: taker.name, rank: taker.rank, acknowledgedAt: handoverRecipients.acknowledgedAt })
    .from(handoverRecipients)
    .innerJoin(taker, eq(taker.id, handoverRecipients.userId))
    .where(inArray(handoverRecipients.handoverId, ids))
    .orderBy(asc(taker.name), asc(taker.id))
    .all();
  for (const { handoverId, ...r } of rows) out.set(handoverId, [...(out.get(handoverId) ?? []), r]);
  return out;
}

/** Hand-overs waiting for this person's acknowledgement, newest first. */
export function pendingHandovers(db: DB, userId: number): HandoverSummary[] {
  return summaries(db, received(db, userId, true), 50);
}

const HISTORY_PAGE_SIZE = 20;

/** The reader's past hand-overs, newest first, a page at a time (pages count from 1). */
export function handoverHistory(db: DB, actor: Actor, page: number): { items: HandoverSummary[]; total: number; page: number; pages: number } {
  const where = visibleTo(db, actor);
  const total = db.select({ n: count() }).from(handovers).where(where).get()!.n;
  const pages = Math.max(1, Math.ceil(total / HISTORY_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  return { items: summaries(db, where, HISTORY_PAGE_SIZE, (current - 1) * HISTORY_PAGE_SIZE), total, page: current, pages };
}

/** One record with its questions, in the order they were listed when handed over. */
export function getHandover(db: DB, actor: Actor, id: number): HandoverRecord {
  const [head] = summaries(db, and(eq(handovers.id, id), visibleTo(db, actor)), 1);
  if (!head) throw new NotFound("handover");
  const items: HandoverItem[] = db
    .select({
      questionId: handoverItems.questionId,
      title: questions.title,
      toId: taker.id,
      toName: taker.name,
      toRank: taker.rank,
      status: handoverItems.status,
      deadlineAt: handoverItems.deadlineAt,
      slaState: handoverItems.slaState,
      leftMinutes: handoverItems.leftMinutes,
      overdueMinutes: handoverItems.overdueMinutes,
      paused: handoverItems.paused,
      statusNow: questions.status,
    })
    .from(handoverItems)
    .innerJoin(questions, eq(questions.id, handoverItems.questionId))
    .innerJoin(taker, eq(taker.id, handoverItems.toUserId))
    .where(eq(handoverItems.handoverId, id))
    .orderBy(asc(handoverItems.position))
    .all()
    .map(({ toId, toName, toRank, ...i }) => ({ ...i, to: { id: toId, name: toName, rank: toRank } }));
  return { ...head, items };
}
