// npm run restore -- FILE: puts a backup back in place of the database, with the server stopped.
// A file that is not an intact desk database (or comes from newer code) is refused and nothing
// changes; otherwise the current database is kept aside under a timestamped name, printed.
import { loadConfig } from "../config.js";
import { BackupError, restoreDatabase } from "../services/backup.js";
import { fail } from "./args.js";

const file = process.argv[2];
if (!file) fail("restore: usage: npm run restore -- FILE (stop the server first)");
const config = loadConfig();
try {
  console.log(JSON.stringify(restoreDatabase(file, config.databasePath)));
} catch (e) {
  if (e instanceof BackupError) fail(`restore: ${e.message}; nothing changed`);
  throw e;
}
