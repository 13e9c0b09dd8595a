// Accounts: created by an admin or the CLI (no self-registration), disabled rather than deleted,
// passwords reset by an admin must be changed at the next login.
import type { CurrentUser, UserListRow } from "../model.js";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import {
  categories,
  units,
  userRoles,
  users,
  userSpecialties,
  type Role,
} from "../../db/schema.js";
import { preparedOnce, type DB, type Tx } from "../db.js";
import { hashPassword } from "../auth/password.js";
import { invalidateUserSessions } from "../auth/session.js";
import { Conflict, NotFound } from "../domain/errors.js";
import { audit } from "./audit.js";

export interface NewUser {
  username: string;
  name: string;
  password: string;
  roles: Role[];
  unit?: string; // unit name or code; created if unknown
  rank?: string;
  position?: string;
  specialties?: string[]; // category codes
  // Accounts an admin creates carry a temporary password the owner must replace.
  mustChangePassword?: boolean;
}

export async function createUser(db: DB, actorId: number | null, input: NewUser, now: Date): Promise<number> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction((tx) => {
    if (tx.select({ id: users.id }).from(users).where(eq(users.username, input.username)).get()) {
      throw new Conflict("username_taken");
    }
    const unitId = input.unit ? findOrCreateUnit(tx, actorId, input.unit, now) : null;
    const categoryIds = categoryIdsOf(tx, input.specialties ?? []);
    const { id } = tx
      .insert(users)
      .values({
        username: input.username,
        name: input.name,
        rank: input.rank || null,
        position: input.position || null,
        unitId,
        passwordHash,
        passwordResetAt: input.mustChangePassword ? now : null,
        passwordResetBy: input.mustChangePassword ? actorId : null,
        createdAt: now,
      })
      .returning({ id: users.id })
      .get();
    const roles = [...new Set(input.roles)];
    tx.insert(userRoles).values(roles.map((role) => ({ userId: id, role }))).run();
    if (categoryIds.length) {
      tx.insert(userSpecialties).values(categoryIds.map((categoryId) => ({ userId: id, categoryId }))).run();
    }
    audit(tx, {
      actorId,
      action: "user.create",
      objectType: "user",
      objectId: id,
      to: "active",
      data: { username: input.username, roles, unitId, specialties: input.specialties ?? [] },
      at: now,
    });
    return id;
  });
}

export function findOrCreateUnit(tx: Tx, actorId: number | null, nameOrCode: string, now: Date): number {
  const name = nameOrCode.trim();
  const found =
    tx.select({ id: units.id }).from(units).where(eq(units.name, name)).get() ??
    tx.select({ id: units.id }).from(units).where(eq(units.code, name)).get();
  if (found) return found.id;
  const { id } = tx.insert(units).values({ code: name, name, createdAt: now }).returning({ id: units.id }).get();
  audit(tx, { actorId, action: "unit.create", objectType: "unit", objectId: id, data: { name }, at: now });
  return id;
}

function categoryIdsOf(tx: Tx, codes: string[]): number[] {
  if (codes.length === 0) return [];
  const rows = tx.select().from(categories).where(inArray(categories.code, codes)).all();
  const missing = codes.filter((c) => !rows.some((r) => r.code === c));
  if (missing.length) throw new Conflict("unknown_category", missing.join(", "));
  return rows.map((r) => r.id);
}

export function findLoginCandidate(db: DB, username: string) {
  return db.select().from(users).where(eq(users.username, username)).get();
}

const rolesByUser = preparedOnce((db) =>
  db
    .select({ role: userRoles.role })
    .from(userRoles)
    .where(eq(userRoles.userId, sql.placeholder("userId")))
    .prepare(),
);

export function rolesOf(db: DB, userId: number): Role[] {
  return rolesByUser(db)
    .all({ userId })
    .map((r) => r.role);
}

const activeUserById = preparedOnce((db) =>
  db
    .select()
    .from(users)
    .where(and(eq(users.id, sql.placeholder("id")), isNull(users.disabledAt)))
    .prepare(),
);

// The signed-in user for a session, or null when the account was disabled meanwhile.
export function currentUser(db: DB, userId: number): CurrentUser | null {
  const u = activeUserById(db).get({ id: userId });
  if (!u) return null;
  return {
    id: u.id,
    username: u.username,
    name: u.name,
    rank: u.rank,
    unitId: u.unitId,
    roles: rolesOf(db, u.id),
    mustChangePassword: u.passwordResetAt !== null,
  };
}

export function listUsers(db: DB): UserListRow[] {
  const rows = db
    .select({
      id: users.id,
      username: users.username,
      name: users.name,
      rank: users.rank,
      unitName: units.name,
      disabledAt: users.disabledAt,
      passwordResetAt: users.passwordResetAt,
    })
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .orderBy(asc(users.username))
    .all();
  // Roles for the whole list in one query, not one per row.
  const roleRows = db.select().from(userRoles).all();
  return rows.map(({ passwordResetAt, ...r }) => ({
    ...r,
    roles: roleRows.filter((x) => x.userId === r.id).map((x) => x.role),
    mustChangePassword: passwordResetAt !== null,
  }));
}

export function listUnits(db: DB) {
  return db.select().from(units).orderBy(asc(units.name)).all();
}

export function setDisabled(db: DB, actorId: number, userId: number, disabled: boolean, now: Date): void {
  db.transaction((tx) => {
    const u = tx.select().from(users).where(eq(users.id, userId)).get();
    if (!u) throw new NotFound("user");
    if (disabled === (u.disabledAt !== null)) return;
    if (disabled && userId === actorId) throw new Conflict("cannot_disable_self");
    tx.update(users)
      .set(disabled ? { disabledAt: now, disabledBy: actorId } : { disabledAt: null, disabledBy: null })
      .where(eq(users.id, userId))
      .run();
    if (disabled) invalidateUserSessions(tx, userId);
    audit(tx, {
      actorId,
      action: disabled ? "user.disable" : "user.enable",
      objectType: "user",
      objectId: userId,
      from: disabled ? "active" : "disabled",
      to: disabled ? "disabled" : "active",
      at: now,
    });
  });
}

// An admin sets a temporary password; every session of the user ends and a new password is
// required at the next login.
export async function resetPassword(db: DB, actorId: number, userId: number, temporary: string, now: Date) {
  const passwordHash = await hashPassword(temporary);
  db.transaction((tx) => {
    const u = tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).get();
    if (!u) throw new NotFound("user");
    tx.update(users)
      .set({ passwordHash, passwordResetAt: now, passwordResetBy: actorId })
      .where(eq(users.id, userId))
      .run();
    invalidateUserSessions(tx, userId);
    audit(tx, { actorId, action: "user.reset_password", objectType: "user", objectId: userId, at: now });
  });
}

export async function changeOwnPassword(db: DB, userId: number, password: string, now: Date) {
  const passwordHash = await hashPassword(password);
  db.transaction((tx) => {
    tx.update(users)
      .set({ passwordHash, passwordResetAt: null, passwordResetBy: null })
      .where(eq(users.id, userId))
      .run();
    invalidateUserSessions(tx, userId);
    audit(tx, { actorId: userId, action: "user.change_password", objectType: "user", objectId: userId, at: now });
  });
}
