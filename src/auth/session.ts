// Sessions after Lucia's guide: a random token in the cookie, only its SHA-256 in the database,
// 30 days of life extended on use once half of it has passed.
import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";
import { eq, sql } from "drizzle-orm";
import { sessions } from "../../db/schema.js";
import { preparedOnce, unlessBusy, type DB, type Tx } from "../db.js";
import { changeStamp } from "../search/cache.js";

const DAY = 24 * 60 * 60 * 1000;
const SESSION_LIFETIME = 30 * DAY;
export const SESSION_COOKIE = "session";

export type Session = typeof sessions.$inferSelect;

export function generateSessionToken(): string {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

function sessionIdOf(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export function createSession(db: Tx, token: string, userId: number, now: Date): Session {
  const session: Session = {
    id: sessionIdOf(token),
    userId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + SESSION_LIFETIME),
  };
  db.insert(sessions).values(session).run();
  return session;
}

const sessionById = preparedOnce((db) =>
  db
    .select()
    .from(sessions)
    .where(eq(sessions.id, sql.placeholder("id")))
    .prepare(),
);

// Returns the live session for a token, extending it when past half its life; null if none.
// `extended` says the expiry moved (the cookie's must follow). `signedIn` reads the session's user
// in the same read transaction: each statement outside a transaction takes and drops SQLite's read
// lock on its own. The rare writes (extending, dropping an expired session) follow outside it, so
// a read never has to become a write under someone else's lock.
export function validateSessionToken<U>(db: DB, token: string, now: Date, signedIn: (userId: number) => U | null = () => null): { session: Session; user: U | null; extended: boolean } | null {
  const recent = recentlySeen(db);
  const seen = recent.get(token) as { session: Session; user: U } | undefined;
  if (seen && now.getTime() < halfLife(seen.session)) return { ...seen, extended: false };
  const id = sessionIdOf(token);
  const found = db.$client.transaction(() => {
    const session = sessionById(db).get({ id });
    return session && now.getTime() < session.expiresAt.getTime() ? { session, user: signedIn(session.userId) } : { session, user: null };
  })();
  const { session } = found;
  if (!session) return null;
  // Both writes can wait for a later request when another process holds the lock: a page must not.
  if (now.getTime() >= session.expiresAt.getTime()) {
    unlessBusy(db, () => db.delete(sessions).where(eq(sessions.id, id)).run());
    return null;
  }
  if (now.getTime() >= halfLife(session)) {
    const expiresAt = new Date(now.getTime() + SESSION_LIFETIME);
    if (unlessBusy(db, () => db.update(sessions).set({ expiresAt }).where(eq(sessions.id, id)).run())) {
      session.expiresAt = expiresAt;
      return { session, user: found.user, extended: true };
    }
    return { session, user: found.user, extended: false };
  }
  if (found.user !== null) recent.remember(token, Object.freeze({ session: Object.freeze(session), user: deepFreeze(found.user) }));
  return { session, user: found.user, extended: false };
}

const halfLife = (s: Session) => s.expiresAt.getTime() - SESSION_LIFETIME / 2;

// Signed-in requests repeat: a token checked since the database last changed (any write, here or
// by another process: a sign-out, a disabled account, a changed role) needs no read. The check was
// a transaction of three statements and a SHA-256, a fifth of a cached search (decision 004); the
// stamp is one statement. Shared between requests, so frozen: a change would show in the next.
class SeenTokens {
  private stamp = "";
  private map = new Map<string, unknown>();
  constructor(private readonly db: DB) {}

  get(token: string): unknown {
    const stamp = changeStamp(this.db);
    if (stamp !== this.stamp) {
      this.stamp = stamp;
      this.map.clear();
    }
    return this.map.get(token);
  }

  remember(token: string, value: unknown): void {
    if (this.map.size >= 2000) this.map.delete(this.map.keys().next().value!);
    this.map.set(token, value);
  }
}

const recentlySeen = preparedOnce((db) => new SeenTokens(db));

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export function invalidateSession(db: DB, sessionId: string): void {
  db.delete(sessions).where(eq(sessions.id, sessionId)).run();
}

export function invalidateUserSessions(db: Tx, userId: number): void {
  db.delete(sessions).where(eq(sessions.userId, userId)).run();
}
