// Knowledge-base search judged on real questions: 2,249 articles of public Vietnamese laws
// imported as entries, and real legal questions (true/false statements, multiple-choice stems, short
// essays) each knowing the article that answers it. Scored as the acceptance check scores it:
// recall@5 (a relevant ref among the first five) and MRR over the first ten, once as written and
// once without diacritics. Used by `npm run bench`, the dev-set floor in test/quality and
// `npm run eval:legal` (which also prints the misses, and can score half of the questions only,
// to see whether a change tuned on one half generalises to the other).
import { mkdtempSync, readFileSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase, type DB } from "../db.js";
import { upsertPublishedEntries } from "../services/kb-entries.js";
import { parseJsonl } from "../services/kb-jsonl.js";
import { searchKb } from "../search/index.js";
import { stripDiacritics } from "../domain/diacritics.js";
import { ensureReferenceData } from "../services/reference-data.js";

export const LEGAL_SET_DIR = join(import.meta.dirname, "../../test/quality/legal-retrieval");

interface LegalQuestion {
  id: string;
  type: string; // "Đúng/Sai" | "Trắc nghiệm" | "Tự luận"
  q: string;
  relevant: string[]; // refs "law@article"
}

interface LegalScore {
  questions: number;
  recallAt5: number;
  mrr: number;
  ranks: number[]; // per question: 0-based rank of the first relevant result, -1 when not in the top 50
}

export function loadLegalQuestions(file = join(LEGAL_SET_DIR, "dev-questions.json")): LegalQuestion[] {
  return JSON.parse(readFileSync(file, "utf8")) as LegalQuestion[];
}

// A temporary database holding the law articles as published entries, through the import's own
// writer. `close` removes it.
export function legalCorpusDatabase(file = join(LEGAL_SET_DIR, "corpus.jsonl")): { db: DB; close(): void } {
  const dir = mkdtempSync(join(tmpdir(), "hotline-legal-"));
  const db = openDatabase(join(dir, "legal.sqlite"));
  ensureReferenceData(db, new Date());
  const { entries, errors } = parseJsonl(readFileSync(file));
  if (errors.length) throw new Error(`legal corpus: line ${errors[0]!.line}: ${errors[0]!.message}`);
  upsertPublishedEntries(db, null, entries, new Date());
  return {
    db,
    close() {
      db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// Ranks are read past the tenth so that the misses can say how far off they were.
const RANKS_READ = 50;

export function scoreLegal(db: DB, questions: LegalQuestion[], form: (q: string) => string = (q) => q): LegalScore {
  const ranks = questions.map((question) => {
    const { results } = searchKb(db, { q: form(question.q), limit: RANKS_READ });
    return results.findIndex((r) => question.relevant.includes(r.ref));
  });
  const n = Math.max(1, questions.length);
  return {
    questions: questions.length,
    recallAt5: ranks.filter((k) => k >= 0 && k < 5).length / n,
    mrr: ranks.reduce((sum, k) => sum + (k >= 0 && k < 10 ? 1 / (k + 1) : 0), 0) / n,
    ranks,
  };
}

// Two halves of the questions, fixed by id, for tuning on one and checking on the other.
export function half(questions: LegalQuestion[], which: 0 | 1): LegalQuestion[] {
  const h = (s: string) => [...s].reduce((a, ch) => (a * 31 + ch.charCodeAt(0)) >>> 0, 7);
  return questions.filter((q) => h(q.id) % 2 === which);
}

if (process.argv[1] && import.meta.filename === realpathSync(process.argv[1])) {
  const which = process.env.HALF === "0" ? 0 : process.env.HALF === "1" ? 1 : undefined;
  const all = loadLegalQuestions();
  const questions = which === undefined ? all : half(all, which);
  const { db, close } = legalCorpusDatabase();
  try {
    for (const [name, form] of [["as written", (q: string) => q], ["without diacritics", stripDiacritics]] as const) {
      const t0 = performance.now();
      const s = scoreLegal(db, questions, form);
      const ms = (performance.now() - t0) / questions.length;
      console.log(`${name.padEnd(20)} recall@5 ${s.recallAt5.toFixed(3)}  MRR ${s.mrr.toFixed(3)}  (${s.questions} questions, ${ms.toFixed(1)} ms each)`);
      if (process.env.MISSES) {
        s.ranks.forEach((k, i) => {
          if (k < 0 || k >= 5) console.log(`  ${k < 0 ? "--" : k + 1} ${questions[i]!.relevant.join(",")} ← ${questions[i]!.q.slice(0, 140)}`);
        });
      }
    }
  } finally {
    close();
  }
}
