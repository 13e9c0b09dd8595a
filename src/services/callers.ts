// Người gọi: finding the officer on the line among the accounts, by any part of their name, rank,
// username or unit, typed with or without diacritics.
import { and, asc, eq, isNull, type SQL } from "drizzle-orm";
import { units, userRoles, users } from "../../db/schema.js";
import type { Tx } from "../db.js";
import { fold } from "../domain/search-text.js";
import type { CallerAccount } from "../model.js";

function officerAccounts(tx: Tx, where?: SQL) {
  return tx
    .select({ id: users.id, username: users.username, name: users.name, rank: users.rank, unitId: users.unitId, unitName: units.name })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, "officer")))
    .leftJoin(units, eq(units.id, users.unitId))
    .where(and(isNull(users.disabledAt), where));
}

// Every word typed must appear somewhere; a department has some thousands of officers, so they are
// filtered here rather than with LIKE, which knows neither diacritics nor Vietnamese case.
export function searchCallers(tx: Tx, query: string, limit = 8): CallerAccount[] {
  const words = fold(query).split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0) return [];
  return officerAccounts(tx)
    .orderBy(asc(users.name), asc(users.id))
    .all()
    .filter((u) => {
      const text = fold(`${u.rank ?? ""} ${u.name} ${u.username} ${u.unitName ?? ""}`);
      return words.every((w) => text.includes(w));
    })
    .slice(0, limit);
}

export function callerByUsername(tx: Tx, username: string): CallerAccount | undefined {
  return officerAccounts(tx, eq(users.username, username)).get();
}
