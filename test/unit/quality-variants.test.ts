import { describe, expect, it } from "vitest";
import { QUERIES } from "../quality/kb-queries.js";
import { toneTypos, upperCase, withoutDiacritics, withoutDiacriticsAndTypos } from "../quality/variants.js";

const TONE = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const stripTones = (s: string) => s.normalize("NFD").replace(TONE, "").normalize("NFC");
const words = (s: string) => s.split(/\s+/).filter(Boolean);
const isNfc = (s: string) => s === s.normalize("NFC");
const SENTENCE = "Người bị kết án đã chấp hành xong hình phạt tù, muốn xóa án tích thì hỏi ở đâu, có được hòa giải không?";

describe("withoutDiacritics", () => {
  it("removes tone and vowel-quality marks, đ → d, keeps case and punctuation", () => {
    expect(withoutDiacritics("Xóa án tích")).toBe("Xoa an tich");
    expect(withoutDiacritics("XÓA ÁN TÍCH")).toBe("XOA AN TICH");
    expect(withoutDiacritics("Đồng chí đăng ký ở đâu?")).toBe("Dong chi dang ky o dau?");
    expect(withoutDiacritics("Ủy quyền, NGƯỜI nước ngoài; Phiếu số 2 (Điều 46)")).toBe(
      "Uy quyen, NGUOI nuoc ngoai; Phieu so 2 (Dieu 46)",
    );
    expect(withoutDiacritics("ăn ân ơn ưng ệ ỹ ữ ặ")).toBe("an an on ung e y u a");
  });

  it("accepts decomposed input and is idempotent", () => {
    const nfd = "Lý lịch tư pháp".normalize("NFD");
    expect(withoutDiacritics(nfd)).toBe("Ly lich tu phap");
    expect(withoutDiacritics(withoutDiacritics(SENTENCE))).toBe(withoutDiacritics(SENTENCE));
  });

  it("leaves only ASCII for every Vietnamese query of the set", () => {
    for (const q of QUERIES) expect(withoutDiacritics(q.query)).toMatch(/^[\x20-\x7e]*$/);
  });
});

describe("upperCase", () => {
  it("upper-cases Vietnamese letters with their marks, NFC", () => {
    expect(upperCase("xóa án tích đương nhiên")).toBe("XÓA ÁN TÍCH ĐƯƠNG NHIÊN");
    expect(upperCase("ủy quyền".normalize("NFD"))).toBe("ỦY QUYỀN");
    expect(isNfc(upperCase(SENTENCE))).toBe(true);
  });
});

describe("toneTypos", () => {
  it("flips the tone placement of open oa/oe/uy syllables, both ways", () => {
    expect(toneTypos("xóa", 1)).toBe("xoá");
    expect(toneTypos("xoá", 1)).toBe("xóa");
    expect(toneTypos("hòa", 3)).toBe("hoà");
    expect(toneTypos("khỏe", 3)).toBe("khoẻ");
    expect(toneTypos("thủy", 3)).toBe("thuỷ");
    expect(toneTypos("Hóa", 3)).toBe("Hoá");
    expect(toneTypos("HÓA", 3)).toBe("HOÁ");
  });

  it("leaves closed syllables and qu… to the mistyping step only", () => {
    // One syllable with a tone: it is the one mistyped (dropped, or hỏi/ngã swapped).
    expect(toneTypos("hoàn", 1)).toBe("hoan");
    expect(toneTypos("tuyến", 1)).toBe("tuyên");
    expect(toneTypos("quý", 1)).toBe("quy");
    expect(["sưa", "sữa"]).toContain(toneTypos("sửa", 5));
    expect(["da", "đả"]).toContain(toneTypos("đã", 5));
  });

  it("mistypes one toned syllable, two when the query has eight or more", () => {
    const changed = (a: string, b: string) => words(a).filter((w, i) => w !== words(b)[i]).length;
    expect(changed(toneTypos("lý lịch tư pháp", 7), "lý lịch tư pháp")).toBe(1);
    const s = "Công dân đã chấp hành xong án treo được hai năm thì có được cấp phiếu không";
    expect(changed(toneTypos(s, 7), s)).toBe(2);
    // plus every flipped oa/oe/uy syllable
    expect(changed(toneTypos(SENTENCE, 2), SENTENCE)).toBe(4); // xóa, hòa, and two others
  });

  it("changes tone marks only: vowel-quality marks, đ, case, spacing and punctuation are kept", () => {
    for (const seed of [0, 1, 2, 3, 42]) {
      for (const q of QUERIES) {
        const t = toneTypos(q.query, seed);
        expect(isNfc(t)).toBe(true);
        expect(stripTones(t)).toBe(stripTones(q.query));
        expect(withoutDiacritics(t)).toBe(withoutDiacritics(q.query));
        if (stripTones(q.query) !== q.query.normalize("NFC")) expect(t).not.toBe(q.query.normalize("NFC"));
        else expect(t).toBe(q.query); // e.g. "Thông tư 55/2025": no tone mark to mistype
      }
    }
  });

  it("is deterministic, and the seed matters", () => {
    expect(toneTypos(SENTENCE, 9)).toBe(toneTypos(SENTENCE, 9));
    const outs = new Set([0, 1, 2, 3, 4, 5, 6, 7].map((s) => toneTypos(SENTENCE, s)));
    expect(outs.size).toBeGreaterThan(1);
  });

  it("returns text without tone marks unchanged", () => {
    for (const s of ["phieu so 2", "Ưu tiên", "", "   ", '"', "AND OR NOT", "👮 ❤️", "tư ơn"]) expect(toneTypos(s, 4)).toBe(s);
  });

  it("accepts decomposed input and returns NFC", () => {
    const t = toneTypos(SENTENCE.normalize("NFD"), 2);
    expect(t).toBe(toneTypos(SENTENCE, 2));
    expect(isNfc(t)).toBe(true);
  });
});

describe("withoutDiacriticsAndTypos", () => {
  it("leaves most words bare and the rest with (mistyped) marks, deterministically", () => {
    const t = withoutDiacriticsAndTypos(SENTENCE, 3);
    expect(t).toBe(withoutDiacriticsAndTypos(SENTENCE, 3));
    expect(isNfc(t)).toBe(true);
    expect(withoutDiacritics(t)).toBe(withoutDiacritics(SENTENCE));
    const marked = words(t).filter((w) => w !== withoutDiacritics(w)).length;
    const markable = words(SENTENCE).filter((w) => w !== withoutDiacritics(w)).length;
    expect(marked).toBeLessThan(markable / 2);
  });

  it("agrees with withoutDiacritics once all marks are removed, for the whole set", () => {
    for (const q of QUERIES) expect(withoutDiacritics(withoutDiacriticsAndTypos(q.query, 1))).toBe(withoutDiacritics(q.query));
  });
});
