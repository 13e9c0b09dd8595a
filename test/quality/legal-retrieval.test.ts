// The floor under knowledge-base search on real questions: 2,249 articles of public
// Vietnamese laws imported as entries, and 243 real legal questions that nobody here wrote, each
// knowing the article that answers it (test/quality/legal-retrieval/README.md). Asked as written and
// without diacritics; the article must be in the top 5 for ≥ 95 % of them, with MRR ≥ 0.90, as the
// design's budget asks. Acceptance uses held-out questions of the same kind: a change tuned to pass
// here must also hold on half of the set it was not tuned on (`HALF=0|1 npm run eval:legal`).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stripDiacritics } from "../../src/domain/diacritics.js";
import { legalCorpusDatabase, loadLegalQuestions, scoreLegal } from "../../src/cli/legal-eval.js";

const RECALL_AT_5 = 0.95;
const MRR = 0.9;

let corpus: ReturnType<typeof legalCorpusDatabase>;
beforeAll(() => {
  corpus = legalCorpusDatabase();
}, 60_000);
afterAll(() => corpus.close());

describe("real legal questions find the article that answers them", () => {
  const questions = loadLegalQuestions();

  it("uses the whole dev set: every question's answer is in the corpus", () => {
    expect(questions.length).toBe(243);
    const refs = new Set(corpus.db.$client.prepare<[], string>("SELECT ref FROM kb_entries WHERE status = 'published'").pluck().all());
    expect(refs.size).toBe(2249);
    for (const q of questions) expect(q.relevant.some((r) => refs.has(r)), q.id).toBe(true);
  });

  for (const [form, make] of [
    ["as written", (q: string) => q],
    ["without diacritics", stripDiacritics],
  ] as const) {
    it(`${form}: recall@5 ≥ ${RECALL_AT_5} and MRR ≥ ${MRR}`, () => {
      const s = scoreLegal(corpus.db, questions, make);
      console.log(`legal dev set, ${form}: recall@5 ${s.recallAt5.toFixed(3)}, MRR ${s.mrr.toFixed(3)} (${s.questions} questions)`);
      expect(s.recallAt5).toBeGreaterThanOrEqual(RECALL_AT_5);
      expect(s.mrr).toBeGreaterThanOrEqual(MRR);
    }, 120_000);
  }
});
