// npm run backup -- FILE: a consistent copy of the live database while the server keeps running and
// writing. The copy is written beside FILE under a partial name, checked (integrity_check, a desk
// database) and only then renamed to FILE: a copy cut short never sits under the requested name.
import { loadConfig } from "../config.js";
import { BackupError, backupDatabase, partialPath, removeDatabaseFiles } from "../services/backup.js";
import { fail } from "./args.js";

const target = process.argv[2];
if (!target) fail("backup: usage: npm run backup -- FILE");
const config = loadConfig();

// Ctrl-C or a stop mid-copy removes the partial file (the copy yields between steps, so this runs
// at once); kill -9 cannot, and leaves FILE.partial-PID beside FILE, never FILE itself (the next
// backup into that folder removes it: removeAbandonedPartials).
for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
  process.once(signal, () => {
    removeDatabaseFiles(partialPath(target));
    console.error(`backup: stopped by ${signal}; no backup written`);
    process.exit(code);
  });
}

try {
  const { bytes, ms } = await backupDatabase(config.databasePath, target);
  console.log(JSON.stringify({ backup: target, from: config.databasePath, bytes, ms }));
} catch (e) {
  if (e instanceof BackupError) fail(`backup: ${e.message}`);
  throw e;
}
