// Hotline calls logged by the team: answered on the spot, or turned into a routed question.
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { categories, messages, questions } from "../../db/schema.js";
import { auditTrail, createTestDesk, type Session, type TestDesk } from "../support/app.js";

let desk: TestDesk;
let answerer: Session;
let answererId: number;
let officerId: number;
let cat: number;

beforeEach(async () => {
  desk = createTestDesk();
  answererId = await desk.addUser("giaidap", ["answerer"]);
  await desk.addUser("giaidap2", ["answerer"], { specialties: ["ly-lich-tu-phap"] });
  officerId = await desk.addUser("canbo", ["officer"], { unit: "Công an phường Hàng Bông" });
  answerer = await desk.login("giaidap");
  cat = desk.db.select().from(categories).where(eq(categories.code, "ly-lich-tu-phap")).get()!.id;
});
afterEach(() => desk.close());

const call = (extra: Record<string, string>) => ({
  caller: "Thượng úy Nguyễn Văn An",
  unit: "Công an phường Cửa Nam",
  category: String(cat),
  title: "Hỏi thủ tục cấp Phiếu số 2",
  body: "Công dân hỏi có được ủy quyền không.",
  ...extra,
});

describe("logging a call", () => {
  it("answered on the spot: recorded as answered at once by the logger, channel phone", async () => {
    const res = await answerer.post("/calls", call({ outcome: "answered", answer: "Không được ủy quyền (Điều 46 khoản 2)." }));
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toMatch(/^\/calls\/new\?logged=\d+&answered=1$/);
    const q = desk.db.select().from(questions).get()!;
    expect(q).toMatchObject({ status: "answered", channel: "phone", callerName: "Thượng úy Nguyễn Văn An", assigneeId: answererId, loggedBy: answererId });
    expect(q.answeredAt?.getTime()).toBe(desk.now.value.getTime());
    expect(desk.db.select().from(messages).all()).toHaveLength(1);
    const actions = auditTrail(desk, "question", q.id).map((a) => a.action);
    expect(actions).toEqual(["question.log_call", "question.answer"]);
    const page = await (await answerer.get(`/questions/${q.id}`)).text();
    expect(page).toContain("qua điện thoại");
    expect(page).toContain("Thượng úy Nguyễn Văn An");
  });

  it("not answered: becomes a question with the 24-working-hour deadline, routed", async () => {
    expect((await answerer.post("/calls", call({ outcome: "question" }))).status).toBe(303);
    const q = desk.db.select().from(questions).get()!;
    expect(q.status).toBe("assigned");
    expect(q.deadlineAt.toISOString()).toBe("2026-11-27T02:00:00.000Z");
  });

  it("links the caller's account so the officer follows it online", async () => {
    await answerer.post("/calls", call({ outcome: "question", caller_username: "canbo", unit: "" }));
    const q = desk.db.select().from(questions).get()!;
    expect(q.askerId).toBe(officerId);
    const officer = await desk.login("canbo");
    expect((await officer.get(`/questions/${q.id}`)).status).toBe(200);
  });

  it("refuses with 422 and keeps the input: answered without an answer, an unknown account", async () => {
    const noAnswer = await answerer.post("/calls", call({ outcome: "answered", answer: "" }));
    expect(noAnswer.status).toBe(422);
    const html = await noAnswer.text();
    expect(html).toContain("Xin ghi nội dung đã trả lời qua điện thoại.");
    expect(html).toContain('value="Thượng úy Nguyễn Văn An"');
    const unknown = await answerer.post("/calls", call({ outcome: "question", caller_username: "khongco" }));
    expect(unknown.status).toBe(422);
    expect(await unknown.text()).toContain("Không có tài khoản cán bộ đơn vị");
    expect(desk.db.select().from(questions).all()).toHaveLength(0);
  });

  it("is for the answer team only", async () => {
    const officer = await desk.login("canbo");
    expect((await officer.get("/calls/new")).status).toBe(403);
    expect((await officer.post("/calls", call({ outcome: "question" }))).status).toBe(403);
  });
});
