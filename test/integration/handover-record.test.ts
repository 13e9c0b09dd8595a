// Bàn giao ca as a record (issue 15, item 6): the outgoing member hands picked questions and a note
// to the incoming people in one transaction with audit rows; a question that moved meanwhile refuses
// the whole hand-over; the incoming person acknowledges once; who may read which record.
import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { auditLog, handoverItems, handoverRecipients, handovers, notifications, questions } from "../../db/schema.js";
import { setDutyRoster } from "../../src/services/duty.js";
import { auditTrail, createTestDesk, idFromLocation, type Session, type TestDesk } from "../support/app.js";

let desk: TestDesk;
let outgoing: Session;
let incoming: Session;
let outsider: Session;
let officerId: number;
let outgoingId: number;
let incomingId: number;
let secondId: number;
let leadId: number;

beforeEach(async () => {
  desk = createTestDesk(); // Tue 24/11/2026 09:00 Hà Nội
  officerId = await desk.addUser("canbo", ["officer"]);
  outgoingId = await desk.addUser("giaidap", ["answerer"], { specialties: ["xoa-an-tich"], name: "Nguyễn Văn Minh" });
  incomingId = await desk.addUser("giaidap2", ["answerer"], { specialties: ["ly-lich-tu-phap"], name: "Trần Thị Lan" });
  secondId = await desk.addUser("giaidap3", ["answerer"], { specialties: ["ly-lich-tu-phap"], name: "Phạm Quốc Việt" });
  leadId = await desk.addUser("totruong", ["lead"], { name: "Lê Quốc Hùng" });
  await desk.addUser("chihuy", ["steering"], { name: "Đỗ Văn Chỉ" });
  outgoing = await desk.login("giaidap");
  incoming = await desk.login("giaidap2");
  outsider = await desk.login("giaidap3");
});
afterEach(() => desk.close());

// Three open questions of the outgoing member, oldest (most urgent) first.
function threeQuestions(): number[] {
  const ids = ["Xóa án tích khi còn nợ án phí", "Thời hạn xóa án tích với án phạt tiền", "Đương nhiên được xóa án tích khi nào?"].map((t) =>
    desk.ask(officerId, "xoa-an-tich", t, "Nội dung câu hỏi đủ dài."),
  );
  for (const id of ids) expect(desk.db.select().from(questions).where(eq(questions.id, id)).get()!.assigneeId).toBe(outgoingId);
  return ids;
}

const pick = (id: number, status = "assigned") => `${id}:${status}`;
const assigneeOf = (id: number) => desk.db.select().from(questions).where(eq(questions.id, id)).get()!.assigneeId;

describe("the form on /handover", () => {
  it("ticks every open question of the member and suggests the next shift", async () => {
    const ids = threeQuestions();
    setDutyRoster(desk.db, { id: leadId, roles: ["lead"] }, "2026-11-25", [incomingId, outgoingId], desk.now.value);
    const html = await (await outgoing.get("/handover")).text();
    for (const id of ids) expect(html).toContain(`name="question" value="${id}:assigned" checked="" form="handover-form"`);
    expect(html).toContain(`name="incoming" value="${incomingId}" checked=""`);
    expect(html).toContain(`name="incoming" value="${secondId}"/>`);
    expect(html).not.toContain(`name="incoming" value="${outgoingId}"`); // not to oneself
    // The whole team's view only lists.
    expect(await (await outgoing.get("/handover?all=1")).text()).not.toContain('id="handover-form"');
  });
});

