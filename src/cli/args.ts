// Tiny flag parsing for the project's scripts, on Node's own util.parseArgs.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import "../zod-locale.js";

export function parseFlags<T extends Record<string, { type: "string" | "boolean"; multiple?: boolean }>>(options: T) {
  return parseArgs({ args: process.argv.slice(2), options, allowPositionals: true, strict: true });
}

export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

// A failure the command explains itself (usage, unreadable file, bad lines): its message alone, no stack.
export class CliError extends Error {}

// The file an import reads, or a message saying why it cannot.
export function readImportFile(command: string, file: string | undefined): { file: string; data: Buffer } {
  if (!file) throw new CliError(`${command}: cách dùng: npm run ${command} -- TỆP.jsonl`);
  try {
    return { file, data: readFileSync(file) };
  } catch (e) {
    throw new CliError(`${command}: không đọc được tệp ${file}: ${(e as Error).message}`);
  }
}

// Names each bad line of an import file (the first hundred) and refuses the whole file.
export function refuseBadLines(command: string, file: string, errors: { line: number; message: string }[]): never {
  for (const e of errors.slice(0, 100)) console.error(`${file}:${e.line}: ${e.message}`);
  if (errors.length > 100) console.error(`… và ${errors.length - 100} dòng lỗi khác`);
  throw new CliError(`${command}: ${errors.length} dòng lỗi; không nhập dòng nào của tệp`);
}
