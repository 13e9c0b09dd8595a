import { describe, expect, it } from "vitest";
import { pairsOfSyllables, syllables } from "../../../src/domain/search-text.js";

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
