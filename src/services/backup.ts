// Backing up and restoring the desk's one SQLite file: `npm run backup`, `npm run restore`, the
// fault section of `npm run soak` and the tests all go through here.
import { closeSync, constants, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import Database from "better-sqlite3";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { openDatabase } from "../db.js";
import { PROJECT_ROOT } from "../paths.js";
import { removeAbandoned } from "../abandoned-files.js";

// A refusal the command explains in one line (bad file, target taken, database in use).
export class BackupError extends Error {}

// 8 MB of 8 KB pages per step: the copy yields to the event loop between steps, so Ctrl-C can
// remove the partial file while it runs.
const PAGES_PER_STEP = 1024;

// Where a backup is written until it is complete and checked: beside the target, so the final
// rename stays on one file system, and never under the target's name.
export function partialPath(target: string): string {
  return join(dirname(resolve(target)), `${basename(target)}.partial-${process.pid}`);
}

// A database file with whatever journal SQLite may have left beside it.
export function removeDatabaseFiles(path: string): void {
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(path + suffix, { force: true });
}

// A backup killed with -9 leaves its partial copy (as big as the database) beside the backup it was
// writing. The next backup into the same folder removes those whose process is gone
// (src/abandoned-files.ts), and only SQLite files (or empty ones, cut short before the first page):
// a file of the operator's that happens to end in ".partial-N" stays.
function removeAbandonedPartials(dir: string): void {
  removeAbandoned(dir, /^.+\.partial-(?<pid>\d+)$/, (path) => {
    const size = statSync(path, { throwIfNoEntry: false })?.size;
    if (size !== undefined && (size === 0 || hasSqliteHeader(path))) removeDatabaseFiles(path);
  });
}

export async function backupDatabase(source: string, target: string): Promise<{ bytes: number; ms: number }> {
  if (existsSync(target)) throw new BackupError(`${target} already exists; choose a new file name`);
  if (!existsSync(source)) throw new BackupError(`no database at ${source}`);
  if (!existsSync(dirname(resolve(target)))) throw new BackupError(`no folder ${dirname(resolve(target))}`);
  const started = performance.now();
  removeAbandonedPartials(dirname(resolve(target)));
  const partial = partialPath(target);
  removeDatabaseFiles(partial); // left by a killed run whose pid this one reuses
  try {
    const db = new Database(source, { fileMustExist: true });
    try {
      db.pragma("busy_timeout = 5000");
      // SQLite's online backup starts over whenever another connection commits, so under steady
      // writes it never finished. Inside one read transaction the copy reads a single snapshot
      // (WAL lets the server keep writing meanwhile) and has nothing to start over for.
      db.exec("BEGIN");
      db.prepare("SELECT count(*) FROM sqlite_master").get(); // the snapshot starts here
      try {
        await db.backup(partial, { progress: () => PAGES_PER_STEP });
      } finally {
        db.exec("COMMIT");
      }
    } finally {
      db.close();
    }
    checkCopy(partial, target);
    fsyncPath(partial);
    if (existsSync(target)) throw new BackupError(`${target} appeared during the backup; nothing overwritten`);
    renameSync(partial, target);
    fsyncPath(dirname(resolve(target)));
  } finally {
    removeDatabaseFiles(partial); // nothing left once renamed
  }
  return { bytes: statSync(target).size, ms: Math.round(performance.now() - started) };
}

interface RestoreResult {
  restored: string;
  database: string;
  // The database the backup replaced, kept under a timestamped name (null: there was none).
  previous: string | null;
}

// Puts a checked backup in place of the database. The server must be stopped: a database another
// connection holds open is refused. The file is copied beside the database and checked there, so
// what is checked is exactly what goes in, and the swap is two renames.
export function restoreDatabase(file: string, databasePath: string, now = new Date()): RestoreResult {
  if (!existsSync(file)) throw new BackupError(`no file at ${file}`);
  const database = resolve(databasePath);
  const incoming = `${database}.restoring-${process.pid}`;
  try {
    mkdirSync(dirname(database), { recursive: true });
    removeDatabaseFiles(incoming);
    copyFileSync(file, incoming, constants.COPYFILE_EXCL);
    const { lastMigrationAt } = checkCopy(incoming, file);
    if (lastMigrationAt > newestKnownMigration()) {
      throw new BackupError(`${file} comes from a newer version of the desk (its schema has migrations this code does not know); update the code first`);
    }
    fsyncPath(incoming);
    const previous = existsSync(database) ? moveAside(database, now) : null;
    try {
      renameSync(incoming, database);
    } catch (e) {
      if (previous) moveFiles(previous, database);
      throw e;
    }
    fsyncPath(dirname(database));
    // Migrations run now, as at the server's start: a backup from an older version is brought up to date.
    openDatabase(database).$client.close();
    return { restored: file, database, previous };
  } finally {
    removeDatabaseFiles(incoming); // nothing left once renamed
  }
}

// Our own copy (a fresh backup, or a file about to be restored) made one self-contained file (a
// backup of a WAL database is marked WAL too) and checked: SQLite, intact, and a desk database.
// `name` is what the operator calls the file, for the messages.
function checkCopy(path: string, name: string): { migrations: number; lastMigrationAt: number } {
  if (!hasSqliteHeader(path)) throw new BackupError(`${name} is not an SQLite database`);
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { fileMustExist: true });
    db.pragma("journal_mode = DELETE");
    const problems = (db.pragma("integrity_check(5)") as { integrity_check: string }[]).map((r) => r.integrity_check);
    if (problems.join() !== "ok") throw new BackupError(`${name} is damaged (integrity_check: ${problems.join("; ")})`);
    const tables = db.prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('users', '__drizzle_migrations')").pluck().all();
    const found = tables.length === 2 ? db.prepare<[], { migrations: number; lastMigrationAt: number | null }>("SELECT count(*) migrations, max(created_at) lastMigrationAt FROM __drizzle_migrations").get()! : undefined;
    if (!found?.migrations) throw new BackupError(`${name} is not a hotline desk database (no users table or migrations)`);
    return { migrations: found.migrations, lastMigrationAt: Number(found.lastMigrationAt) };
  } catch (e) {
    if (e instanceof BackupError) throw e;
    throw new BackupError(`${name} cannot be read as a database: ${(e as Error).message}`);
  } finally {
    db?.close();
  }
}

