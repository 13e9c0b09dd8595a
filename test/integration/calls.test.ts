// Hotline calls logged by the team (issue 15, item 1): the caller picked from the accounts is the
// asker; a caller without an account leaves the question without one, and its answer becomes a
// call-back for the team ("Đã gọi lại", with who and when) instead of a notice to the logger.
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { callBacks, categories, messages, notifications, questions } from "../../db/schema.js";
import { auditTrail, createTestDesk, type Session, type TestDesk } from "../support/app.js";

let desk: TestDesk;
let answerer: Session;
let answererId: number;
let answerer2Id: number;
let officerId: number;
let cat: number;

const notes = (userId: number) => desk.db.select().from(notifications).where(eq(notifications.userId, userId)).all().map((n) => n.kind);
const question = (id: number) => desk.db.select().from(questions).where(eq(questions.id, id)).get()!;
const loggedId = (res: Response) => Number(new URL(res.headers.get("location")!, "http://x").searchParams.get("logged"));

beforeEach(async () => {
  desk = createTestDesk(); // Tue 24/11/2026 09:00 Hà Nội
  answererId = await desk.addUser("giaidap", ["answerer"], { name: "Trần Văn Hai" });
  answerer2Id = await desk.addUser("giaidap2", ["answerer"], { specialties: ["ly-lich-tu-phap"], name: "Lê Thị Ba" });
  officerId = await desk.addUser("canbo", ["officer"], { name: "Nguyễn Văn Hùng", rank: "Thiếu tá", unit: "Công an phường Hàng Bông" });
  answerer = await desk.login("giaidap");
  cat = desk.db.select().from(categories).where(eq(categories.code, "ly-lich-tu-phap")).get()!.id;
});
afterEach(() => desk.close());

const call = (extra: Record<string, string>) => ({
  caller: "Nguyễn Văn An",
  caller_rank: "Thượng úy",
  caller_phone: "0912 345 678",
  unit: "Công an phường Cửa Nam",
  category: String(cat),
  title: "Hỏi thủ tục cấp Phiếu số 2",
  body: "Công dân hỏi có được ủy quyền không.",
  ...extra,
});

describe("logging a call", () => {
  it("answered on the spot: recorded as answered at once by the logger, channel phone, no call-back", async () => {
    const res = await answerer.post("/calls", call({ outcome: "answered", answer: "Không được ủy quyền (Điều 46 khoản 2)." }));
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toMatch(/^\/calls\/new\?logged=\d+&answered=1$/);
    const q = desk.db.select().from(questions).get()!;
    expect(q).toMatchObject({ status: "answered", channel: "phone", callerName: "Nguyễn Văn An", callerRank: "Thượng úy", callerPhone: "0912 345 678", assigneeId: answererId, loggedBy: answererId, askerId: null });
    expect(q.answeredAt?.getTime()).toBe(desk.now.value.getTime());
    expect(desk.db.select().from(messages).all()).toHaveLength(1);
    expect(auditTrail(desk, "question", q.id).map((a) => a.action)).toEqual(["question.log_call", "question.answer"]);
    expect(desk.db.select().from(callBacks).all()).toEqual([]); // the caller heard the answer
    const page = await (await answerer.get(`/questions/${q.id}`)).text();
    expect(page).toContain("Kênh: Điện thoại");
    expect(page).toContain("Thượng úy Nguyễn Văn An");
    expect(page).toContain('href="tel:0912345678"');
  });

  it("not answered: becomes a question with the 24-working-hour deadline, routed", async () => {
    expect((await answerer.post("/calls", call({ outcome: "question" }))).status).toBe(303);
    const q = desk.db.select().from(questions).get()!;
    expect(q.status).toBe("assigned");
    expect(q.deadlineAt.toISOString()).toBe("2026-11-27T02:00:00.000Z");
  });

  it("records the call's time and length; a call logged afterwards counts its deadline from the call", async () => {
    desk.now.value = new Date("2026-11-24T03:30:00Z"); // logged at 10:30 …
    const res = await answerer.post("/calls", call({ outcome: "question", called_at: "2026-11-24T09:05", duration: "7" })); // … for a call at 09:05
    const q = question(loggedId(res));
    expect(q.submittedAt.toISOString()).toBe("2026-11-24T02:05:00.000Z");
    expect(q.loggedAt?.toISOString()).toBe("2026-11-24T03:30:00.000Z");
    expect(q.callMinutes).toBe(7);
    expect(q.deadlineAt.toISOString()).toBe("2026-11-27T02:05:00.000Z");
    const page = await (await answerer.get(`/questions/${q.id}`)).text();
    expect(page).toContain("nhận lúc <time");
    expect(page).toContain("09:05, thứ Ba 24/11/2026");
    expect(page).toContain("Cuộc gọi 7 phút");
    expect(page).toContain("Ghi nhận bởi Trần Văn Hai lúc");
  });

  it("refuses with 422 and keeps the input: every problem at once, the form filled", async () => {
    const noAnswer = await answerer.post("/calls", call({ outcome: "answered", answer: "", caller: "", caller_phone: "12", called_at: "2026-11-24T11:00" }));
    expect(noAnswer.status).toBe(422);
    const html = await noAnswer.text();
    expect(html).toContain("Xin ghi nội dung đã trả lời ngay.");
    expect(html).toContain("Xin ghi họ tên người hỏi, hoặc tìm và chọn tài khoản của họ.");
    expect(html).toContain("Số điện thoại chưa đúng: cần 8 đến 15 chữ số.");
    expect(html).toContain("Thời điểm nhận không thể sau thời điểm hiện tại.");
    expect(html).toContain('value="Hỏi thủ tục cấp Phiếu số 2"');
    expect(html).toContain('value="2026-11-24T11:00"');
    expect(html).toContain("Công dân hỏi có được ủy quyền không.");
    const noPhone = await answerer.post("/calls", call({ outcome: "question", caller_phone: "" }));
    expect(noPhone.status).toBe(422);
    const noPhoneHtml = await noPhone.text();
    expect(noPhoneHtml).toContain("Xin ghi số điện thoại để gọi lại báo kết quả.");
    expect(noPhoneHtml).toContain('value="Nguyễn Văn An"');
    const tooOld = await answerer.post("/calls", call({ outcome: "question", called_at: "2026-10-20T09:00" }));
    expect(tooOld.status).toBe(422);
    expect(await tooOld.text()).toContain("Chỉ ghi được câu hỏi nhận trong 30 ngày qua.");
    const unknown = await answerer.post("/calls", call({ outcome: "question", caller_username: "khongco" }));
    expect(unknown.status).toBe(422);
    expect(await unknown.text()).toContain("Không có tài khoản cán bộ đơn vị");
    expect(desk.db.select().from(questions).all()).toHaveLength(0);
  });

  it("is for the answer team only", async () => {
    const officer = await desk.login("canbo");
    expect((await officer.get("/calls/new")).status).toBe(403);
    expect((await officer.post("/calls", call({ outcome: "question" }))).status).toBe(403);
    expect((await officer.get("/calls/callers?caller_q=hung")).status).toBe(403);
    expect((await officer.get("/callbacks")).status).toBe(403);
  });
});

