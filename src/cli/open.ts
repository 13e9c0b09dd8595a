// Every CLI opens the same database the server uses (DATABASE_PATH) and brings it up to date.
import { loadConfig } from "../config.js";
import { openDatabase } from "../db.js";
import { ensureReferenceData } from "../services/reference-data.js";
import { backfillPairIndex } from "../services/kb-search-index.js";
import { backfillLawIndex } from "../services/law-search.js";
import { backfillQuestionIndex } from "../services/question-search.js";
import { linkCitationsAtStart } from "../services/regulation-links.js";

export function openForCli() {
  const config = loadConfig();
  const db = openDatabase(config.databasePath);
  ensureReferenceData(db, new Date());
  backfillPairIndex(db);
  backfillQuestionIndex(db);
  backfillLawIndex(db);
  linkCitationsAtStart(db);
  return { db, config };
}
