// kb:import's second thread: builds the whole pair index while the main thread writes the entries
// and the syllable index (see kb-import-pairs.ts).
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";
import { PairIndexBuilder, publishedPairRows } from "../search/sqlite/pair-index.js";

const { databasePath, out } = workerData as { databasePath: string; out: string };

// The first slice also carries the pair index's declaration, and whether the knowledge base holds
// published entries the file may not have (`rest`).
type Slice = { ids: number[]; pairs: [string, string][]; last: boolean; start?: { declaration: string; rest: boolean } };

let snapshot: Database.Database | undefined;
let builder: PairIndexBuilder | undefined;
const lineIds = new Set<number>();

// The import's lines, a slice at a time, each with its entry id. The first arrives once the
// importer holds the write lock: from then on nothing else commits, so the snapshot opened then is
// the knowledge base the import starts from, whose published entries not in the file are indexed
// as they stand. An import into a knowledge base with none opens no snapshot: it may have the
// database to itself (leaveWal), and a reader would keep it from writing.
parentPort!.on("message", ({ ids, pairs, last, start }: Slice) => {
  try {
    if (start) {
      builder = new PairIndexBuilder(out, start.declaration);
      if (start.rest) {
        snapshot = new Database(databasePath, { readonly: true });
        snapshot.exec("BEGIN");
        snapshot.prepare("SELECT 1 FROM kb_entries LIMIT 1").get(); // the snapshot starts at its first read
      }
    }
    ids.forEach((id, i) => {
      lineIds.add(id);
      builder!.add(id, ...pairs[i]!);
    });
    if (!last) return;
    if (snapshot) {
      for (const row of publishedPairRows(snapshot, lineIds)) builder!.add(...row);
      snapshot.close();
    }
    builder!.finish();
    parentPort!.postMessage({ ok: true });
  } catch (e) {
    parentPort!.postMessage({ ok: false, error: (e as Error).stack ?? String(e) });
  }
});
