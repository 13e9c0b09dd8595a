// Login throttling on the recorded attempts (see src/domain/login-throttle.ts for the rule).
import { and, asc, desc, eq, gt, lt } from "drizzle-orm";
import { loginAttempts } from "../../db/schema.js";
import type { DB } from "../db.js";
import { retryAfterMs, WINDOW_MS } from "../domain/login-throttle.js";

export function loginRetryAfterMs(db: DB, username: string, address: string, now: Date): number {
  const since = new Date(now.getTime() - WINDOW_MS);
  const name = username.toLowerCase();
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

export function recordLoginAttempt(db: DB, username: string, address: string, succeeded: boolean, now: Date): void {
  db.insert(loginAttempts).values({ username: username.toLowerCase(), address, succeeded, at: now }).run();
  // Old attempts serve nothing once out of every window.
  db.delete(loginAttempts).where(lt(loginAttempts.at, new Date(now.getTime() - 24 * 60 * 60 * 1000))).run();
}
