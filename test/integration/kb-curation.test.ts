// The curation path over HTTP, for each role: the team proposes, the board writes, publishes,
// edits (versions), retires and supersedes entries; the personal-data guard; votes. Each step is
// checked in the database (rows, audit, search index, notifications), not only by status code.
import { and, eq, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { auditLog, categories, kbCitations, kbEntries, kbEntryVersions, kbProposals, kbTags, kbVotes, notifications, questions, ROLES } from "../../db/schema.js";
import { can } from "../../src/auth/permissions.js";
import { upsertPublishedEntries } from "../../src/services/kb-entries.js";
import { createTestDesk, idFromLocation, type Session, type TestDesk } from "../support/app.js";

let desk: TestDesk;
let officer: Session;
let answerer: Session;
let advisor: Session;
let officerId: number;
let advisorId: number;
let category: number;

beforeEach(async () => {
  desk = createTestDesk(); // Tue 24/11/2026 09:00 Hà Nội
  officerId = await desk.addUser("canbo", ["officer"]);
  await desk.addUser("giaidap", ["answerer"], { name: "Nguyễn Văn Minh", specialties: ["xoa-an-tich"] });
  advisorId = await desk.addUser("covan", ["advisor"], { name: "Lê Quang Cố Vấn" });
  officer = await desk.login("canbo");
  answerer = await desk.login("giaidap");
  advisor = await desk.login("covan");
  category = desk.db.select().from(categories).where(eq(categories.code, "xoa-an-tich")).get()!.id;
});
afterEach(() => desk.close());

const at = (iso: string) => (desk.now.value = new Date(iso));
const entry = (id: number) => desk.db.select().from(kbEntries).where(eq(kbEntries.id, id)).get()!;
const versionRows = (id: number) => desk.db.select().from(kbEntryVersions).where(eq(kbEntryVersions.entryId, id)).all();
const audits = (type: string, id: number) =>
  desk.db.select().from(auditLog).where(and(eq(auditLog.objectType, type), eq(auditLog.objectId, String(id)))).all();
const ftsRowids = (term: string) => desk.db.all<{ rowid: number }>(sql`SELECT rowid FROM kb_fts WHERE kb_fts MATCH ${term}`).map((r) => r.rowid);

async function answeredQuestion(title = "Thời hạn xóa án tích với án treo") {
  const res = await officer.post("/questions", { title, body: "Người được hưởng án treo thì sau bao lâu được xóa án tích?", category: String(category) });
  const id = idFromLocation(res);
  await answerer.post(`/questions/${id}/answers`, { body: "Theo **khoản 2 Điều 70** Bộ luật Hình sự: sau 01 năm kể từ khi hết thời gian thử thách." });
  return id;
}

const ENTRY = {
  title: "Thời hạn xóa án tích đối với người được hưởng án treo",
  question: "Người được hưởng án treo thì sau bao lâu được đương nhiên xóa án tích?",
  answer: "Theo khoản 2 Điều 70 Bộ luật Hình sự, người được hưởng án treo đương nhiên được xóa án tích sau **01 năm** kể từ khi hết thời gian thử thách.",
  tags: "xóa án tích, án treo",
  citation_document: ["Bộ luật Hình sự 2015", "Thông tư 44/2018/TT-BCA", "", ""],
  citation_article: ["Khoản 2 Điều 70", "", "", ""],
};

// Ghi chú thay đổi: every version after the first needs one.
const NOTE = { change_note: "Sửa theo góp ý của Ban cố vấn" };

async function create(form: Record<string, string | string[]> = {}) {
  const res = await advisor.post("/kb", { ...ENTRY, category: String(category), ...form });
  expect(res.status).toBe(303);
  expect(res.headers.get("location")).toMatch(/^\/kb\/\d+$/);
  return idFromLocation(res);
}

describe("the team proposes an answered question", () => {
  it("only once it is answered, only the team, only once at a time; the page shows the state", async () => {
    const res = await officer.post("/questions", { title: "Chưa trả lời thì chưa đề xuất", body: "Nội dung câu hỏi đủ dài.", category: String(category) });
    const open = idFromLocation(res);
    expect((await answerer.post(`/questions/${open}/propose`, {})).status).toBe(409);

    const id = await answeredQuestion();
    const before = await (await answerer.get(`/questions/${id}`)).text();
    expect(before).toContain("Đề xuất đưa vào kho hỏi – đáp");
    expect(await (await officer.get(`/questions/${id}`)).text()).not.toContain(`/questions/${id}/propose`);
    expect((await officer.post(`/questions/${id}/propose`, {})).status).toBe(403);
    expect((await advisor.post(`/questions/${id}/propose`, {})).status).toBe(403);

    const proposed = await answerer.post(`/questions/${id}/propose`, { note: "Câu hỏi gặp nhiều ở phường" });
    expect(proposed.status).toBe(303);
    expect(proposed.headers.get("location")).toBe(`/questions/${id}`);
    const rows = desk.db.select().from(kbProposals).all();
    expect(rows).toMatchObject([{ questionId: id, status: "open", note: "Câu hỏi gặp nhiều ở phường" }]);
    expect(audits("question", id).map((a) => a.action)).toContain("question.propose");
    expect(await (await answerer.get(`/questions/${id}`)).text()).toContain("Đã đề xuất");

    expect((await answerer.post(`/questions/${id}/propose`, {})).status).toBe(409);
    expect(desk.db.select().from(kbProposals).all()).toHaveLength(1);
  });

  it("a closed question can be proposed too; a note over 2000 characters is refused (422)", async () => {
    const id = await answeredQuestion();
    await officer.post(`/questions/${id}/close`);
    expect((await answerer.post(`/questions/${id}/propose`, { note: "x".repeat(2001) })).status).toBe(422);
    expect((await answerer.post(`/questions/${id}/propose`, {})).status).toBe(303);
  });

  it("the board sees it on /review and writes an entry from it, prefilled from the question and its answer", async () => {
    const id = await answeredQuestion();
    await answerer.post(`/questions/${id}/propose`, { note: "Nên đưa vào kho" });
    const proposal = desk.db.select().from(kbProposals).get()!;
    const review = await advisor.get("/review");
    expect(review.status).toBe(200);
    const html = await review.text();
    expect(html).toContain("Thời hạn xóa án tích với án treo");
    expect(html).toContain("Nguyễn Văn Minh");
    expect(html).toContain("Nên đưa vào kho");
    expect(html).toContain(`href="/questions/${id}"`);
    expect(html).toContain(`href="/kb/new?proposal=${proposal.id}"`);
    expect(html).toContain("Soạn mục hỏi – đáp");

    const form = await (await advisor.get(`/kb/new?proposal=${proposal.id}`)).text();
    expect(form).toContain('value="Thời hạn xóa án tích với án treo"');
    expect(form).toContain("sau 01 năm kể từ khi hết thời gian thử thách");
    expect(form).toContain(`name="source_question_id" value="${id}"`);
    expect(form).toMatch(new RegExp(`<option value="${category}" selected`));
    expect(form.match(/name="citation_document"/g)!.length).toBeGreaterThanOrEqual(3);
    expect(form).toContain('hx-post="/preview"');

    const entryId = await create({ source_question_id: String(id) });
    expect(entry(entryId).sourceQuestionId).toBe(id);
    expect(desk.db.select().from(kbProposals).get()).toMatchObject({ status: "accepted", entryId, resolvedBy: advisorId });
    expect(await (await advisor.get("/review")).text()).toContain("Không có đề xuất nào đang chờ.");
  });

  it("a dismissed proposal leaves the review page, and the team may propose again", async () => {
    const id = await answeredQuestion();
    await answerer.post(`/questions/${id}/propose`, {});
    const p = desk.db.select().from(kbProposals).get()!;
    expect((await answerer.post(`/review/proposals/${p.id}/dismiss`)).status).toBe(403);
    expect((await advisor.post(`/review/proposals/${p.id}/dismiss`)).status).toBe(303);
    expect(desk.db.select().from(kbProposals).get()).toMatchObject({ status: "dismissed", resolvedBy: advisorId });
    expect((await advisor.post(`/review/proposals/${p.id}/dismiss`)).status).toBe(409);
    expect((await answerer.post(`/questions/${id}/propose`, {})).status).toBe(303);
  });
});

describe("who may curate", () => {
  it.each(ROLES)("%s: /review, /kb/new and POST /kb follow kb.curate", async (role) => {
    await desk.addUser(`user-${role}`, [role]);
    const s = await desk.login(`user-${role}`);
    const allowed = can([role], "kb.curate");
    expect((await s.get("/review")).status).toBe(allowed ? 200 : 403);
    expect((await s.get("/kb/new")).status).toBe(allowed ? 200 : 403);
    const res = await s.post("/kb", { ...ENTRY, category: String(category) });
    expect(res.status).toBe(allowed ? 303 : 403);
    expect(desk.db.select().from(kbEntries).all()).toHaveLength(allowed ? 1 : 0);
    if (!allowed) expect(await res.text()).toContain("Không có quyền");
  });

  it("the answer team may propose but not write, publish, retire or edit entries", async () => {
    const id = await create({ publish: "1" });
    for (const path of [`/kb/${id}`, `/kb/${id}/publish`, `/kb/${id}/retire`, `/kb/${id}/reviewed`, `/kb/${id}/supersede`]) {
      expect((await answerer.post(path, { ...ENTRY, category: String(category), by: "1" })).status).toBe(403);
    }
    expect((await answerer.get(`/kb/${id}/edit`)).status).toBe(403);
    expect((await answerer.get(`/kb/${id}/versions`)).status).toBe(403);
    expect(entry(id)).toMatchObject({ status: "published", version: 1 });
  });

  it("advisors land on the review page and find it in the navigation", async () => {
    expect((await advisor.get("/")).headers.get("location")).toBe("/review");
    expect(await (await advisor.get("/kb")).text()).toContain('href="/review"');
    expect(await (await officer.get("/kb")).text()).not.toContain('href="/review"');
  });
});

describe("writing an entry", () => {
  it("saves a draft: version 1 with its version row, tags, citations, KB-0001; drafts are the board's only", async () => {
    const id = await create();
    expect(entry(id)).toMatchObject({ ref: "KB-0001", status: "draft", version: 1, createdBy: advisorId, publishedAt: null });
    expect(versionRows(id)).toMatchObject([
      { version: 1, title: ENTRY.title, tags: ["xóa án tích", "án treo"], citations: [{ document: "Bộ luật Hình sự 2015", article: "Khoản 2 Điều 70" }, { document: "Thông tư 44/2018/TT-BCA", article: "" }], editedBy: advisorId },
    ]);
    expect(desk.db.select({ tag: kbTags.tag }).from(kbTags).all().map((t) => t.tag)).toEqual(["xóa án tích", "án treo"]);
    expect(desk.db.select().from(kbCitations).all()).toHaveLength(2);
    expect(audits("kb_entry", id).map((a) => a.action)).toEqual(["kb.create"]);
    expect(ftsRowids("treo")).toEqual([]);

    expect((await officer.get(`/kb/${id}`)).status).toBe(404);
    expect((await answerer.get(`/kb/${id}`)).status).toBe(404);
    const page = await (await advisor.get(`/kb/${id}`)).text();
    expect(page).toContain("Bản nháp");
    expect(page).toContain("Khoản 2 Điều 70, Bộ luật Hình sự 2015");
    expect(await (await advisor.get("/review")).text()).toContain(ENTRY.title);

    expect(entry(await create()).ref).toBe("KB-0002");
  });

  it("numbers refs after the highest in use, imported ones included", async () => {
    upsertPublishedEntries(desk.db, null, [{ ref: "KB-0033", title: "Mục nhập từ tệp", question: "Câu hỏi nhập", answer: "Trả lời nhập", category: "xoa-an-tich", tags: [], citations: [] }], desk.now.value);
    expect(entry(await create()).ref).toBe("KB-0034");
  });

  it("publishes at once with publish=1: indexed, the asker notified, the question links to it", async () => {
    const q = await answeredQuestion();
    const id = await create({ publish: "1", source_question_id: String(q) });
    expect(entry(id)).toMatchObject({ status: "published", publishedAt: desk.now.value });
    expect(ftsRowids("treo")).toEqual([id]);
    expect(audits("kb_entry", id).map((a) => a.action)).toEqual(["kb.create", "kb.publish"]);
    expect(desk.db.select().from(notifications).where(and(eq(notifications.userId, officerId), eq(notifications.kind, "kb_published"))).all()).toHaveLength(1);
    const question = await (await officer.get(`/questions/${q}`)).text();
    expect(question).toContain("Đã đưa vào kho hỏi – đáp");
    expect(question).toContain(`href="/kb/${id}"`);
    expect(await (await officer.get("/notifications")).text()).toContain(`Câu hỏi #${q} của đồng chí đã được đưa vào kho hỏi – đáp`);
    expect((await officer.get(`/kb/${id}`)).status).toBe(200);
    // Already in the knowledge base: no new proposal for it.
    expect((await answerer.post(`/questions/${q}/propose`, {})).status).toBe(409);
  });

  it("publishes a draft later (POST /kb/:id/publish), once", async () => {
    const q = await answeredQuestion();
    const id = await create({ source_question_id: String(q) });
    at("2026-11-25T02:00:00Z");
    expect((await advisor.post(`/kb/${id}/publish`)).status).toBe(303);
    expect(entry(id)).toMatchObject({ status: "published", publishedAt: new Date("2026-11-25T02:00:00Z") });
    expect(ftsRowids("treo")).toEqual([id]);
    expect(desk.db.select().from(notifications).where(eq(notifications.kind, "kb_published")).all()).toMatchObject([{ userId: officerId, questionId: q }]);
    expect(audits("question", q).map((a) => a.action)).toContain("question.kb_published");
    const page = await (await officer.get(`/kb/${id}`)).text();
    expect(page).toContain("rà soát lần cuối 25/11/2026");
    expect(page).not.toContain("Thao tác của Ban cố vấn");
    const again = await advisor.post(`/kb/${id}/publish`);
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("Chỉ đăng được bản nháp");
  });

  it("refuses bad input with 422 and keeps everything typed", async () => {
    const res = await advisor.post("/kb", {
      ...ENTRY,
      title: "",
      category: String(category),
      citation_document: ["Nghị định 111/2010/NĐ-CP", "", ""],
      citation_article: ["Điều 5", "Điều 9", ""],
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("Xin nhập tiêu đề.");
    expect(html).toContain(ENTRY.answer);
    expect(html).toContain('value="Nghị định 111/2010/NĐ-CP"');
    expect(html).toContain('value="Điều 9"');
    expect(html).toContain('value="xóa án tích, án treo"');

    const orphan = await advisor.post("/kb", { ...ENTRY, category: String(category), citation_document: ["", ""], citation_article: ["", "Điều 9"] });
    expect(orphan.status).toBe(422);
    expect(await orphan.text()).toContain("xin ghi tên văn bản");

    const badCategory = await advisor.post("/kb", { ...ENTRY, category: "9999" });
    expect(badCategory.status).toBe(422);
    const badHtml = await badCategory.text();
    expect(badHtml).toContain("Lĩnh vực không hợp lệ");
    expect(badHtml).toContain(ENTRY.answer);

    expect((await advisor.post("/kb", { ...ENTRY, category: String(category), source_question_id: "424242" })).status).toBe(422);
    expect(desk.db.select().from(kbEntries).all()).toHaveLength(0);
  });
});

describe("the personal-data guard", () => {
  const PERSONAL = {
    ...ENTRY,
    question: "Ông Trần Văn Hùng, SĐT 0912 345 678, hỏi về thời hạn xóa án tích khi được hưởng án treo.",
  };

  it("blocks publishing with the findings listed and highlighted; drafts may be saved with them", async () => {
    const res = await advisor.post("/kb", { ...PERSONAL, category: String(category), publish: "1" });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("Chưa đăng được");
    expect(html).toContain("Số điện thoại");
    expect(html).toContain("<mark>0912 345 678</mark>");
    expect(html).toContain("<mark>Trần Văn Hùng</mark>");
    expect(html).toContain('name="waive_pii"');
    expect(html).toContain(ENTRY.answer); // everything kept
    expect(desk.db.select().from(kbEntries).all()).toHaveLength(0);

    const id = await create(PERSONAL);
    expect(entry(id).status).toBe("draft");
    const waived = await create({ ...PERSONAL, publish: "1", waive_pii: "1" });
    expect(entry(waived).status).toBe("published");
    expect(audits("kb_entry", waived).map((a) => a.action)).toEqual(["kb.create", "kb.pii_waived", "kb.publish"]);
    // The editor warns as soon as it opens.
    expect(await (await advisor.get(`/kb/${id}/edit`)).text()).toContain("Lưu ý: nội dung có thể chứa dữ liệu cá nhân");
  });

  it("publishing a draft needs the text fixed or an explicit, audited waiver", async () => {
    const id = await create(PERSONAL);
    const refused = await advisor.post(`/kb/${id}/publish`);
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain("<mark>0912 345 678</mark>");
    expect(entry(id).status).toBe("draft");

    expect((await advisor.post(`/kb/${id}/publish`, { waive_pii: "1" })).status).toBe(303);
    expect(entry(id).status).toBe("published");
    const waiver = audits("kb_entry", id).find((a) => a.action === "kb.pii_waived")!;
    expect(waiver.actorId).toBe(advisorId);
    expect(waiver.data).toEqual({
      findings: [
        { field: "question", kind: "name", match: "Trần Văn Hùng" },
        { field: "question", kind: "phone", match: "0912 345 678" },
      ],
    });
  });

  it("a fixed text publishes without a waiver", async () => {
    const id = await create(PERSONAL);
    expect((await advisor.post(`/kb/${id}`, { ...ENTRY, ...NOTE, category: String(category), publish: "1" })).status).toBe(303);
    expect(entry(id)).toMatchObject({ status: "published", version: 2 });
    expect(audits("kb_entry", id).map((a) => a.action)).not.toContain("kb.pii_waived");
  });

  it("flags an e-mail address and a street address, which it once let through", async () => {
    const res = await advisor.post("/kb", {
      ...ENTRY,
      answer: `${ENTRY.answer} Kết quả đã gửi về hung.tran@gmail.com và số nhà 7, đường Lê Lợi.`,
      category: String(category),
      publish: "1",
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("Địa chỉ thư điện tử");
    expect(html).toContain("<mark>hung.tran@gmail.com</mark>");
    expect(html).toContain("Địa chỉ nhà");
    expect(html).toContain("<mark>số nhà 7, đường Lê Lợi</mark>");
    expect(desk.db.select().from(kbEntries).all()).toHaveLength(0);
  });

  it("also guards edits of a published entry, whose text is public as soon as it is saved", async () => {
    const id = await create({ publish: "1" });
    const res = await advisor.post(`/kb/${id}`, { ...PERSONAL, ...NOTE, category: String(category) });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("<mark>0912 345 678</mark>");
    expect(entry(id)).toMatchObject({ version: 1, question: ENTRY.question });
    expect((await advisor.post(`/kb/${id}`, { ...PERSONAL, ...NOTE, category: String(category), waive_pii: "1" })).status).toBe(303);
    expect(entry(id)).toMatchObject({ version: 2, question: PERSONAL.question });
  });
});

describe("editing and versions", () => {
  it("every edit is a new version row; an unchanged save is not; versions compare word by word", async () => {
    const id = await create({ publish: "1" });
    at("2026-11-24T03:00:00Z");
    const v2 = { ...ENTRY, ...NOTE, category: String(category), answer: ENTRY.answer.replace("**01 năm**", "**02 năm**") };
    expect((await advisor.post(`/kb/${id}`, v2)).status).toBe(303);
    expect(entry(id)).toMatchObject({ version: 2, status: "published" });
    const v3 = { ...v2, title: "Thời hạn xóa án tích khi được hưởng án treo", tags: "án treo" };
    expect((await advisor.post(`/kb/${id}`, v3)).status).toBe(303);
    expect(entry(id).version).toBe(3);
    expect((await advisor.post(`/kb/${id}`, v3)).status).toBe(303);
    expect(entry(id).version).toBe(3);
    expect(versionRows(id).map((v) => v.version)).toEqual([1, 2, 3]);
    expect(desk.db.select({ tag: kbTags.tag }).from(kbTags).all().map((t) => t.tag)).toEqual(["án treo"]);
    expect(audits("kb_entry", id).filter((a) => a.action === "kb.edit").map((a) => a.data)).toEqual([{ version: 2, note: NOTE.change_note }, { version: 3, note: NOTE.change_note }]);

    const diff = await advisor.get(`/kb/${id}/versions?a=1&b=3`);
    expect(diff.status).toBe(200);
    const html = await diff.text();
    expect(html).toContain("Thay đổi từ phiên bản 1 đến phiên bản 3");
    expect(html).toContain("<del>01</del><ins>02</ins>");
    expect(html).toContain("<del>đối với người</del><ins>khi</ins>");
    expect(html).toMatch(/<del>xóa án tích, <\/del>án treo/);
    expect(html).toContain("Lĩnh vực<span class=\"muted\"> – không thay đổi</span>");
    expect((await officer.get(`/kb/${id}/versions`)).status).toBe(403);
  });

  it("the index follows the edited text", async () => {
    const id = await create({ publish: "1" });
    await advisor.post(`/kb/${id}`, { ...ENTRY, ...NOTE, category: String(category), question: "Câu hỏi về thử thách khi hưởng án treo được sửa lại" });
    expect(ftsRowids("sua")).toEqual([id]);
  });

  it("an entry imported without version rows keeps its imported text as the version before the edit", async () => {
    const { ids: [id] } = upsertPublishedEntries(desk.db, null, [{ ref: "KB-0100", title: "Mục nhập từ tệp", question: "Câu hỏi nhập từ tệp", answer: "Trả lời nhập từ tệp", category: "xoa-an-tich", tags: [], citations: [] }], desk.now.value);
    expect((await advisor.post(`/kb/${id}`, { ...ENTRY, ...NOTE, category: String(category) })).status).toBe(303);
    expect(versionRows(id!).map((v) => [v.version, v.title])).toEqual([
      [1, "Mục nhập từ tệp"],
      [2, ENTRY.title],
    ]);
  });

  it("an import stores its text once (no version row) yet shows it as a version; a re-import keeps what it replaced", async () => {
    const line = { ref: "KB-0101", title: "Bản nhập lần đầu", question: "Câu hỏi nhập lần đầu", answer: "Trả lời **cũ**", category: "xoa-an-tich", tags: ["nhập"], citations: [{ document: "Luật LLTP 2009", article: "Điều 7" }] };
    const { ids: [id] } = upsertPublishedEntries(desk.db, null, [line], desk.now.value);
    expect(versionRows(id!)).toEqual([]);
    const page = await (await advisor.get(`/kb/${id}/versions`)).text();
    expect(page).toContain("Bản nhập lần đầu");
    at("2026-11-24T03:00:00Z");
    upsertPublishedEntries(desk.db, null, [{ ...line, title: "Bản nhập lần hai", answer: "Trả lời **mới**" }], desk.now.value);
    expect(entry(id!)).toMatchObject({ version: 2, title: "Bản nhập lần hai" });
    expect(versionRows(id!).map((v) => [v.version, v.title, v.tags, v.citations])).toEqual([[1, "Bản nhập lần đầu", ["nhập"], line.citations]]);
    const diff = await (await advisor.get(`/kb/${id}/versions?a=1&b=2`)).text();
    expect(diff).toContain("Thay đổi từ phiên bản 1 đến phiên bản 2");
    expect(diff).toContain("<del>cũ</del><ins>mới</ins>");
  });
});

describe("retiring, superseding, reviewing", () => {
  it("retire takes the entry out of the index and out of sight for readers", async () => {
    const id = await create({ publish: "1" });
    expect(ftsRowids("treo")).toEqual([id]);
    expect((await advisor.post(`/kb/${id}/retire`)).status).toBe(303);
    expect(entry(id)).toMatchObject({ status: "retired", retiredBy: advisorId, retiredAt: desk.now.value });
    expect(ftsRowids("treo")).toEqual([]);
    expect(audits("kb_entry", id).map((a) => a.action)).toContain("kb.retire");
    expect((await officer.get(`/kb/${id}`)).status).toBe(404);
    expect(await (await advisor.get(`/kb/${id}`)).text()).toContain("Mục này đã ngừng áp dụng từ ngày 24/11/2026");
    const retireAgain = await advisor.post(`/kb/${id}/retire`);
    expect(retireAgain.status).toBe(409);
    expect(await retireAgain.text()).toContain("đã ngừng áp dụng; không thể sửa");
    expect((await advisor.post(`/kb/${id}`, { ...ENTRY, category: String(category) })).status).toBe(409);
  });

  it("supersede retires the entry and points to its published successor", async () => {
    const old = await create({ publish: "1" });
    const successor = await create({ publish: "1", title: "Thời hạn xóa án tích (quy định mới)" });
    const draft = await create();
    const refuse = async (by: string) => {
      const res = await advisor.post(`/kb/${old}/supersede`, { by });
      expect(res.status).toBe(422);
      return res.text();
    };
    expect(await refuse("KB-9999")).toContain("Không tìm thấy mục hỏi – đáp này.");
    expect(await refuse("99999")).toContain("Mục thay thế phải là một mục khác, đang được đăng.");
    expect(await refuse(String(old))).toContain("Mục thay thế phải là một mục khác, đang được đăng.");
    expect(await refuse(String(draft))).toContain("Mục thay thế phải là một mục khác, đang được đăng.");
    expect(entry(old).status).toBe("published");

    expect((await advisor.post(`/kb/${old}/supersede`, { by: entry(successor).ref })).status).toBe(303);
    expect(entry(old)).toMatchObject({ status: "retired", supersededById: successor });
    expect(ftsRowids("treo")).toEqual([successor]);
    expect(audits("kb_entry", old).find((a) => a.action === "kb.supersede")?.data).toMatchObject({ by: successor });
    const page = await (await advisor.get(`/kb/${old}`)).text();
    expect(page).toContain("Đã được thay thế bởi");
    expect(page).toContain(`href="/kb/${successor}"`);
    expect((await advisor.post(`/kb/${old}/supersede`, { by: String(successor) })).status).toBe(409);
  });

  it("a flagged entry shows on the review page until marked reviewed", async () => {
    const id = await create({ publish: "1" });
    desk.db.update(kbEntries).set({ flaggedAt: desk.now.value, flagReason: "Thông tư 44/2018/TT-BCA đã được sửa đổi, bổ sung" }).where(eq(kbEntries.id, id)).run();
    const review = await (await advisor.get("/review")).text();
    expect(review).toContain("Mục cần rà soát lại");
    expect(review).toContain("Thông tư 44/2018/TT-BCA đã được sửa đổi, bổ sung");
    expect(await (await advisor.get(`/kb/${id}`)).text()).toContain("Cần rà soát lại");

    at("2026-12-01T02:00:00Z");
    const res = await advisor.post(`/kb/${id}/reviewed`, { next: "/review" });
    expect(res.headers.get("location")).toBe("/review");
    expect(entry(id)).toMatchObject({ flaggedAt: null, flagReason: null, reviewedBy: advisorId, reviewedAt: new Date("2026-12-01T02:00:00Z") });
    expect(audits("kb_entry", id).map((a) => a.action)).toContain("kb.review");
    expect(await (await advisor.get("/review")).text()).toContain("Không có mục nào cần rà soát.");
    expect(await (await officer.get(`/kb/${id}`)).text()).toContain("rà soát lần cuối 01/12/2026");
  });
});

describe("helpful / not helpful", () => {
  it("one vote per reader, changeable, counted on the page", async () => {
    const id = await create({ publish: "1" });
    expect((await officer.post(`/kb/${id}/vote`, { helpful: "1" })).status).toBe(303);
    expect((await officer.post(`/kb/${id}/vote`, { helpful: "0" })).status).toBe(303);
    await answerer.post(`/kb/${id}/vote`, { helpful: "1" });
    const votes = desk.db.select().from(kbVotes).all();
    expect(votes).toHaveLength(2);
    expect(votes.find((v) => v.userId === officerId)?.helpful).toBe(false);
    const page = await (await officer.get(`/kb/${id}`)).text();
    expect(page).toContain("Có ích (1)");
    expect(page).toContain("Chưa có ích (1)");
    expect(page).toMatch(/aria-pressed="true"[^>]*>\s*Chưa có ích/);
    expect((await officer.post(`/kb/${id}/vote`, { helpful: "2" })).status).toBe(422);
  });

  it("drafts cannot be voted on", async () => {
    const id = await create();
    expect((await officer.post(`/kb/${id}/vote`, { helpful: "1" })).status).toBe(404);
    expect(desk.db.select().from(kbVotes).all()).toHaveLength(0);
  });
});

it("non-numeric /kb paths are left to the other knowledge-base routes", async () => {
  expect((await officer.get("/kb/khong-co")).status).toBe(404);
  expect(desk.db.select().from(questions).all()).toHaveLength(0);
});
