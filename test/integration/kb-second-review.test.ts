// Duyệt lần hai and change notes over HTTP: the admin's rule, a publication waiting for a second
// advisor, the author unable to approve their own, approval and send-back with their audit rows and
// notifications, readers keeping the published version meanwhile; change notes required and shown.
import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { categories, kbEntries, kbEntryVersions, kbSecondReviews, notifications } from "../../db/schema.js";
import { upsertPublishedEntries } from "../../src/services/kb-entries.js";
import { auditTrail, createTestDesk, idFromLocation, type Session, type TestDesk } from "../support/app.js";

let desk: TestDesk;
let officer: Session;
let author: Session;
let second: Session;
let admin: Session;
let authorId: number;
let secondId: number;
let category: string;

beforeEach(async () => {
  desk = createTestDesk();
  await desk.addUser("canbo", ["officer"]);
  authorId = await desk.addUser("covan1", ["advisor"], { name: "Lê Văn Soạn" });
  secondId = await desk.addUser("covan2", ["advisor"], { name: "Trần Thị Duyệt" });
  await desk.addUser("quantri", ["admin"]);
  officer = await desk.login("canbo");
  author = await desk.login("covan1");
  second = await desk.login("covan2");
  admin = await desk.login("quantri");
  category = String(desk.db.select().from(categories).where(eq(categories.code, "xoa-an-tich")).get()!.id);
});
afterEach(() => desk.close());

const ENTRY = {
  title: "Thời hạn xóa án tích đối với người được hưởng án treo",
  question: "Người được hưởng án treo thì sau bao lâu được đương nhiên xóa án tích?",
  answer: "Người được hưởng án treo đương nhiên được xóa án tích sau **01 năm** kể từ khi hết thời gian thử thách.",
  tags: "xóa án tích, án treo",
};
const V2 = { ...ENTRY, answer: ENTRY.answer.replace("01 năm", "02 năm"), change_note: "Sửa thời hạn theo luật mới" };

const entry = (id: number) => desk.db.select().from(kbEntries).where(eq(kbEntries.id, id)).get()!;
const reviews = (id: number) => desk.db.select().from(kbSecondReviews).where(eq(kbSecondReviews.entryId, id)).all();
const notesTo = (userId: number) => desk.db.select().from(notifications).where(eq(notifications.userId, userId)).all();
const actions = (id: number) => auditTrail(desk, "kb_entry", id).map((a) => a.action);

async function ruleOn() {
  const res = await admin.post("/admin/settings/publishing", { second_review: "1" });
  expect(res.status).toBe(303);
}

async function publish(by: Session, form: Record<string, string> = {}) {
  const res = await by.post("/kb", { ...ENTRY, category, publish: "1", ...form });
  expect(res.status).toBe(303);
  return idFromLocation(res);
}

describe("the setting", () => {
  it("is off by default: publish=1 publishes at once, as the contract says", async () => {
    const id = await publish(author);
    expect(entry(id).status).toBe("published");
    expect(reviews(id)).toEqual([]);
    expect((await officer.get(`/kb/${id}`)).status).toBe(200);
  });

  it("only the admin changes it, on /admin/settings, audited", async () => {
    expect((await second.post("/admin/settings/publishing", { second_review: "1" })).status).toBe(403);
    const page = await (await admin.get("/admin/settings")).text();
    expect(page).toContain("Mỗi mục cần một cố vấn thứ hai duyệt trước khi đăng");
    expect(page).not.toMatch(/name="second_review" value="1" checked/);
    await ruleOn();
    expect(await (await admin.get("/admin/settings")).text()).toMatch(/id="second-review" name="second_review" value="1" checked/);
    expect(auditTrail(desk, "settings", "kb_second_review" as unknown as number).map((a) => [a.action, a.data])).toEqual([
      ["settings.kb_second_review", { before: false, after: true }],
    ]);
    await admin.post("/admin/settings/publishing", {});
    expect((await publish(author).then((id) => entry(id))).status).toBe("published");
  });
});

