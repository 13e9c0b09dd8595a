// "This answers my question": an officer found the answer in the knowledge base instead of asking.
// The dashboard counts these rows; nothing else depends on them.
import type { Actor } from "../model.js";
import { and, eq } from "drizzle-orm";
import { deflections, kbEntries } from "../../db/schema.js";
import type { DB } from "../db.js";
import { can } from "../auth/permissions.js";
import { NotAllowed, NotFound } from "../domain/errors.js";
import { audit } from "./audit.js";

export function recordDeflection(db: DB, actor: Actor, entryId: number, query: string, now: Date): void {
  if (!can(actor.roles, "question.ask")) throw new NotAllowed("kb.deflect");
  db.transaction((tx) => {
    const entry = tx.select({ id: kbEntries.id }).from(kbEntries).where(and(eq(kbEntries.id, entryId), eq(kbEntries.status, "published"))).get();
    if (!entry) throw new NotFound("kb_entry");
    const { id } = tx.insert(deflections).values({ userId: actor.id, entryId, query: query.slice(0, 2000), createdAt: now }).returning({ id: deflections.id }).get();
    audit(tx, { actorId: actor.id, action: "kb.deflect", objectType: "kb_entry", objectId: entryId, data: { deflectionId: id }, at: now });
  });
}
