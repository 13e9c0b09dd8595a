// Word-level diff for the knowledge base's version history.
import { describe, expect, it } from "vitest";
import { diffWords, type DiffPart } from "../../../src/domain/text-diff.js";

// What a diff says was there (same + del) and is there (same + add): both must be exact.
const before = (parts: DiffPart[]) => parts.filter((p) => p.type !== "add").map((p) => p.text).join("");
const after = (parts: DiffPart[]) => parts.filter((p) => p.type !== "del").map((p) => p.text).join("");

describe("diffWords", () => {
  it("returns one unchanged part for equal texts", () => {
    expect(diffWords("Thời hạn xóa án tích", "Thời hạn xóa án tích")).toEqual([{ type: "same", text: "Thời hạn xóa án tích" }]);
  });

  it("returns nothing for two empty texts, and a pure insertion or deletion against an empty one", () => {
    expect(diffWords("", "")).toEqual([]);
    expect(diffWords("", "mới")).toEqual([{ type: "add", text: "mới" }]);
    expect(diffWords("cũ", "")).toEqual([{ type: "del", text: "cũ" }]);
  });

  it("marks an inserted word", () => {
    expect(diffWords("xóa án tích", "đương nhiên xóa án tích")).toEqual([
      { type: "add", text: "đương nhiên " },
      { type: "same", text: "xóa án tích" },
    ]);
  });

  it("marks a replaced number inside a sentence, word by word", () => {
    expect(diffWords("thời hạn là 02 năm kể từ", "thời hạn là 03 năm kể từ")).toEqual([
      { type: "same", text: "thời hạn là " },
      { type: "del", text: "02" },
      { type: "add", text: "03" },
      { type: "same", text: " năm kể từ" },
    ]);
  });

  it("keeps a replaced phrase together instead of splitting it at the spaces", () => {
    expect(diffWords("theo Nghị định cũ này", "theo Thông tư mới này")).toEqual([
      { type: "same", text: "theo " },
      { type: "del", text: "Nghị định cũ" },
      { type: "add", text: "Thông tư mới" },
      { type: "same", text: " này" },
    ]);
  });

  it("treats punctuation as its own token and keeps line breaks", () => {
    const parts = diffWords("Điều 70.\n- khoản 1", "Điều 71.\n- khoản 1, khoản 2");
    expect(parts).toEqual([
      { type: "same", text: "Điều " },
      { type: "del", text: "70" },
      { type: "add", text: "71" },
      { type: "same", text: ".\n- khoản 1" },
      { type: "add", text: ", khoản 2" },
    ]);
  });

  it("does not split Vietnamese words at their tone marks, composed or decomposed", () => {
    const nfd = "Xóa án tích".normalize("NFD");
    expect(diffWords(nfd, `${nfd} đương nhiên`.normalize("NFD"))).toEqual([
      { type: "same", text: nfd },
      { type: "add", text: " đương nhiên".normalize("NFD") },
    ]);
  });

  it("reconstructs both texts exactly, for many random edits", () => {
    const words = ["án", "tích", "xóa", "Điều", "70", ",", ".", "\n", "hồ sơ", "phiếu", "lý lịch"];
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    const text = () => Array.from({ length: rnd(30) }, () => words[rnd(words.length)]).join(rnd(3) ? " " : "  ");
    for (let k = 0; k < 300; k++) {
      const a = text();
      const b = text();
      const parts = diffWords(a, b);
      expect(before(parts)).toBe(a);
      expect(after(parts)).toBe(b);
      for (let i = 1; i < parts.length; i++) expect(parts[i]!.type).not.toBe(parts[i - 1]!.type);
    }
  });

  it("stays exact on long answers with a small edit and with a complete rewrite", () => {
    const long = Array.from({ length: 8000 }, (_, i) => `từ${i % 97}`).join(" ");
    const edited = long.replace("từ50 từ51", "từ50 chèn thêm từ51");
    const small = diffWords(long, edited);
    expect(small.filter((p) => p.type !== "same")).toEqual([{ type: "add", text: "chèn thêm " }]);
    const other = Array.from({ length: 8000 }, (_, i) => `khác${i}`).join(" ");
    const rewrite = diffWords(long, other);
    expect(before(rewrite)).toBe(long);
    expect(after(rewrite)).toBe(other);
  });
});
