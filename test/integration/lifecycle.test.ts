// Every transition of the lifecycle over HTTP, with its refusals (wrong role: 403, wrong state: 409).
import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { auditLog, categories, messages, notifications, questionPauses, questions, ratings } from "../../db/schema.js";
import { auditTrail, createTestDesk, idFromLocation, type Session, type TestDesk } from "../support/app.js";

let desk: TestDesk;
let officer: Session;
let answerer: Session;
let lead: Session;
let answererId: number;
let otherId: number;
let officerId: number;

const at = (iso: string) => (desk.now.value = new Date(iso));
const q = (id: number) => desk.db.select().from(questions).where(eq(questions.id, id)).get()!;
const actions = (id: number) => auditTrail(desk, "question", id).map((a) => a.action);
const notes = (userId: number) => desk.db.select().from(notifications).where(eq(notifications.userId, userId)).all().map((n) => n.kind);

beforeEach(async () => {
  desk = createTestDesk(); // Tue 24/11/2026 09:00 Hà Nội
  officerId = await desk.addUser("canbo", ["officer"]);
  answererId = await desk.addUser("giaidap", ["answerer"], { specialties: ["xoa-an-tich"] });
  otherId = await desk.addUser("giaidap2", ["answerer"]);
  await desk.addUser("totruong", ["lead"]);
  await desk.addUser("covan", ["advisor"]);
  await desk.addUser("canbo2", ["officer"]);
  officer = await desk.login("canbo");
  answerer = await desk.login("giaidap");
  lead = await desk.login("totruong");
});
afterEach(() => desk.close());

async function ask(title = "Thời hạn xóa án tích với án treo") {
  const cat = desk.db.select().from(categories).where(eq(categories.code, "xoa-an-tich")).get()!.id;
  const res = await officer.post("/questions", { title, body: "Nội dung câu hỏi đủ dài.", category: String(cat) });
  return idFromLocation(res);
}

describe("routing notifies", () => {
  it("the assignee is notified of a routed question", async () => {
    const id = await ask();
    expect(q(id).assigneeId).toBe(answererId);
    expect(notes(answererId)).toEqual(["assigned"]);
  });
});

describe("clarification pauses the clock; the reply resumes it", () => {
  it("pushes the deadline by exactly the paused working time", async () => {
    const id = await ask();
    expect(q(id).deadlineAt.toISOString()).toBe("2026-11-27T02:00:00.000Z"); // Fri 09:00
    at("2026-11-24T03:00:00Z"); // Tue 10:00
    expect((await answerer.post(`/questions/${id}/clarify`, { body: "Đề nghị cho biết bản án tuyên ngày nào?" })).status).toBe(303);
    expect(q(id).status).toBe("waiting_info");
    expect(notes(officerId)).toContain("clarification_requested");
    const paused = await (await officer.get(`/questions/${id}`)).text();
    expect(paused).toContain("Chờ bổ sung thông tin");
    expect(paused).toContain("tạm dừng, còn 23 giờ làm việc");
    // The asker answers the next day at 09:00: 7 working hours passed while paused.
    at("2026-11-25T02:00:00Z");
    expect((await officer.post(`/questions/${id}/replies`, { body: "Bản án tuyên ngày 10/3/2020." })).status).toBe(303);
    expect(q(id).status).toBe("assigned");
    // Paused Tue 10:00 → Wed 09:00 = 7 working hours: Fri 09:00 + 7 h = Fri 17:00.
    expect(q(id).deadlineAt.toISOString()).toBe("2026-11-27T10:00:00.000Z");
    const pause = desk.db.select().from(questionPauses).where(eq(questionPauses.questionId, id)).get()!;
    expect(pause.endedAt?.toISOString()).toBe("2026-11-25T02:00:00.000Z");
    expect(notes(answererId)).toContain("reply_received");
    expect(actions(id)).toEqual(expect.arrayContaining(["question.clarify", "question.reply", "question.deadline_extended"]));
    const page = await (await officer.get(`/questions/${id}`)).text();
    expect(page).toContain("Tạm dừng chờ bổ sung");
    expect(page).toContain("(7 giờ làm việc không tính)");
  });

  it("writes no extension when no working time was paused, and credits the clock, not the asker", async () => {
    const id = await ask();
    at("2026-11-24T10:30:00Z"); // Tue 17:30, after hours
    await answerer.post(`/questions/${id}/clarify`, { body: "Đề nghị cho biết số bản án?" });
    at("2026-11-24T12:00:00Z"); // Tue 19:00: still outside working hours, nothing paused
    await officer.post(`/questions/${id}/replies`, { body: "Bản án số 12/2020/HS-ST." });
    expect(actions(id)).not.toContain("question.deadline_extended");
    expect(await (await officer.get(`/questions/${id}`)).text()).not.toContain("Lùi hạn trả lời");
    // A real pause: the extension is the system's doing.
    await answerer.post(`/questions/${id}/clarify`, { body: "Cần thêm ngày tuyên án." });
    at("2026-11-25T03:00:00Z"); // Wed 10:00
    await officer.post(`/questions/${id}/replies`, { body: "Ngày 10/3/2020." });
    const extended = auditTrail(desk, "question", id).find((a) => a.action === "question.deadline_extended")!;
    expect(extended.actorId).toBeNull();
    const page = await (await officer.get(`/questions/${id}`)).text();
    expect(page).toMatch(/Lùi hạn trả lời do thời gian tạm dừng[^<]*· hệ thống/);
  });

  it("refuses to answer while waiting (409) and to clarify twice (409)", async () => {
    const id = await ask();
    await answerer.post(`/questions/${id}/clarify`, { body: "Cần thêm thông tin" });
    const answer = await answerer.post(`/questions/${id}/answers`, { body: "Trả lời khi đang chờ" });
    expect(answer.status).toBe(409);
    expect(await answer.text()).toContain("Chờ bổ sung thông tin");
    expect((await answerer.post(`/questions/${id}/clarify`, { body: "Lần hai" })).status).toBe(409);
  });

  it("only the asker replies; others get 404 (officer) or 404 (team, not their question to reply)", async () => {
    const id = await ask();
    const other = await desk.login("canbo2");
    expect((await other.post(`/questions/${id}/replies`, { body: "Tôi không phải người hỏi" })).status).toBe(404);
    expect((await answerer.post(`/questions/${id}/replies`, { body: "Tổ giải đáp không trả lời thay" })).status).toBe(404);
    expect(desk.db.select().from(messages).all()).toHaveLength(0);
  });

  it("officers cannot ask for clarification (403)", async () => {
    const id = await ask();
    expect((await officer.post(`/questions/${id}/clarify`, { body: "Tự hỏi mình" })).status).toBe(403);
  });
});

