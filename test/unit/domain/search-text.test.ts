import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { foldedRun, pairsOfSyllables, referenceSyllables, syllables } from "../../../src/domain/search-text.js";

const pairText = (text: string) => pairsOfSyllables(syllables(text));

describe("pairsOfSyllables", () => {
  it("turns adjacent folded syllables into single index tokens", () => {
    expect(pairText("Xóa án tích")).toBe("xoa_an an_tich");
    expect(pairText("XOÁ ÁN TÍCH")).toBe("xoa_an an_tich");
    expect(pairText("đăng ký")).toBe("dang_ky");
  });
  it("gives nothing for a single syllable or none", () => {
    expect(pairText("án")).toBe("");
    expect(pairText("  ?! ")).toBe("");
  });
});

describe("syllables (one pass with a table) agrees with the definition (fold, then split)", () => {
  const vietnamese = "aàáảãạăằắẳẵặâầấẩẫậđeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ";
  const letters = [...vietnamese, ...vietnamese.toUpperCase(), "Đ", " ", ",", ".", "-", "“", "”", "–", "…", "\u0301", "\u0323", "0", "9", "Σ", "ß", "İ", "ǅ", "𝐀", "中", "\n", "_"];
  const viText = fc.array(fc.constantFrom(...letters), { maxLength: 60 }).map((cs) => cs.join(""));
  it("on Vietnamese-like text, decomposed or not", () => {
    fc.assert(
      fc.property(viText, fc.constantFrom("NFC", "NFD", "none"), (text, form) => {
        const t = form === "none" ? text : text.normalize(form as "NFC" | "NFD");
        expect(syllables(t)).toEqual(referenceSyllables(t));
      }),
      { numRuns: 2000 },
    );
  });
  it("on any Unicode text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (text) => {
        expect(syllables(text)).toEqual(referenceSyllables(text));
      }),
      { numRuns: 5000 },
    );
  });
  it("on every character the table covers, one at a time and between letters", () => {
    for (let code = 0; code < 0x3000; code++) {
      const t = `a${String.fromCharCode(code)}b ${String.fromCharCode(code)}`;
      expect(syllables(t)).toEqual(referenceSyllables(t));
    }
  });
});

describe("foldedRun (bytes) agrees with syllables and pairsOfSyllables (strings)", () => {
  const byDefinition = (texts: string[]) => {
    const each = texts.map(referenceSyllables);
    return { words: each.map((w) => w.join(" ")), pairs: pairsOfSyllables(each.flat()) };
  };
  const vietnamese = "aàáảãạăằắẳẵặâầấẩẫậđeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ";
  const letters = [...vietnamese, ...vietnamese.toUpperCase(), "Đ", " ", "  ", ",", ".", "-", "“", "”", "–", "…", "\u0301", "0", "9", "Σ", "ß", "é", "中", "𝐀", "\n", "_", "ÿ", "Ÿ"];
  const viText = fc.array(fc.constantFrom(...letters), { maxLength: 80 }).map((cs) => cs.join(""));
  it("on runs of Vietnamese-like texts, empty ones included", () => {
    fc.assert(
      fc.property(fc.array(viText, { maxLength: 5 }), (texts) => {
        expect(foldedRun(texts)).toEqual(byDefinition(texts));
      }),
      { numRuns: 3000 },
    );
  });
  it("on runs of any Unicode text", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary", maxLength: 40 }), { maxLength: 4 }), (texts) => {
        expect(foldedRun(texts)).toEqual(byDefinition(texts));
      }),
      { numRuns: 3000 },
    );
  });
  it("across texts longer than its buffers were", () => {
    const long = "Xóa án tích cho người đã chấp hành xong bản án. ".repeat(3000);
    expect(foldedRun([long, "Điều 70", long])).toEqual(byDefinition([long, "Điều 70", long]));
  });
  it("pairs across the texts of a run: the last word of one with the first of the next", () => {
    expect(foldedRun(["Xóa án", "", "tích lịch"])).toEqual({ words: ["xoa an", "", "tich lich"], pairs: "xoa_an an_tich tich_lich" });
  });
});
