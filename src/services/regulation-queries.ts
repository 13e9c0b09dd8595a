// Reading the register: the list, one document with its articles, one article with the entries
// citing it. Everyone who may read the knowledge base may read these.
import type { RegulationSummary } from "../model.js";
import { and, asc, count, eq, sql } from "drizzle-orm";
import { regulationArticles, regulations } from "../../db/schema.js";
import type { DB } from "../db.js";
import { NotFound } from "../domain/errors.js";
import { citingEntries } from "./regulation-links.js";

// Placeholders first (they need completing), then by title.
export function listRegulations(db: DB): RegulationSummary[] {
  const counts = new Map(
    db
      .select({ id: regulationArticles.regulationId, n: count() })
      .from(regulationArticles)
      .groupBy(regulationArticles.regulationId)
      .all()
      .map((r) => [r.id, r.n]),
  );
  return db
    .select()
    .from(regulations)
    .orderBy(sql`${regulations.incomplete} DESC`, asc(regulations.title))
    .all()
    .map((r) => ({ ...r, articleCount: counts.get(r.id) ?? 0 }));
}

export function regulationWithArticles(db: DB, id: number) {
  const regulation = db.select().from(regulations).where(eq(regulations.id, id)).get();
  if (!regulation) throw new NotFound("regulation");
  const articles = db.select().from(regulationArticles).where(eq(regulationArticles.regulationId, id)).orderBy(asc(regulationArticles.position)).all();
  return { regulation, articles, citing: citingEntries(db, { regulationId: id }) };
}

export function articleWithCiting(db: DB, regulationId: number, articleId: number) {
  const regulation = db.select().from(regulations).where(eq(regulations.id, regulationId)).get();
  const article = db
    .select()
    .from(regulationArticles)
    .where(and(eq(regulationArticles.id, articleId), eq(regulationArticles.regulationId, regulationId)))
    .get();
  if (!regulation || !article) throw new NotFound("regulation_article");
  return { regulation, article, citing: citingEntries(db, { regulationId, articleId }) };
}

// What the entry editor suggests while a citation is typed: each document's number and title.
export function regulationNames(db: DB): string[] {
  const names = db.select({ number: regulations.number, title: regulations.title }).from(regulations).orderBy(asc(regulations.title)).all();
  return [...new Set(names.flatMap((r) => (r.number ? [r.title, r.number] : [r.title])))];
}
