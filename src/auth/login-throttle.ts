// Login throttling on the recorded attempts (see src/domain/login-throttle.ts for the rule).
import { and, asc, desc, eq, gt, lt } from "drizzle-orm";
import { loginAttempts } from "../../db/schema.js";
import type { DB, Tx } from "../db.js";
import { retryAfterMs, WINDOW_MS } from "../domain/login-throttle.js";

export type Reservation = { attemptId: number; retryAfterMs: 0 } | { attemptId: null; retryAfterMs: number };

// Counts the failures and records this attempt as one more, in one write transaction, before the
// password is checked: reading the count, awaiting argon2 and only then recording let a parallel
// burst all read "under the limit" (50 parallel → 50 checks where the limit is 5). The attempt
// stays a failure unless `loginSucceeded` marks it, so a check that never finishes still counts.
export function reserveLoginAttempt(db: DB, username: string, address: string, now: Date): Reservation {
  const name = username.toLowerCase();
  return db.transaction(
    (tx) => {
      const wait = loginRetryAfterMs(tx, name, address, now);
      if (wait > 0) return { attemptId: null, retryAfterMs: wait };
      const { id } = tx.insert(loginAttempts).values({ username: name, address, succeeded: false, at: now }).returning({ id: loginAttempts.id }).get();
      // Old attempts serve nothing once out of every window.
      tx.delete(loginAttempts).where(lt(loginAttempts.at, new Date(now.getTime() - 24 * 60 * 60 * 1000))).run();
      return { attemptId: id, retryAfterMs: 0 };
    },
    { behavior: "immediate" },
  );
}

export function loginSucceeded(db: Tx, attemptId: number): void {
  db.update(loginAttempts).set({ succeeded: true }).where(eq(loginAttempts.id, attemptId)).run();
}

function loginRetryAfterMs(db: Tx, name: string, address: string, now: Date): number {
  const since = new Date(now.getTime() - WINDOW_MS);
  const lastSuccess = db
    .select({ at: loginAttempts.at })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.username, name), eq(loginAttempts.address, address), eq(loginAttempts.succeeded, true)))
    .orderBy(desc(loginAttempts.at))
    .get()?.at;
  const from = lastSuccess && lastSuccess > since ? lastSuccess : since;
  const account = db
    .select({ at: loginAttempts.at })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.username, name), eq(loginAttempts.address, address), eq(loginAttempts.succeeded, false), gt(loginAttempts.at, from)))
    .orderBy(asc(loginAttempts.at))
    .all()
    .map((r) => r.at.getTime());
  const byAddress = db
    .select({ at: loginAttempts.at })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.address, address), eq(loginAttempts.succeeded, false), gt(loginAttempts.at, since)))
    .orderBy(asc(loginAttempts.at))
    .all()
    .map((r) => r.at.getTime());
  return retryAfterMs(account, byAddress, now.getTime());
}
