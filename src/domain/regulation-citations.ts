// Resolving a citation typed as free text ("Luật Lý lịch tư pháp 2009", "Luật số 28/2009/QH12",
// "luat ly lich tu phap", "điều 5 khoản 2") to a document of the register and one of its articles.
// Text is compared folded (fold: no diacritics, đ → d, lower case) with punctuation and spacing
// collapsed, so any spelling of the same name meets. Nothing is guessed: a citation that fits no
// document, or more than one, stays unresolved for the advisory board to fix.
import { fold } from "./search-text.js";

export interface RegisterDocument {
  id: number;
  number: string | null;
  title: string;
  aliases: string[];
  articles: { id: number; label: string }[];
}

export type Resolution =
  | { regulationId: number; articleId: number | null; problem: null | "unknown_article" }
  | { regulationId: null; articleId: null; problem: "unknown_document" | "ambiguous_document" };

// Folded, every run of anything but letters and digits made one space: "Luật số 28/2009/QH12" and
// "luat so 28 2009 qh12" have the same key.
export function citationKey(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const ARTICLE = /(?:^| )dieu (\d+[a-z]?)(?= |$)/;

// "Điều 5" for any text naming article 5 ("điều 5 khoản 2", "Dieu 5", "Điều 5."), else null.
// Clauses (khoản) and points (điểm) live in the article's text, so they are dropped.
export function articleLabel(text: string): string | null {
  const m = ARTICLE.exec(citationKey(text));
  return m ? `Điều ${m[1]}` : null;
}

// What is left of a document's name once an article, clause or point written into it is taken out:
// "Điều 5 Luật Cư trú" names the document "Luật Cư trú".
function documentPart(key: string): string {
  return key
    .replace(/(?:^| )(?:(?:dieu|khoan|chuong|muc) \d+[a-z]?|diem [a-z])(?= |$)/g, " ")
    .replace(/ +/g, " ")
    .trim();
}

// The numbers of documents written inside a text: "28/2009/QH12", "111/2010/NĐ-CP".
const NUMBER = /\d+\s*\/\s*\d{4}\s*\/\s*[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

export interface Resolver {
  resolve(document: string, article: string): Resolution;
}

// Built once per register (a few hundred documents at most) and then used for any number of
// citations: imports of 100k entries resolve each citation by a lookup.
export function buildResolver(register: RegisterDocument[]): Resolver {
  const byNumber = new Map<string, RegisterDocument>();
  const byName = new Map<string, Set<RegisterDocument>>();
  const name = (key: string, d: RegisterDocument) => {
    if (!key) return;
    const set = byName.get(key) ?? byName.set(key, new Set()).get(key)!;
    set.add(d);
  };
  const articles = new Map<number, Map<string, number>>();
  for (const d of register) {
    if (d.number) byNumber.set(citationKey(d.number), d);
    const title = citationKey(d.title);
    name(title, d);
    // "Luật Cư trú 2020": the title with the year of the document's number.
    const year = d.number ? /\/(\d{4})\//.exec(d.number)?.[1] : undefined;
    if (year) name(`${title} ${year}`, d);
    for (const a of d.aliases) name(citationKey(a), d);
    const labels = new Map<string, number>();
    for (const a of d.articles) {
      const label = articleLabel(a.label);
      if (label) labels.set(label, a.id);
    }
    articles.set(d.id, labels);
  }

  const findDocument = (text: string): RegisterDocument | "ambiguous" | null => {
    for (const m of text.matchAll(NUMBER)) {
      const d = byNumber.get(citationKey(m[0]));
      if (d) return d;
    }
    const key = documentPart(citationKey(text));
    const withoutAside = documentPart(citationKey(text.replace(/\([^)]*\)/g, " ")));
    for (const k of [key, withoutAside, key.replace(/^(?:so )/, "")]) {
      const found = byName.get(k);
      if (found?.size === 1) return [...found][0]!;
      if (found && found.size > 1) return "ambiguous";
    }
    // A bare number typed without its kind of document: "28/2009/QH12".
    return byNumber.get(key) ?? null;
  };

  return {
    resolve(document, article) {
      const d = findDocument(document);
      if (d === null) return { regulationId: null, articleId: null, problem: "unknown_document" };
      if (d === "ambiguous") return { regulationId: null, articleId: null, problem: "ambiguous_document" };
      const label = articleLabel(article) ?? articleLabel(document);
      if (!label) return { regulationId: d.id, articleId: null, problem: null };
      const articleId = articles.get(d.id)!.get(label) ?? null;
      // A document registered without its text has no articles to point at: that is not an error.
      const problem = articleId === null && d.articles.length > 0 ? "unknown_article" : null;
      return { regulationId: d.id, articleId, problem };
    },
  };
}

// Why an entry was flagged, kept with it: the document, the article if one, what happened and from
// which day ("YYYY-MM-DD"). Stored as written, so it still reads right after the register changes.
export function amendmentNote(doc: { title: string; number: string | null }, article: string | null, status: "amended" | "replaced", since: string): string {
  const [y, m, d] = since.split("-");
  const what = status === "amended" ? "đã được sửa đổi, bổ sung" : "đã bị thay thế";
  return `${article ? `${article} ` : ""}${doc.title}${doc.number ? ` (${doc.number})` : ""} ${what} từ ngày ${d}/${m}/${y}`;
}
