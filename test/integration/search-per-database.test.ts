// Two desks in one process (the tests, the bench, a restore check), each on its own database: the
// search caches (results, candidates, term statistics, the API's JSON) must not answer one
// database's question from the other's data, even when both are at the same index generation.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { upsertPublishedEntries, type PublishedEntryInput } from "../../src/services/kb-entries.js";
import { createTestDesk, type Session, type TestDesk } from "../support/app.js";

const entry = (ref: string, title: string, answer: string): PublishedEntryInput => ({
  ref,
  title,
  question: "Người bị kết án được xóa án tích khi nào và thủ tục ra sao?",
  answer,
  category: "xoa-an-tich",
  tags: ["xóa án tích"],
  citations: [],
});

const A = entry("A-1", "Xóa án tích đương nhiên sau khi chấp hành xong án phạt tù", "Theo Điều 70 Bộ luật Hình sự, người bị kết án được đương nhiên xóa án tích.");
const B = entry("B-1", "Xóa án tích theo quyết định của Tòa án đối với tội đặc biệt nghiêm trọng", "Theo Điều 71 Bộ luật Hình sự, Tòa án quyết định việc xóa án tích.");
// Entries on other matters: a database with them has other term statistics than one without.
const OTHERS = ["cấp thẻ căn cước cho trẻ em", "đăng ký thường trú tại chỗ ở thuê", "lưu trữ hồ sơ nghiệp vụ quá hạn"].map((t, i) =>
  ({ ...entry(`K-${i}`, `Thủ tục ${t}`, `Trả lời về ${t}.`), question: `Hỏi về ${t}?`, category: "can-cuoc", tags: [] }),
);

type Desk = { desk: TestDesk; officer: Session; ref: string; title: string };
const opened: TestDesk[] = [];
async function deskWith(entries: PublishedEntryInput[]): Promise<Desk> {
  const desk = createTestDesk();
  opened.push(desk);
  upsertPublishedEntries(desk.db, null, entries, desk.now.value);
  await desk.addUser("canbo", ["officer"]);
  return { desk, officer: await desk.login("canbo"), ref: entries[0]!.ref, title: entries[0]!.title };
}
afterAll(() => opened.forEach((d) => d.close()));

const search = async (d: Desk, q: string) =>
  (await (await d.officer.get(`/api/kb/search?q=${encodeURIComponent(q)}`)).json()) as { total: number; results: { ref: string; title: string; score: number }[] };

const desks: Desk[] = [];
beforeAll(async () => {
  desks.push(await deskWith([A]), await deskWith([B]));
});

const QUERIES = ["xóa án tích", "xoa an tich", "người bị kết án được xóa án tích khi nào"];

describe("search over two databases in one process", () => {
  it("answers each database's API search from its own entries, asked in turn and again", async () => {
    for (let round = 0; round < 2; round++) {
      for (const q of QUERIES) {
        for (const d of desks) {
          const { ref, title } = d;
          const body = await search(d, q);
          expect(body.results.map((r) => r.ref), `${q} on ${ref}`).toEqual([ref]);
          expect(body.results[0]!.title).toBe(title);
          expect(body.total).toBe(1);
        }
      }
    }
  });

  it("shows each database's own entries on the search page", async () => {
    for (const { officer, title } of desks) {
      // The page marks the words found; their text is what matters.
      const text = (await (await officer.get(`/kb?q=${encodeURIComponent("xóa án tích")}`)).text()).replace(/<[^>]+>/g, "");
      expect(text).toContain(title);
      for (const other of desks.filter((d) => d.title !== title)) expect(text).not.toContain(other.title);
    }
  });

  it("ranks a database's entries by its own term statistics, whatever another database was asked first", async () => {
    const q = "xóa án tích theo quyết định của Tòa án";
    // "quyết định" is in every entry of the first database and in one of the second's: weightless
    // there, it is what sets B-1 apart here.
    const first = [A, ...OTHERS.map((e) => ({ ...e, title: `${e.title} theo quyết định của Tòa án` }))];
    const second = [B, entry("B-2", "Xóa án tích cho người được miễn hình phạt", "Theo Điều 69 Bộ luật Hình sự, người được miễn hình phạt không bị coi là có án tích."), ...OTHERS];
    // The same two databases twice (each pair at a new index generation), asked in opposite orders.
    const [a1, b1] = [await deskWith(first), await deskWith(second)];
    await search(a1, q);
    const afterOther = await search(b1, q);
    const [a2, b2] = [await deskWith(first), await deskWith(second)];
    const alone = await search(b2, q);
    await search(a2, q);
    expect(alone.results.map((r) => r.ref)).toEqual(["B-1", "B-2"]);
    expect(afterOther.results.map((r) => [r.ref, r.score])).toEqual(alone.results.map((r) => [r.ref, r.score]));
  });
});
