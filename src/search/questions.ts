// Full-text search over past questions with the knowledge base's folding (src/domain/search-text.ts):
// the store indexes the folded title, body and every answer of each question by its id. Call
// questionChanged in the same transaction as a new question or a new answer.
import type { SimilarQuestion } from "../model.js";
import { and, asc, desc, eq, inArray, ne, sql, type SQL } from "drizzle-orm";
import { messages, questions } from "../../db/schema.js";
import type { DB, Tx } from "../db.js";
import { ftsTerm, parseQuery } from "../domain/search-query.js";
import { indexText, syllables } from "../domain/search-text.js";
import { store } from "./store.js";

export function questionChanged(tx: Tx, questionId: number): void {
  const q = tx.select({ title: questions.title, body: questions.body }).from(questions).where(eq(questions.id, questionId)).get();
  if (!q) {
    store.removeQuestion(tx, questionId);
    return;
  }
  const answers = tx
    .select({ body: messages.body })
    .from(messages)
    .where(and(eq(messages.questionId, questionId), eq(messages.kind, "answer")))
    .orderBy(asc(messages.createdAt), asc(messages.id))
    .all()
    .map((a) => a.body)
    .join("\n");
  store.putQuestion(tx, questionId, { title: indexText(q.title), body: indexText(q.body), answers: indexText(answers) });
}

// Databases with questions from before the index: index them all once, at start. Runs at every
// start, so it looks for one row of each, never counts.
export function backfillQuestionIndex(db: DB): void {
  const asked = db.get(sql`SELECT 1 FROM questions LIMIT 1`) !== undefined;
  if (store.holdsAny(db, "questions") || !asked) return;
  const ids = db.select({ id: questions.id }).from(questions).all();
  db.transaction((tx) => {
    for (const { id } of ids) questionChanged(tx, id);
  });
}

// What the list's search box asks for: every syllable typed (in any of the three fields), quoted
// phrases as written. null when the text holds no word at all (only symbols or operators).
export function questionMatch(text: string): string | null {
  const q = parseQuery(text);
  if (q.words.length === 0) return null;
  return [...new Set(q.words)].map((w) => ftsTerm([w])).concat(q.phrases.map((p) => ftsTerm(p))).join(" AND ");
}

// The questions whose text matches, as a condition on questions.id.
export function matchesText(match: string): SQL {
  return store.questionsMatching(match);
}

// The matches with their rank (lower is better; title above body above answers), to join on
// questions.id = text_rank.id.
export function textRank(match: string): SQL {
  return store.questionsRanked(match);
}

const SIMILAR_TERMS = 8;
// A syllable in this many other questions is common: it would select little and cost a long read.
const COMMON = 1000;

// In how many questions other than this one (whose title holds the syllable, and which is indexed).
const otherQuestionsWith = (db: DB, term: string) => Math.max(0, store.questionFrequency(db, term) - 1);

// Answered or closed questions that may already hold the answer. A whole question's words would all
// have to match, which finds nothing; the rarest syllables of its title, OR-ed and ranked by bm25
// (which weighs each by its rarity), say what it is about and keep the read short on a big desk.
export function similarAnsweredQuestions(db: DB, question: { id: number; title: string }, limit = 4): SimilarQuestion[] {
  const terms = [...new Set(syllables(question.title))]
    .map((term) => ({ term, n: otherQuestionsWith(db, term) }))
    .filter((t) => t.n > 0 && t.n < COMMON)
    .sort((a, b) => a.n - b.n)
    .slice(0, SIMILAR_TERMS);
  if (terms.length === 0) return [];
  const match = terms.map((t) => ftsTerm([t.term])).join(" OR ");
  const hits = db
    .select({ id: questions.id, title: questions.title })
    .from(questions)
    .innerJoin(textRank(match), sql`text_rank.id = ${questions.id}`)
    .where(and(ne(questions.id, question.id), inArray(questions.status, ["answered", "closed"])))
    .orderBy(sql`text_rank.rank`, desc(questions.id))
    .limit(limit)
    .all();
  if (hits.length === 0) return [];
  const latest = new Map<number, string>();
  for (const a of db
    .select({ questionId: messages.questionId, body: messages.body })
    .from(messages)
    .where(and(inArray(messages.questionId, hits.map((h) => h.id)), eq(messages.kind, "answer")))
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .all()) {
    if (!latest.has(a.questionId)) latest.set(a.questionId, a.body);
  }
  return hits.map((h) => ({ ...h, answer: latest.get(h.id) ?? "" }));
}
