// The register's pages: documents, articles, their status, and citations that point at them.
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { auditLog, categories, kbCitations, kbEntries, regulationArticles, regulations } from "../../db/schema.js";
import { upsertPublishedEntries } from "../../src/services/kb-entries.js";
import { importRegulations, parseRegulationsJsonl } from "../../src/services/regulation-import.js";
import { createTestDesk, idFromLocation, type Session, type TestDesk } from "../support/app.js";
import { citingEntry, flaggedRefs, LLTP_LINE } from "../support/kb.js";

let desk: TestDesk;
let advisor: Session;
let officer: Session;
const entry = (ref: string, document: string, article = "Điều 41") => citingEntry(ref, [{ document, article }]);

beforeEach(async () => {
  desk = createTestDesk();
  await desk.addUser("covan", ["advisor"]);
  await desk.addUser("canbo", ["officer"]);
  advisor = await desk.login("covan");
  officer = await desk.login("canbo");
  upsertPublishedEntries(desk.db, null, [entry("A", "Luật Lý lịch tư pháp 2009"), entry("B", "Luật số 28/2009/QH12", ""), entry("C", "Luật Căn cước 2023"), entry("D", "LLTP", "Điều 42")], desk.now.value);
});
afterEach(() => desk.close());

const add = (form: Record<string, string> = {}) =>
  advisor.post("/regulations", { number: "28/2009/QH12", title: "Luật Lý lịch tư pháp", issuer: "Quốc hội", effective_date: "2010-07-01", aliases: "", ...form });
const regulationId = () => desk.db.select().from(regulations).get()!.id;

// The register with the text of two articles, as regulations:import writes it.
function withArticles() {
  const line = { ...LLTP_LINE, aliases: ["LLTP"] };
  importRegulations(desk.db, null, parseRegulationsJsonl(Buffer.from(JSON.stringify(line))).entries, desk.now.value, "Asia/Ho_Chi_Minh");
  const id = regulationId();
  const article = (label: string) => desk.db.select().from(regulationArticles).where(eq(regulationArticles.label, label)).get()!.id;
  return { id, a41: article("Điều 41"), a42: article("Điều 42") };
}

