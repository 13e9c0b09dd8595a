// npm run kb:import -- FILE.jsonl [--allow-personal-data]: all lines or none (one transaction); bad
// lines named by number; lines holding personal data named by number and field, and the file
// refused unless the flag allows them (then each such entry's audit trail records the waiver).
import { loadConfig } from "../config.js";
import { leaveWal, returnToWal, type DB } from "../db.js";
import { PublishedEntryWriter, type PublishedEntryInput } from "../services/kb-entries.js";
import { jsonlLines, type LineError } from "../services/kb-jsonl.js";
import { pairIndexDeclaration, replacePairIndex } from "../search/sqlite/pair-index.js";
import { CliError, fail, parseFlags, readImportFile, refuseBadLines } from "./args.js";
import { ALLOW_FLAG, guardLine, refusePersonalData, type LineFindings } from "./kb-import-guard.js";
import { removeAbandonedScratch, startPairIndexWorker, type PairIndexWorker } from "./kb-import-pairs.js";
import { openForCli } from "./open.js";

// From this size on the pair index is built by a worker thread (kb-import-pairs.ts), when the file
// has at least as many lines as the published knowledge base it joins has entries: the worker
// indexes all of it anew. Its index is used if the import wrote at least half of the knowledge base
// (new or changed entries); otherwise the written entries' pairs are added here, as for a small file.
const PAIR_WORKER_MIN_BYTES = 1 << 20;
// Lines sent to the worker at a time: it starts on the first while the rest are read.
const SLICE = 2000;

type Options = { allowPersonalData: boolean };

async function main(path: string | undefined, options: Options) {
  const { file, data } = readImportFile("kb:import", path);
  const { databasePath } = loadConfig();
  removeAbandonedScratch(databasePath);
  // Started first, so that it is ready when the first lines are.
  const worker = data.length >= PAIR_WORKER_MIN_BYTES ? startPairIndexWorker(databasePath) : undefined;
  let db: DB | undefined;
  try {
    db = openForCli().db;
    // One transaction of a few hundred megabytes: a page cache that holds it avoids spilling to the
    // WAL mid-transaction (this process only; the server keeps SQLite's default).
    db.$client.pragma("cache_size = -262144");
    const published = publishedCount(db.$client);
    const started = Date.now();
    const { imported, unchanged, pairIndex } =
      worker && published <= lineCount(data) ? await importWithPairWorker(file, db, data, worker, published, options) : importInOneGo(file, db, data, options);
    console.log(JSON.stringify({ imported, unchanged, ms: Date.now() - started, pairIndex }));
  } finally {
    await worker?.stop();
    db?.$client.close();
  }
}

// Every line read and checked first, then all written in one transaction.
function importInOneGo(file: string, db: DB, data: Buffer, options: Options) {
  const entries: { entry: PublishedEntryInput; allowed?: LineFindings }[] = [];
  const errors: LineError[] = [];
  const personal: LineFindings[] = [];
  for (const l of jsonlLines(data)) {
    if ("error" in l) {
      errors.push(l.error);
      continue;
    }
    const found = guardLine(file, l.line, l.entry);
    if (found) personal.push(found);
    entries.push({ entry: l.entry, allowed: found });
  }
  refuseUnlessClean(file, errors, personal, options);
  return db.$client.transaction(() => {
    const writer = new PublishedEntryWriter(db, null, new Date());
    for (const { entry, allowed } of entries) writer.write(entry, allowed);
    return { imported: entries.length, unchanged: writer.finish().unchanged, pairIndex: "updated" as const };
  }).immediate();
}

// upsertPublishedEntries, with the pair index built by the worker and copied in at the end. The
// transaction takes the write lock at once (IMMEDIATE): nothing else commits between the state it
// starts from and the snapshot the worker reads the rest of the knowledge base from. Each line is
// written and folded as it is read, and the pair rows of what was written are sent on a slice at a
// time, so that the worker starts within a second and this thread holds no more of the file than it
// must. Lines already published as given are not sent: the worker reads them with the rest.
// The first load of a knowledge base into a database nothing else has open writes without the WAL
// (leaveWal), which saves writing every page twice; the worker then has nothing to read from it.
async function importWithPairWorker(file: string, db: DB, data: Buffer, worker: PairIndexWorker, published: number, options: Options) {
  const c = db.$client;
  const sole = published === 0 && leaveWal(db);
  c.exec(sole ? "BEGIN EXCLUSIVE" : "BEGIN IMMEDIATE");
  let start: { declaration: string; rest: boolean } | undefined = { declaration: pairIndexDeclaration(c), rest: published > 0 };
  try {
    const writer = new PublishedEntryWriter(db, null, new Date(), { keepPairs: false });
    const errors: LineError[] = [];
    const personal: LineFindings[] = [];
    let lines = 0;
    let ids: number[] = [];
    let pairs: [string, string][] = [];
    const send = (last: boolean) => {
      worker.send(ids, pairs, last, start);
      start = undefined;
      ids = [];
      pairs = [];
    };
    for (const l of jsonlLines(data)) {
      if ("error" in l) errors.push(l.error);
      const found = "error" in l ? undefined : guardLine(file, l.line, l.entry);
      if (found) personal.push(found);
      // Past a bad line, or personal data not allowed, read on only to name the others.
      if ("error" in l || errors.length || (personal.length && !options.allowPersonalData)) continue;
      const { id, rows } = writer.write(l.entry, found);
      lines++;
      if (!rows) continue;
      ids.push(id);
      pairs.push(rows.pairs);
      if (ids.length === SLICE) send(false);
    }
    refuseUnlessClean(file, errors, personal, options);
    const rebuild = writer.writtenCount * 2 >= publishedCount(c);
    if (rebuild) send(true);
    else await worker.stop(); // not worth rebuilding for so few changes: free its core now
    const { unchanged } = writer.finish({ pairs: !rebuild });
    if (rebuild) replacePairIndex(c, await worker.built);
    c.exec("COMMIT");
    return { imported: lines, unchanged, pairIndex: rebuild ? ("rebuilt" as const) : ("updated" as const) };
  } catch (e) {
    if (c.inTransaction) c.exec("ROLLBACK");
    throw e;
  } finally {
    if (sole) returnToWal(db);
  }
}

// Bad lines first (a file that cannot be read as entries is not worth checking further), then
// personal data the flag does not allow.
function refuseUnlessClean(file: string, errors: LineError[], personal: LineFindings[], options: Options) {
  if (errors.length) refuseBadLines("kb:import", file, errors);
  if (personal.length && !options.allowPersonalData) refusePersonalData(file, personal);
}

const publishedCount = (c: DB["$client"]) => c.prepare<[], number>("SELECT count(*) FROM kb_entries WHERE status = 'published'").pluck().get()!;

function lineCount(data: Buffer): number {
  let n = 1;
  for (let i = data.indexOf(10); i !== -1; i = data.indexOf(10, i + 1)) n++;
  return n;
}

async function run() {
  let flags;
  try {
    flags = parseFlags({ [ALLOW_FLAG.slice(2)]: { type: "boolean" } });
  } catch {
    throw new CliError(`kb:import: tùy chọn không hợp lệ; cách dùng: npm run kb:import -- TỆP.jsonl [${ALLOW_FLAG}]`);
  }
  return main(flags.positionals[0], { allowPersonalData: flags.values[ALLOW_FLAG.slice(2)] === true });
}

run().catch((e: Error) => fail(e instanceof CliError ? e.message : `kb:import: ${e.stack ?? e.message}`));
