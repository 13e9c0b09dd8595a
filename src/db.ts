// Opening the database: one SQLite file, WAL, foreign keys on, migrations applied.
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "../db/schema.js";
import { PROJECT_ROOT } from "./paths.js";

export type DB = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const migrationsFolder = join(PROJECT_ROOT, "db/migrations");
const CLI_BUSY_TIMEOUT_MS = 5000;

export function openDatabase(path: string): DB {
  if (path !== ":memory:") mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new Database(path);
  try {
    // Writers wait for each other instead of failing: CLIs may run beside the server. The server waits
    // differently (src/write-wait.ts): a wait here stops its whole event loop. Set first, so that
    // opening waits too while a bulk import has the database to itself (leaveWal).
    sqlite.pragma(`busy_timeout = ${CLI_BUSY_TIMEOUT_MS}`);
    // Only takes effect on a new database. Knowledge-base entries are 1–3 KB, so 4 KB pages left most
    // of each page empty: 8 KB pages make a 100k import ~15 % smaller to write and to checkpoint.
    sqlite.pragma("page_size = 8192");
    // Also brings back WAL after an import that left it (leaveWal) and was killed before returning.
    sqlite.pragma("journal_mode = WAL");
    const db = drizzle(sqlite, { schema }) as DB;
    beginWritesImmediately(db);
    migrateWithoutForeignKeys(db);
    sqlite.pragma("foreign_keys = ON");
    return db;
  } catch (e) {
    sqlite.close();
    throw e;
  }
}

