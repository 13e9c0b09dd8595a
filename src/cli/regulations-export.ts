// npm run regulations:export -- FILE.jsonl: the whole register, in the shape regulations:import reads.
import { writeFileSync } from "node:fs";
import { toJsonl } from "../services/jsonl.js";
import { regulationsForExport } from "../services/regulation-import.js";
import { fail } from "./args.js";
import { openForCli } from "./open.js";

const file = process.argv[2];
if (!file) fail("regulations:export: cách dùng: npm run regulations:export -- TỆP.jsonl");
const { db } = openForCli();
try {
  const lines = regulationsForExport(db);
  writeFileSync(file, toJsonl(lines));
  console.log(JSON.stringify({ exported: lines.length, file }));
} finally {
  db.$client.close();
}
