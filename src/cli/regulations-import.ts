// npm run regulations:import -- FILE.jsonl: the whole file or nothing (one transaction); bad lines
// named by number. Prints {"imported","unchanged","flagged","linked"}.
import { importRegulations, parseRegulationsJsonl } from "../services/regulation-import.js";
import { CliError, fail, readImportFile, refuseBadLines } from "./args.js";
import { openForCli } from "./open.js";

function main(path: string | undefined) {
  const { file, data } = readImportFile("regulations:import", path);
  const { entries, errors } = parseRegulationsJsonl(data);
  if (errors.length) refuseBadLines("regulations:import", file, errors);
  const { db, config } = openForCli();
  try {
    console.log(JSON.stringify(importRegulations(db, null, entries, new Date(), config.timeZone)));
  } finally {
    db.$client.close();
  }
}

try {
  main(process.argv[2]);
} catch (e) {
  fail(e instanceof CliError ? e.message : `regulations:import: ${(e as Error).stack ?? e}`);
}
