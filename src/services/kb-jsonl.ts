// The JSONL exchange format of the knowledge base (kb:import / kb:export): one published entry a line.
import { z } from "zod";
import type { PublishedEntryInput } from "./kb-entries.js";
import * as jsonl from "./jsonl.js";

export type { LineError } from "./jsonl.js";
export { toJsonl } from "./jsonl.js";

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

const byRef = { name: "ref", of: (e: PublishedEntryInput) => e.ref };

export type JsonlLine = jsonl.JsonlLine<PublishedEntryInput>;

// The file's entries one at a time (see jsonl.ts); a ref twice in one file is an error.
export function jsonlLines(data: Buffer): Generator<JsonlLine> {
  return jsonl.jsonlLines(data, line, byRef);
}

// Every line: all entries, or every bad line with its number.
export function parseJsonl(data: Buffer): { entries: PublishedEntryInput[]; errors: jsonl.LineError[] } {
  return jsonl.parseJsonlWith(data, line, byRef);
}
