// The register as JSON Lines (regulations:import / regulations:export), one document a line:
// {"number","title","issuer","effective_date","status","aliases":[],"articles":[{"article","heading","text"}]}
// plus, when set, "status_since", "incomplete" and an article's own "status"/"status_since".
// Upsert by number (a placeholder without one: by its title, also when the line gives its number);
// one transaction for the whole file,
// with the same audit rows, flags and citation links as the register's pages.
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { z } from "zod";
import { kbCitations, regulationArticles, regulations, REGULATION_STATUSES } from "../../db/schema.js";
import type { DB, Tx } from "../db.js";
import { isCalendarDate, localDateOf } from "../domain/local-date.js";
import { articleLabel, citationKey } from "../domain/regulation-citations.js";
import { parseJsonlWith, type LineError } from "./jsonl.js";
import { linkCitations } from "./regulation-links.js";
import { applyArticleStatus, applyRegulationStatus, cleanAliases, insertRegulation, updateRegulationInTx, type RegulationInput } from "./regulations.js";
import * as search from "../search/index.js";

const day = z.string().refine(isCalendarDate, "cần một ngày dạng YYYY-MM-DD");
const text = (max: number) => z.string().trim().min(1).max(max);

const article = z.object({
  // Stored as "Điều 5" however the file writes it, so citations and re-imports meet it.
  article: text(50)
    .refine((s) => articleLabel(s) !== null, 'cần nhãn điều dạng "Điều 5"')
    .transform((s) => articleLabel(s)!),
  heading: z.string().trim().max(1000).default(""),
  text: z.string().trim().max(200_000).default(""),
  status: z.enum(REGULATION_STATUSES).default("in_force"),
  status_since: day.nullable().default(null),
});

const line = z
  .object({
    number: text(100).nullable(),
    title: text(500),
    issuer: z.string().trim().max(200).nullable().default(null),
    effective_date: day.nullable().default(null),
    status: z.enum(REGULATION_STATUSES).default("in_force"),
    status_since: day.nullable().default(null),
    incomplete: z.boolean().default(false),
    aliases: z.array(text(500)).default([]),
    articles: z.array(article).default([]),
  })
  .refine((l) => l.number !== null || l.incomplete, { path: ["number"], message: "bắt buộc, trừ khi văn bản được đánh dấu chưa đầy đủ (incomplete)" })
  .refine((l) => new Set(l.articles.map((a) => a.article)).size === l.articles.length, { path: ["articles"], message: "một điều xuất hiện hai lần" });

type RegulationLine = z.output<typeof line>;

// A number once per file; a placeholder without one, its title once.
const key = { name: "văn bản", of: (l: RegulationLine) => l.number ?? `(${citationKey(l.title)})` };

export function parseRegulationsJsonl(data: Buffer): { entries: RegulationLine[]; errors: LineError[] } {
  return parseJsonlWith(data, line, key);
}

// The line a stored document exports as: the same shape the reader returns, key for key, so that
// an unchanged line compares equal and export → import round-trips.
function lineOf(r: typeof regulations.$inferSelect, articles: (typeof regulationArticles.$inferSelect)[]): RegulationLine {
  return {
    number: r.number,
    title: r.title,
    issuer: r.issuer,
    effective_date: r.effectiveDate,
    status: r.status,
    status_since: r.statusSince,
    incomplete: r.incomplete,
    aliases: r.aliases,
    articles: articles.map((a) => ({ article: a.label, heading: a.heading, text: a.text, status: a.status, status_since: a.statusSince })),
  };
}

// Optional keys at their default are left out of the file.
function compact(l: RegulationLine): Record<string, unknown> {
  const { status_since, incomplete, articles, ...rest } = l;
  return {
    ...rest,
    ...(status_since ? { status_since } : {}),
    ...(incomplete ? { incomplete } : {}),
    articles: articles.map(({ status, status_since: since, ...a }) => ({ ...a, ...(status !== "in_force" ? { status } : {}), ...(since ? { status_since: since } : {}) })),
  };
}

function articlesOf(tx: Tx, regulationId: number) {
  return tx.select().from(regulationArticles).where(eq(regulationArticles.regulationId, regulationId)).orderBy(asc(regulationArticles.position)).all();
}

