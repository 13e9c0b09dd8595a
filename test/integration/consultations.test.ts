// Xin ý kiến Ban cố vấn over HTTP: the team asks an advisor, the advisor is notified, finds the
// request on their page and answers it in the internal thread; refusals by role (403), input (422) and
// state (409); the asker never sees any of it; the dashboard counts it. The deadline keeps running.
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { consultations, messages, notifications, questionPauses, questions } from "../../db/schema.js";
import { questionTimeline } from "../../src/services/question-queries.js";
import { currentUser } from "../../src/services/users.js";
import { auditTrail, createTestDesk, type Session, type TestDesk } from "../support/app.js";

let desk: TestDesk;
let officer: Session;
let answerer: Session;
let advisor: Session;
let officerId: number;
let answererId: number;
let otherAnswererId: number;
let advisorId: number;
let otherAdvisorId: number;

const REQUEST = "Xin Ban cố vấn cho ý kiến: án treo đã hết thời gian thử thách thì có đương nhiên được xóa án tích không?";
const ADVICE = "Theo Điều 70 Bộ luật Hình sự, người được hưởng án treo đương nhiên được xóa án tích khi hết thời gian thử thách.";

const at = (iso: string) => (desk.now.value = new Date(iso));
const question = (id: number) => desk.db.select().from(questions).where(eq(questions.id, id)).get()!;
const consultationsOn = (id: number) => desk.db.select().from(consultations).where(eq(consultations.questionId, id)).all();
const actions = (id: number) => auditTrail(desk, "question", id).map((a) => a.action);
const kindsFor = (userId: number) => desk.db.select().from(notifications).where(eq(notifications.userId, userId)).all().map((n) => n.kind);
const ask = (title = "Xóa án tích đối với người được hưởng án treo") => desk.ask(officerId, "xoa-an-tich", title, "Nội dung câu hỏi đủ dài để gửi.");
// The section of a page between two ids, to tell the waiting list from the answered one.
const section = (html: string, id: string) => html.slice(html.indexOf(`id="${id}"`), html.indexOf("</section>", html.indexOf(`id="${id}"`)));

async function consult(s: Session, questionId: number, to = advisorId, body = REQUEST) {
  return s.post(`/questions/${questionId}/consult`, { advisor: String(to), body });
}

beforeEach(async () => {
  desk = createTestDesk(); // Tue 24/11/2026 09:00 Hà Nội
  officerId = await desk.addUser("canbo", ["officer"]);
  answererId = await desk.addUser("giaidap", ["answerer"], { name: "Nguyễn Văn Minh", specialties: ["xoa-an-tich"] });
  otherAnswererId = await desk.addUser("giaidap2", ["answerer"]);
  await desk.addUser("totruong", ["lead"], { name: "Lê Thị Hoa" });
  advisorId = await desk.addUser("covan", ["advisor"], { name: "Trần Quốc Bảo" });
  otherAdvisorId = await desk.addUser("covan2", ["advisor"], { name: "Phạm Đức Long" });
  await desk.addUser("chihuy", ["steering"]);
  officer = await desk.login("canbo");
  answerer = await desk.login("giaidap");
  advisor = await desk.login("covan");
});
afterEach(() => desk.close());