describe("a caller with an account", () => {
  it("is found by name without diacritics, as they type (htmx) and with the Tìm button (no JavaScript)", async () => {
    const fragment = await (await answerer.get("/calls/callers?caller_q=hung+hang+bong")).text();
    expect(fragment).toMatch(/^<fieldset id="caller-matches"/);
    expect(fragment).toContain('name="caller_username" value="canbo"');
    expect(fragment).toContain("Thiếu tá Nguyễn Văn Hùng");
    expect(await (await answerer.get("/calls/callers?caller_q=khong+ai")).text()).toContain("Không có tài khoản cán bộ nào khớp");
    const looked = await answerer.post("/calls/lookup", { ...call({}), caller_q: "Hùng" });
    expect(looked.status).toBe(200);
    const page = await looked.text();
    expect(page).toContain('name="caller_username" value="canbo"');
    expect(page).toContain('value="Hỏi thủ tục cấp Phiếu số 2"'); // what was typed stays
    expect(desk.db.select().from(questions).all()).toHaveLength(0);
  });

  it("is the asker: follows the question online, gets the answered notice and the asker's actions; the logger does not", async () => {
    const res = await answerer.post("/calls", call({ outcome: "question", caller_username: "canbo", caller: "", caller_phone: "", unit: "" }));
    const q = question(loggedId(res));
    expect(q).toMatchObject({ askerId: officerId, callerName: null, loggedBy: answererId, channel: "phone" });
    expect(q.unitId).not.toBeNull(); // the account's unit
    const officer = await desk.login("canbo");
    const asked = await (await officer.get(`/questions/${q.id}`)).text();
    expect(asked).toContain("Rút câu hỏi");
    expect(asked).toContain("Thiếu tá Nguyễn Văn Hùng");
    expect(await (await answerer.get(`/questions/${q.id}`)).text()).not.toContain("Rút câu hỏi");
    const assignee = await desk.login(q.assigneeId === answererId ? "giaidap" : "giaidap2");
    expect((await assignee.post(`/questions/${q.id}/answers`, { body: "Được cấp theo Điều 45." })).status).toBe(303);
    expect(notes(officerId)).toContain("answered");
    expect(notes(answererId)).not.toContain("answered");
    expect(desk.db.select().from(callBacks).all()).toEqual([]);
    expect((await officer.post(`/questions/${q.id}/rate`, { score: "5" })).status).toBe(303);
    expect((await answerer.post(`/questions/${q.id}/close`)).status).toBe(404);
  });

  it("answered on the spot: the officer is told, to find the written answer and rate it", async () => {
    const res = await answerer.post("/calls", call({ outcome: "answered", answer: "Không được.", caller_username: "canbo" }));
    expect(question(loggedId(res)).askerId).toBe(officerId);
    expect(notes(officerId)).toEqual(["answered"]);
  });
});