describe("a new entry under the rule", () => {
  it("waits; its author cannot approve it; another advisor approves and it is published, audited, the author told", async () => {
    await ruleOn();
    const id = await publish(author);
    expect(entry(id).status).toBe("draft");
    expect(reviews(id)).toMatchObject([{ version: 1, status: "pending", requestedBy: authorId }]);
    expect((await officer.get(`/kb/${id}`)).status).toBe(404);
    expect(notesTo(secondId).map((n) => n.kind)).toEqual(["kb_review_requested"]);

    const queue = await (await second.get("/review")).text();
    expect(queue).toContain("Chờ duyệt lần hai");
    expect(queue).toContain(`/review/second-reviews/${reviews(id)[0]!.id}/approve`);
    const own = await (await author.get("/review")).text();
    expect(own).toContain("Đồng chí đã soạn phiên bản này; cần một cố vấn khác duyệt.");
    expect(own).not.toContain(`/review/second-reviews/${reviews(id)[0]!.id}/approve`);

    const refused = await author.post(`/review/second-reviews/${reviews(id)[0]!.id}/approve`);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain("không thể tự duyệt");
    expect(entry(id).status).toBe("draft");

    expect((await second.post(`/review/second-reviews/${reviews(id)[0]!.id}/approve`)).status).toBe(303);
    expect(entry(id).status).toBe("published");
    expect(reviews(id)).toMatchObject([{ status: "approved", decidedBy: secondId }]);
    expect(actions(id)).toEqual(["kb.create", "kb.review_requested", "kb.review_approved", "kb.publish"]);
    expect(auditTrail(desk, "kb_entry", id).at(-1)).toMatchObject({ actorId: secondId, action: "kb.publish" });
    expect(notesTo(authorId).map((n) => n.kind)).toEqual(["kb_approved"]);
    expect(await (await author.get("/notifications")).text()).toContain(`${entry(id).ref} của đồng chí đã được duyệt và đăng`);
    expect((await officer.get(`/kb/${id}`)).status).toBe(200);
    // Decided once: a second approval is a conflict, not a second publication.
    expect((await second.post(`/review/second-reviews/${reviews(id)[0]!.id}/approve`)).status).toBe(409);
  });

  it("an advisor who edited the waiting draft cannot approve it either", async () => {
    await ruleOn();
    const id = await publish(author);
    expect((await second.post(`/kb/${id}`, { ...V2, category, publish: "1" })).status).toBe(303);
    expect(reviews(id).map((r) => [r.version, r.status])).toEqual([
      [1, "withdrawn"],
      [2, "pending"],
    ]);
    const pending = reviews(id)[1]!.id;
    expect((await second.post(`/review/second-reviews/${pending}/approve`)).status).toBe(403);
    expect((await author.post(`/review/second-reviews/${pending}/approve`)).status).toBe(403);
    await desk.addUser("covan3", ["advisor"]);
    const third = await desk.login("covan3");
    expect((await third.post(`/review/second-reviews/${pending}/approve`)).status).toBe(303);
    expect(entry(id)).toMatchObject({ status: "published", version: 2 });
  });
});

