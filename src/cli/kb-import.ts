// npm run kb:import -- FILE.jsonl: all lines or none (one transaction); bad lines named by number.
import { readFileSync } from "node:fs";
import { loadConfig } from "../config.js";
import type { DB } from "../db.js";
import { importedTags, PublishedEntryWriter, upsertPublishedEntries } from "../services/kb-entries.js";
import { jsonlLines, parseJsonl, type LineError } from "../services/kb-jsonl.js";
import { indexRows, replacePairIndex } from "../services/kb-search-index.js";
import { fail } from "./args.js";
import { startPairIndexWorker, type PairIndexWorker } from "./kb-import-pairs.js";
import { openForCli } from "./open.js";

// From this size on the pair index is built by a worker thread (kb-import-pairs.ts), when the file
// has at least as many lines as the published knowledge base it joins has entries: the worker
// indexes all of it anew.
const PAIR_WORKER_MIN_BYTES = 1 << 20;
// Lines sent to the worker at a time: it starts on the first while the rest are read.
const SLICE = 2000;

class ImportError extends Error {}

async function main(file: string | undefined) {
  if (!file) throw new ImportError("kb:import: usage: npm run kb:import -- FILE.jsonl");
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch (e) {
    throw new ImportError(`kb:import: cannot read ${file}: ${(e as Error).message}`);
  }
  // Started first, so that it is ready when the first lines are.
  const worker = data.length >= PAIR_WORKER_MIN_BYTES ? startPairIndexWorker(loadConfig().databasePath) : undefined;
  let db: DB | undefined;
  try {
    db = openForCli().db;
    // One transaction of a few hundred megabytes: a page cache that holds it avoids spilling to the
    // WAL mid-transaction (this process only; the server keeps SQLite's default).
    db.$client.pragma("cache_size = -262144");
    const published = db.$client.prepare<[], number>("SELECT count(*) FROM kb_entries WHERE status = 'published'").pluck().get()!;
    const started = Date.now();
    const rebuild = worker !== undefined && published <= lineCount(data);
    const { imported, unchanged } = rebuild ? await importWithPairWorker(file, db, data, worker) : importInOneGo(file, db, data);
    console.log(JSON.stringify({ imported, unchanged, ms: Date.now() - started, pairIndex: rebuild ? "rebuilt" : "updated" }));
  } finally {
    await worker?.stop();
    db?.$client.close();
  }
}

function importInOneGo(file: string, db: DB, data: Buffer) {
  const { entries, errors } = parseJsonl(data);
  if (errors.length) refuse(file, errors);
  const { ids, unchanged } = upsertPublishedEntries(db, null, entries, new Date());
  return { imported: ids.length, unchanged };
}

// upsertPublishedEntries, with the pair index built by the worker and copied in at the end. The
// transaction takes the write lock at once (IMMEDIATE): nothing else commits between the state it
// starts from and the snapshot the worker reads the rest of the knowledge base from. Each line is
// written and folded as it is read, and its pair rows are sent on a slice at a time, so that the
// worker starts within a second and this thread holds no more of the file than it must.
async function importWithPairWorker(file: string, db: DB, data: Buffer, worker: PairIndexWorker) {
  const c = db.$client;
  c.exec("BEGIN IMMEDIATE");
  try {
    const writer = new PublishedEntryWriter(db, null, new Date(), true);
    const errors: LineError[] = [];
    let lines = 0;
    let ids: number[] = [];
    let pairs: [string, string][] = [];
    const send = (last: boolean) => {
      worker.send(ids, pairs, last);
      ids = [];
      pairs = [];
    };
    for (const l of jsonlLines(data)) {
      if ("error" in l) errors.push({ line: l.line, message: l.error });
      if ("error" in l || errors.length) continue; // past a bad line, read on only to name the others
      const rows = indexRows(l.entry, importedTags(l.entry), l.entry.citations);
      ids.push(writer.write(l.entry, rows));
      pairs.push(rows.pairs);
      lines++;
      if (ids.length === SLICE) send(false);
    }
    if (errors.length) refuse(file, errors);
    send(true);
    const { unchanged } = writer.finish();
    replacePairIndex(c, await worker.built);
    c.exec("COMMIT");
    return { imported: lines, unchanged };
  } catch (e) {
    if (c.inTransaction) c.exec("ROLLBACK");
    throw e;
  }
}

function refuse(file: string, errors: LineError[]): never {
  for (const e of errors.slice(0, 100)) console.error(`${file}:${e.line}: ${e.message}`);
  if (errors.length > 100) console.error(`… and ${errors.length - 100} more bad lines`);
  throw new ImportError(`kb:import: ${errors.length} bad line(s); nothing imported`);
}

function lineCount(data: Buffer): number {
  let n = 1;
  for (let i = data.indexOf(10); i !== -1; i = data.indexOf(10, i + 1)) n++;
  return n;
}

main(process.argv[2]).catch((e: Error) => fail(e instanceof ImportError ? e.message : `kb:import: ${e.stack ?? e.message}`));
