// Văn bản quy phạm: the registry of regulations that entries cite. Marking one amended or replaced
// flags every published entry citing it for review by the advisory board, in the same transaction.
import { and, asc, eq, inArray, isNull, like, or } from "drizzle-orm";
import { kbCitations, kbEntries, regulations } from "../../db/schema.js";
import type { DB, Tx } from "../db.js";
import { can } from "../auth/permissions.js";
import { Conflict, NotAllowed, NotFound } from "../domain/errors.js";
import { audit } from "./audit.js";
import type { Actor } from "./users.js";

export type RegulationStatus = (typeof regulations.$inferSelect)["status"];

export interface RegulationInput {
  number: string;
  title: string;
  issuer?: string;
  effectiveDate?: string;
}

export function listRegulations(db: DB) {
  return db.select().from(regulations).orderBy(asc(regulations.title)).all();
}

export function addRegulation(db: DB, actor: Actor, input: RegulationInput, now: Date): number {
  if (!can(actor.roles, "regulations.manage")) throw new NotAllowed("regulations.manage");
  return db.transaction((tx) => {
    if (tx.select({ id: regulations.id }).from(regulations).where(eq(regulations.number, input.number)).get()) {
      throw new Conflict("regulation_exists");
    }
    const { id } = tx
      .insert(regulations)
      .values({ number: input.number, title: input.title, issuer: input.issuer || null, effectiveDate: input.effectiveDate || null, status: "in_force", createdAt: now })
      .returning({ id: regulations.id })
      .get();
    audit(tx, { actorId: actor.id, action: "regulation.create", objectType: "regulation", objectId: id, to: "in_force", data: { ...input }, at: now });
    return id;
  });
}

// Entries citing a regulation: linked by id, or naming its number or title in the citation text
// (imported entries cite by text).
function citingEntryIds(tx: Tx, r: typeof regulations.$inferSelect): number[] {
  const rows = tx
    .selectDistinct({ entryId: kbCitations.entryId })
    .from(kbCitations)
    .where(or(eq(kbCitations.regulationId, r.id), like(kbCitations.document, `%${r.number}%`), like(kbCitations.document, `%${r.title}%`)))
    .all();
  return rows.map((x) => x.entryId);
}

export function setRegulationStatus(db: DB, actor: Actor, id: number, status: RegulationStatus, now: Date): { flagged: number } {
  if (!can(actor.roles, "regulations.manage")) throw new NotAllowed("regulations.manage");
  return db.transaction((tx) => {
    const r = tx.select().from(regulations).where(eq(regulations.id, id)).get();
    if (!r) throw new NotFound("regulation");
    if (r.status === status) return { flagged: 0 };
    tx.update(regulations).set({ status, statusChangedAt: now }).where(eq(regulations.id, id)).run();
    let flagged: number[] = [];
    if (status !== "in_force") {
      const ids = citingEntryIds(tx, r);
      const reason = `${r.title} (${r.number}) ${status === "amended" ? "đã được sửa đổi, bổ sung" : "đã bị thay thế"}`;
      flagged = ids.length
        ? tx
            .update(kbEntries)
            .set({ flaggedAt: now, flagReason: reason })
            .where(and(inArray(kbEntries.id, ids), eq(kbEntries.status, "published"), isNull(kbEntries.flaggedAt)))
            .returning({ id: kbEntries.id })
            .all()
            .map((e) => e.id)
        : [];
      for (const entryId of flagged) {
        audit(tx, { actorId: actor.id, action: "kb.flag", objectType: "kb_entry", objectId: entryId, data: { regulationId: id, reason }, at: now });
      }
    }
    audit(tx, { actorId: actor.id, action: "regulation.status", objectType: "regulation", objectId: id, from: r.status, to: status, data: { flaggedEntries: flagged }, at: now });
    return { flagged: flagged.length };
  });
}