function hasSqliteHeader(path: string): boolean {
  const head = Buffer.alloc(16);
  const fd = openSync(path, "r");
  try {
    return readSync(fd, head, 0, 16, 0) === 16 && head.toString("latin1") === "SQLite format 3\0";
  } finally {
    closeSync(fd);
  }
}

// drizzle applies the migrations dated after the newest one a database records; a backup recording
// a later one was written by newer code, whose schema this code would misread.
function newestKnownMigration(): number {
  return Math.max(...readMigrationFiles({ migrationsFolder: join(PROJECT_ROOT, "db/migrations") }).map((m) => m.folderMillis));
}

// The current database, made one file, moved to `<name>.before-restore-<UTC time>`.
function moveAside(database: string, now: Date): string {
  const db = new Database(database, { fileMustExist: true });
  try {
    // Every connection to a WAL database holds a shared lock while it is open, so an exclusive
    // lock is refused while the server (or any CLI) has the file open, even when it is idle.
    db.pragma("busy_timeout = 500");
    db.pragma("locking_mode = EXCLUSIVE");
    db.exec("BEGIN EXCLUSIVE; COMMIT");
    db.pragma("journal_mode = DELETE"); // folds the WAL in: the old database stays one file
  } catch (e) {
    const code = (e as { code?: string }).code ?? "";
    if (code.startsWith("SQLITE_BUSY")) {
      throw new BackupError(
        `${database} is in use — stop the server (and any other command using it) first / cơ sở dữ liệu đang được sử dụng — hãy dừng máy chủ trước khi khôi phục`,
      );
    }
    // A damaged database may be why a backup is restored: it goes aside as it is.
    if (!code.startsWith("SQLITE_CORRUPT") && code !== "SQLITE_NOTADB") throw new BackupError(`cannot open ${database}: ${(e as Error).message}`);
  } finally {
    db.close();
  }
  let aside = `${database}.before-restore-${now.toISOString().slice(0, 19).replace(/:/g, "-")}Z`;
  if (existsSync(aside)) aside += `-${process.pid}`;
  moveFiles(database, aside);
  return aside;
}

function moveFiles(from: string, to: string): void {
  for (const suffix of ["", "-journal", "-wal", "-shm"]) if (existsSync(from + suffix)) renameSync(from + suffix, to + suffix);
}

// A rename is durable only once the file's data and then its directory entry reach the disk.
function fsyncPath(path: string): void {
  const fd = openSync(path, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
