// The personal-data guard against the text kb:import really receives: real law articles (the search
// evaluation set, which acceptance imports with kb:import, and the register's seed articles) and the
// generated bench corpus. One finding there refuses the whole import, so the count must be zero.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../../src/cli/bench-corpus.js";
import { LEGAL_SET_DIR } from "../../../src/cli/legal-eval.js";
import { findPersonalData, findPersonalDataInEntry, maskPersonalData } from "../../../src/domain/pii.js";

const root = join(import.meta.dirname, "../../..");
// The project's copy of the evaluation set, and the shared one acceptance reads beside the repository.
const LEGAL_CORPORA = [
  ["test/quality/legal-retrieval", join(LEGAL_SET_DIR, "corpus.jsonl")],
  ["../shared/eval/legal-retrieval", join(root, "../shared/eval/legal-retrieval/corpus.jsonl")],
];

const readJsonl = (file: string) =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));

// "line 12 answer phone 0912 *** ***": enough to see which rule misfired without printing whole articles.
const described = (line: number, findings: ReturnType<typeof findPersonalDataInEntry>) =>
  findings.map((f) => `dòng ${line} ${f.field} ${f.kind} ${maskPersonalData(f)}`);

describe.each(LEGAL_CORPORA)("law articles in %s", (_, file) => {
  it.skipIf(!existsSync(file))("hold no personal data on any line", () => {
    const entries = readJsonl(file);
    expect(entries.length).toBeGreaterThan(2000);
    expect(entries.flatMap((e, i) => described(i + 1, findPersonalDataInEntry(e)))).toEqual([]);
  });
});

it("the register's seed articles hold no personal data", () => {
  const documents = readJsonl(join(root, "db/seed/regulations.jsonl"));
  const texts = documents.flatMap((d) => [d.title, ...d.articles.flatMap((a: { heading: string; text: string }) => [a.heading, a.text])]);
  expect(texts.length).toBeGreaterThan(50);
  expect(texts.flatMap((t) => findPersonalData(t).map((f) => `${f.kind} ${maskPersonalData(f)}`))).toEqual([]);
});

it("a sample of the generated bench corpus holds no personal data", () => {
  const { entries } = generateCorpus(5000, 10);
  expect(entries.flatMap((e, i) => described(i + 1, findPersonalDataInEntry(e)))).toEqual([]);
});