describe("the full path", () => {
  it("asks, notifies, lists, answers, notifies back — and the deadline keeps running", async () => {
    const id = ask();
    const before = question(id);
    expect(before.assigneeId).toBe(answererId);

    const res = await consult(answerer, id);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/questions/${id}#consultations`);
    const [c] = consultationsOn(id);
    expect(c).toMatchObject({ requestedBy: answererId, advisorId, status: "open", answeredAt: null, answerMessageId: null });
    const request = desk.db.select().from(messages).where(eq(messages.id, c!.requestMessageId)).get()!;
    expect(request).toMatchObject({ kind: "consultation", body: REQUEST, authorId: answererId });
    expect(kindsFor(advisorId)).toEqual(["consultation_requested"]);
    expect(actions(id)).toContain("question.consultation_requested");

    // The advisor's page and the count beside their navigation link.
    const page = await (await advisor.get("/consultations")).text();
    const waiting = section(page, "consultations-open");
    expect(waiting).toContain("Xóa án tích đối với người được hưởng án treo");
    expect(waiting).toContain(`href="/questions/${id}#consultation-${c!.id}"`);
    expect(waiting).toContain("Nguyễn Văn Minh xin ý kiến lúc");
    expect(waiting).toContain("Hạn trả lời:");
    expect(page).toContain('hx-get="/consultations/count"');
    expect(await (await advisor.get("/consultations/count")).text()).toContain(">1</span>");

    // On the question page: the request in the thread, waiting, with the answer form for the advisor.
    const qpage = await (await advisor.get(`/questions/${id}`)).text();
    expect(qpage).toContain("Đang chờ ý kiến của Trần Quốc Bảo");
    expect(qpage).toContain(`action="/consultations/${c!.id}/answer"`);
    expect(qpage).toContain('<strong>Xin ý kiến Ban cố vấn</strong>');
    // The advisor asked finds the answer form before the internal-note form.
    expect(qpage.indexOf(`action="/consultations/${c!.id}/answer"`)).toBeLessThan(qpage.indexOf(`action="/questions/${id}/notes"`));
    // …and the team sees it waiting, without the advisor's form.
    const teamPage = await (await answerer.get(`/questions/${id}`)).text();
    expect(teamPage).toContain("Đang chờ ý kiến của Trần Quốc Bảo");
    expect(teamPage).not.toContain(`action="/consultations/${c!.id}/answer"`);

    at("2026-11-24T05:00:00Z"); // 12:00
    expect((await advisor.post(`/consultations/${c!.id}/answer`, { body: ADVICE })).status).toBe(303);
    const done = consultationsOn(id)[0]!;
    expect(done.status).toBe("answered");
    expect(done.answeredAt).toEqual(desk.now.value);
    const advice = desk.db.select().from(messages).where(eq(messages.id, done.answerMessageId!)).get()!;
    expect(advice).toMatchObject({ kind: "advice", body: ADVICE, authorId: advisorId });
    expect(kindsFor(answererId)).toEqual(["assigned", "consultation_answered"]);
    expect(actions(id)).toEqual(expect.arrayContaining(["question.consultation_requested", "question.consultation_answered"]));

    const after = await (await advisor.get("/consultations")).text();
    expect(section(after, "consultations-open")).toContain("Không có yêu cầu nào đang chờ.");
    expect(section(after, "consultations-answered")).toContain(`href="/questions/${id}#message-${done.answerMessageId}"`);
    expect(await (await advisor.get("/consultations/count")).text()).toBe("");
    const answeredPage = await (await answerer.get(`/questions/${id}`)).text();
    expect(answeredPage).toContain("<strong>Ý kiến Ban cố vấn</strong>");
    expect(answeredPage).toContain("Trần Quốc Bảo cho ý kiến lúc");
    expect(answeredPage).not.toContain("Đang chờ ý kiến của");

    // The consultation neither paused nor moved the deadline, nor changed the question's state.
    const unchanged = question(id);
    expect(unchanged.deadlineAt).toEqual(before.deadlineAt);
    expect(unchanged.status).toBe(before.status);
    expect(desk.db.select().from(questionPauses).where(eq(questionPauses.questionId, id)).all()).toEqual([]);
  });

  it("tells the question's current holder too, when someone else asked", async () => {
    const id = ask();
    const lead = await desk.login("totruong");
    await consult(lead, id);
    const [c] = consultationsOn(id);
    await advisor.post(`/consultations/${c!.id}/answer`, { body: ADVICE });
    expect(kindsFor(answererId)).toContain("consultation_answered");
    expect(kindsFor(c!.requestedBy)).toEqual(["consultation_answered"]);
  });
});

