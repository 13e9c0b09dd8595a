// Login throttling on the recorded attempts (see src/domain/login-throttle.ts for the rule).
import { and, asc, desc, eq, gt, isNull, lt, type SQL } from "drizzle-orm";
import { loginAttempts } from "../../db/schema.js";
import type { DB, Tx } from "../db.js";
import { retryAfterMs, WINDOW_MS } from "../domain/login-throttle.js";

// Where an attempt comes from: the client's address, and the known device it came from, if any
// (src/auth/login-device.ts).
interface LoginSource {
  address: string;
  device: string | null;
}

type Reservation = { attemptId: number; retryAfterMs: 0 } | { attemptId: null; retryAfterMs: number };

// Counts the failures and records this attempt as one more, in one write transaction, before the
// password is checked: reading the count, awaiting argon2 and only then recording let a parallel
// burst all read "under the limit" (50 parallel → 50 checks where the limit is 5). The attempt
// stays a failure unless `loginSucceeded` marks it, so a check that never finishes still counts.
export function reserveLoginAttempt(db: DB, username: string, from: LoginSource, now: Date): Reservation {
  const name = username.toLowerCase();
  return db.transaction(
    (tx) => {
      const wait = loginRetryAfterMs(tx, name, from, now);
      if (wait > 0) return { attemptId: null, retryAfterMs: wait };
      const { id } = tx
        .insert(loginAttempts)
        .values({ username: name, address: from.address, device: from.device, succeeded: false, at: now })
        .returning({ id: loginAttempts.id })
        .get();
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

function loginRetryAfterMs(db: Tx, name: string, from: LoginSource, now: Date): number {
  const since = new Date(now.getTime() - WINDOW_MS);
  const failuresSince = (where: SQL | undefined, after: Date) =>
    db
      .select({ at: loginAttempts.at })
      .from(loginAttempts)
      .where(and(where, eq(loginAttempts.succeeded, false), gt(loginAttempts.at, after)))
      .orderBy(asc(loginAttempts.at))
      .all()
      .map((r) => r.at.getTime());
  // A known device's attempts on its account count on their own; any other's, per address.
  const account = from.device
    ? and(eq(loginAttempts.username, name), eq(loginAttempts.device, from.device))
    : and(eq(loginAttempts.username, name), eq(loginAttempts.address, from.address), isNull(loginAttempts.device));
  const lastSuccess = db
    .select({ at: loginAttempts.at })
    .from(loginAttempts)
    .where(and(account, eq(loginAttempts.succeeded, true)))
    .orderBy(desc(loginAttempts.at))
    .get()?.at;
  const accountFailures = failuresSince(account, lastSuccess && lastSuccess > since ? lastSuccess : since);
  const addressFailures = from.device ? [] : failuresSince(and(eq(loginAttempts.address, from.address), isNull(loginAttempts.device)), since);
  return retryAfterMs(accountFailures, addressFailures, now.getTime());
}
