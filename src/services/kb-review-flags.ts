// Why entries are flagged for review, for whoever reads them: the flag (when, the reason stored with
// it) and what the register says changed in the law they cite. One query for any number of entries,
// so a page of search results costs one query, not one per result.
import type { ReviewFlag, CitedLaw, LawChange } from "../model.js";
import { and, asc, eq, inArray, isNotNull, isNull, ne, or } from "drizzle-orm";
import { kbCitations, kbEntries, regulationArticles, regulations } from "../../db/schema.js";
import type { DB } from "../db.js";
import { lawChanges } from "../domain/law-changes.js";

// The flags of those of `entryIds` that are flagged; entries not flagged are absent.
export function reviewFlags(db: DB, entryIds: number[]): Map<number, ReviewFlag> {
  const out = new Map<number, ReviewFlag>();
  if (entryIds.length === 0) return out;
  const rows = db
    .select({
      entryId: kbEntries.id,
      flaggedAt: kbEntries.flaggedAt,
      reason: kbEntries.flagReason,
      regulationId: regulations.id,
      document: regulations.title,
      number: regulations.number,
      documentStatus: regulations.status,
      documentSince: regulations.statusSince,
      articleId: regulationArticles.id,
      article: regulationArticles.label,
      articleStatus: regulationArticles.status,
      articleSince: regulationArticles.statusSince,
    })
    .from(kbEntries)
    .leftJoin(kbCitations, eq(kbCitations.entryId, kbEntries.id))
    .leftJoin(regulations, eq(regulations.id, kbCitations.regulationId))
    .leftJoin(
      regulationArticles,
      or(
        eq(regulationArticles.id, kbCitations.articleId),
        // A citation of the whole document (no article named) relies on any of it, as flagging does.
        and(isNull(kbCitations.articleId), eq(kbCitations.article, ""), eq(regulationArticles.regulationId, kbCitations.regulationId), ne(regulationArticles.status, "in_force")),
      ),
    )
    .where(and(inArray(kbEntries.id, entryIds), isNotNull(kbEntries.flaggedAt)))
    .orderBy(asc(kbEntries.id), asc(kbCitations.id), asc(regulationArticles.position))
    .all();
  const cited = new Map<number, CitedLaw[]>();
  for (const r of rows) {
    if (!out.has(r.entryId)) out.set(r.entryId, { flaggedAt: r.flaggedAt!, reason: r.reason, changes: [] });
    if (r.regulationId === null) continue;
    const list = cited.get(r.entryId) ?? cited.set(r.entryId, []).get(r.entryId)!;
    list.push({ ...r, regulationId: r.regulationId, document: r.document!, documentStatus: r.documentStatus! });
  }
  for (const [entryId, list] of cited) out.get(entryId)!.changes = lawChanges(list);
  return out;
}

// A list of entries with their flags, read in one query for those flagged.
export function withReviewFlags<T extends { id: number; flaggedAt: Date | null }>(db: DB, entries: T[]): (T & { flag: ReviewFlag | null })[] {
  const flags = reviewFlags(db, entries.filter((e) => e.flaggedAt).map((e) => e.id));
  return entries.map((e) => ({ ...e, flag: flags.get(e.id) ?? null }));
}
