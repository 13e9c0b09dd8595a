// A database as an older release left it: only the migrations before `idx` applied, foreign keys on,
// in `dir`. A migration test fills it with rows of that time, then opens it with openDatabase.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";

export function databaseBefore(idx: number, dir: string): { path: string; old: Database.Database } {
  const before = join(dir, "migrations");
  cpSync("db/migrations", before, { recursive: true });
  const journal = JSON.parse(readFileSync(join(before, "meta/_journal.json"), "utf8"));
  journal.entries = journal.entries.filter((e: { idx: number }) => e.idx < idx);
  writeFileSync(join(before, "meta/_journal.json"), JSON.stringify(journal));
  const path = join(dir, "old.sqlite");
  const old = new Database(path);
  old.pragma("foreign_keys = ON");
  migrate(drizzle(old), { migrationsFolder: before });
  return { path, old };
}
