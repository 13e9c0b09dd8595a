// The register as data: import and export of documents with their articles, citations that point at
// them however they are spelled, and amendments that reach every citing entry.
import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { auditLog, categories, kbCitations, kbEntries, regulationArticles, regulations } from "../../db/schema.js";
import { upsertPublishedEntries } from "../../src/services/kb-entries.js";
import { createEntry, editEntry } from "../../src/services/knowledge-base.js";
import { importRegulations, parseRegulationsJsonl, regulationsForExport } from "../../src/services/regulation-import.js";
import { linkCitationsAtStart, unresolvedCitations } from "../../src/services/regulation-links.js";
import { setArticleStatus, setRegulationStatus, updateRegulation } from "../../src/services/regulations.js";
import { toJsonl } from "../../src/services/jsonl.js";
import { currentUser } from "../../src/services/users.js";
import { createTestDesk, type TestDesk } from "../support/app.js";
import { citingEntry, flaggedRefs, LLTP_LINE } from "../support/kb.js";

const TZ = "Asia/Ho_Chi_Minh";
let desk: TestDesk;
let advisorId: number;
const advisor = () => currentUser(desk.db, advisorId)!;

const LLTP = { ...LLTP_LINE, aliases: ["Luật Lý lịch tư pháp 2009"] };
const CU_TRU = { number: "68/2020/QH14", title: "Luật Cư trú", issuer: "Quốc hội", effective_date: "2021-07-01", aliases: [], articles: [{ article: "Điều 5", heading: "Bảo đảm việc thực hiện quyền tự do cư trú", text: "…" }] };
const TT44 = { number: null, title: "Thông tư số 44 của Bộ Công an về công tác hồ sơ nghiệp vụ", issuer: "Bộ Công an", effective_date: null, incomplete: true, aliases: ["Thông tư 44"], articles: [] };

const file = (...lines: unknown[]) => Buffer.from(lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join("\n"));
function load(...lines: unknown[]) {
  const { entries, errors } = parseRegulationsJsonl(file(...lines));
  expect(errors).toEqual([]);
  return importRegulations(desk.db, null, entries, desk.now.value, TZ);
}
const entry = citingEntry;
const idOf = (number: string) => desk.db.select().from(regulations).where(eq(regulations.number, number)).get()!.id;
const articleId = (regulationId: number, label: string) =>
  desk.db.select().from(regulationArticles).where(and(eq(regulationArticles.regulationId, regulationId), eq(regulationArticles.label, label))).get()!.id;
const citationsOf = (ref: string) => {
  const e = desk.db.select().from(kbEntries).where(eq(kbEntries.ref, ref)).get()!;
  return desk.db.select({ document: kbCitations.document, regulationId: kbCitations.regulationId, articleId: kbCitations.articleId }).from(kbCitations).where(eq(kbCitations.entryId, e.id)).all();
};
const flagged = () => flaggedRefs(desk.db);

beforeEach(async () => {
  desk = createTestDesk();
  advisorId = await desk.addUser("covan", ["advisor"]);
});
afterEach(() => desk.close());

