// What an answer cites of the law: the links to register articles (and documents) that the citation
// picker writes into it ("Căn cứ: [Điều 20 Luật Cư trú](/regulations/3/articles/41)"). When one of
// them has since been amended or replaced, whoever reads the answer is told which and since when.
// Read from the text on every view, so it is never out of step with the answer or the register.
import { inArray } from "drizzle-orm";
import { regulationArticles, regulations } from "../../db/schema.js";
import type { DB } from "../db.js";

const ARTICLE_LINK = /\/regulations\/(\d{1,9})\/articles\/(\d{1,9})/g;
const DOCUMENT_LINK = /\/regulations\/(\d{1,9})(?![\d/])/g;

interface ChangedCitation {
  regulationId: number;
  articleId: number | null;
  label: string | null; // "Điều 20", null for the whole document
  documentTitle: string;
  documentNumber: string | null;
  status: "amended" | "replaced";
  since: string | null; // YYYY-MM-DD
}

export function changedCitations(db: DB, texts: string[]): ChangedCitation[] {
  const articleIds = new Set<number>();
  const documentIds = new Set<number>();
  for (const text of texts) {
    for (const m of text.matchAll(ARTICLE_LINK)) articleIds.add(Number(m[2]));
    for (const m of text.matchAll(DOCUMENT_LINK)) documentIds.add(Number(m[1]));
  }
  if (articleIds.size === 0 && documentIds.size === 0) return [];
  const articles = articleIds.size ? db.select().from(regulationArticles).where(inArray(regulationArticles.id, [...articleIds])).all() : [];
  for (const a of articles) documentIds.add(a.regulationId);
  const documents = new Map(db.select().from(regulations).where(inArray(regulations.id, [...documentIds])).all().map((r) => [r.id, r]));
  const out: ChangedCitation[] = [];
  const reported = new Set<number>();
  for (const a of articles) {
    const d = documents.get(a.regulationId)!;
    // A changed document speaks for all its articles; otherwise the article's own change.
    const [status, since] = d.status !== "in_force" ? [d.status, d.statusSince] : [a.status, a.statusSince];
    if (status === "in_force") continue;
    if (d.status !== "in_force") reported.add(d.id);
    out.push({ regulationId: d.id, articleId: a.id, label: a.label, documentTitle: d.title, documentNumber: d.number, status, since });
  }
  for (const d of documents.values()) {
    if (d.status === "in_force" || reported.has(d.id) || !texts.some((t) => new RegExp(`/regulations/${d.id}(?![\\d/])`).test(t))) continue;
    out.push({ regulationId: d.id, articleId: null, label: null, documentTitle: d.title, documentNumber: d.number, status: d.status, since: d.statusSince });
  }
  return out;
}
