// Word-level comparison of two versions of a text, for the knowledge base's version history.
// A longest-common-subsequence over words, whitespace and punctuation; the common start and end
// are trimmed first, so an edit in a long answer only pays for the part that changed.

export type DiffPart = { type: "same" | "add" | "del"; text: string };

// Beyond this many cells the table would cost too much memory: the changed middle is then shown
// as one deletion and one insertion, which is still a true (if coarse) comparison.
const MAX_CELLS = 4_000_000;

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
  if ((a.length + 1) * (b.length + 1) > MAX_CELLS) {
    return [
      { type: "del", text: a.join("") },
      { type: "add", text: b.join("") },
    ];
  }
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..], in one flat array.
  const w = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * w + j] = a[i] === b[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
    }
  }
  const out: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push(out, "same", a[i++]!);
      j++;
    } else if (lcs[(i + 1) * w + j]! >= lcs[i * w + j + 1]!) push(out, "del", a[i++]!);
    else push(out, "add", b[j++]!);
  }
  while (i < a.length) push(out, "del", a[i++]!);
  while (j < b.length) push(out, "add", b[j++]!);
  return out;
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