describe("regulations JSONL", () => {
  it("names every bad line and imports nothing of a bad file", () => {
    const { entries, errors } = parseRegulationsJsonl(
      file(LLTP, "{oops", { ...CU_TRU, number: null }, { ...LLTP, title: "Bản khác" }, { ...CU_TRU, articles: [{ article: "Khoản 2", text: "x" }] }, { ...CU_TRU, effective_date: "2021-02-30" }),
    );
    expect(errors.map((e) => e.line)).toEqual([2, 3, 4, 5, 6]);
    expect(errors[0]!.message).toBe("không phải JSON hợp lệ");
    expect(errors[1]!.message).toContain("number");
    expect(errors[2]!.message).toContain('văn bản "28/2009/QH12" đã có ở dòng 1');
    expect(entries).toHaveLength(1);
  });

  it("upserts by number, keeps articles in order, and leaves unchanged lines alone", () => {
    expect(load(LLTP, CU_TRU, TT44)).toMatchObject({ imported: 3, unchanged: 0 });
    expect(desk.db.select().from(regulationArticles).all().map((a) => a.label)).toEqual(["Điều 41", "Điều 42", "Điều 5"]);
    expect(load(LLTP, CU_TRU, TT44)).toMatchObject({ imported: 0, unchanged: 3 });
    const audits = desk.db.select().from(auditLog).where(eq(auditLog.objectType, "regulation")).all();
    expect(audits.map((a) => a.action)).toEqual(["regulation.create", "regulation.create", "regulation.create"]);
    // A new text for one article, one article gone, one added: the same document, updated.
    const lltp = idOf("28/2009/QH12");
    const kept = articleId(lltp, "Điều 42");
    load({ ...LLTP, articles: [{ article: "điều 42", heading: "Nội dung", text: "Mới" }, { article: "Điều 43", heading: "", text: "" }] });
    const rows = desk.db.select().from(regulationArticles).where(eq(regulationArticles.regulationId, lltp)).all();
    expect(rows.map((a) => [a.label, a.text, a.position])).toEqual([
      ["Điều 42", "Mới", 0],
      ["Điều 43", "", 1],
    ]);
    expect(rows[0]!.id).toBe(kept);
    expect(desk.db.select().from(regulations).all()).toHaveLength(3);
  });

  it("a line giving a placeholder's number completes it, keeping its id and its citations", () => {
    load(TT44);
    const placeholder = desk.db.select().from(regulations).get()!;
    upsertPublishedEntries(desk.db, null, [entry("A", [{ document: "Thông tư 44", article: "Điều 3" }])], desk.now.value);
    // A made-up number for the test only: the real one is not known here.
    load({ ...TT44, number: "99/2099/TT-BCA", incomplete: false, articles: [{ article: "Điều 3", heading: "", text: "…" }] });
    expect(desk.db.select().from(regulations).all()).toMatchObject([{ id: placeholder.id, number: "99/2099/TT-BCA", incomplete: false }]);
    expect(citationsOf("A")).toEqual([{ document: "Thông tư 44", regulationId: placeholder.id, articleId: articleId(placeholder.id, "Điều 3") }]);
  });

  it("exports the same shape, and export → import → export round-trips", () => {
    load(LLTP, CU_TRU, TT44);
    setArticleStatus(desk.db, advisor(), idOf("68/2020/QH14"), articleId(idOf("68/2020/QH14"), "Điều 5"), { status: "amended", since: "2026-01-01" }, desk.now.value);
    const first = toJsonl(regulationsForExport(desk.db));
    const other = createTestDesk();
    try {
      const { entries, errors } = parseRegulationsJsonl(Buffer.from(first));
      expect(errors).toEqual([]);
      expect(importRegulations(other.db, null, entries, other.now.value, TZ).imported).toBe(3);
      expect(toJsonl(regulationsForExport(other.db))).toBe(first);
    } finally {
      other.close();
    }
    const lines = first.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.find((l) => l.number === null)).toMatchObject({ title: TT44.title, incomplete: true });
    expect(lines.find((l) => l.number === "68/2020/QH14").articles[0]).toMatchObject({ article: "Điều 5", status: "amended", status_since: "2026-01-01" });
    // Importing the export into the same database changes nothing.
    expect(load(...lines)).toMatchObject({ imported: 0, unchanged: 3 });
  });
});

describe("citations point at the register", () => {
  it("kb:import resolves by number, title or alias, with the article; the text stays as typed", () => {
    load(LLTP, CU_TRU, TT44);
    upsertPublishedEntries(desk.db, null, [entry("A", [{ document: "Luật Lý lịch tư pháp 2009", article: "Điều 41 khoản 2" }, { document: "Thông tư 44", article: "" }]), entry("B", [{ document: "Luật số 28/2009/QH12", article: "" }]), entry("C", [{ document: "Thông tư 55/2025/TT-BCA", article: "Điều 1" }])], desk.now.value);
    const lltp = idOf("28/2009/QH12");
    const tt44 = desk.db.select().from(regulations).where(eq(regulations.title, TT44.title)).get()!.id;
    expect(citationsOf("A")).toEqual([
      { document: "Luật Lý lịch tư pháp 2009", regulationId: lltp, articleId: articleId(lltp, "Điều 41") },
      { document: "Thông tư 44", regulationId: tt44, articleId: null },
    ]);
    expect(citationsOf("B")).toEqual([{ document: "Luật số 28/2009/QH12", regulationId: lltp, articleId: null }]);
    expect(citationsOf("C")).toEqual([{ document: "Thông tư 55/2025/TT-BCA", regulationId: null, articleId: null }]);
    expect(unresolvedCitations(desk.db).items.map((u) => [u.ref, u.document, u.problem])).toEqual([["C", "Thông tư 55/2025/TT-BCA", "unknown_document"]]);
  });

  it("the editor's create and edit paths link citations too", () => {
    load(LLTP);
    const categoryId = desk.db.select().from(categories).get()!.id;
    const content = { title: "Phiếu số 1", question: "Câu hỏi đủ dài", answer: "Trả lời", categoryId, tags: [], citations: [{ document: "luat ly lich tu phap", article: "điều 42" }] };
    const id = createEntry(desk.db, advisor(), { ...content, sourceQuestionId: null }, { publish: true, waivePii: false }, desk.now.value);
    const lltp = idOf("28/2009/QH12");
    expect(desk.db.select().from(kbCitations).where(eq(kbCitations.entryId, id)).get()).toMatchObject({ document: "luat ly lich tu phap", regulationId: lltp, articleId: articleId(lltp, "Điều 42") });
    editEntry(desk.db, advisor(), id, { ...content, citations: [{ document: "Bộ luật Hình sự 2015", article: "Điều 70" }], note: "Đổi căn cứ" }, { publish: false, waivePii: false }, desk.now.value);
    expect(desk.db.select().from(kbCitations).where(eq(kbCitations.entryId, id)).get()).toMatchObject({ regulationId: null, articleId: null });
  });

  it("a document added later, or a new alias, links the citations nothing matched before", () => {
    upsertPublishedEntries(desk.db, null, [entry("A", [{ document: "Luật Cư trú 2020", article: "Điều 5" }]), entry("B", [{ document: "Luật CT", article: "" }])], desk.now.value);
    expect(unresolvedCitations(desk.db)).toMatchObject({ total: 2 });
    expect(unresolvedCitations(desk.db, 1)).toMatchObject({ items: [{ ref: "A" }], total: 2 }); // the page shows the first ones
    expect(load(CU_TRU).linked).toBe(1);
    const cuTru = idOf("68/2020/QH14");
    expect(citationsOf("A")).toEqual([{ document: "Luật Cư trú 2020", regulationId: cuTru, articleId: articleId(cuTru, "Điều 5") }]);
    updateRegulation(desk.db, advisor(), cuTru, { number: CU_TRU.number, title: CU_TRU.title, issuer: "Quốc hội", effectiveDate: "2021-07-01", aliases: ["Luật CT"], incomplete: false }, desk.now.value);
    expect(citationsOf("B")).toEqual([{ document: "Luật CT", regulationId: cuTru, articleId: null }]);
    expect(unresolvedCitations(desk.db)).toEqual({ items: [], total: 0 });
  });

  it("at start, citations written before the register could be followed are linked, once", () => {
    load(LLTP);
    upsertPublishedEntries(desk.db, null, [entry("A", [{ document: "Luật Lý lịch tư pháp 2009", article: "Điều 41" }])], desk.now.value);
    desk.db.update(kbCitations).set({ regulationId: null, articleId: null }).run(); // as 0012 left them
    expect(linkCitationsAtStart(desk.db)).toBe(1);
    expect(citationsOf("A")[0]!.articleId).toBe(articleId(idOf("28/2009/QH12"), "Điều 41"));
    expect(linkCitationsAtStart(desk.db)).toBe(0);
  });
});

