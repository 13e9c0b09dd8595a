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

// Parses every line; returns all entries or every bad line with its number (1-based). Blank lines
// are skipped; a ref that appears twice in one file is an error, since "upsert by ref" would
// silently keep only the last.
export function parseJsonl(text: string): { entries: PublishedEntryInput[]; errors: LineError[] } {
  const entries: PublishedEntryInput[] = [];
  const errors: LineError[] = [];
  const seen = new Map<string, number>();
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const n = i + 1;
    if (!raw.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      errors.push({ line: n, message: "not valid JSON" });
      return;
    }
    const parsed = line.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      errors.push({ line: n, message: `${issue.path.join(".") || "line"}: ${issue.message}` });
      return;
    }
    const first = seen.get(parsed.data.ref);
    if (first) {
      errors.push({ line: n, message: `ref "${parsed.data.ref}" already on line ${first}` });
      return;
    }
    seen.set(parsed.data.ref, n);
    entries.push(parsed.data);
  });
  return { entries, errors };
}

export function toJsonl(entries: PublishedEntryInput[]): string {
  return entries.map((e) => JSON.stringify(e)).join("\n") + (entries.length ? "\n" : "");
}
