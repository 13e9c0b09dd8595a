// Stage 2 of knowledge-base search on hand-made candidates: the article whose body answers beats
// the sibling whose heading repeats the question, the clause that answers counts, naming a law
// and its article counts, and a paragraph that defines the asked term counts only when asked.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { naming, rankCandidates, type RankDoc, type RankTerm } from "../../../src/domain/search-rank.js";
import { syllables } from "../../../src/domain/search-text.js";

// A query as the service builds it: its syllables and pairs, each with a rarity. Common words of
// the law ("của", "là", "được", "theo") get a low idf, the rest a high one, as in a real index.
const COMMON = new Set(["cua", "la", "duoc", "theo", "va", "co", "cac", "nguoi", "trong", "nay", "luat", "dieu", "quy", "dinh"]);
function query(text: string): { words: string[]; syllableTerms: RankTerm[]; pairTerms: RankTerm[] } {
  const words = syllables(text);
  const unique = [...new Set(words)];
  const pairs = [...new Set(words.slice(1).map((w, i) => `${words[i]} ${w}`))];
  const idf = (w: string) => (COMMON.has(w) ? 0.2 : 3);
  return {
    words,
    syllableTerms: unique.map((w) => ({ text: w, idf: idf(w) })),
    pairTerms: pairs.map((p) => ({ text: p, idf: p.split(" ").some((w) => COMMON.has(w)) ? 1 : 5 })),
  };
}

function doc(id: number, head: string, paragraphs: string[], extra: Partial<RankDoc> = {}): RankDoc {
  const body: string[] = [];
  const passages: number[] = [];
  for (const p of paragraphs) {
    passages.push(body.length);
    body.push(...syllables(p));
  }
  return { id, head: syllables(head), body, passages, prior: 1, named: 0, ...extra };
}

const rank = (text: string, docs: RankDoc[]) => {
  const q = query(text);
  return rankCandidates(q.syllableTerms, q.pairTerms, docs, q.words).map((r) => r.id);
};

