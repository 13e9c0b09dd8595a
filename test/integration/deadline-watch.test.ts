// The background watch: the alert for the state a question is in, once per person and allowance;
// and auto-close.
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { auditLog, categories, notifications, questions, slaAlerts } from "../../db/schema.js";
import { runJobsOnce } from "../../src/jobs.js";
import { addCalendarDays } from "../../src/services/calendar.js";
import { loadConfig } from "../../src/config.js";
import { createTestDesk, idFromLocation, type Session, type TestDesk } from "../support/app.js";

let desk: TestDesk;
let officer: Session;
let answererId: number;
let leadId: number;

const run = (autoCloseWorkingDays = 5) =>
  runJobsOnce({ db: desk.db, config: { ...loadConfig({}), autoCloseWorkingDays }, clock: () => desk.now.value });
const kinds = (userId: number) =>
  desk.db.select().from(notifications).where(eq(notifications.userId, userId)).all().map((n) => n.kind).filter((k) => k !== "assigned");

beforeEach(async () => {
  desk = createTestDesk(); // Tue 24/11/2026 09:00
  await desk.addUser("canbo", ["officer"]);
  answererId = await desk.addUser("giaidap", ["answerer"]);
  leadId = await desk.addUser("totruong", ["lead"]);
  officer = await desk.login("canbo");
});
afterEach(() => desk.close());

async function ask() {
  const cat = desk.db.select().from(categories).get()!.id;
  return idFromLocation(await officer.post("/questions", { title: "Câu hỏi kiểm tra hạn", body: "Nội dung đủ dài để gửi", category: String(cat) }));
}

describe("deadline alerts", () => {
  it("alerts the assignee once at 75 %, and the assignee and the leads once when overdue, however often the job runs", async () => {
    const id = await ask(); // deadline Fri 27/11 09:00
    run();
    expect(kinds(answererId)).toEqual([]);
    desk.now.value = new Date("2026-11-26T03:00:00Z"); // Thu 10:00: 17 h used (71 %)
    run();
    expect(kinds(answererId)).toEqual([]);
    desk.now.value = new Date("2026-11-26T05:00:00Z"); // Thu 12:00: 18 h = 75 %
    run();
    run();
    expect(kinds(answererId)).toEqual(["due_soon"]);
    desk.now.value = new Date("2026-11-27T02:30:00Z"); // Fri 09:30: overdue
    run();
    run();
    expect(kinds(leadId)).toEqual(["overdue"]);
    expect(kinds(answererId)).toEqual(["due_soon", "overdue"]);
    const alerts = desk.db.select().from(auditLog).all().filter((a) => a.action.endsWith("_alert"));
    expect(alerts.map((a) => a.action)).toEqual(["question.due_soon_alert", "question.overdue_alert"]);
    expect(alerts.every((a) => a.objectId === String(id))).toBe(true);
    expect(alerts[1]!.data).toMatchObject({ recipients: [answererId, leadId] });
  });

  it("a question found already overdue (the desk was down) gets only the overdue alert, and due-soon never comes later", async () => {
    const id = await ask(); // deadline Fri 27/11 09:00
    desk.now.value = new Date("2026-11-27T05:00:00Z"); // Fri 12:00: 3 h overdue, the first run since
    run();
    expect(kinds(answererId)).toEqual(["overdue"]);
    expect(kinds(leadId)).toEqual(["overdue"]);
    const rows = desk.db.select().from(slaAlerts).where(eq(slaAlerts.questionId, id)).all();
    expect(rows.map((r) => [r.kind, r.outcome]).sort()).toEqual([
      ["due_soon", "superseded"],
      ["overdue", "sent"],
    ]);
    // A holiday added on Thursday moves the deadline to Mon 30/11 09:00: the question is "due soon"
    // again (19 of 24 h used), but its due-soon alert was settled for this allowance.
    const adminId = await desk.addUser("quantri", ["admin"]);
    addCalendarDays(desk.db, { actorId: adminId, now: desk.now.value, timeZone: "Asia/Ho_Chi_Minh" }, [
      { date: "2026-11-26", kind: "holiday", name: "Ngày nghỉ thử" },
    ]);
    run();
    expect(kinds(answererId)).toEqual(["overdue"]);
    expect(kinds(leadId)).toEqual(["overdue"]);
  });

  it("tells a new assignee of a question that is still overdue, once; nobody else again", async () => {
    const id = await ask();
    const otherId = await desk.addUser("giaidap2", ["answerer"]);
    desk.now.value = new Date("2026-11-27T02:30:00Z"); // Fri 09:30: overdue
    run();
    const lead = await desk.login("totruong");
    expect((await lead.post(`/questions/${id}/assign`, { assignee: String(otherId) })).status).toBe(303);
    run();
    run();
    expect(kinds(otherId)).toEqual(["overdue"]);
    expect(kinds(answererId)).toEqual(["overdue"]);
    expect(kinds(leadId)).toEqual(["overdue"]);
    const alerts = desk.db.select().from(auditLog).all().filter((a) => a.action === "question.overdue_alert");
    expect(alerts.map((a) => a.data)).toMatchObject([{ recipients: [answererId, leadId] }, { recipients: [otherId] }]);
    // Handed back to the first assignee: already told for this allowance.
    await lead.post(`/questions/${id}/assign`, { assignee: String(answererId) });
    run();
    expect(kinds(answererId)).toEqual(["overdue"]);
  });

  it("tells a new assignee of a question that is due soon, not of a state it has left", async () => {
    const id = await ask();
    const otherId = await desk.addUser("giaidap2", ["answerer"]);
    desk.now.value = new Date("2026-11-26T05:00:00Z"); // Thu 12:00: due soon
    run();
    const lead = await desk.login("totruong");
    await lead.post(`/questions/${id}/assign`, { assignee: String(otherId) });
    run();
    expect(kinds(otherId)).toEqual(["due_soon"]);
    desk.now.value = new Date("2026-11-27T02:30:00Z"); // overdue: the assignee now and the leads
    run();
    expect(kinds(otherId)).toEqual(["due_soon", "overdue"]);
    expect(kinds(answererId)).toEqual(["due_soon"]);
    expect(kinds(leadId)).toEqual(["overdue"]);
  });

  it("a lead who is also the assignee is told once", async () => {
    const id = await ask();
    const lead = await desk.login("totruong");
    await lead.post(`/questions/${id}/assign`, { assignee: String(leadId) });
    desk.now.value = new Date("2026-11-27T02:30:00Z");
    run();
    expect(kinds(leadId)).toEqual(["overdue"]);
  });

  it("sends no alert for an answered or paused question", async () => {
    const id = await ask();
    const answerer = await desk.login("giaidap");
    await answerer.post(`/questions/${id}/clarify`, { body: "Đề nghị bổ sung" });
    desk.now.value = new Date("2026-11-30T02:00:00Z");
    run();
    expect(kinds(answererId)).toEqual([]);
    expect(kinds(leadId)).toEqual([]);
  });

  it("alerts again for the fresh allowance of a reopened question", async () => {
    const id = await ask();
    const answerer = await desk.login("giaidap");
    desk.now.value = new Date("2026-11-26T05:00:00Z");
    run();
    await answerer.post(`/questions/${id}/answers`, { body: "Trả lời" });
    await officer.post(`/questions/${id}/reopen`, { reason: "Chưa rõ" });
    desk.now.value = new Date("2026-12-01T05:00:00Z"); // 18 working hours after the reopen
    run();
    expect(kinds(answererId).filter((k) => k === "due_soon")).toHaveLength(2);
  });
});

