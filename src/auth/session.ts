// Sessions after Lucia's guide: a random token in the cookie, only its SHA-256 in the database,
// 30 days of life extended on use once half of it has passed.
import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";
import { eq, sql } from "drizzle-orm";
import { sessions } from "../../db/schema.js";
import { preparedOnce, type DB, type Tx } from "../db.js";

const DAY = 24 * 60 * 60 * 1000;
export const SESSION_LIFETIME = 30 * DAY;
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
// `signedIn` reads the session's user in the same read transaction: every request does both, and
// each statement outside a transaction takes and drops SQLite's read lock on its own (~15 µs here,
// a third of a cached search). The rare writes (extending, dropping an expired session) follow
// outside it, so a read never has to become a write under someone else's lock.
export function validateSessionToken<U>(db: DB, token: string, now: Date, signedIn: (userId: number) => U | null = () => null): { session: Session; user: U | null } | null {
  const id = sessionIdOf(token);
  const found = db.$client.transaction(() => {
    const session = sessionById(db).get({ id });
    return session && now.getTime() < session.expiresAt.getTime() ? { session, user: signedIn(session.userId) } : { session, user: null };
  })();
  const { session } = found;
  if (!session) return null;
  if (now.getTime() >= session.expiresAt.getTime()) {
    db.delete(sessions).where(eq(sessions.id, id)).run();
    return null;
  }
  if (now.getTime() >= session.expiresAt.getTime() - SESSION_LIFETIME / 2) {
    session.expiresAt = new Date(now.getTime() + SESSION_LIFETIME);
    db.update(sessions).set({ expiresAt: session.expiresAt }).where(eq(sessions.id, id)).run();
  }
  return { session, user: found.user };
}

export function invalidateSession(db: DB, sessionId: string): void {
  db.delete(sessions).where(eq(sessions.id, sessionId)).run();
}

export function invalidateUserSessions(db: Tx, userId: number): void {
  db.delete(sessions).where(eq(sessions.userId, userId)).run();
}
