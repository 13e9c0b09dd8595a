// Known devices (OWASP's "device cookies"): a browser that has signed in to an account keeps a random
// token in a long-lived cookie, and the account remembers the token's SHA-256. Attempts from a
// device known to the account are throttled on their own, not by their address, so a script on the
// same address (the reverse proxy, an office's NAT) cannot lock its owner out (decision 009).
import { sha256 } from "@oslojs/crypto/sha2";
import { encodeHexLowerCase } from "@oslojs/encoding";
import { and, eq, gt, lt } from "drizzle-orm";
import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { loginDevices } from "../../db/schema.js";
import type { AppEnv } from "../context.js";
import type { DB, Tx } from "../db.js";
import { generateSessionToken } from "./session.js";

const DEVICE_COOKIE = "device";
// Browsers keep a cookie 400 days at most; a device unused for a year is a stranger again.
const DEVICE_LIFETIME_MS = 365 * 24 * 60 * 60 * 1000;

const hashOf = (token: string) => encodeHexLowerCase(sha256(new TextEncoder().encode(token)));

// The browser's device token as it sent it, if it has the shape we issue.
export function deviceToken(c: Context<AppEnv>): string | null {
  const token = getCookie(c, DEVICE_COOKIE);
  return token && /^[a-z2-7]{32}$/.test(token) ? token : null;
}

export const newDeviceToken = generateSessionToken;

// The device's key in login_attempts when `userId` has signed in from it within its lifetime.
export function knownDevice(db: DB, token: string | null, userId: number | undefined, now: Date): string | null {
  if (!token || userId === undefined) return null;
  const tokenHash = hashOf(token);
  const since = new Date(now.getTime() - DEVICE_LIFETIME_MS);
  const row = db
    .select({ tokenHash: loginDevices.tokenHash })
    .from(loginDevices)
    .where(and(eq(loginDevices.tokenHash, tokenHash), eq(loginDevices.userId, userId), gt(loginDevices.lastUsedAt, since)))
    .get();
  return row ? tokenHash : null;
}

// After a successful login: the browser's token becomes known for the user. One token serves every
// account signed in from that browser (a shared desk computer).
export function rememberDevice(tx: Tx, token: string, userId: number, now: Date): void {
  tx.insert(loginDevices)
    .values({ tokenHash: hashOf(token), userId, createdAt: now, lastUsedAt: now })
    .onConflictDoUpdate({ target: [loginDevices.tokenHash, loginDevices.userId], set: { lastUsedAt: now } })
    .run();
  tx.delete(loginDevices).where(lt(loginDevices.lastUsedAt, new Date(now.getTime() - DEVICE_LIFETIME_MS))).run();
}

export function setDeviceCookie(c: Context<AppEnv>, token: string): void {
  // Sent to the login form only: no other request needs it.
  setCookie(c, DEVICE_COOKIE, token, {
    path: "/login",
    httpOnly: true,
    sameSite: "Lax",
    secure: c.get("deps").config.cookieSecure,
    maxAge: DEVICE_LIFETIME_MS / 1000,
  });
}
