// Citations point at the register: this module owns kb_citations.regulation_id and article_id. A
// citation keeps the text as typed; what it resolves to (src/domain/regulation-citations.ts) is
// linked when it is saved, and again whenever the register changes so that citations nothing
// matched before find their document.
import { and, asc, eq, inArray, isNull, ne, or, sql } from "drizzle-orm";
import { kbCitations, kbEntries, regulationArticles, regulations } from "../../db/schema.js";
import type { DB, Tx } from "../db.js";
import { buildResolver, type RegisterDocument, type Resolution, type Resolver } from "../domain/regulation-citations.js";

// The whole register as the resolver reads it: two queries, whatever its size.
export function loadRegister(tx: Tx): RegisterDocument[] {
  const docs = tx.select({ id: regulations.id, number: regulations.number, title: regulations.title, aliases: regulations.aliases }).from(regulations).all();
  const articles = new Map<number, { id: number; label: string }[]>();
  for (const a of tx.select({ id: regulationArticles.id, label: regulationArticles.label, regulationId: regulationArticles.regulationId }).from(regulationArticles).all()) {
    (articles.get(a.regulationId) ?? articles.set(a.regulationId, []).get(a.regulationId)!).push({ id: a.id, label: a.label });
  }
  return docs.map((d) => ({ ...d, articles: articles.get(d.id) ?? [] }));
}

export function citationResolver(tx: Tx): Resolver {
  return buildResolver(loadRegister(tx));
}

// Citations that may link differently now: unresolved ones, ones whose article was not found in a
// document that has articles, and every citation of the documents just changed (`touched`). Each
// distinct text is resolved once and its rows updated together, so linking stays a few queries
// when nothing is unresolved. Returns how many citation rows changed.
export function linkCitations(tx: Tx, touched: number[] = []): number {
  if (!tx.select({ id: regulations.id }).from(regulations).limit(1).get()) return 0; // nothing to point at
  const withArticles = tx.selectDistinct({ id: regulationArticles.regulationId }).from(regulationArticles);
  const candidates = tx
    .select({ document: kbCitations.document, article: kbCitations.article, regulationId: kbCitations.regulationId, articleId: kbCitations.articleId })
    .from(kbCitations)
    .where(
      or(
        isNull(kbCitations.regulationId),
        and(isNull(kbCitations.articleId), ne(kbCitations.article, ""), inArray(kbCitations.regulationId, withArticles)),
        touched.length ? inArray(kbCitations.regulationId, touched) : undefined,
      ),
    )
    .groupBy(kbCitations.document, kbCitations.article, kbCitations.regulationId, kbCitations.articleId)
    .all();
  if (candidates.length === 0) return 0;
  const resolver = citationResolver(tx);
  let changed = 0;
  for (const c of candidates) {
    const r = resolver.resolve(c.document, c.article);
    if (r.regulationId === c.regulationId && r.articleId === c.articleId) continue;
    changed += tx
      .update(kbCitations)
      .set({ regulationId: r.regulationId, articleId: r.articleId })
      .where(
        and(
          eq(kbCitations.document, c.document),
          eq(kbCitations.article, c.article),
          c.regulationId === null ? isNull(kbCitations.regulationId) : eq(kbCitations.regulationId, c.regulationId),
          c.articleId === null ? isNull(kbCitations.articleId) : eq(kbCitations.articleId, c.articleId),
        ),
      )
      .run().changes;
  }
  return changed;
}

// At start, after migrations: citations written before the register could be followed.
export function linkCitationsAtStart(db: DB): number {
  return db.transaction((tx) => linkCitations(tx));
}

export interface UnresolvedCitation {
  entryId: number;
  ref: string;
  title: string;
  status: string;
  document: string;
  article: string;
  problem: Exclude<Resolution["problem"], null>;
}

// For the advisory board: citations of live entries that point at nothing (or at an article the
// register's copy of the document lacks), each with what is wrong.
export function unresolvedCitations(db: DB): UnresolvedCitation[] {
  const withArticles = db.selectDistinct({ id: regulationArticles.regulationId }).from(regulationArticles);
  const rows = db
    .select({ entryId: kbEntries.id, ref: kbEntries.ref, title: kbEntries.title, status: kbEntries.status, document: kbCitations.document, article: kbCitations.article })
    .from(kbCitations)
    .innerJoin(kbEntries, eq(kbEntries.id, kbCitations.entryId))
    .where(
      and(
        ne(kbEntries.status, "retired"),
        or(isNull(kbCitations.regulationId), and(isNull(kbCitations.articleId), ne(kbCitations.article, ""), inArray(kbCitations.regulationId, withArticles))),
      ),
    )
    .orderBy(asc(kbEntries.ref), asc(kbCitations.id))
    .all();
  if (rows.length === 0) return [];
  const resolver = citationResolver(db);
  return rows.flatMap((r) => {
    const { problem } = resolver.resolve(r.document, r.article);
    return problem ? [{ ...r, problem }] : [];
  });
}

// Published entries citing a document (or one article of it), for the register's pages.
export function citingEntries(db: DB, target: { regulationId: number; articleId?: number }) {
  return db
    .selectDistinct({ id: kbEntries.id, ref: kbEntries.ref, title: kbEntries.title, flaggedAt: kbEntries.flaggedAt })
    .from(kbCitations)
    .innerJoin(kbEntries, eq(kbEntries.id, kbCitations.entryId))
    .where(
      and(
        eq(kbEntries.status, "published"),
        eq(kbCitations.regulationId, target.regulationId),
        target.articleId === undefined ? sql`1` : eq(kbCitations.articleId, target.articleId),
      ),
    )
    .orderBy(asc(kbEntries.ref))
    .all();
}

// An entry's citations as typed, in order, with what each points at (for links to the register).
export function linkedCitationsOf(db: DB, entryId: number) {
  return db
    .select({ document: kbCitations.document, article: kbCitations.article, regulationId: kbCitations.regulationId, articleId: kbCitations.articleId })
    .from(kbCitations)
    .where(eq(kbCitations.entryId, entryId))
    .orderBy(asc(kbCitations.id))
    .all();
}