describe("internal notes", () => {
  it("are visible to the team and advisors, never to the asker", async () => {
    const id = await ask();
    expect((await answerer.post(`/questions/${id}/notes`, { body: "Tham khảo ý kiến Ban cố vấn về trường hợp này" })).status).toBe(303);
    expect(await (await answerer.get(`/questions/${id}`)).text()).toContain("Tham khảo ý kiến Ban cố vấn");
    expect(await (await (await desk.login("covan")).get(`/questions/${id}`)).text()).toContain("Tham khảo ý kiến Ban cố vấn");
    const asker = await (await officer.get(`/questions/${id}`)).text();
    expect(asker).not.toContain("Tham khảo ý kiến Ban cố vấn");
    expect(asker).not.toContain("Ghi chú nội bộ");
    expect((await officer.post(`/questions/${id}/notes`, { body: "Cán bộ ghi chú" })).status).toBe(403);
  });
});

describe("answer, close, reopen, rate", () => {
  it("runs the whole cycle with a fresh allowance on reopen and the first kept in history", async () => {
    const id = await ask();
    at("2026-11-24T04:00:00Z");
    await answerer.post(`/questions/${id}/answers`, { body: "Theo Điều 70 BLHS..." });
    expect(notes(officerId)).toContain("answered");
    expect((await officer.post(`/questions/${id}/close`)).status).toBe(303);
    expect(q(id).status).toBe("closed");
    expect((await officer.post(`/questions/${id}/close`)).status).toBe(409);
    at("2026-11-26T02:00:00Z"); // Thu 09:00
    expect((await officer.post(`/questions/${id}/reopen`, { reason: "Chưa rõ trường hợp án treo" })).status).toBe(303);
    const reopened = q(id);
    expect(reopened.status).toBe("reopened");
    expect(reopened.deadlineAt.toISOString()).toBe("2026-12-01T02:00:00.000Z"); // Tue 01/12 09:00
    expect(notes(answererId)).toContain("reopened");
    const row = desk.db.select().from(auditLog).where(eq(auditLog.action, "question.reopen")).get()!;
    expect(row.data).toMatchObject({ previousDeadlineAt: Date.parse("2026-11-27T02:00:00Z") });
    await answerer.post(`/questions/${id}/answers`, { body: "Bổ sung: với án treo..." });
    expect(q(id).status).toBe("answered");
    expect((await officer.post(`/questions/${id}/rate`, { score: "5", comment: "Rất rõ ràng" })).status).toBe(303);
    expect(desk.db.select().from(ratings).all()).toEqual([expect.objectContaining({ score: 5, comment: "Rất rõ ràng" })]);
  });

  it("refuses a rating outside 1–5 with 422 and a rating before any answer with 409", async () => {
    const id = await ask();
    expect((await officer.post(`/questions/${id}/rate`, { score: "4" })).status).toBe(409);
    await answerer.post(`/questions/${id}/answers`, { body: "Trả lời" });
    const bad = await officer.post(`/questions/${id}/rate`, { score: "9", comment: "Nhận xét giữ lại" });
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain("Xin chọn mức đánh giá từ 1 đến 5.");
    expect(html).toContain("Nhận xét giữ lại");
  });

  it("the team cannot close or reopen for the asker (404: not their question)", async () => {
    const id = await ask();
    await answerer.post(`/questions/${id}/answers`, { body: "Trả lời" });
    expect((await answerer.post(`/questions/${id}/close`)).status).toBe(404);
    expect((await answerer.post(`/questions/${id}/reopen`)).status).toBe(404);
  });
});

