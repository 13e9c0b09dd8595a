import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { assignments, auditLog, categories, messages, questions } from "../../db/schema.js";
import { auditTrail, createTestDesk, idFromLocation, type Session, type TestDesk } from "../support/app.js";

let desk: TestDesk;
let officer: Session;
let catLLTP: number; // Lý lịch tư pháp
let catXAT: number; // Xóa án tích
let specialistId: number;
let otherId: number;

const categoryId = (code: string) => desk.db.select().from(categories).where(eq(categories.code, code)).get()!.id;

beforeEach(async () => {
  desk = createTestDesk(); // Tuesday 24/11/2026 09:00 Hà Nội
  await desk.addUser("canbo", ["officer"], { unit: "Công an phường Hàng Bông" });
  specialistId = await desk.addUser("giaidap", ["answerer"], { specialties: ["ly-lich-tu-phap"], name: "Nguyễn Văn Minh" });
  otherId = await desk.addUser("giaidap2", ["answerer"], { specialties: ["can-cuoc"] });
  await desk.addUser("totruong", ["answerer", "lead"]);
  await desk.addUser("covan", ["advisor"]);
  await desk.addUser("chihuy", ["steering"]);
  officer = await desk.login("canbo");
  catLLTP = categoryId("ly-lich-tu-phap");
  catXAT = categoryId("xoa-an-tich");
});
afterEach(() => desk.close());

async function ask(s: Session, title: string, category: number, body = "Nội dung câu hỏi đủ dài để gửi.") {
  const res = await s.post("/questions", { title, body, category: String(category) });
  expect(res.status).toBe(303);
  return idFromLocation(res);
}

describe("asking", () => {
  it("offers the categories in a <select name=category>", async () => {
    const html = await (await officer.get("/questions/new")).text();
    expect(html).toContain('<select id="category" name="category"');
    expect(html).toContain("Lý lịch tư pháp");
  });

  it("files the question, routes it to the specialist, sets the 24-working-hour deadline, and audits both", async () => {
    const id = await ask(officer, "Cấp Phiếu LLTP số 2 cho người đang chấp hành án?", catLLTP);
    const q = desk.db.select().from(questions).where(eq(questions.id, id)).get()!;
    expect(q.status).toBe("assigned");
    expect(q.assigneeId).toBe(specialistId);
    // Tue 09:00 + 24 working hours (8 a day, lunch excluded) = Fri 27/11 09:00 in Hà Nội.
    expect(q.deadlineAt.toISOString()).toBe("2026-11-27T02:00:00.000Z");
    const trail = auditTrail(desk, "question", id);
    expect(trail.map((t) => [t.action, t.fromState, t.toState])).toEqual([
      ["question.submit", null, "new"],
      ["question.route", "new", "assigned"],
    ]);
    const page = await (await officer.get(`/questions/${id}`)).text();
    expect(page).toContain("Cấp Phiếu LLTP số 2 cho người đang chấp hành án?");
    expect(page).toContain("Đang xử lý");
    expect(page).toContain("còn 24 giờ làm việc");
    expect(page).toContain("09:00, thứ Sáu 27/11/2026");
  });

  it("keeps the paragraphs of a body typed in a browser (CRLF line breaks)", async () => {
    const id = await ask(officer, "Câu hỏi có nhiều đoạn", catLLTP, "Đoạn thứ nhất.\r\n\r\nĐoạn thứ hai.");
    const html = await (await officer.get(`/questions/${id}`)).text();
    expect(html).toContain("<p>Đoạn thứ nhất.</p><p>Đoạn thứ hai.</p>");
    expect(desk.db.select().from(questions).where(eq(questions.id, id)).get()!.body).toBe("Đoạn thứ nhất.\n\nĐoạn thứ hai.");
  });

  it("shows time left in working hours as the clock moves, and the lunch break does not count", async () => {
    const id = await ask(officer, "Hỏi về thời hạn xóa án tích", catXAT);
    desk.now.value = new Date("2026-11-24T05:40:00Z"); // 12:40 local: 3 working hours used
    const page = await (await officer.get(`/questions/${id}`)).text();
    expect(page).toContain("còn 21 giờ làm việc");
    desk.now.value = new Date("2026-11-24T06:40:00Z"); // 13:40 local
    expect(await (await officer.get(`/questions/${id}`)).text()).toContain("còn 20 giờ 20 phút làm việc");
  });

  it("sends everything else to the least-loaded answerer, ties to whoever waited longest", async () => {
    const a = await ask(officer, "Câu hỏi về xóa án tích thứ nhất", catXAT);
    const b = await ask(officer, "Câu hỏi về xóa án tích thứ hai", catXAT);
    const c = await ask(officer, "Câu hỏi về xóa án tích thứ ba", catXAT);
    const who = (id: number) => desk.db.select().from(questions).where(eq(questions.id, id)).get()!.assigneeId;
    // No specialist for xóa án tích: three answerers, none busy → each gets one.
    expect(new Set([who(a), who(b), who(c)]).size).toBe(3);
    expect(desk.db.select().from(assignments).all()).toHaveLength(3);
  });

  it("comes back filled with Vietnamese messages on bad input (422), and files nothing", async () => {
    const res = await officer.post("/questions", { title: "Ngắn", body: "Nội dung chi tiết của tôi", category: "" });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("Tiêu đề cần ít nhất 5 ký tự.");
    expect(html).toContain("Xin chọn lĩnh vực.");
    expect(html).toContain("Nội dung chi tiết của tôi");
    expect(html).toContain('value="Ngắn"');
    expect(desk.db.select().from(questions).all()).toHaveLength(0);
  });

  it("refuses an unknown category with 422 and keeps the text", async () => {
    const res = await officer.post("/questions", { title: "Tiêu đề hợp lệ", body: "Nội dung đủ dài ở đây", category: "9999" });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("Nội dung đủ dài ở đây");
  });

  it("accepts multipart/form-data on POST /questions", async () => {
    const form = new FormData();
    form.set("title", "Câu hỏi gửi dạng multipart");
    form.set("body", "Nội dung gửi kèm biểu mẫu");
    form.set("category", String(catLLTP));
    const res = await desk.app.request("/questions", { method: "POST", body: form, headers: { cookie: officer.cookie, origin: "http://localhost" } });
    expect(res.status).toBe(303);
  });

  it("only officers ask: the team gets 403", async () => {
    const team = await desk.login("giaidap");
    expect((await team.get("/questions/new")).status).toBe(403);
    expect((await team.post("/questions", { title: "Câu hỏi hợp lệ", body: "Nội dung hợp lệ đủ dài", category: String(catLLTP) })).status).toBe(403);
  });
});

