// When cached reads may be stale: the search's caches, and the signed-in sessions' (src/auth/
// session.ts). Caches are kept per database (a WeakMap on the DB: two desks in one process, as in
// the tests and the bench, never answer from each other's data) and emptied when the database may
// have changed: by this process's own writes, or by another process's commits (a kb:import beside
// the server, a second server), which SQLite's data_version shows.
import { preparedOnce, type DB } from "../db.js";

// Moved by every change to what the search indexes or shows with a hit, in this process.
let generation = 0;

// Changes whenever the search index may have changed, so cached term statistics and results know
// when they are stale.
export function indexGeneration(db: DB): string {
  return `${generation}:${dataVersion(db)}`;
}

// Called in the transaction of any such change (cached reads of it are made only between
// transactions, so they see it from the commit on).
export function indexChanged(): void {
  generation++;
}

// Changes whenever anything in the database may have changed: this connection's own writes count in
// total_changes() (no lock, a fraction of a microsecond), other connections' commits in data_version.
// Per-request caches (the signed-in session, search results) check it instead of reading again.
export function changeStamp(db: DB): string {
  return `${totalChanges(db).get()}:${dataVersion(db)}`;
}
const totalChanges = preparedOnce((db) => db.$client.prepare<[], number>("SELECT total_changes()").pluck());

// Other connections' commits. Reading it takes SQLite's read lock (~15 µs, as much as the rest of a
// cached search), so it is read once per turn of the event loop: a commit made meanwhile by another
// process is seen from the next turn, as if it had come a moment later.
function dataVersion(db: DB): number {
  let seen = versionThisTurn.get(db);
  if (seen === undefined) {
    seen = dataVersionQuery(db).get()!;
    versionThisTurn.set(db, seen);
    if (versionThisTurn.size === 1) setImmediate(() => versionThisTurn.clear());
  }
  return seen;
}
const versionThisTurn = new Map<DB, number>();
const dataVersionQuery = preparedOnce((db) => db.$client.prepare<[], number>("PRAGMA data_version").pluck());

// A bounded map of recent values per database and index generation: results of the same questions
// asked again, candidates read and folded. Any change to the indexes empties it.
export class GenerationCache<K, V> {
  private readonly perDb = new WeakMap<DB, { generation: string; map: Map<K, V> }>();
  constructor(private readonly size: number) {}

  private mapFor(db: DB): Map<K, V> {
    const generation = indexGeneration(db);
    let c = this.perDb.get(db);
    if (c?.generation !== generation) {
      c = { generation, map: new Map() };
      this.perDb.set(db, c);
    }
    return c.map;
  }

  get(db: DB, key: K): V | undefined {
    const map = this.mapFor(db);
    const v = map.get(key);
    if (v !== undefined) {
      map.delete(key); // re-insert: Map order is the LRU order
      map.set(key, v);
    }
    return v;
  }

  set(db: DB, key: K, value: V): void {
    const map = this.mapFor(db);
    map.set(key, value);
    while (map.size > this.size) map.delete(map.keys().next().value!);
  }
}
