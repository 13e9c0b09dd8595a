// The search's store on SQLite (../store.ts): contentless FTS5 tables over folded text, rowid = the
// document's id, and fts5vocab tables for document frequencies (migrations 0003, 0005, 0009, 0011,
// 0013). contentless_delete lets a row be replaced or removed by rowid.
import { sql, type SQL } from "drizzle-orm";
import { questions } from "../../../db/schema.js";
import { preparedOnce, type DB, type Tx } from "../../db.js";
import type { EntryBatchWriter, Found, SearchStore } from "../store.js";

// Each text index's two tables with their bm25 column weights, and what counts as a document.
const TEXT_INDEXES = {
  kb: {
    syllables: { table: "kb_fts", weights: "8.0, 6.0, 3.0, 1.0, 2.0" },
    pairs: { table: "kb_pairs", weights: "4.0, 1.0" },
    documents: sql`SELECT count(*) AS n FROM kb_entries WHERE status = 'published'`,
  },
  law: {
    syllables: { table: "law_fts", weights: "4.0, 1.0" },
    pairs: { table: "law_pairs", weights: "4.0, 1.0" },
    documents: sql`SELECT count(*) AS n FROM regulation_articles`,
  },
} as const;

// Title above body above answers: a question whose title says X comes before one that mentions X.
const QUESTION_RANK = sql.raw("bm25(questions_fts, 8.0, 3.0, 1.0)");

const questionsWith = preparedOnce((db) => db.$client.prepare<[string], number>("SELECT doc FROM questions_fts_vocab WHERE term = ?").pluck());

const any = (db: DB, table: string) => db.get(sql`SELECT 1 FROM ${sql.identifier(table)} LIMIT 1`) !== undefined;

export const sqliteStore: SearchStore = {
  putEntry(tx, id, { syllables, pairs }) {
    sqliteStore.removeEntry(tx, id);
    const [title, tags, question, answer, citations] = syllables;
    tx.run(sql`INSERT INTO kb_fts (rowid, title, tags, question, answer, citations)
               VALUES (${id}, ${title}, ${tags}, ${question}, ${answer}, ${citations})`);
    tx.run(sql`INSERT INTO kb_pairs (rowid, head, body) VALUES (${id}, ${pairs[0]}, ${pairs[1]})`);
  },

  removeEntry(tx, id) {
    tx.run(sql`DELETE FROM kb_fts WHERE rowid = ${id}`);
    tx.run(sql`DELETE FROM kb_pairs WHERE rowid = ${id}`);
  },

  // Prepared once per batch: a 100k import writes 200k index rows.
  entryBatch(db): EntryBatchWriter {
    const c = db.$client;
    const st = {
      unindex: c.prepare("DELETE FROM kb_fts WHERE rowid = ?"),
      index: c.prepare("INSERT INTO kb_fts (rowid, title, tags, question, answer, citations) VALUES (?, ?, ?, ?, ?, ?)"),
      unpair: c.prepare("DELETE FROM kb_pairs WHERE rowid = ?"),
      pair: c.prepare("INSERT INTO kb_pairs (rowid, head, body) VALUES (?, ?, ?)"),
    };
    return {
      syllables(id, replaced, row) {
        if (replaced) st.unindex.run(id);
        st.index.run(id, ...row);
      },
      pairs(id, replaced, row) {
        if (replaced) st.unpair.run(id);
        st.pair.run(id, ...row);
      },
    };
  },

  putArticle(tx, id, { syllables, pairs }) {
    sqliteStore.removeArticle(tx, id);
    tx.run(sql`INSERT INTO law_fts (rowid, head, body) VALUES (${id}, ${syllables[0]}, ${syllables[1]})`);
    tx.run(sql`INSERT INTO law_pairs (rowid, head, body) VALUES (${id}, ${pairs[0]}, ${pairs[1]})`);
  },

  removeArticle(tx, id) {
    tx.run(sql`DELETE FROM law_fts WHERE rowid = ${id}`);
    tx.run(sql`DELETE FROM law_pairs WHERE rowid = ${id}`);
  },

  putQuestion(tx, id, { title, body, answers }) {
    sqliteStore.removeQuestion(tx, id);
    tx.run(sql`INSERT INTO questions_fts (rowid, title, body, answers) VALUES (${id}, ${title}, ${body}, ${answers})`);
  },

  removeQuestion(tx, id) {
    tx.run(sql`DELETE FROM questions_fts WHERE rowid = ${id}`);
  },

  // Runs at every start: looks for one term or row, never counts a 100k-entry index.
  holdsAny(db, index) {
    return any(db, index === "questions" ? "questions_fts" : `${TEXT_INDEXES[index].pairs.table}_vocab`);
  },

  documentCount(db, index) {
    return db.get<{ n: number }>(TEXT_INDEXES[index].documents)!.n;
  },

  documentFrequency(db, index, term) {
    const vocab = sql.identifier(`${term.includes("_") ? TEXT_INDEXES[index].pairs.table : TEXT_INDEXES[index].syllables.table}_vocab`);
    return db.get<{ doc: number }>(sql`SELECT doc FROM ${vocab} WHERE term = ${term}`)?.doc ?? 0;
  },

  within(ids) {
    return sql.join(
      ids.map((subquery) => sql`AND rowid IN (${subquery})`),
      sql` `,
    );
  },

  candidates(db, index, field, match, within, limit) {
    const { table, weights } = TEXT_INDEXES[index][field];
    const t = sql.identifier(table);
    return db.all<Found>(
      sql`SELECT rowid AS id, bm25(${t}, ${sql.raw(weights)}) AS rank FROM ${t}
          WHERE ${t} MATCH ${match} ${within} ORDER BY rank LIMIT ${limit}`,
    );
  },

  questionFrequency(db, term) {
    return questionsWith(db).get(term) ?? 0;
  },

  questionsMatching(match) {
    return sql`${questions.id} IN (SELECT rowid FROM questions_fts WHERE questions_fts MATCH ${match})`;
  },

  questionsRanked(match) {
    return sql`(SELECT rowid AS id, ${QUESTION_RANK} AS rank FROM questions_fts WHERE questions_fts MATCH ${match}) AS text_rank`;
  },
};