describe("seeing questions", () => {
  it("officers see their own questions and get 404 for others'", async () => {
    await desk.addUser("canbo2", ["officer"]);
    const other = await desk.login("canbo2");
    const mine = await ask(officer, "Câu hỏi của cán bộ thứ nhất", catLLTP);
    const theirs = await ask(other, "Câu hỏi của cán bộ thứ hai", catLLTP);
    const list = await (await officer.get("/questions")).text();
    expect(list).toContain(`href="/questions/${mine}"`);
    expect(list).not.toContain(`href="/questions/${theirs}"`);
    expect((await officer.get(`/questions/${theirs}`)).status).toBe(404);
    expect((await officer.get(`/questions/abc`)).status).toBe(404);
  });

  it("the team, advisors and steering see all questions", async () => {
    const id = await ask(officer, "Câu hỏi ai cũng thấy được", catLLTP);
    for (const u of ["giaidap", "covan", "chihuy"]) {
      const s = await desk.login(u);
      expect((await s.get(`/questions/${id}`)).status).toBe(200);
      expect(await (await s.get("/questions")).text()).toContain(`href="/questions/${id}"`);
    }
  });

  it("filters the list by status and category from the query string", async () => {
    await ask(officer, "Câu hỏi lĩnh vực lý lịch", catLLTP);
    await ask(officer, "Câu hỏi lĩnh vực xóa án tích", catXAT);
    const html = await (await officer.get(`/questions?category=${catXAT}&status=assigned`)).text();
    expect(html).toContain("Câu hỏi lĩnh vực xóa án tích");
    expect(html).not.toContain("Câu hỏi lĩnh vực lý lịch");
    expect((await officer.get("/questions?status=bogus&page=-3")).status).toBe(200);
  });
});

describe("the queue", () => {
  it("lists open questions for the team, most urgent first, with overdue and due soon marked", async () => {
    const first = await ask(officer, "Câu hỏi gửi sớm nhất", catLLTP);
    desk.now.value = new Date("2026-11-25T02:00:00Z"); // Wed 09:00
    const second = await ask(officer, "Câu hỏi gửi sau một ngày", catLLTP);
    desk.now.value = new Date("2026-11-27T03:00:00Z"); // Fri 10:00: first overdue by 1h, second used 17h of 24 → 71 %
    const team = await desk.login("giaidap");
    let html = await (await team.get("/queue")).text();
    expect(html.indexOf(`href="/questions/${first}"`)).toBeLessThan(html.indexOf(`href="/questions/${second}"`));
    expect(html).toContain("qlist__item--overdue");
    expect(html).toContain("quá hạn 1 giờ làm việc");
    expect(html).toContain("qlist__item--on_time");
    desk.now.value = new Date("2026-11-27T06:00:00Z"); // Fri 13:00: second used 19h → due soon
    html = await (await team.get("/queue")).text();
    expect(html).toContain("qlist__item--due_soon");
    expect(html).toContain("Sắp đến hạn");
  });

  it("is only for the answer team", async () => {
    expect((await officer.get("/queue")).status).toBe(403);
    expect((await (await desk.login("covan")).get("/queue")).status).toBe(403);
    expect((await (await desk.login("totruong")).get("/queue")).status).toBe(200);
  });

  it("filters to the signed-in answerer's own questions", async () => {
    const id = await ask(officer, "Câu hỏi cho chuyên gia lý lịch", catLLTP);
    const other = await desk.login("giaidap2");
    expect(await (await other.get("/queue?mine=1")).text()).not.toContain(`href="/questions/${id}"`);
    expect(await (await other.get("/queue")).text()).toContain(`href="/questions/${id}"`);
  });
});

