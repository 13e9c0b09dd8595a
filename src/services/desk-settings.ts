// Settings of the desk that its admin changes in the browser, kept in the settings table as JSON
// under one key each, every change audited.
import { eq } from "drizzle-orm";
import { settings } from "../../db/schema.js";
import type { DB, Tx } from "../db.js";
import type { Hotline, Actor } from "../model.js";
import { audit } from "./audit.js";
import { can } from "../auth/permissions.js";
import { NotAllowed } from "../domain/errors.js";

const HOTLINES = "hotlines";
export const MAX_HOTLINES = 4;

export function hotlines(db: Tx): Hotline[] {
  const row = db.select({ value: settings.value }).from(settings).where(eq(settings.key, HOTLINES)).get();
  if (!row) return [];
  try {
    const list = JSON.parse(row.value) as Hotline[];
    return Array.isArray(list) ? list.filter((h) => typeof h?.number === "string" && typeof h?.label === "string") : [];
  } catch {
    return [];
  }
}

export function saveHotlines(db: DB, actor: Actor, list: Hotline[], now: Date): void {
  saveSetting(db, actor, { key: HOTLINES, action: "settings.hotlines", read: hotlines, value: list }, now);
}

// One setting changed by the admin: the new value and an audit row with what it was before.
export function saveSetting<T>(db: DB, actor: Actor, s: { key: string; action: string; read: (tx: Tx) => T; value: T }, now: Date): void {
  if (!can(actor.roles, "settings.manage")) throw new NotAllowed("settings.manage");
  db.transaction((tx) => {
    const before = s.read(tx);
    const value = JSON.stringify(s.value);
    tx.insert(settings).values({ key: s.key, value }).onConflictDoUpdate({ target: settings.key, set: { value } }).run();
    audit(tx, { actorId: actor.id, action: s.action, objectType: "settings", objectId: s.key, data: { before, after: s.value }, at: now });
  });
}

// Duyệt lần hai: an advisor's publication waits for a second advisor's approval (kb-second-review.ts).
// Off unless the admin turns it on, so `POST /kb` with publish=1 publishes at once as it always has.
const SECOND_REVIEW = "kb_second_review";

export function secondReviewRequired(db: Tx): boolean {
  return db.select({ value: settings.value }).from(settings).where(eq(settings.key, SECOND_REVIEW)).get()?.value === "true";
}

export function saveSecondReviewRule(db: DB, actor: Actor, required: boolean, now: Date): void {
  saveSetting(db, actor, { key: SECOND_REVIEW, action: "settings.kb_second_review", read: secondReviewRequired, value: required }, now);
}
