import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ftsTerm, MAX_QUERY_SYLLABLES, parseQuery } from "../../../src/domain/search-query.js";
import { fold, syllables } from "../../../src/domain/search-text.js";

describe("fold", () => {
  it("removes tones and marks, folds đ, lowers case", () => {
    expect(fold("XÓA ÁN TÍCH")).toBe("xoa an tich");
    expect(fold("xoá án tích")).toBe("xoa an tich"); // the other tone-mark placement
    expect(fold("Đăng ký thường trú")).toBe("dang ky thuong tru");
    expect(fold("Lý lịch tư pháp")).toBe("ly lich tu phap");
    expect(fold("ƯỚC ƠN Ở")).toBe("uoc on o");
  });
  it("treats composed and decomposed input alike", () => {
    expect(fold("Quốc".normalize("NFD"))).toBe(fold("Quốc".normalize("NFC")));
  });
});

describe("parseQuery", () => {
  it("splits into folded syllables and adjacent pairs", () => {
    const q = parseQuery("Thời hạn xóa án tích?");
    expect(q.words).toEqual(["thoi", "han", "xoa", "an", "tich"]);
    expect(q.pairs).toEqual(["thoi han", "han xoa", "xoa an", "an tich"]);
  });
  it("keeps quoted phrases, straight or curly", () => {
    expect(parseQuery('"phiếu số 2" ủy quyền').phrases).toEqual([["phieu", "so", "2"]]);
    expect(parseQuery("“án treo” thử thách").phrases).toEqual([["an", "treo"]]);
  });
  it("turns operators and symbols into plain words or nothing", () => {
    expect(parseQuery("a AND b OR NOT NEAR(c) * title:x ' OR 1=1 --").words).toEqual(["a", "and", "b", "or", "not", "near", "c", "title", "x", "or", "1", "1"]);
    expect(parseQuery('"').words).toEqual([]);
    expect(parseQuery("😀 ✓").words).toEqual([]);
  });
  it("never yields more than the cap, however long the paste", () => {
    expect(parseQuery("hồ sơ ".repeat(5000)).words).toHaveLength(MAX_QUERY_SYLLABLES);
  });
  it("builds FTS terms that are always a single quoted string of letters and digits", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const { words, phrases } = parseQuery(s);
        for (const w of [...words.map((x) => [x]), ...phrases]) expect(ftsTerm(w)).toMatch(/^"[\p{L}\p{N} ]+"$/u);
        expect(words).toEqual(syllables(s.slice(0, 2000)).slice(0, MAX_QUERY_SYLLABLES));
      }),
    );
  });
});