describe("answering", () => {
  it("an answerer answers in Markdown; the officer sees it rendered and sanitized; audited", async () => {
    const id = await ask(officer, "Thủ tục cấp phiếu lý lịch tư pháp", catLLTP);
    const team = await desk.login("giaidap");
    desk.now.value = new Date("2026-11-24T03:30:00Z");
    const body = "Theo **Điều 45** Luật LLTP:\n\n- nộp tờ khai\n- bản chụp giấy tờ\n\n<script>alert(1)</script><img src=x onerror=alert(2)>[link](javascript:alert(3))";
    const res = await team.post(`/questions/${id}/answers`, { body });
    expect(res.status).toBe(303);
    const q = desk.db.select().from(questions).where(eq(questions.id, id)).get()!;
    expect(q.status).toBe("answered");
    expect(q.answeredAt?.toISOString()).toBe("2026-11-24T03:30:00.000Z");
    expect(desk.db.select().from(messages).where(eq(messages.questionId, id)).all()).toHaveLength(1);
    const html = await (await officer.get(`/questions/${id}`)).text();
    expect(html).toContain("<strong>Điều 45</strong>");
    expect(html).toContain("<li>nộp tờ khai</li>");
    expect(html).not.toContain("<script>alert(1)");
    expect(html).not.toContain("onerror");
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain("Đã trả lời");
    expect(html).toContain("trong hạn 24 giờ làm việc");
    const last = desk.db.select().from(auditLog).where(eq(auditLog.action, "question.answer")).get()!;
    expect([last.fromState, last.toState]).toEqual(["assigned", "answered"]);
  });

  it("refuses an empty answer with 422 and a second answer with 409", async () => {
    const id = await ask(officer, "Câu hỏi để thử trả lời", catLLTP);
    const team = await desk.login("giaidap");
    const empty = await team.post(`/questions/${id}/answers`, { body: "  " });
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain("Xin nhập nội dung trả lời.");
    expect((await team.post(`/questions/${id}/answers`, { body: "Trả lời lần một" })).status).toBe(303);
    const again = await team.post(`/questions/${id}/answers`, { body: "Trả lời lần hai" });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("Đã trả lời");
  });

  it("officers, advisors and steering cannot answer (403)", async () => {
    const id = await ask(officer, "Câu hỏi không ai ngoài tổ trả lời", catLLTP);
    for (const s of [officer, await desk.login("covan"), await desk.login("chihuy")]) {
      expect((await s.post(`/questions/${id}/answers`, { body: "Thử trả lời" })).status).toBe(403);
    }
    expect(desk.db.select().from(messages).all()).toHaveLength(0);
  });

  it("renders the live preview sanitized", async () => {
    const team = await desk.login("giaidap");
    const res = await team.post("/preview", { body: "**đậm** <iframe src=x></iframe>" }, { headers: { "hx-request": "true" } });
    const html = await res.text();
    expect(html).toContain("<strong>đậm</strong>");
    expect(html).not.toContain("iframe");
  });
});

describe("assigning", () => {
  it("a lead reassigns; audited; members cannot (403)", async () => {
    const id = await ask(officer, "Câu hỏi cần phân công lại", catLLTP);
    const member = await desk.login("giaidap");
    expect((await member.post(`/questions/${id}/assign`, { assignee: String(otherId) })).status).toBe(403);
    const lead = await desk.login("totruong");
    expect((await lead.post(`/questions/${id}/assign`, { assignee: String(otherId) })).status).toBe(303);
    expect(desk.db.select().from(questions).where(eq(questions.id, id)).get()!.assigneeId).toBe(otherId);
    const row = desk.db.select().from(auditLog).where(eq(auditLog.action, "question.assign")).get()!;
    expect(row.data).toMatchObject({ assigneeId: otherId, reason: "reassigned" });
    expect((await lead.post(`/questions/${id}/assign`, { assignee: "99999" })).status).toBe(422);
  });
});
