// The JSONL exchange format of the knowledge base (kb:import / kb:export): one published entry a line.
import { z } from "zod";
import type { PublishedEntryInput } from "./kb-entries.js";

const line = z.object({
  ref: z.string().trim().min(1).max(100),
  title: z.string().trim().min(1).max(500),
  question: z.string().trim().min(1),
  answer: z.string().trim().min(1),
  category: z.string().trim().min(1).max(200),
  tags: z.array(z.string().trim().min(1).max(100)).default([]),
  citations: z
    .array(z.object({ document: z.string().trim().min(1).max(500), article: z.string().trim().max(200).default("") }))
    .default([]),
});

export interface LineError {
  line: number;
  message: string;
}

export type JsonlLine = { entry: PublishedEntryInput } | { error: LineError };

// The file's lines one at a time, as entries or as errors with their line number (1-based), so that
// an import can start on the first lines while the rest are read. Blank lines are skipped; a ref
// that appears twice in one file is an error, since "upsert by ref" would silently keep only the
// last.
export function* jsonlLines(data: Buffer): Generator<JsonlLine> {
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
      yield { error: { line: n, message: "not valid JSON" } };
      continue;
    }
    const parsed = line.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      yield { error: { line: n, message: `${issue.path.join(".") || "line"}: ${issue.message}` } };
      continue;
    }
    const first = seen.get(parsed.data.ref);
    if (first) {
      yield { error: { line: n, message: `ref "${parsed.data.ref}" already on line ${first}` } };
      continue;
    }
    seen.set(parsed.data.ref, n);
    yield { entry: parsed.data };
  }
}

// Every line: all entries, or every bad line with its number.
export function parseJsonl(data: Buffer): { entries: PublishedEntryInput[]; errors: LineError[] } {
  const entries: PublishedEntryInput[] = [];
  const errors: LineError[] = [];
  for (const l of jsonlLines(data)) {
    if ("error" in l) errors.push(l.error);
    else entries.push(l.entry);
  }
  return { entries, errors };
}

export function toJsonl(entries: PublishedEntryInput[]): string {
  return entries.map((e) => JSON.stringify(e)).join("\n") + (entries.length ? "\n" : "");
}
