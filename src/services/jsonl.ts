// JSON Lines exchange files (kb:import, regulations:import): one object a line, each checked against
// a schema, bad lines named by their number, a key that must not repeat within one file.
import type { z } from "zod";

export interface LineError {
  line: number;
  message: string;
}

export type JsonlLine<T> = { entry: T; line: number } | { error: LineError };

// The file's lines one at a time, as values or as errors with their line number (1-based), so that
// an import can start on the first lines while the rest are read. Blank lines are skipped; a key
// that appears twice in one file is an error, since "upsert by key" would silently keep only the
// last. keyOf returns null for a line with no key to check.
export function* jsonlLines<S extends z.ZodType>(
  data: Buffer,
  schema: S,
  key: { name: string; of: (value: z.output<S>) => string | null },
): Generator<JsonlLine<z.output<S>>> {
  const seen = new Map<string, number>();
  let n = 0;
  for (let start = 0; start < data.length; ) {
    const newline = data.indexOf(10, start);
    const end = newline === -1 ? data.length : newline;
    const raw = data.toString("utf8", start, end);
    start = end + 1;
    n++;
    if (!raw.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      yield { error: { line: n, message: "không phải JSON hợp lệ" } };
      continue;
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      yield { error: { line: n, message: `${issue.path.join(".") || "dòng"}: ${issue.message}` } };
      continue;
    }
    const k = key.of(parsed.data);
    const first = k === null ? undefined : seen.get(k);
    if (first) {
      yield { error: { line: n, message: `${key.name} "${k}" đã có ở dòng ${first}` } };
      continue;
    }
    if (k !== null) seen.set(k, n);
    yield { entry: parsed.data, line: n };
  }
}

// Every line: all values, or every bad line with its number.
export function parseJsonlWith<S extends z.ZodType>(data: Buffer, schema: S, key: { name: string; of: (value: z.output<S>) => string | null }) {
  const entries: z.output<S>[] = [];
  const errors: LineError[] = [];
  for (const l of jsonlLines(data, schema, key)) {
    if ("error" in l) errors.push(l.error);
    else entries.push(l.entry);
  }
  return { entries, errors };
}

export function toJsonl(values: unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join("\n") + (values.length ? "\n" : "");
}