describe("auto-close", () => {
  it("closes an answered question after N working days without follow-up, audited as the system", async () => {
    const id = await ask();
    const answerer = await desk.login("giaidap");
    await answerer.post(`/questions/${id}/answers`, { body: "Trả lời" }); // Tue 09:00
    desk.now.value = new Date("2026-11-30T01:59:00Z"); // Mon 08:59: 4 working days (32 h) − 1 min
    run(4);
    expect(desk.db.select().from(questions).where(eq(questions.id, id)).get()!.status).toBe("answered");
    desk.now.value = new Date("2026-11-30T02:00:00Z"); // Mon 09:00: 4 working days
    run(4);
    const q = desk.db.select().from(questions).where(eq(questions.id, id)).get()!;
    expect(q.status).toBe("closed");
    const row = desk.db.select().from(auditLog).where(eq(auditLog.action, "question.close")).get()!;
    expect(row.actorId).toBeNull();
    expect(row.data).toMatchObject({ automatic: true });
  });

  it("counts from the asker's last follow-up, and never closes with 0 days", async () => {
    const id = await ask();
    const answerer = await desk.login("giaidap");
    await answerer.post(`/questions/${id}/answers`, { body: "Trả lời" });
    desk.now.value = new Date("2026-11-26T02:00:00Z"); // Thu 09:00
    await officer.post(`/questions/${id}/replies`, { body: "Xin hỏi thêm một ý" });
    desk.now.value = new Date("2026-12-01T02:00:00Z"); // 4 days after the answer, 2 after the reply
    run(4);
    expect(desk.db.select().from(questions).where(eq(questions.id, id)).get()!.status).toBe("answered");
    desk.now.value = new Date("2027-01-30T02:00:00Z");
    run(0);
    expect(desk.db.select().from(questions).where(eq(questions.id, id)).get()!.status).toBe("answered");
  });
});
