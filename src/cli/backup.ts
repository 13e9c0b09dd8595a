// npm run backup -- FILE: a consistent copy of the live database, taken with SQLite's online backup
// API, so the server keeps running and the copy is a single self-contained file.
import { existsSync } from "node:fs";
import { loadConfig } from "../config.js";
import { openDatabase } from "../db.js";
import { fail } from "./args.js";

const target = process.argv[2];
if (!target) fail("backup: usage: npm run backup -- FILE");
if (existsSync(target)) fail(`backup: ${target} already exists; choose a new file name`);

const config = loadConfig();
if (!existsSync(config.databasePath)) fail(`backup: no database at ${config.databasePath}`);
const db = openDatabase(config.databasePath);
try {
  await db.$client.backup(target);
  console.log(JSON.stringify({ backup: target, from: config.databasePath }));
} finally {
  db.$client.close();
}