describe("amendments reach every citing entry", () => {
  beforeEach(() => {
    load(LLTP, CU_TRU);
    upsertPublishedEntries(
      desk.db,
      null,
      [
        entry("A", [{ document: "Luật Lý lịch tư pháp 2009", article: "Điều 41" }]),
        entry("B", [{ document: "28/2009/QH12", article: "" }]),
        entry("C", [{ document: "luat ly lich tu phap", article: "Điều 42" }]),
        entry("D", [{ document: "Luật Cư trú 2020", article: "Điều 5" }]),
      ],
      desk.now.value,
    );
  });

  it("a document amended flags every entry citing it, however spelled; the reason names it and the day", () => {
    expect(setRegulationStatus(desk.db, advisor(), idOf("28/2009/QH12"), { status: "amended", since: "2026-07-01" }, desk.now.value)).toEqual({ flagged: 3 });
    expect(flagged()).toEqual(["A", "B", "C"]);
    expect(desk.db.select().from(kbEntries).where(eq(kbEntries.ref, "C")).get()!.flagReason).toBe("Luật Lý lịch tư pháp (28/2009/QH12) đã được sửa đổi, bổ sung từ ngày 01/07/2026");
    expect(desk.db.select().from(auditLog).where(eq(auditLog.action, "kb.flag")).all()).toHaveLength(3);
    expect(desk.db.select().from(auditLog).where(eq(auditLog.action, "regulation.status")).get()).toMatchObject({ fromState: "in_force", toState: "amended" });
  });

  it("an article amended flags entries citing it and those citing the whole document, not its other articles", () => {
    const lltp = idOf("28/2009/QH12");
    expect(setArticleStatus(desk.db, advisor(), lltp, articleId(lltp, "Điều 41"), { status: "replaced", since: "2026-12-01" }, desk.now.value)).toEqual({ flagged: 2 });
    expect(flagged()).toEqual(["A", "B"]);
    expect(desk.db.select().from(kbEntries).where(eq(kbEntries.ref, "A")).get()!.flagReason).toBe("Điều 41 Luật Lý lịch tư pháp (28/2009/QH12) đã bị thay thế từ ngày 01/12/2026");
    expect(desk.db.select().from(regulationArticles).where(eq(regulationArticles.id, articleId(lltp, "Điều 41"))).get()).toMatchObject({ status: "replaced", statusSince: "2026-12-01" });
    expect(desk.db.select().from(auditLog).where(eq(auditLog.action, "regulation.article_status")).get()!.data).toMatchObject({ article: "Điều 41", flaggedEntries: expect.any(Array) });
  });

  it("an import that marks a document replaced flags its entries in the same transaction", () => {
    expect(load({ ...CU_TRU, status: "replaced", status_since: "2027-01-01" }).flagged).toBe(1);
    expect(flagged()).toEqual(["D"]);
  });
});
