import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { articleLabel, buildResolver, citationKey, type RegisterDocument } from "../../../src/domain/regulation-citations.js";

const LLTP: RegisterDocument = {
  id: 1,
  number: "28/2009/QH12",
  title: "Luật Lý lịch tư pháp",
  aliases: [],
  articles: [
    { id: 105, label: "Điều 5" },
    { id: 141, label: "Điều 41" },
  ],
};
const CU_TRU: RegisterDocument = { id: 2, number: "68/2020/QH14", title: "Luật Cư trú", aliases: [], articles: [{ id: 205, label: "Điều 5" }] };
const BLHS: RegisterDocument = { id: 3, number: "100/2015/QH13", title: "Bộ luật Hình sự", aliases: ["BLHS"], articles: [] };
const ND111: RegisterDocument = { id: 4, number: "111/2010/NĐ-CP", title: "Nghị định quy định chi tiết và hướng dẫn thi hành một số điều của Luật Lý lịch tư pháp", aliases: [], articles: [] };
const TT44: RegisterDocument = { id: 5, number: null, title: "Thông tư số 44 của Bộ Công an về công tác hồ sơ nghiệp vụ", aliases: ["Thông tư 44"], articles: [] };
const register = [LLTP, CU_TRU, BLHS, ND111, TT44];
const resolver = buildResolver(register);
const documentOf = (document: string, article = "") => resolver.resolve(document, article).regulationId;

describe("citationKey", () => {
  it("folds diacritics, đ and case, and collapses punctuation and spacing", () => {
    expect(citationKey("  Luật số 28/2009/QH12 ")).toBe("luat so 28 2009 qh12");
    expect(citationKey("Nghị định 111/2010/NĐ-CP")).toBe("nghi dinh 111 2010 nd cp");
    expect(citationKey("LUẬT  LÝ-LỊCH, tư pháp")).toBe("luat ly lich tu phap");
  });
});

describe("articleLabel", () => {
  it("reads the article and drops clauses and points", () => {
    expect(articleLabel("Điều 5")).toBe("Điều 5");
    expect(articleLabel("điều 5 khoản 2")).toBe("Điều 5");
    expect(articleLabel("điểm a khoản 2 Điều 41.")).toBe("Điều 41");
    expect(articleLabel("Dieu 7a")).toBe("Điều 7a");
    expect(articleLabel("khoản 2")).toBeNull();
    expect(articleLabel("")).toBeNull();
  });

  it("finds article n however clause k and the case are written", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 20 }), fc.boolean(), (n, k, upper) => {
        const text = `điều ${n} khoản ${k}`;
        expect(articleLabel(upper ? text.toUpperCase() : text)).toBe(`Điều ${n}`);
      }),
    );
  });
});

describe("resolving a citation", () => {
  it("finds a document by number, title, title with its year, and alias", () => {
    expect(documentOf("28/2009/QH12")).toBe(1);
    expect(documentOf("Luật số 28/2009/QH12")).toBe(1);
    expect(documentOf("Luật Lý lịch tư pháp")).toBe(1);
    expect(documentOf("Luật Lý lịch tư pháp 2009")).toBe(1);
    expect(documentOf("luat ly lich tu phap")).toBe(1);
    expect(documentOf("Luật Cư trú 2020")).toBe(2);
    expect(documentOf("Bộ luật Hình sự 2015 (sửa đổi, bổ sung 2017)")).toBe(3);
    expect(documentOf("BLHS")).toBe(3);
    expect(documentOf("Nghị định 111/2010/NĐ-CP")).toBe(4);
    expect(documentOf("Thông tư số 44 của Bộ Công an về công tác hồ sơ nghiệp vụ")).toBe(5);
    expect(documentOf("thong tu 44")).toBe(5);
  });

  it("resolves the article of the document named, written in either field", () => {
    expect(resolver.resolve("Luật Lý lịch tư pháp 2009", "điều 5 khoản 2")).toEqual({ regulationId: 1, articleId: 105, problem: null });
    expect(resolver.resolve("Điều 5 Luật Cư trú", "")).toEqual({ regulationId: 2, articleId: 205, problem: null });
    expect(resolver.resolve("Luật Cư trú", "")).toEqual({ regulationId: 2, articleId: null, problem: null });
  });

  it("says what is missing instead of guessing", () => {
    expect(resolver.resolve("Thông tư 55/2025/TT-BCA", "Điều 1")).toEqual({ regulationId: null, articleId: null, problem: "unknown_document" });
    expect(resolver.resolve("Luật Lý lịch tư pháp", "Điều 99")).toEqual({ regulationId: 1, articleId: null, problem: "unknown_article" });
    // A document registered without its text: the article cannot be pointed at, and that is fine.
    expect(resolver.resolve("Bộ luật Hình sự 2015", "Điều 70")).toEqual({ regulationId: 3, articleId: null, problem: null });
    expect(documentOf("Luật Lý lịch tư pháp 2010")).toBeNull(); // not the year of its number
    expect(documentOf("Luật")).toBeNull();
    const twice = buildResolver([LLTP, { ...CU_TRU, aliases: ["Luật Lý lịch tư pháp"] }]);
    expect(twice.resolve("Luật Lý lịch tư pháp", "").problem).toBe("ambiguous_document");
  });

  it("gives the same answer for any spelling of the same text (case, diacritics, punctuation)", () => {
    const names = ["Luật Lý lịch tư pháp 2009", "Luật số 28/2009/QH12", "Bộ luật Hình sự 2015", "Nghị định 111/2010/NĐ-CP", "Thông tư 44", "Luật Cư trú 2020", "Luật Căn cước 2023"];
    const strip = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.boolean(), fc.boolean(), fc.constantFrom(" ", "  ", " - ", ", "), (name, upper, plain, sep) => {
        let variant = name.replace(/ /g, sep);
        if (plain) variant = strip(variant);
        if (upper) variant = variant.toUpperCase();
        expect(documentOf(variant)).toBe(documentOf(name));
      }),
    );
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (document, article) => {
        const r = resolver.resolve(document, article);
        expect(r.regulationId === null || register.some((d) => d.id === r.regulationId)).toBe(true);
      }),
    );
  });
});