describe("rankCandidates", () => {
  it("puts the article whose body answers above siblings whose headings repeat the question's words", () => {
    const q = "Người nghiện ma túy từ đủ 12 tuổi đến dưới 18 tuổi bị đưa vào cơ sở cai nghiện bắt buộc khi nào";
    const answers = doc(1, "Điều 33. Đối tượng bị áp dụng biện pháp đưa vào cơ sở cai nghiện bắt buộc", [
      "1. Người nghiện ma túy từ đủ 12 tuổi đến dưới 18 tuổi bị đưa vào cơ sở cai nghiện bắt buộc khi không đăng ký, không thực hiện hoặc tự ý chấm dứt cai nghiện ma túy tự nguyện.",
    ]);
    const sibling = doc(2, "Điều 34. Cai nghiện ma túy bắt buộc cho người nghiện ma túy từ đủ 12 tuổi đến dưới 18 tuổi", [
      "Thời hạn cai nghiện bắt buộc là từ đủ 06 tháng đến 12 tháng.",
    ]);
    expect(rank(q, [sibling, answers])).toEqual([1, 2]);
  });

  it("counts the one clause of a long article that answers, over the same words scattered across an article", () => {
    const q = "Thỏa thuận trọng tài vô hiệu khi người xác lập không có năng lực hành vi dân sự";
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `Khoản ${i + 1} nói về thủ tục tố tụng của hội đồng trọng tài theo quy định của Luật này.`);
    const clause = doc(1, "Điều 18. Thỏa thuận trọng tài vô hiệu", [...filler(4), "2. Người xác lập thỏa thuận trọng tài không có năng lực hành vi dân sự theo quy định của Bộ luật dân sự.", ...filler(3)]);
    const scattered = doc(2, "Điều 44. Thẩm quyền xem xét thỏa thuận trọng tài", [
      ...filler(3),
      "Hội đồng trọng tài xem xét thỏa thuận trọng tài vô hiệu.",
      "Năng lực của trọng tài viên.",
      "Người xác lập giao dịch.",
      "Hành vi dân sự của các bên.",
      ...filler(1),
    ]);
    expect(rank(q, [scattered, clause])).toEqual([1, 2]);
  });

  it("puts the article a question cites by number and law first", () => {
    const q = "Điều 6 của Luật Tiếp cận thông tin đề cập đến việc tiếp cận thông tin nào";
    const cited = doc(6, "Điều 6. Thông tin công dân được tiếp cận có điều kiện", ["Thông tin liên quan đến bí mật kinh doanh được tiếp cận khi có sự đồng ý."], {
      named: naming(syllables(q), [{ document: syllables("Luật Tiếp cận thông tin"), article: syllables("Điều 6") }]),
    });
    const other = doc(5, "Điều 5. Thông tin công dân được tiếp cận", ["Công dân được tiếp cận thông tin của cơ quan nhà nước, trừ thông tin không được tiếp cận."], {
      named: naming(syllables(q), [{ document: syllables("Luật Tiếp cận thông tin"), article: syllables("Điều 5") }]),
    });
    expect(rank(q, [other, cited])).toEqual([6, 5]);
  });

  it("counts a paragraph defining the asked term only when the question asks what it means", () => {
    const definitions = doc(3, "Điều 3. Giải thích từ ngữ", [
      "Trong Luật này, các từ ngữ dưới đây được hiểu như sau:",
      "1. Quyết định hành chính là văn bản do cơ quan hành chính nhà nước ban hành.",
      "3. Hành vi hành chính là hành vi của cơ quan hành chính nhà nước thực hiện hoặc không thực hiện nhiệm vụ, công vụ.",
    ]);
    const uses = doc(30, "Điều 30. Khiếu kiện hành vi hành chính", ["Hành vi hành chính của cơ quan hành chính nhà nước bị khiếu kiện trong các trường hợp sau đây: hành vi hành chính không thực hiện nhiệm vụ, công vụ."]);
    expect(rank("Hành vi hành chính được hiểu như thế nào?", [uses, definitions])[0]).toBe(3);
    expect(rank("Hành vi hành chính là hành vi của ai?", [uses, definitions])[0]).toBe(3);
    // Without asking, the definition counts for nothing: the same two candidates with and without the
    // opening "X là" rank alike.
    const plain = doc(3, "Điều 3. Giải thích từ ngữ", ["3. Hành vi hành chính: hành vi của cơ quan hành chính nhà nước thực hiện hoặc không thực hiện nhiệm vụ, công vụ."]);
    const asked = "Khiếu kiện hành vi hành chính không thực hiện nhiệm vụ";
    expect(rank(asked, [uses, definitions])).toEqual(rank(asked, [uses, plain]));
  });

  it("ranks the same whatever order the candidates come in", () => {
    const docs = [
      doc(1, "Điều 20. Điều kiện đăng ký thường trú", ["Công dân có chỗ ở hợp pháp thuộc quyền sở hữu của mình thì được đăng ký thường trú."]),
      doc(2, "Điều 21. Hồ sơ đăng ký thường trú", ["Hồ sơ đăng ký thường trú gồm tờ khai thay đổi thông tin cư trú."]),
      doc(3, "Điều 24. Xóa đăng ký thường trú", ["Người thuộc trường hợp sau đây thì bị xóa đăng ký thường trú."], { prior: 2 }),
      doc(4, "Điều 38. Sổ hộ khẩu", ["Sổ hộ khẩu được tiếp tục sử dụng đến hết ngày 31 tháng 12 năm 2022."], { named: 0.5 }),
    ];
    const q = query("Hồ sơ đăng ký thường trú của công dân có chỗ ở hợp pháp gồm những gì");
    const expected = rankCandidates(q.syllableTerms, q.pairTerms, docs, q.words);
    fc.assert(
      fc.property(fc.shuffledSubarray(docs, { minLength: docs.length }), (shuffled) => {
        expect(rankCandidates(q.syllableTerms, q.pairTerms, shuffled, q.words)).toEqual(expected);
      }),
    );
  });

  it("answers an empty list, and candidates that share nothing with the query, without failing", () => {
    const q = query("xóa án tích");
    expect(rankCandidates(q.syllableTerms, q.pairTerms, [], q.words)).toEqual([]);
    const r = rankCandidates(q.syllableTerms, q.pairTerms, [doc(1, "", []), doc(2, "Căn cước", ["Thẻ căn cước."])], q.words);
    expect(r.map((x) => x.id).sort()).toEqual([1, 2]);
    for (const x of r) expect(Number.isFinite(x.score)).toBe(true);
  });
});

describe("naming", () => {
  const cites = [{ document: syllables("Luật An ninh mạng"), article: syllables("Điều 2") }];
  it("is 2 when the question cites the entry's article of its law", () => {
    expect(naming(syllables("Định nghĩa về không gian mạng tại khoản 3 Điều 2 Luật An ninh mạng"), cites)).toBe(2);
  });
  it("is ½ when it names the cited law but not that article", () => {
    expect(naming(syllables("Theo Luật An ninh mạng, không gian mạng là gì?"), cites)).toBe(0.5);
    expect(naming(syllables("Khoản 3 Điều 20 Luật An ninh mạng"), cites)).toBe(0.5);
  });
  it("is 0 for an article without its law, or a law the entry does not cite", () => {
    expect(naming(syllables("Điều 2 quy định gì"), cites)).toBe(0);
    expect(naming(syllables("Điều 2 Luật Cư trú"), cites)).toBe(0);
  });
});
