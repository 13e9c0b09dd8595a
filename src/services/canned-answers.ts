// Mẫu trả lời: snippets the team shares (a standard opening, a list of documents to bring…).
// Archived rather than deleted, so the audit trail can still say what was used.
import type { Actor } from "../model.js";
import { asc, eq, isNull } from "drizzle-orm";
import { cannedAnswers } from "../../db/schema.js";
import type { DB } from "../db.js";
import { can } from "../auth/permissions.js";
import { NotAllowed, NotFound } from "../domain/errors.js";
import { audit } from "./audit.js";

export function activeCannedAnswers(db: DB) {
  return db.select().from(cannedAnswers).where(isNull(cannedAnswers.archivedAt)).orderBy(asc(cannedAnswers.title)).all();
}

export function cannedAnswer(db: DB, id: number) {
  const row = db.select().from(cannedAnswers).where(eq(cannedAnswers.id, id)).get();
  if (!row || row.archivedAt) throw new NotFound("canned_answer");
  return row;
}

export function saveCannedAnswer(db: DB, actor: Actor, input: { id?: number; title: string; body: string }, now: Date): number {
  if (!can(actor.roles, "question.answer")) throw new NotAllowed("canned.save");
  return db.transaction((tx) => {
    let id = input.id;
    if (id) {
      const before = tx.select().from(cannedAnswers).where(eq(cannedAnswers.id, id)).get();
      if (!before || before.archivedAt) throw new NotFound("canned_answer");
      tx.update(cannedAnswers).set({ title: input.title, body: input.body, updatedAt: now }).where(eq(cannedAnswers.id, id)).run();
    } else {
      id = tx
        .insert(cannedAnswers)
        .values({ title: input.title, body: input.body, createdBy: actor.id, createdAt: now, updatedAt: now })
        .returning({ id: cannedAnswers.id })
        .get().id;
    }
    audit(tx, { actorId: actor.id, action: input.id ? "canned.update" : "canned.create", objectType: "canned_answer", objectId: id, data: { title: input.title }, at: now });
    return id;
  });
}

export function archiveCannedAnswer(db: DB, actor: Actor, id: number, now: Date): void {
  if (!can(actor.roles, "question.answer")) throw new NotAllowed("canned.archive");
  db.transaction((tx) => {
    const row = tx.select().from(cannedAnswers).where(eq(cannedAnswers.id, id)).get();
    if (!row || row.archivedAt) throw new NotFound("canned_answer");
    tx.update(cannedAnswers).set({ archivedAt: now }).where(eq(cannedAnswers.id, id)).run();
    audit(tx, { actorId: actor.id, action: "canned.archive", objectType: "canned_answer", objectId: id, from: "active", to: "archived", at: now });
  });
}