describe("refusals", () => {
  it.each([["canbo"], ["chihuy"], ["covan"]])("%s may not ask the board (403)", async (username) => {
    const id = ask();
    const res = await consult(await desk.login(username), id);
    expect(res.status).toBe(403);
    expect(consultationsOn(id)).toEqual([]);
  });

  it("refuses someone outside the board as the advisor, keeping the text (422)", async () => {
    const id = ask();
    for (const to of [otherAnswererId, 99_999]) {
      const res = await consult(answerer, id, to);
      expect(res.status).toBe(422);
      const html = await res.text();
      expect(html).toContain("Người được chọn không thuộc Ban cố vấn hoặc tài khoản đã bị khóa.");
      expect(html).toContain(REQUEST);
    }
    const empty = await answerer.post(`/questions/${id}/consult`, { advisor: "", body: "ngắn" });
    expect(empty.status).toBe(422);
    const html = await empty.text();
    expect(html).toContain("Xin chọn một đồng chí trong Ban cố vấn.");
    expect(html).toContain("Nội dung xin ý kiến cần ít nhất 10 ký tự.");
    expect(consultationsOn(id)).toEqual([]);
  });

  it("lets only the advisor addressed answer, once (403, then 409)", async () => {
    const id = ask();
    await consult(answerer, id);
    const [c] = consultationsOn(id);
    const other = await desk.login("covan2");
    expect((await other.post(`/consultations/${c!.id}/answer`, { body: ADVICE })).status).toBe(403);
    expect((await answerer.post(`/consultations/${c!.id}/answer`, { body: ADVICE })).status).toBe(403);
    expect(consultationsOn(id)[0]!.status).toBe("open");
    // The other advisor sees the question but not the answer form meant for a colleague.
    expect(await (await other.get(`/questions/${id}`)).text()).not.toContain(`action="/consultations/${c!.id}/answer"`);

    expect((await advisor.post(`/consultations/${c!.id}/answer`, { body: "" })).status).toBe(422);
    expect((await advisor.post(`/consultations/${c!.id}/answer`, { body: ADVICE })).status).toBe(303);
    const twice = await advisor.post(`/consultations/${c!.id}/answer`, { body: "Bổ sung thêm." });
    expect(twice.status).toBe(409);
    expect(await twice.text()).toContain("Yêu cầu xin ý kiến này đã được trả lời hoặc đã rút.");
    expect(desk.db.select().from(messages).where(eq(messages.kind, "advice")).all()).toHaveLength(1);
    expect((await advisor.post("/consultations/99999/answer", { body: ADVICE })).status).toBe(404);
  });

  it("asks only while the question is being worked (409 once answered or closed)", async () => {
    const id = ask();
    await answerer.post(`/questions/${id}/answers`, { body: "Được xóa án tích theo Điều 70." });
    expect((await consult(answerer, id)).status).toBe(409);
    await officer.post(`/questions/${id}/close`);
    expect(question(id).status).toBe("closed");
    const res = await consult(answerer, id);
    expect(res.status).toBe(409);
    expect(await res.text()).toContain("Chỉ xin ý kiến Ban cố vấn khi câu hỏi đang được xử lý");
    expect(consultationsOn(id)).toEqual([]);
  });

  it("refuses a second waiting request to the same advisor (409), not to another", async () => {
    const id = ask();
    await consult(answerer, id);
    expect((await consult(answerer, id)).status).toBe(409);
    expect((await consult(answerer, id, otherAdvisorId)).status).toBe(303);
    expect(consultationsOn(id)).toHaveLength(2);
  });

  it("lets the requester or a lead withdraw, nobody else; a withdrawn request takes no answer", async () => {
    const id = ask();
    await consult(answerer, id);
    const [c] = consultationsOn(id);
    const colleague = await desk.login("giaidap2");
    expect((await colleague.post(`/consultations/${c!.id}/withdraw`)).status).toBe(403);
    expect((await advisor.post(`/consultations/${c!.id}/withdraw`)).status).toBe(403);
    const lead = await desk.login("totruong");
    expect((await lead.post(`/consultations/${c!.id}/withdraw`)).status).toBe(303);
    expect(consultationsOn(id)[0]!.status).toBe("withdrawn");
    expect(actions(id)).toContain("question.consultation_withdrawn");
    expect((await answerer.post(`/consultations/${c!.id}/withdraw`)).status).toBe(409);
    expect((await advisor.post(`/consultations/${c!.id}/answer`, { body: ADVICE })).status).toBe(409);
    expect(section(await (await advisor.get("/consultations")).text(), "consultations-open")).toContain("Không có yêu cầu nào đang chờ.");
  });
});

