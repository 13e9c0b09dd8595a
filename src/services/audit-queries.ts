// Reading the audit trail (Nhật ký) for the viewer and its export: filtered by person, object,
// action and period, newest first. Only reads: the table itself refuses updates and deletes
// (migration 0004_audit_append_only).
import type { AuditRow } from "../model.js";
import { and, asc, count, desc, eq, gte, isNull, lt, or, type SQL } from "drizzle-orm";
import { auditLog, users } from "../../db/schema.js";
import type { DB } from "../db.js";

export interface AuditFilters {
  actor?: number | "system"; // "system": rows without a person (routing, jobs, CLI)
  objectType?: string;
  objectId?: string;
  action?: string;
  from?: Date; // instants, [from, to)
  to?: Date;
}

const AUDIT_PAGE_SIZE = 50;

const rowColumns = {
  id: auditLog.id,
  at: auditLog.at,
  actorId: auditLog.actorId,
  actorName: users.name,
  actorRank: users.rank,
  actorUsername: users.username,
  action: auditLog.action,
  objectType: auditLog.objectType,
  objectId: auditLog.objectId,
  fromState: auditLog.fromState,
  toState: auditLog.toState,
  data: auditLog.data,
};

function where(f: AuditFilters): SQL | undefined {
  return and(
    f.actor === "system" ? isNull(auditLog.actorId) : f.actor !== undefined ? eq(auditLog.actorId, f.actor) : undefined,
    f.objectType ? eq(auditLog.objectType, f.objectType) : undefined,
    f.objectId ? eq(auditLog.objectId, f.objectId) : undefined,
    f.action ? eq(auditLog.action, f.action) : undefined,
    f.from ? gte(auditLog.at, f.from) : undefined,
    f.to ? lt(auditLog.at, f.to) : undefined,
  );
}

function rows(db: DB, condition: SQL | undefined) {
  return db
    .select(rowColumns)
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(condition)
    .orderBy(desc(auditLog.at), desc(auditLog.id));
}

export function auditPage(db: DB, f: AuditFilters, page: number) {
  const total = db.select({ n: count() }).from(auditLog).where(where(f)).get()!.n;
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  const list = rows(db, where(f))
    .limit(AUDIT_PAGE_SIZE)
    .offset((current - 1) * AUDIT_PAGE_SIZE)
    .all();
  return { rows: list, total, page: current, pages };
}

// The whole filtered trail in batches, for the export: the log can hold hundreds of thousands of
// rows (an import writes one per entry), so the file is streamed. Each batch is its own query
// (keyset on at, id), so no statement stays open on the connection between writes.
export function* auditBatches(db: DB, f: AuditFilters, size = 2000): Generator<AuditRow[]> {
  let after: { at: Date; id: number } | null = null;
  for (;;) {
    const next: SQL | undefined = after
      ? or(lt(auditLog.at, after.at), and(eq(auditLog.at, after.at), lt(auditLog.id, after.id)))
      : undefined;
    const batch: AuditRow[] = rows(db, and(where(f), next)).limit(size).all();
    if (batch.length > 0) yield batch;
    if (batch.length < size) return;
    const last: AuditRow = batch[batch.length - 1]!;
    after = { at: last.at, id: last.id };
  }
}

// What the filter form offers: every account (disabled ones too: their past acts stay), and the
// actions and object types the log actually holds.
export function auditFilterChoices(db: DB) {
  const people = db
    .select({ id: users.id, name: users.name, rank: users.rank, username: users.username })
    .from(users)
    .orderBy(asc(users.name), asc(users.username))
    .all();
  const actions = db.selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(asc(auditLog.action)).all().map((r) => r.action);
  const objectTypes = db
    .selectDistinct({ type: auditLog.objectType })
    .from(auditLog)
    .orderBy(asc(auditLog.objectType))
    .all()
    .map((r) => r.type);
  return { people, actions, objectTypes };
}