describe("a new version of a published entry under the rule", () => {
  it("waits while readers keep the published version; sent back with a reason, the author is told why", async () => {
    const id = await publish(author);
    await ruleOn();
    expect((await author.post(`/kb/${id}`, { ...V2, category })).status).toBe(303);
    expect(entry(id)).toMatchObject({ status: "published", version: 1, answer: ENTRY.answer });
    expect(await (await officer.get(`/kb/${id}`)).text()).toContain("01 năm");
    expect(await (await officer.get(`/kb/${id}`)).text()).not.toContain("02 năm");
    const [review] = reviews(id);
    expect(review).toMatchObject({ version: 2, status: "pending" });
    expect(await (await author.get(`/kb/${id}`)).text()).toContain("Người đọc vẫn thấy phiên bản 1 đang đăng");

    const empty = await second.post(`/review/second-reviews/${review!.id}/return`, { reason: "" });
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain("Xin nhập lý do trả lại.");
    expect((await author.post(`/review/second-reviews/${review!.id}/return`, { reason: "Tự trả lại" })).status).toBe(403);

    const reason = "Chưa dẫn căn cứ của thời hạn mới";
    expect((await second.post(`/review/second-reviews/${review!.id}/return`, { reason })).status).toBe(303);
    expect(reviews(id)).toMatchObject([{ status: "returned", reason, decidedBy: secondId }]);
    expect(entry(id)).toMatchObject({ version: 1, answer: ENTRY.answer });
    expect(actions(id)).toContain("kb.review_returned");
    expect(notesTo(authorId).map((n) => n.kind)).toEqual(["kb_returned"]);
    const inbox = await (await author.get("/notifications")).text();
    expect(inbox).toContain("được trả lại, chưa đăng");
    expect(inbox).toContain(`Lý do trả lại: ${reason}`);
    const page = await (await author.get(`/kb/${id}`)).text();
    expect(page).toContain(reason);
    // The editor opens from the returned version; sending it again unchanged is not possible.
    expect(await (await author.get(`/kb/${id}/edit`)).text()).toContain("02 năm");
  });

  it("approved by another advisor, the new version replaces the old for readers and in search", async () => {
    const id = await publish(author);
    await ruleOn();
    await author.post(`/kb/${id}`, { ...V2, category });
    const [review] = reviews(id);
    expect((await second.post(`/review/second-reviews/${review!.id}/approve`)).status).toBe(303);
    expect(entry(id)).toMatchObject({ version: 2, answer: V2.answer });
    expect(await (await officer.get(`/kb/${id}`)).text()).toContain("02 năm");
    const found = (await (await officer.get("/api/kb/search?q=02%20năm%20án%20treo")).json()) as { results: { id: number }[] };
    expect(found.results.map((r) => r.id)).toContain(id);
    expect(actions(id).slice(-3)).toEqual(["kb.review_requested", "kb.review_approved", "kb.publish"]);
  });

  it("kb:import replaces the text and withdraws the waiting version", async () => {
    const { ids: [id] } = upsertPublishedEntries(desk.db, null, [{ ref: "KB-0200", title: "Mục nhập", question: "Câu hỏi nhập từ tệp", answer: "Trả lời nhập", category: "xoa-an-tich", tags: [], citations: [] }], desk.now.value);
    await ruleOn();
    await author.post(`/kb/${id}`, { ...V2, category });
    expect(reviews(id!)).toMatchObject([{ version: 2, status: "pending" }]);
    upsertPublishedEntries(desk.db, null, [{ ref: "KB-0200", title: "Mục nhập lại", question: "Câu hỏi nhập lại", answer: "Trả lời nhập lại", category: "xoa-an-tich", tags: [], citations: [] }], desk.now.value);
    expect(entry(id!)).toMatchObject({ version: 3, title: "Mục nhập lại", status: "published" });
    expect(reviews(id!)).toMatchObject([{ version: 2, status: "withdrawn" }]);
  });
});

describe("change notes", () => {
  it("optional for the first version, required for a changed entry (422, form kept), stored, audited and shown", async () => {
    const id = await publish(author, { change_note: "" });
    const missing = await author.post(`/kb/${id}`, { ...V2, change_note: "", category });
    expect(missing.status).toBe(422);
    const html = await missing.text();
    expect(html).toContain("Xin ghi chú thay đổi");
    expect(html).toContain("02 năm");
    expect(entry(id).version).toBe(1);

    expect((await author.post(`/kb/${id}`, { ...V2, category })).status).toBe(303);
    const rows = desk.db.select().from(kbEntryVersions).where(and(eq(kbEntryVersions.entryId, id))).all();
    expect(rows.map((r) => [r.version, r.note])).toEqual([
      [1, null],
      [2, V2.change_note],
    ]);
    expect(auditTrail(desk, "kb_entry", id).find((a) => a.action === "kb.edit")!.data).toEqual({ version: 2, note: V2.change_note });
    const history = await (await author.get(`/kb/${id}/versions`)).text();
    expect(history).toContain("Ghi chú thay đổi");
    expect(history).toContain(V2.change_note);
    expect(history).toContain("(không ghi)");
  });
});
