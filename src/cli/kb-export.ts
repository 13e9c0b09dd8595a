// npm run kb:export -- FILE.jsonl: every published entry, in the shape kb:import reads.
import { writeFileSync } from "node:fs";
import { publishedEntriesForExport } from "../services/kb-queries.js";
import { toJsonl } from "../services/kb-jsonl.js";
import { fail } from "./args.js";
import { openForCli } from "./open.js";

const file = process.argv[2];
if (!file) fail("kb:export: cách dùng: npm run kb:export -- TỆP.jsonl");
const { db } = openForCli();
try {
  const entries = publishedEntriesForExport(db);
  writeFileSync(file, toJsonl(entries));
  console.log(JSON.stringify({ exported: entries.length, file }));
} finally {
  db.$client.close();
}
