// Saved filters of the question list: a name and the list's query string, one set per user, seen
// and removed only by their owner.
import type { Actor, SavedFilter } from "../model.js";
import { and, asc, eq } from "drizzle-orm";
import { savedFilters } from "../../db/schema.js";
import type { DB } from "../db.js";
import { Conflict, NotFound } from "../domain/errors.js";

export function savedFiltersOf(db: DB, actor: Actor): SavedFilter[] {
  return db
    .select({ id: savedFilters.id, name: savedFilters.name, query: savedFilters.query })
    .from(savedFilters)
    .where(eq(savedFilters.userId, actor.id))
    .orderBy(asc(savedFilters.name))
    .all();
}

// `query` is the list's canonical query string (listQueryString), without "?".
export function saveFilter(db: DB, actor: Actor, name: string, query: string, now: Date): number {
  return db.transaction((tx) => {
    const taken = tx
      .select({ id: savedFilters.id })
      .from(savedFilters)
      .where(and(eq(savedFilters.userId, actor.id), eq(savedFilters.name, name)))
      .get();
    if (taken) throw new Conflict("filter_name_taken");
    return tx.insert(savedFilters).values({ userId: actor.id, name, query, createdAt: now }).returning({ id: savedFilters.id }).get().id;
  });
}

export function deleteFilter(db: DB, actor: Actor, id: number): void {
  const deleted = db
    .delete(savedFilters)
    .where(and(eq(savedFilters.id, id), eq(savedFilters.userId, actor.id)))
    .run();
  if (deleted.changes === 0) throw new NotFound("saved_filter");
}
