// Every CLI opens the same database the server uses (DATABASE_PATH) and brings it up to date.
import { loadConfig } from "../config.js";
import { openDatabase } from "../db.js";
import { ensureReferenceData } from "../services/reference-data.js";
import { indexAtStart } from "../search/index.js";
import { linkCitationsAtStart } from "../services/regulation-links.js";

export function openForCli() {
  const config = loadConfig();
  const db = openDatabase(config.databasePath);
  ensureReferenceData(db, new Date());
  indexAtStart(db);
  linkCitationsAtStart(db);
  return { db, config };
}