describe("the asker never sees it", () => {
  it("neither on the question page nor in its history", async () => {
    const id = ask();
    await consult(answerer, id);
    const [c] = consultationsOn(id);
    await advisor.post(`/consultations/${c!.id}/answer`, { body: ADVICE });

    const html = await (await officer.get(`/questions/${id}`)).text();
    expect(html).not.toContain(REQUEST);
    expect(html).not.toContain(ADVICE);
    expect(html).not.toContain("Ban cố vấn");
    expect(html).not.toContain("consultation");
    const timeline = questionTimeline(desk.db, currentUser(desk.db, officerId)!, id).map((e) => e.action);
    expect(timeline.some((a) => a.includes("consultation"))).toBe(false);
    // Officers have no page of consultations either.
    expect((await officer.get("/consultations")).status).toBe(403);
    expect((await officer.get("/consultations/count")).status).toBe(403);
  });
});

describe("who sees which requests", () => {
  it("an advisor sees those addressed to them; leads and steering see all, with the advisor's name", async () => {
    const first = ask("Câu hỏi cho cố vấn thứ nhất");
    const second = ask("Câu hỏi cho cố vấn thứ hai");
    await consult(answerer, first);
    await consult(answerer, second, otherAdvisorId);

    const mine = await (await advisor.get("/consultations")).text();
    expect(mine).toContain("Câu hỏi cho cố vấn thứ nhất");
    expect(mine).not.toContain("Câu hỏi cho cố vấn thứ hai");

    for (const username of ["totruong", "chihuy"]) {
      const all = section(await (await (await desk.login(username)).get("/consultations")).text(), "consultations-open");
      expect(all.indexOf("Câu hỏi cho cố vấn thứ nhất")).toBeLessThan(all.indexOf("Câu hỏi cho cố vấn thứ hai")); // oldest first
      expect(all).toContain("xin ý kiến Phạm Đức Long lúc");
    }
    expect((await answerer.get("/consultations")).status).toBe(403);
  });
});

describe("the dashboard", () => {
  const stat = (page: string, id: string) => new RegExp(`id="stat-${id}"><span class="stat__value">([^<]*)</span>.*?(?:<span class="stat__sub">([^<]*)</span>)?</p>`).exec(page);

  it("counts the period's requests, advice, those still waiting and the working time to advice", async () => {
    at("2026-10-30T02:00:00Z"); // October: outside the period
    const old = ask("Câu hỏi tháng trước");
    await consult(answerer, old);
    at("2026-11-23T02:00:00Z"); // Mon 23/11 09:00
    const id = ask();
    await consult(answerer, id); // answered at 13:30: 3 h 30 min of working time, lunch left out
    await consult(answerer, id, otherAdvisorId); // still waiting
    const other = ask("Câu hỏi có yêu cầu đã rút");
    await consult(answerer, other);
    const [withdrawn] = consultationsOn(other);
    await answerer.post(`/consultations/${withdrawn!.id}/withdraw`);
    at("2026-11-23T06:30:00Z"); // 13:30
    const [first] = consultationsOn(id);
    await advisor.post(`/consultations/${first!.id}/answer`, { body: ADVICE });

    at("2026-11-24T02:00:00Z");
    const steering = await desk.login("chihuy");
    const html = await (await steering.get("/dashboard")).text();
    const requested = stat(html, "consultations")!;
    expect(requested[1]).toBe("3");
    expect(requested[2]).toBe("1 yêu cầu còn chờ ý kiến");
    const advice = stat(html, "advice")!;
    expect(advice[1]).toBe("1");
    expect(advice[2]).toBe("chờ trung bình 3 giờ 30 phút làm việc");
    expect(html).toContain('<a href="/consultations">');
    const report = await (await steering.get("/reports/monthly?month=2026-11")).text();
    expect(report).toContain("Tổ giải đáp xin ý kiến Ban cố vấn 3 lần; Ban cố vấn đã cho 1 ý kiến.");
  });
});