describe("withdraw and duplicate", () => {
  it("the asker withdraws an open question; it leaves the queue", async () => {
    const id = await ask();
    // The button only opens a confirmation that says it cannot be undone.
    const page = await (await officer.get(`/questions/${id}`)).text();
    expect(page).toMatch(/<details class="withdraw"><summary[^>]*>Rút câu hỏi<\/summary><form method="post" action="\/questions\/\d+\/withdraw"/);
    expect(page).toContain("không thể mở lại");
    expect((await officer.post(`/questions/${id}/withdraw`)).status).toBe(303);
    expect(q(id).status).toBe("withdrawn");
    expect(await (await answerer.get("/queue")).text()).not.toContain(`href="/questions/${id}"`);
    expect((await officer.post(`/questions/${id}/withdraw`)).status).toBe(409);
  });

  it("the team marks a duplicate of another question, linked on the page", async () => {
    const first = await ask("Câu hỏi gốc về xóa án tích");
    const second = await ask("Câu hỏi lặp lại về xóa án tích");
    expect((await answerer.post(`/questions/${second}/duplicate`, { of: `#${first}` })).status).toBe(303);
    expect(q(second)).toMatchObject({ status: "duplicate", duplicateOfQuestionId: first });
    const page = await (await officer.get(`/questions/${second}`)).text();
    expect(page).toContain(`href="/questions/${first}"`);
    expect(page).not.toContain("Thao tác của người hỏi"); // nothing left to do: no empty card
  });

  it("refuses a duplicate reference that points nowhere (422, input kept) and itself", async () => {
    const id = await ask();
    const res = await answerer.post(`/questions/${id}/duplicate`, { of: "99999" });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("Không tìm thấy câu hỏi hoặc mục hỏi – đáp này.");
    expect(html).toContain('value="99999"');
    expect((await answerer.post(`/questions/${id}/duplicate`, { of: String(id) })).status).toBe(422);
    expect((await answerer.post(`/questions/${id}/duplicate`, { of: "abc" })).status).toBe(422);
  });
});

describe("hand-over", () => {
  it("the assignee hands over to a colleague, who is notified; others cannot (403)", async () => {
    const id = await ask();
    const other = await desk.login("giaidap2");
    expect((await other.post(`/questions/${id}/handover`, { assignee: String(otherId) })).status).toBe(403);
    expect((await answerer.post(`/questions/${id}/handover`, { assignee: String(otherId) })).status).toBe(303);
    expect(q(id).assigneeId).toBe(otherId);
    expect(notes(otherId)).toContain("assigned");
    const row = desk.db.select().from(auditLog).where(eq(auditLog.action, "question.assign")).get()!;
    expect(row.data).toMatchObject({ reason: "handed_over", previousAssigneeId: answererId });
  });

  it("a lead reassigns a paused question and it stays paused", async () => {
    const id = await ask();
    await answerer.post(`/questions/${id}/clarify`, { body: "Cần thêm thông tin" });
    expect((await lead.post(`/questions/${id}/assign`, { assignee: String(otherId) })).status).toBe(303);
    expect(q(id)).toMatchObject({ status: "waiting_info", assigneeId: otherId });
  });
});

describe("the timeline", () => {
  it("lists the audited history in order", async () => {
    const id = await ask();
    at("2026-11-24T03:00:00Z");
    await answerer.post(`/questions/${id}/clarify`, { body: "Cần thêm thông tin" });
    at("2026-11-24T04:00:00Z");
    await officer.post(`/questions/${id}/replies`, { body: "Thông tin bổ sung" });
    at("2026-11-24T05:00:00Z");
    await answerer.post(`/questions/${id}/answers`, { body: "Trả lời" });
    const html = await (await officer.get(`/questions/${id}`)).text();
    const order = ["Gửi câu hỏi", "Tự động phân công", "Đề nghị bổ sung thông tin – tạm dừng", "Người hỏi bổ sung – tiếp tục", "Trả lời ·"].map((s) => html.indexOf(s));
    expect(order.every((x) => x > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});