// The server opens its database when it is free: a bulk import that has it to itself (leaveWal)
// holds it for the length of the import, and the server waits for it rather than failing at start.
export async function openDatabaseWhenFree(path: string, onWait: () => void, maxWaitMs = 15 * 60_000): Promise<DB> {
  const until = Date.now() + maxWaitMs;
  for (let waited = false; ; waited = true) {
    try {
      return openDatabase(path);
    } catch (e) {
      if (!isBusy(e) || Date.now() > until) throw e;
      if (!waited) onWait();
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

// A bulk load into a database no other connection has open can do without the WAL, whose every page
// is written twice: to the WAL, then to the database at the checkpoint (a 100k kb:import writes
// ~700 MB; decision 007). Switching needs the database to itself, so this changes nothing and
// returns false, at once, when another connection (the server, a backup) has it open. The caller
// then writes inside BEGIN EXCLUSIVE, so that nothing can start reading what it is rewriting, and
// calls returnToWal when done; a process killed in between leaves a rollback journal that the next
// connection plays back, and openDatabase brings back WAL.
export function leaveWal(db: DB): boolean {
  let left = false;
  unlessBusy(db, () => (left = db.$client.pragma("journal_mode = DELETE", { simple: true }) === "delete"));
  return left;
}

export function returnToWal(db: DB): void {
  db.$client.pragma("journal_mode = WAL");
}

// SQLite changes a column's constraints by rebuilding its table (0012), and dropping a table that
// others reference fails while foreign keys are enforced. The PRAGMA cannot change inside the
// migrator's transaction, so keys are off around it, as SQLite's documented procedure asks, and
// the references are checked afterwards when anything was applied.
function migrateWithoutForeignKeys(db: DB): void {
  const c = db.$client;
  const applied = () => {
    const exists = c.prepare("SELECT 1 FROM sqlite_master WHERE name = '__drizzle_migrations'").get();
    return exists ? c.prepare<[], number>("SELECT count(*) FROM __drizzle_migrations").pluck().get()! : 0;
  };
  const before = applied();
  c.pragma("foreign_keys = OFF");
  migrate(db, { migrationsFolder });
  if (applied() !== before && (c.pragma("foreign_key_check") as unknown[]).length > 0) throw new Error("migration left broken foreign keys");
}

// Every transaction here writes, so each takes the write lock when it begins (BEGIN IMMEDIATE). A
// deferred one reads first under a snapshot; if another process commits meanwhile, its first write
// fails at once with SQLITE_BUSY_SNAPSHOT, which no waiting can cure. Reads that want one snapshot
// ask for { behavior: "deferred" }. The outermost transaction runs, once it has committed, the work
// left for after its commit (afterCommit); a nested one (a savepoint) leaves it to the outer one.
function beginWritesImmediately(db: DB): void {
  const begin = db.transaction.bind(db);
  const c = db.$client;
  db.transaction = ((fn: TransactionBody, config?: TransactionConfig) => {
    const body: TransactionBody = (tx) => {
      connectionOf.set(tx, c);
      return fn(tx);
    };
    if (pendingAfterCommit.has(c)) return begin(body, { behavior: "immediate", ...config });
    const pending: (() => void)[] = [];
    pendingAfterCommit.set(c, pending);
    let result;
    try {
      result = begin(body, { behavior: "immediate", ...config });
    } finally {
      pendingAfterCommit.delete(c); // rolled back: the work is dropped with it
    }
    for (const work of pending) work();
    return result;
  }) as DB["transaction"];
}

type TransactionBody = Parameters<DB["transaction"]>[0];
type TransactionConfig = Parameters<DB["transaction"]>[1];

// Per connection, the work waiting for its open transaction to commit; a transaction's connection.
const pendingAfterCommit = new WeakMap<Database.Database, (() => void)[]>();
const connectionOf = new WeakMap<object, Database.Database>();

// Runs `work` once the transaction `tx` has committed, and never if it rolls back: a live signal
// sent before the commit could send a tab to fetch what is not there yet, or announce a change that
// was refused. Outside a transaction it runs at once, and so it does inside one begun on the
// connection itself (db.$client.transaction, which this cannot follow: none signals).
export function afterCommit(tx: Tx, work: () => void): void {
  const pending = pendingAfterCommit.get(connectionOf.get(tx) ?? (tx as DB).$client);
  if (pending) pending.push(work);
  else work();
}

// The database is locked by another writer: nothing of the statement or transaction was applied.
export class DatabaseBusy extends Error {
  constructor() {
    super("database busy");
  }
}

export function isBusy(err: unknown): boolean {
  if (err instanceof DatabaseBusy) return true;
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === "string" && (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED"));
}

// Runs `fn` without waiting for a lock another process holds; false when it was busy (nothing
// applied). For writes that can wait for a later request: extending a session.
export function unlessBusy(db: DB, fn: () => void): boolean {
  const c = db.$client;
  const timeout = c.pragma("busy_timeout", { simple: true }) as number;
  c.pragma("busy_timeout = 0");
  try {
    fn();
    return true;
  } catch (err) {
    if (isBusy(err)) return false;
    throw err;
  } finally {
    c.pragma(`busy_timeout = ${timeout}`);
  }
}

// Waits, without blocking the event loop, until this connection can take the write lock, for at
// most `ms`; false when another process still holds it. Taking the lock and giving it back at once
// costs some tens of microseconds; the caller's own transaction follows within the same turn or
// after its form is read, and waits at most busy_timeout if someone slipped in between.
export async function waitForWriteLock(db: DB, ms: number): Promise<boolean> {
  const deadline = performance.now() + ms;
  for (let pause = 2; ; pause = Math.min(pause * 2, 50)) {
    const free = unlessBusy(db, () => {
      if (db.$client.inTransaction) return;
      db.$client.exec("BEGIN IMMEDIATE");
      db.$client.exec("ROLLBACK");
    });
    if (free) return true;
    const left = deadline - performance.now();
    if (left <= 0) return false;
    await new Promise((resolve) => setTimeout(resolve, Math.min(pause, left)));
  }
}

// A transaction or the database itself: services write through either.
export type Tx = Parameters<Parameters<DB["transaction"]>[0]>[0] | DB;

// A query every request runs (the session, the signed-in user), built and prepared once per
// database as a drizzle prepared statement: building the SQL and preparing it anew each time was a
// third of the cost of a cached search request.
export function preparedOnce<T>(build: (db: DB) => T): (db: DB) => T {
  const built = new WeakMap<DB, T>();
  return (db) => {
    let query = built.get(db);
    if (query === undefined) {
      query = build(db);
      built.set(db, query);
    }
    return query;
  };
}
