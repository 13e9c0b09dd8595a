// A big kb:import builds the pair index on the machine's other core. FTS5 spends most of an import
// on kb_pairs (every adjacent syllable pair of every entry is a term of its own), and a database
// has one writer, so a worker thread builds the whole pair index in a scratch file, from the
// import's folded lines and the rest of the knowledge base, while the main thread writes the
// entries and kb_fts; the main thread then copies it in (replacePairIndex) inside the import's one
// transaction.
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { Worker } from "node:worker_threads";
import { removeAbandoned } from "../abandoned-files.js";

export interface PairIndexWorker {
  // The lines' entry ids and pair rows, a slice at a time, once the import holds the write lock;
  // the first with the index's declaration and whether the knowledge base has published entries.
  send(ids: number[], pairs: [string, string][], last: boolean, start?: { declaration: string; rest: boolean }): void;
  // The scratch database holding the finished index.
  built: Promise<string>;
  // Ends the worker and removes its scratch file, whether or not the index was used (again: no-op).
  stop(): Promise<void>;
}

export function startPairIndexWorker(databasePath: string): PairIndexWorker {
  const out = `${databasePath}.pairs-${process.pid}-${randomBytes(4).toString("hex")}.tmp`;
  const worker = typeScriptWorker(new URL("./kb-import-pairs-worker.ts", import.meta.url), { databasePath, out });
  const built = new Promise<string>((resolve, reject) => {
    worker.once("message", (result: { ok: true } | { ok: false; error: string }) =>
      result.ok ? resolve(out) : reject(new Error(`building the pair index failed: ${result.error}`)),
    );
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the pair index worker stopped (exit code ${code})`)));
  });
  built.catch(() => {}); // awaited by the import, or abandoned by stop()
  const removeScratch = () => rmSync(out, { force: true });
  process.once("exit", removeScratch);
  return {
    send: (ids, pairs, last, start) => worker.postMessage({ ids, pairs, last, start }),
    built,
    async stop() {
      await worker.terminate();
      removeScratch();
      process.off("exit", removeScratch);
    },
  };
}

// An import killed mid-way (Ctrl-C) loses its transaction, as it should, but leaves its scratch file
// beside the database: the next import removes it (src/abandoned-files.ts).
export function removeAbandonedScratch(databasePath: string): void {
  const name = new RegExp(`^${escapeRegExp(basename(databasePath))}\\.pairs-(?<pid>\\d+)-[0-9a-f]+\\.tmp$`);
  removeAbandoned(dirname(resolve(databasePath)), name, (path) => rmSync(path, { force: true }));
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// The CLIs run TypeScript through tsx, whose loader a worker thread does not inherit on Node 20:
// the worker registers it before loading its module.
function typeScriptWorker(url: URL, workerData: unknown): Worker {
  const tsx = import.meta.resolve("tsx/esm/api");
  const boot = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(boot, { eval: true, workerData });
}