describe("giving a hand-over", () => {
  it("moves the picked questions in one go, with the record, audit rows and notices", async () => {
    const [a, b, c] = threeQuestions();
    const res = await outgoing.post("/handover", { note: "Câu **#1** hẹn gọi lại lúc 14 giờ.", incoming: String(incomingId), question: [pick(a!), pick(b!)] });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toMatch(/^\/handover\/\d+\?done=given#main$/);
    const id = Number(res.headers.get("location")!.match(/\/handover\/(\d+)/)![1]);

    expect([assigneeOf(a!), assigneeOf(b!), assigneeOf(c!)]).toEqual([incomingId, incomingId, outgoingId]); // c was not picked
    expect(desk.db.select().from(handovers).get()).toMatchObject({ id, fromUserId: outgoingId, note: "Câu **#1** hẹn gọi lại lúc 14 giờ." });
    const items = desk.db.select().from(handoverItems).all();
    expect(items.map((i) => [i.questionId, i.toUserId, i.status, i.slaState, i.position])).toEqual([
      [a, incomingId, "assigned", "on_time", 0],
      [b, incomingId, "assigned", "on_time", 1],
    ]);
    expect(items[0]!.leftMinutes).toBe(24 * 60);

    const moved = auditTrail(desk, "question", a!).at(-1)!;
    expect(moved).toMatchObject({ action: "question.assign", actorId: outgoingId });
    expect(moved.data).toMatchObject({ reason: "handed_over", previousAssigneeId: outgoingId, assigneeId: incomingId, handoverId: id });
    expect(auditTrail(desk, "handover", id).map((r) => r.action)).toEqual(["handover.create"]);
    const told = desk.db.select().from(notifications).where(eq(notifications.userId, incomingId)).all();
    expect(told.map((n) => n.kind).sort()).toEqual(["assigned", "assigned", "handover_received"]);
    expect(told.find((n) => n.kind === "handover_received")!.handoverId).toBe(id);

    const page = await (await outgoing.get(`/handover/${id}?done=given`)).text();
    expect(page).toContain("Đã bàn giao.");
    expect(page).toContain("<strong>#1</strong>"); // the note's Markdown, rendered
    expect(page).toContain("Chưa xác nhận");
    expect(page).toContain(`href="/questions/${a}"`);
  });

  it("shares the questions out among several incoming people, keeping a choice made in a row", async () => {
    const [a, b, c] = threeQuestions();
    const res = await outgoing.post("/handover", {
      incoming: [String(incomingId), String(secondId)],
      question: [pick(a!), pick(b!), pick(c!)],
      [`to_${c}`]: String(incomingId),
    });
    expect(res.status).toBe(303);
    // c goes to Lan as chosen; a (most urgent) to Việt, who holds none; then one each, a tie goes
    // to the first ticked: b to Lan.
    expect([assigneeOf(a!), assigneeOf(b!), assigneeOf(c!)]).toEqual([secondId, incomingId, incomingId]);
    expect(desk.db.select().from(handoverRecipients).all().map((r) => r.userId).sort()).toEqual([incomingId, secondId].sort());
  });

  it("refuses the whole hand-over when a picked question was answered meanwhile", async () => {
    const [a, b] = threeQuestions();
    expect((await outgoing.post(`/questions/${b}/answers`, { body: "Trả lời: được xóa án tích khi đã nộp xong án phí." })).status).toBe(303);
    const before = desk.db.select().from(auditLog).all().length;
    const res = await outgoing.post("/handover", { note: "Ghi chú giữ lại", incoming: String(incomingId), question: [pick(a!), pick(b!)] });
    expect(res.status).toBe(409);
    const html = await res.text();
    expect(html).toContain("Chưa bàn giao câu hỏi nào");
    expect(html).toContain(`Câu hỏi #${b} đã kết thúc (Đã trả lời).`);
    expect(html).toContain("Ghi chú giữ lại</textarea>");
    expect(assigneeOf(a!)).toBe(outgoingId);
    expect(desk.db.select().from(handovers).all()).toEqual([]);
    expect(desk.db.select().from(auditLog).all().length).toBe(before);
  });

  it("refuses a question whose state moved, or that someone else now holds", async () => {
    const [a, b] = threeQuestions();
    expect((await outgoing.post(`/questions/${a}/clarify`, { body: "Đề nghị đồng chí cho biết bản án tuyên ngày nào?" })).status).toBe(303);
    expect((await outgoing.post(`/questions/${b}/handover`, { assignee: String(secondId) })).status).toBe(303);
    const res = await outgoing.post("/handover", { incoming: String(incomingId), question: [pick(a!), pick(b!)] });
    expect(res.status).toBe(409);
    const html = await res.text();
    expect(html).toContain(`Câu hỏi #${a} đã chuyển sang trạng thái “Chờ bổ sung thông tin”.`);
    expect(html).toContain(`Câu hỏi #${b} nay do đồng chí khác giải đáp.`);
    expect(desk.db.select().from(handovers).all()).toEqual([]);
  });

  it("brings the form back with a Vietnamese message for bad input", async () => {
    const [a] = threeQuestions();
    const none = await outgoing.post("/handover", { note: "Nội dung", question: pick(a!) });
    expect(none.status).toBe(422);
    const html = await none.text();
    expect(html).toContain("Xin chọn người nhận bàn giao.");
    expect(html).toContain("Nội dung</textarea>");
    const self = await outgoing.post("/handover", { incoming: String(outgoingId), question: pick(a!) });
    expect(self.status).toBe(422);
    expect(await self.text()).toContain("Không thể bàn giao cho chính mình");
    const officer = await outgoing.post("/handover", { incoming: String(officerId), question: pick(a!) });
    expect(officer.status).toBe(422);
    const empty = await outgoing.post("/handover", { incoming: String(incomingId) });
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain("Xin chọn ít nhất một câu hỏi hoặc ghi nội dung bàn giao.");
    expect((await outgoing.post("/handover", { incoming: String(incomingId), question: "abc" })).status).toBe(422);
    expect(desk.db.select().from(handovers).all()).toEqual([]);
  });
});

async function give(): Promise<number> {
  const [a] = threeQuestions();
  const res = await outgoing.post("/handover", { note: "Bàn giao cuối ca", incoming: String(incomingId), question: pick(a!) });
  expect(res.status).toBe(303);
  return idFromLocation({ headers: new Headers({ location: res.headers.get("location")!.split("?")[0]! }) } as Response);
}

describe("acknowledging", () => {
  it("the incoming member sees it pending, acknowledges once, and the giver is told", async () => {
    const id = await give();
    const pending = await (await incoming.get("/handover")).text();
    expect(pending).toContain("Bàn giao chờ đồng chí nhận (1)");
    expect(pending).toContain(`action="/handover/${id}/acknowledge"`);

    const res = await incoming.post(`/handover/${id}/acknowledge`);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/handover/${id}?done=acknowledged`);
    const row = desk.db.select().from(handoverRecipients).where(and(eq(handoverRecipients.handoverId, id), eq(handoverRecipients.userId, incomingId))).get()!;
    expect(row.acknowledgedAt).toEqual(desk.now.value);
    expect((await incoming.post(`/handover/${id}/acknowledge`)).status).toBe(303); // twice: harmless
    expect(auditTrail(desk, "handover", id).map((r) => [r.action, r.actorId])).toEqual([
      ["handover.create", outgoingId],
      ["handover.acknowledge", incomingId],
    ]);
    expect(desk.db.select().from(notifications).where(eq(notifications.kind, "handover_acknowledged")).all().map((n) => n.userId)).toEqual([outgoingId]);
    expect(await (await incoming.get("/handover")).text()).not.toContain("Bàn giao chờ đồng chí nhận");
    expect(await (await outgoing.get(`/handover/${id}`)).text()).toContain("Đã nhận");
  });

  it("is only for the incoming people", async () => {
    const id = await give();
    expect((await outsider.post(`/handover/${id}/acknowledge`)).status).toBe(404);
    expect((await outgoing.post(`/handover/${id}/acknowledge`)).status).toBe(404);
    expect((await (await desk.login("chihuy")).post(`/handover/${id}/acknowledge`)).status).toBe(403);
  });
});

describe("who reads the records", () => {
  it("members read what they gave or received; leads and the command read all", async () => {
    const id = await give();
    for (const [user, status] of [["giaidap", 200], ["giaidap2", 200], ["giaidap3", 404], ["totruong", 200], ["chihuy", 200]] as const) {
      const s = await desk.login(user);
      expect((await s.get(`/handover/${id}`)).status, user).toBe(status);
      expect((await s.get(`/handover/${id}/print`)).status, user).toBe(status);
      const history = await (await s.get("/handover/history")).text();
      expect(history.includes(`href="/handover/${id}"`), user).toBe(status === 200);
    }
    const officer = await desk.login("canbo");
    expect((await officer.get("/handover/history")).status).toBe(403);
    expect((await officer.get(`/handover/${id}`)).status).toBe(403);
  });

  it("lists newest first, twenty to a page", async () => {
    threeQuestions();
    for (let i = 0; i < 21; i++) {
      desk.now.value = new Date(desk.now.value.getTime() + 60_000);
      expect((await outgoing.post("/handover", { note: `Ghi chú số ${i}`, incoming: String(incomingId) })).status).toBe(303);
    }
    const first = await (await outgoing.get("/handover/history")).text();
    expect(first).toContain("21 biên bản");
    expect(first.indexOf("Ghi chú số 20")).toBeLessThan(first.indexOf("Ghi chú số 19"));
    expect(first).not.toContain("Ghi chú số 0<");
    expect(first).toContain('href="/handover/history?page=2"');
    expect(await (await outgoing.get("/handover/history?page=2")).text()).toContain("Ghi chú số 0");
  });

  it("prints the record with the question's state at hand-over time", async () => {
    const id = await give();
    const html = await (await outgoing.get(`/handover/${id}/print`)).text();
    expect(html).toContain("/static/css/report.css");
    expect(html).toContain("BIÊN BẢN");
    expect(html).toContain(`Số: ${id}/BB-BGC`);
    expect(html).toContain("Bàn giao cuối ca");
    expect(html).toContain("Đang xử lý"); // status at hand-over
    expect(html).toContain("còn 24 giờ làm việc");
    expect(html).toContain("chưa xác nhận trên hệ thống");
    expect(html).toContain("BÊN NHẬN");
  });
});