// The whole register in two queries, documents by title.
export function regulationsForExport(db: DB): Record<string, unknown>[] {
  const articles = new Map<number, (typeof regulationArticles.$inferSelect)[]>();
  for (const a of db.select().from(regulationArticles).orderBy(asc(regulationArticles.position)).all()) {
    (articles.get(a.regulationId) ?? articles.set(a.regulationId, []).get(a.regulationId)!).push(a);
  }
  return db
    .select()
    .from(regulations)
    .orderBy(asc(regulations.title), asc(regulations.id))
    .all()
    .map((r) => compact(lineOf(r, articles.get(r.id) ?? [])));
}

interface ImportResult {
  imported: number;
  unchanged: number;
  flagged: number;
  linked: number;
}

// All lines in one transaction; a line equal to what is stored is left alone (no audit row).
// `timeZone` dates a status given without its day (the import's own day).
export function importRegulations(db: DB, actorId: number | null, lines: RegulationLine[], now: Date, timeZone: string): ImportResult {
  return db.transaction((tx) => {
    const result = { imported: 0, unchanged: 0, flagged: 0, linked: 0 };
    const touched: number[] = [];
    const today = localDateOf(now, timeZone);
    for (const l of lines) {
      const before = findDocument(tx, l);
      const normal: RegulationLine = { ...l, issuer: l.issuer || null, aliases: cleanAliases(l.aliases) };
      if (before && JSON.stringify(lineOf(before, articlesOf(tx, before.id))) === JSON.stringify(normal)) {
        result.unchanged++;
        continue;
      }
      const input: RegulationInput = { number: l.number, title: l.title, issuer: l.issuer, effectiveDate: l.effective_date, aliases: l.aliases, incomplete: l.incomplete };
      const id = before ? before.id : insertRegulation(tx, actorId, input, now, "import");
      if (before) updateRegulationInTx(tx, actorId, before, input, now, "import");
      writeArticles(tx, id, l.articles);
      search.regulationChanged(tx, id);
      const doc = tx.select().from(regulations).where(eq(regulations.id, id)).get()!;
      result.flagged += applyRegulationStatus(tx, actorId, doc, { status: l.status, since: l.status_since ?? today }, now).length;
      for (const a of l.articles) {
        const row = tx.select().from(regulationArticles).where(and(eq(regulationArticles.regulationId, id), eq(regulationArticles.label, a.article))).get()!;
        result.flagged += applyArticleStatus(tx, actorId, doc, row, { status: a.status, since: a.status_since ?? today }, now).length;
      }
      touched.push(id);
      result.imported++;
    }
    result.linked = linkCitations(tx, touched);
    return result;
  });
}

// By number; else a placeholder without one that has the line's title, so that a line giving the
// number completes the placeholder instead of adding the document twice.
function findDocument(tx: Tx, l: RegulationLine) {
  const numbered = l.number ? tx.select().from(regulations).where(eq(regulations.number, l.number)).get() : undefined;
  if (numbered) return numbered;
  const key = citationKey(l.title);
  return tx
    .select()
    .from(regulations)
    .where(isNull(regulations.number))
    .all()
    .find((r) => citationKey(r.title) === key);
}

// The document's articles become the line's, in its order. Text and heading are replaced; an
// article's status is left to applyArticleStatus; an article no longer in the line is removed,
// and citations pointing at it are unlinked first (linkCitations looks at them again).
function writeArticles(tx: Tx, regulationId: number, articles: RegulationLine["articles"]): void {
  const existing = new Map(articlesOf(tx, regulationId).map((a) => [a.label, a]));
  articles.forEach((a, position) => {
    const old = existing.get(a.article);
    existing.delete(a.article);
    if (old) tx.update(regulationArticles).set({ heading: a.heading, text: a.text, position }).where(eq(regulationArticles.id, old.id)).run();
    else tx.insert(regulationArticles).values({ regulationId, label: a.article, heading: a.heading, text: a.text, position }).run();
  });
  const gone = [...existing.values()].map((a) => a.id);
  if (gone.length === 0) return;
  tx.update(kbCitations).set({ articleId: null }).where(inArray(kbCitations.articleId, gone)).run();
  search.articlesRemoved(tx, gone);
  tx.delete(regulationArticles).where(inArray(regulationArticles.id, gone)).run();
}
