// Settings of the desk that its admin changes in the browser, kept in the settings table as JSON
// under one key each, every change audited.
import { eq } from "drizzle-orm";
import { settings } from "../../db/schema.js";
import type { DB } from "../db.js";
import type { Hotline } from "../model.js";
import { audit } from "./audit.js";
import type { Actor } from "./users.js";
import { can } from "../auth/permissions.js";
import { NotAllowed } from "../domain/errors.js";

const HOTLINES = "hotlines";
export const MAX_HOTLINES = 4;

export function hotlines(db: DB): Hotline[] {
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
  if (!can(actor.roles, "settings.manage")) throw new NotAllowed("settings.manage");
  db.transaction((tx) => {
    const before = hotlines(db);
    const value = JSON.stringify(list);
    tx.insert(settings).values({ key: HOTLINES, value }).onConflictDoUpdate({ target: settings.key, set: { value } }).run();
    audit(tx, { actorId: actor.id, action: "settings.hotlines", objectType: "settings", objectId: HOTLINES, data: { before, after: list }, at: now });
  });
}