describe("a caller without an account", () => {
  async function logged() {
    const res = await answerer.post("/calls", call({ outcome: "question" }));
    return question(loggedId(res));
  }

  it("leaves the question without an asker account: the logger gets no asker actions", async () => {
    const q = await logged();
    expect(q.askerId).toBeNull();
    const page = await (await answerer.get(`/questions/${q.id}`)).text();
    expect(page).not.toContain("Rút câu hỏi");
    expect(page).not.toContain("Thao tác của người hỏi");
    expect(page).toContain("Thượng úy Nguyễn Văn An</strong> (không có tài khoản)");
    expect(page).not.toContain("Đề nghị người hỏi bổ sung thông tin"); // nobody could reply here
    for (const action of ["withdraw", "close", "reopen"]) expect((await answerer.post(`/questions/${q.id}/${action}`)).status).toBe(404);
    expect((await answerer.post(`/questions/${q.id}/rate`, { score: "5" })).status).toBe(404);
    const assignee = await desk.login(q.assigneeId === answererId ? "giaidap" : "giaidap2");
    expect((await assignee.post(`/questions/${q.id}/clarify`, { body: "Đề nghị cho biết thêm?" })).status).toBe(409);
    expect(question(q.id).status).toBe("assigned");
  });

  it("answering leaves a call-back instead of a notice; 'Đã gọi lại' records who and when, audited, once", async () => {
    const q = await logged();
    const holderId = q.assigneeId!;
    const holder = await desk.login(holderId === answererId ? "giaidap" : "giaidap2");
    desk.now.value = new Date("2026-11-24T07:00:00Z"); // 14:00
    expect((await holder.post(`/questions/${q.id}/answers`, { body: "Không được **ủy quyền** khi xin Phiếu số 2." })).status).toBe(303);
    expect(desk.db.select().from(notifications).where(eq(notifications.kind, "answered")).all()).toEqual([]);
    const [cb] = desk.db.select().from(callBacks).all();
    expect(cb).toMatchObject({ questionId: q.id, doneAt: null, doneBy: null });
    expect(auditTrail(desk, "question", q.id).map((a) => a.action)).toContain("question.call_back_due");

    // The team sees it: on the queue and on its own page, with the number, who answered and the answer.
    const queue = await (await answerer.get("/queue")).text();
    expect(queue).toContain("Cần gọi lại (1)");
    expect(queue).toContain('href="tel:0912345678"');
    const list = await (await answerer.get("/callbacks")).text();
    expect(list).toContain("Cần gọi lại (1)");
    expect(list).toContain("0912 345 678");
    expect(list).toContain(`Câu trả lời của ${holderId === answererId ? "Trần Văn Hai" : "Lê Thị Ba"} lúc`);
    expect(list).toContain("<strong>ủy quyền</strong>");
    expect(list).toContain(`action="/callbacks/${cb!.id}/done"`);
    expect(list).toContain("Đã gọi lại");

    desk.now.value = new Date("2026-11-24T08:15:00Z"); // 15:15
    const done = await answerer.post(`/callbacks/${cb!.id}/done`, { note: "Đồng chí An đã nắm", back: "/queue" });
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe("/queue");
    expect(desk.db.select().from(callBacks).get()).toMatchObject({ doneBy: answererId, doneAt: new Date("2026-11-24T08:15:00Z"), note: "Đồng chí An đã nắm" });
    const audited = auditTrail(desk, "question", q.id).find((a) => a.action === "question.called_back")!;
    expect(audited).toMatchObject({ actorId: answererId, at: new Date("2026-11-24T08:15:00Z") });
    expect(audited.data).toMatchObject({ callBackId: cb!.id, note: "Đồng chí An đã nắm" });

    expect(await (await answerer.get("/queue")).text()).not.toContain("Cần gọi lại (");
    const after = await (await answerer.get("/callbacks")).text();
    expect(after).toContain("Cần gọi lại (0)");
    expect(after).toContain("Đã gọi lại</span> lúc <time");
    expect(after).toContain("15:15, thứ Ba 24/11/2026");
    const page = await (await answerer.get(`/questions/${q.id}`)).text();
    expect(page).toContain("Đã gọi lại lúc");
    expect(page).toContain("Đã gọi lại báo kết quả · Trần Văn Hai");

    // A colleague pressing it again (a stale page) is told it was done.
    expect((await (await desk.login("giaidap2")).post(`/callbacks/${cb!.id}/done`, { back: "/callbacks" })).status).toBe(409);
    expect(auditTrail(desk, "question", q.id).filter((a) => a.action === "question.called_back")).toHaveLength(1);
  });

  it("closing it as a duplicate also leaves a call-back, pointing at the other answer", async () => {
    const first = await logged();
    const q = await logged();
    expect((await answerer.post(`/questions/${q.id}/duplicate`, { of: String(first.id) })).status).toBe(303);
    expect(desk.db.select().from(callBacks).where(eq(callBacks.questionId, q.id)).get()).toMatchObject({ messageId: null, doneAt: null });
    expect(await (await answerer.get("/callbacks")).text()).toContain(`Trùng với <a href="/questions/${first.id}">câu hỏi #${first.id}</a>`);
  });
});