describe("adding documents", () => {
  it("adds one, links the citations it resolves, and refuses a duplicate number (409) keeping the input", async () => {
    const res = await add({ aliases: "LLTP\n\nLuật LLTP" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/regulations/${regulationId()}?done=added`);
    expect(desk.db.select().from(regulations).get()).toMatchObject({ aliases: ["LLTP", "Luật LLTP"], incomplete: false });
    const linked = desk.db.select().from(kbCitations).all().filter((c) => c.regulationId === regulationId()).length;
    expect(linked).toBe(3); // A (title with its year), B (number), D (alias); not C
    const again = await add({ title: "Bản trùng" });
    expect(again.status).toBe(409);
    const html = await again.text();
    expect(html).toContain("đã có trong danh mục");
    expect(html).toContain('value="Bản trùng"');
    expect(desk.db.select().from(regulations).all()).toHaveLength(1);
  });

  it("keeps a document without a number only as a marked placeholder", async () => {
    const refused = await add({ number: "", title: "Thông tư số 44 của Bộ Công an" });
    expect(refused.status).toBe(422);
    const html = await refused.text();
    expect(html).toContain("Văn bản chưa đủ thông tin");
    expect(html).toContain('value="Thông tư số 44 của Bộ Công an"');
    expect((await add({ number: "", title: "Thông tư số 44 của Bộ Công an", effective_date: "", incomplete: "1" })).status).toBe(303);
    expect(desk.db.select().from(regulations).get()).toMatchObject({ number: null, incomplete: true, effectiveDate: null });
    const list = await (await officer.get("/regulations")).text();
    expect(list).toContain("Chưa đủ thông tin");
  });
});

describe("a document's page and its articles", () => {
  it("lists the document with its aliases and article count, shows its articles with anchors and each article's page", async () => {
    const { id, a41 } = withArticles();
    const list = await (await officer.get("/regulations")).text();
    expect(list).toContain(`href="/regulations/${id}"`);
    expect(list).toContain("Tên gọi khác: LLTP");
    expect(list).toMatch(/data-label="Số điều">2</);
    expect(list).toContain('data-label="Hiệu lực từ">01/07/2010<'); // a register date has no weekday
    const page = await (await officer.get(`/regulations/${id}`)).text();
    expect(page).toContain('id="dieu-41"');
    expect(page).toContain(`href="/regulations/${id}/articles/${a41}"`);
    expect(page).not.toContain(`action="/regulations/${id}/status"`); // officers read only
    const article = await (await officer.get(`/regulations/${id}/articles/${a41}`)).text();
    expect(article).toContain("Điều 41. Phiếu lý lịch tư pháp");
    expect(article).toContain("<p>a) Phiếu lý lịch tư pháp số 1;</p>");
    expect(article).toContain('href="/kb/'); // entry A cites it
    expect(article).toContain("Mục A");
    expect(article).not.toContain("Mục D");
  });

  it("answers 404 for ids that are not there", async () => {
    const { id } = withArticles();
    for (const path of ["/regulations/999", `/regulations/${id}/articles/999`, "/regulations/abc", `/regulations/999/articles/1`]) {
      const res = await officer.get(path);
      expect(res.status, path).toBe(404);
      expect(await res.text()).toContain("Không tìm thấy");
    }
    expect((await advisor.post("/regulations/999/status", { status: "amended" })).status).toBe(404);
    expect((await advisor.post(`/regulations/${id}/articles/999/status`, { status: "amended" })).status).toBe(404);
  });

  it("edits a document: a new alias links the citations it now names; a bad date comes back with the form (422)", async () => {
    await add();
    const id = regulationId();
    const bad = await advisor.post(`/regulations/${id}`, { number: "28/2009/QH12", title: "Luật Lý lịch tư pháp", effective_date: "2010-02-30", aliases: "Bí danh" });
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain("Ngày có hiệu lực không hợp lệ.");
    expect(html).toContain("Bí danh</textarea>");
    const d = () => desk.db.select().from(kbCitations).where(eq(kbCitations.document, "LLTP")).get()!;
    desk.db.update(kbCitations).set({ regulationId: null }).where(eq(kbCitations.document, "LLTP")).run();
    const ok = await advisor.post(`/regulations/${id}`, { number: "28/2009/QH12", title: "Luật Lý lịch tư pháp", effective_date: "2010-07-01", aliases: "LLTP" });
    expect(ok.headers.get("location")).toBe(`/regulations/${id}?done=saved`);
    expect(d().regulationId).toBe(id);
    expect(desk.db.select().from(auditLog).where(eq(auditLog.action, "regulation.update")).get()!.data).toMatchObject({ after: { aliases: ["LLTP"] } });
  });
});

describe("amendments", () => {
  it("a document amended flags every published entry citing it, however spelled; audited", async () => {
    await add({ aliases: "LLTP" });
    const id = regulationId();
    const res = await advisor.post(`/regulations/${id}/status`, { status: "amended", since: "2026-07-01" });
    expect(res.headers.get("location")).toBe(`/regulations/${id}?done=status&flagged=3`);
    expect(flaggedRefs(desk.db)).toEqual(["A", "B", "D"]);
    expect(desk.db.select().from(kbEntries).where(eq(kbEntries.ref, "A")).get()!.flagReason).toBe("Luật Lý lịch tư pháp (28/2009/QH12) đã được sửa đổi, bổ sung từ ngày 01/07/2026");
    expect(desk.db.select().from(auditLog).where(eq(auditLog.action, "kb.flag")).all()).toHaveLength(3);
    expect(desk.db.select().from(auditLog).where(eq(auditLog.action, "regulation.status")).get()!).toMatchObject({ fromState: "in_force", toState: "amended" });
    expect(await (await advisor.get(res.headers.get("location")!)).text()).toContain("3 mục hỏi – đáp được đánh dấu cần rà soát");
  });

  it("an article amended (dated today when no day is given) flags the entries citing it or the whole document", async () => {
    const { id, a42 } = withArticles();
    const res = await advisor.post(`/regulations/${id}/articles/${a42}/status`, { status: "amended", since: "" });
    expect(res.headers.get("location")).toBe(`/regulations/${id}/articles/${a42}?done=status&flagged=2`);
    expect(flaggedRefs(desk.db)).toEqual(["B", "D"]);
    expect(desk.db.select().from(kbEntries).where(eq(kbEntries.ref, "D")).get()!.flagReason).toBe("Điều 42 Luật Lý lịch tư pháp (28/2009/QH12) đã được sửa đổi, bổ sung từ ngày 24/11/2026");
    const article = await (await officer.get(`/regulations/${id}/articles/${a42}`)).text();
    expect(article).toContain("Đã sửa đổi, bổ sung từ 24/11/2026");
    // The officer reading the entry sees why, and the citation leads to the article.
    const d = desk.db.select().from(kbEntries).where(eq(kbEntries.ref, "D")).get()!;
    const page = await (await officer.get(`/kb/${d.id}`)).text();
    expect(page).toContain(`<a href="/regulations/${id}/articles/${a42}">Điều 42 Luật Lý lịch tư pháp (28/2009/QH12)</a> đã được sửa đổi, bổ sung từ ngày 24/11/2026.`);
    expect(page).toContain(`<a href="/regulations/${id}/articles/${a42}">Điều 42, LLTP</a>`);
  });

  it("validates input (422) and refuses officers (403)", async () => {
    const { id, a41 } = withArticles();
    expect((await advisor.post("/regulations", { number: "", title: "x" })).status).toBe(422);
    const bad = await advisor.post(`/regulations/${id}/status`, { status: "gone" });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain("Tình trạng không hợp lệ.");
    const badDay = await advisor.post(`/regulations/${id}/articles/${a41}/status`, { status: "amended", since: "hôm qua" });
    expect(badDay.status).toBe(422);
    const refilled = await badDay.text();
    expect(refilled).toContain("Ngày áp dụng không hợp lệ.");
    expect(refilled).toContain('<option value="amended" selected="">');
    expect(refilled).toContain('value="hôm qua"');
    expect((await officer.get("/regulations")).status).toBe(200);
    expect((await officer.post("/regulations", { number: "1/2020/QH14", title: "Luật thử" })).status).toBe(403);
    expect((await officer.post(`/regulations/${id}/status`, { status: "amended" })).status).toBe(403);
    expect((await officer.post(`/regulations/${id}/articles/${a41}/status`, { status: "amended" })).status).toBe(403);
    expect((await officer.get("/regulations/unresolved")).status).toBe(403);
    expect(flaggedRefs(desk.db)).toEqual([]);
  });
});

describe("the entry editor", () => {
  it("links the citations of a new entry and of an edit to the register, keeping the text as typed", async () => {
    const { id, a41, a42 } = withArticles();
    const category = String(desk.db.select().from(categories).get()!.id);
    const form = { title: "Phiếu lý lịch tư pháp số 1", question: "Phiếu số 1 cấp cho ai?", answer: "Cấp cho công dân Việt Nam và người nước ngoài.", category, tags: "" };
    const res = await advisor.post("/kb", { ...form, citation_document: ["Luật Lý lịch tư pháp 2009", ""], citation_article: ["điều 41 khoản 1", ""], publish: "1" });
    const entryId = idFromLocation(res);
    const cited = () => desk.db.select({ document: kbCitations.document, article: kbCitations.article, regulationId: kbCitations.regulationId, articleId: kbCitations.articleId }).from(kbCitations).where(eq(kbCitations.entryId, entryId)).all();
    expect(cited()).toEqual([{ document: "Luật Lý lịch tư pháp 2009", article: "điều 41 khoản 1", regulationId: id, articleId: a41 }]);
    expect((await advisor.post(`/kb/${entryId}`, { ...form, citation_document: ["LLTP"], citation_article: ["Điều 42"], change_note: "Đổi căn cứ sang Điều 42" })).status).toBe(303);
    expect(cited()).toEqual([{ document: "LLTP", article: "Điều 42", regulationId: id, articleId: a42 }]);
  });
});

describe("citations that resolve to nothing", () => {
  it("are listed for the board with the entry and the text as typed", async () => {
    withArticles();
    upsertPublishedEntries(desk.db, null, [entry("E", "Luật Lý lịch tư pháp", "Điều 99")], desk.now.value);
    const page = await (await advisor.get("/regulations/unresolved")).text();
    expect(page).toContain("Luật Căn cước 2023");
    expect(page).toContain("Không khớp văn bản nào trong danh mục");
    expect(page).toContain("Văn bản không có điều này trong danh mục");
    const c = desk.db.select().from(kbEntries).where(eq(kbEntries.ref, "C")).get()!;
    expect(page).toContain(`href="/kb/${c.id}/edit"`);
    expect(page).not.toContain("Mục A");
    // The entry itself tells the board which of its citations match nothing.
    expect(await (await advisor.get(`/kb/${c.id}`)).text()).toContain(`Điều 41, Luật Căn cước 2023<span class="muted"> (chưa khớp văn bản nào trong danh mục)</span>`);
    expect(await (await officer.get(`/kb/${c.id}`)).text()).not.toContain("chưa khớp");
  });
});
