// Citations point at the register: this module owns kb_citations.regulation_id and article_id. A
// citation keeps the text as typed; what it resolves to (src/domain/regulation-citations.ts) is
// linked when it is saved, and again whenever the register changes so that citations nothing
// matched before find their document.
import { and, asc, count, eq, inArray, isNull, ne, or, sql } from "drizzle-orm";
import { kbCitations, kbEntries, regulationArticles, regulations } from "../../db/schema.js";
import type { DB, Tx } from "../db.js";
import { buildResolver, type RegisterDocument, type Resolution, type Resolver } from "../domain/regulation-citations.js";

// The whole register as the resolver reads it: two queries, whatever its size.
function loadRegister(tx: Tx): RegisterDocument[] {
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
// distinct text is resolved once; rows that change are updated by id, a few hundred at a time (for
// 100k citations: one pass, ~0.6 s; a start that changes nothing reads only the distinct texts,
// ~60 ms with 60k unresolved, ~1 ms with none). Returns how many citation rows changed.
export function linkCitations(tx: Tx, touched: number[] = []): number {
  if (!tx.select({ id: regulations.id }).from(regulations).limit(1).get()) return 0; // nothing to point at
  const withArticles = tx.selectDistinct({ id: regulationArticles.regulationId }).from(regulationArticles);
  const where = or(
    isNull(kbCitations.regulationId),
    and(isNull(kbCitations.articleId), ne(kbCitations.article, ""), inArray(kbCitations.regulationId, withArticles)),
    touched.length ? inArray(kbCitations.regulationId, touched) : undefined,
  );
  const link = { document: kbCitations.document, article: kbCitations.article, regulationId: kbCitations.regulationId, articleId: kbCitations.articleId };
  const resolver = citationResolver(tx);
  const resolved = new Map<string, Resolution>();
  const resolve = (c: { document: string; article: string }) => {
    const text = `${c.document}\u0000${c.article}`;
    let r = resolved.get(text);
    if (!r) resolved.set(text, (r = resolver.resolve(c.document, c.article)));
    return r;
  };
  const moved = (c: { document: string; article: string; regulationId: number | null; articleId: number | null }) => {
    const r = resolve(c);
    return r.regulationId !== c.regulationId || r.articleId !== c.articleId;
  };
  // Distinct texts first: citations nothing in the register matches stay that way at every start,
  // and reading each of their rows again would be most of the cost.
  if (!tx.select(link).from(kbCitations).where(where).groupBy(kbCitations.document, kbCitations.article, kbCitations.regulationId, kbCitations.articleId).all().some(moved)) return 0;
  const moves = new Map<string, { regulationId: number | null; articleId: number | null; ids: number[] }>();
  for (const c of tx.select({ id: kbCitations.id, ...link }).from(kbCitations).where(where).all()) {
    if (!moved(c)) continue;
    const r = resolve(c);
    const target = `${r.regulationId}:${r.articleId}`;
    const move = moves.get(target) ?? moves.set(target, { regulationId: r.regulationId, articleId: r.articleId, ids: [] }).get(target)!;
    move.ids.push(c.id);
  }
  let changed = 0;
  for (const { regulationId, articleId, ids } of moves.values()) {
    for (let i = 0; i < ids.length; i += 500) {
      changed += tx.update(kbCitations).set({ regulationId, articleId }).where(inArray(kbCitations.id, ids.slice(i, i + 500))).run().changes;
    }
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
// register's copy of the document lacks), each with what is wrong; the first `limit` of them and
// how many there are.
export function unresolvedCitations(db: DB, limit = 500): { items: UnresolvedCitation[]; total: number } {
  const withArticles = db.selectDistinct({ id: regulationArticles.regulationId }).from(regulationArticles);
  const where = and(
    ne(kbEntries.status, "retired"),
    or(isNull(kbCitations.regulationId), and(isNull(kbCitations.articleId), ne(kbCitations.article, ""), inArray(kbCitations.regulationId, withArticles))),
  );
  const total = db.select({ n: count() }).from(kbCitations).innerJoin(kbEntries, eq(kbEntries.id, kbCitations.entryId)).where(where).get()!.n;
  if (total === 0) return { items: [], total };
  const rows = db
    .select({ entryId: kbEntries.id, ref: kbEntries.ref, title: kbEntries.title, status: kbEntries.status, document: kbCitations.document, article: kbCitations.article })
    .from(kbCitations)
    .innerJoin(kbEntries, eq(kbEntries.id, kbCitations.entryId))
    .where(where)
    .orderBy(asc(kbEntries.ref), asc(kbCitations.id))
    .limit(limit)
    .all();
  const resolver = citationResolver(db);
  const items = rows.flatMap((r) => {
    const { problem } = resolver.resolve(r.document, r.article);
    return problem ? [{ ...r, problem }] : [];
  });
  return { items, total };
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
