// Tiny flag parsing for the project's scripts, on Node's own util.parseArgs.
import { parseArgs } from "node:util";

export function parseFlags<T extends Record<string, { type: "string" | "boolean"; multiple?: boolean }>>(options: T) {
  return parseArgs({ args: process.argv.slice(2), options, allowPositionals: true, strict: true });
}

export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
