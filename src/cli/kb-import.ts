// npm run kb:import -- FILE.jsonl: all lines or none (one transaction); bad lines named by number.
import { readFileSync } from "node:fs";
import { upsertPublishedEntries } from "../services/kb-entries.js";
import { parseJsonl } from "../services/kb-jsonl.js";
import { fail } from "./args.js";
import { openForCli } from "./open.js";

const file = process.argv[2];
if (!file) fail("kb:import: usage: npm run kb:import -- FILE.jsonl");
let text: string;
try {
  text = readFileSync(file, "utf8");
} catch (e) {
  fail(`kb:import: cannot read ${file}: ${(e as Error).message}`);
}
const { entries, errors } = parseJsonl(text);
if (errors.length) {
  for (const e of errors.slice(0, 100)) console.error(`${file}:${e.line}: ${e.message}`);
  if (errors.length > 100) console.error(`… and ${errors.length - 100} more bad lines`);
  fail(`kb:import: ${errors.length} bad line(s); nothing imported`);
}
const { db } = openForCli();
// One transaction of a few hundred megabytes: a page cache that holds it avoids spilling to the WAL
// mid-transaction (this process only; the server keeps SQLite's default).
db.$client.pragma("cache_size = -262144");
const started = Date.now();
try {
  const { ids, unchanged } = upsertPublishedEntries(db, null, entries, new Date());
  console.log(JSON.stringify({ imported: ids.length, unchanged, ms: Date.now() - started }));
} finally {
  db.$client.close();
}
