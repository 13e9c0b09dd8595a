// Word-level comparison of two versions of a text, for the knowledge base's version history. The
// texts are cut here into words, whitespace and punctuation (a Vietnamese word keeps its marks,
// composed or decomposed); jsdiff (`diff`) finds the fewest changes between the two token lists.
// The common start and end are trimmed first, so an edit in a long answer only pays for the part
// that changed.
import { diffArrays } from "diff";

export type DiffPart = { type: "same" | "add" | "del"; text: string };

// jsdiff's Myers algorithm works in about (tokens × changes): past this budget (what the LCS table
// it replaced allowed in cells) the changed middle is shown as one deletion and one insertion, which
// is still a true (if coarse) comparison.
const MAX_WORK = 4_000_000;

const TOKEN = /\s+|[\p{L}\p{M}\p{N}_]+|[^\s\p{L}\p{M}\p{N}_]/gu;

export function diffWords(before: string, after: string): DiffPart[] {
  const a = before.match(TOKEN) ?? [];
  const b = after.match(TOKEN) ?? [];
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const parts: DiffPart[] = [];
  push(parts, "same", a.slice(0, start).join(""));
  for (const p of middle(a.slice(start, endA), b.slice(start, endB))) push(parts, p.type, p.text);
  push(parts, "same", a.slice(endA).join(""));
  return tidy(parts);
}

function middle(a: string[], b: string[]): DiffPart[] {
  const changes = diffArrays(a, b, { maxEditLength: Math.floor(MAX_WORK / (a.length + b.length + 1)) });
  if (!changes) {
    return [
      { type: "del", text: a.join("") },
      { type: "add", text: b.join("") },
    ];
  }
  return changes.map((c) => ({ type: c.added ? "add" : c.removed ? "del" : "same", text: c.value.join("") }));
}

function push(parts: DiffPart[], type: DiffPart["type"], text: string): void {
  if (!text) return;
  const last = parts.at(-1);
  if (last && last.type === type) last.text += text;
  else parts.push({ type, text });
}

// Readability: a lone space kept "same" between two changes splits one replaced phrase into
// confetti; fold it into the change, and within a change show what went before what came.
function tidy(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let del = "";
  let add = "";
  const flush = () => {
    push(out, "del", del);
    push(out, "add", add);
    del = add = "";
  };
  parts.forEach((p, k) => {
    const betweenChanges = p.type === "same" && /^\s+$/.test(p.text) && k > 0 && k < parts.length - 1;
    if (p.type === "del" || betweenChanges) del += p.text;
    if (p.type === "add" || betweenChanges) add += p.text;
    if (p.type === "same" && !betweenChanges) {
      flush();
      push(out, "same", p.text);
    }
  });
  flush();
  return out;
}

