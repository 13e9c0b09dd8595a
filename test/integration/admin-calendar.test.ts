import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { auditLog, calendarDays, categories, questions, workPeriods } from "../../db/schema.js";
import { createTestDesk, idFromLocation, type Session, type TestDesk } from "../support/app.js";

let desk: TestDesk;
let admin: Session;
let adminId: number;
beforeEach(async () => {
  desk = createTestDesk(); // Tuesday 24/11/2026 09:00 Hà Nội; default calendar with 2025–2027 holidays
  adminId = await desk.addUser("admin", ["admin"]);
  await desk.addUser("canbo", ["officer"]);
  await desk.addUser("giaidap", ["answerer"]);
  admin = await desk.login("admin");
});
afterEach(() => desk.close());

async function ask(): Promise<number> {
  const category = desk.db.select().from(categories).where(eq(categories.code, "xoa-an-tich")).get()!.id;
  const res = await (await desk.login("canbo")).post("/questions", {
    title: "Thời hạn xóa án tích",
    body: "Nội dung câu hỏi đủ dài để gửi.",
    category: String(category),
  });
  expect(res.status).toBe(303);
  return idFromLocation(res);
}

const deadlineOf = (id: number) => desk.db.select().from(questions).where(eq(questions.id, id)).get()!.deadlineAt.toISOString();
const calendarAudit = (action: string) =>
  desk.db.select().from(auditLog).where(and(eq(auditLog.objectType, "calendar"), eq(auditLog.action, action))).all();
const dayRow = (date: string) => desk.db.select().from(calendarDays).where(eq(calendarDays.date, date)).get();

// Monday to Friday as the default calendar has them, as the week form sends them (blank rows included).
function officeWeek(): Record<string, string[]> {
  const form: Record<string, string[]> = {};
  for (let wd = 1; wd <= 7; wd++) {
    const working = wd <= 5;
    form[`start_${wd}`] = working ? ["08:00", "13:00", ""] : ["", ""];
    form[`end_${wd}`] = working ? ["12:00", "17:00", ""] : ["", ""];
  }
  return form;
}

describe("admin: working calendar page", () => {
  it("shows the week, the calendar's days and this year's and next year's statutory suggestions", async () => {
    const res = await admin.get("/admin/calendar");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Lịch làm việc");
    expect(html).toContain('name="start_1" value="08:00"');
    expect(html).toContain('name="end_1" value="17:00"');
    // Dates as dd/MM/yyyy with the Vietnamese weekday, never shifted by a time zone.
    expect(html).toContain("Thứ Năm 01/01/2026");
    expect(html).toContain("Tết Nguyên đán (mùng 1)");
    expect(html).toContain("<h3>Năm 2026</h3>");
    expect(html).toContain("<h3>Năm 2027</h3>");
    expect(html).not.toContain("<h3>Năm 2028</h3>");
    // The seeded years are complete: suggestions are marked, none offered.
    expect(html).toContain("Đã có trong lịch");
    expect(html).not.toContain("ngày còn thiếu");
  });

  it("suggests a chosen year's lunar and statutory holidays with buttons, adding nothing by itself", async () => {
    const html = await (await admin.get("/admin/calendar?year=2028")).text();
    expect(html).toContain("<h3>Năm 2028</h3>");
    expect(html).not.toContain("<h3>Năm 2026</h3>");
    // Tết 2028: mùng 1 is Wednesday 26/01/2028; Giỗ Tổ 10/3 âm lịch is Tuesday 04/04/2028.
    expect(html).toContain("Thứ Tư 26/01/2028");
    expect(html).toContain("Thứ Ba 04/04/2028");
    expect(html).toContain("Giỗ Tổ Hùng Vương (10/3 âm lịch)");
    expect(html).toContain('<input type="hidden" name="date" value="2028-01-26"/>');
    expect(html).toContain("Thêm cả 11 ngày còn thiếu");
    expect(desk.db.select().from(calendarDays).all().filter((d) => d.date.startsWith("2028-"))).toHaveLength(0);
  });

  it("is for admins only", async () => {
    for (const username of ["canbo", "giaidap"]) {
      const s = await desk.login(username);
      expect((await s.get("/admin/calendar")).status).toBe(403);
      expect((await s.post("/admin/calendar/week", officeWeek())).status).toBe(403);
      expect((await s.post("/admin/calendar/days", { date: "2026-12-24", kind: "holiday", name: "Thử" })).status).toBe(403);
      expect((await s.post("/admin/calendar/days/2026-01-01/delete")).status).toBe(403);
      expect((await s.post("/admin/calendar/suggestions", { suggest: "2028" })).status).toBe(403);
    }
    expect(dayRow("2026-12-24")).toBeUndefined();
    expect(dayRow("2026-01-01")).toBeDefined();
    expect(calendarAudit("calendar.day_add")).toHaveLength(0);
  });
});

describe("admin: holidays and make-up days", () => {
  it("adds a holiday: the open question's deadline moves past it, audited with the count, and the notice says so", async () => {
    const id = await ask();
    expect(deadlineOf(id)).toBe("2026-11-27T02:00:00.000Z"); // Fri 27/11 09:00
    const res = await admin.post("/admin/calendar/days", { date: "2026-11-25", kind: "holiday", name: "Nghỉ đột xuất" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/admin/calendar?done=saved&moved=1");
    // Wednesday off: Tue 7 h + Thu 8 h + Fri 8 h, then Mon 30/11 08:00–09:00.
    expect(deadlineOf(id)).toBe("2026-11-30T02:00:00.000Z");
    expect(dayRow("2026-11-25")).toMatchObject({ kind: "holiday", name: "Nghỉ đột xuất", createdBy: adminId });
    const [row] = calendarAudit("calendar.day_add");
    expect(row).toMatchObject({ actorId: adminId, objectId: "2026-11-25", toState: "holiday" });
    expect(row!.data).toMatchObject({ date: "2026-11-25", kind: "holiday", name: "Nghỉ đột xuất", deadlinesMoved: 1, questionIds: [id] });
    const page = await (await admin.get(res.headers.get("location")!)).text();
    expect(page).toContain("Đã lưu. Hạn trả lời của 1 câu hỏi đang mở đã được tính lại.");
    expect(page).toContain("Thứ Tư 25/11/2026");
  });

  it("a make-up Saturday pulls a deadline earlier", async () => {
    desk.now.value = new Date("2026-11-26T02:00:00Z"); // Thursday 09:00
    const id = await ask();
    expect(deadlineOf(id)).toBe("2026-12-01T02:00:00.000Z"); // Tue 01/12 09:00
    const res = await admin.post("/admin/calendar/days", { date: "2026-11-28", kind: "make_up", name: "Làm bù cho ngày 02/01" });
    expect(res.status).toBe(303);
    // Saturday works Monday's hours: Thu 7 h + Fri 8 h + Sat 8 h, then Mon 30/11 08:00–09:00.
    expect(deadlineOf(id)).toBe("2026-11-30T02:00:00.000Z");
    expect(calendarAudit("calendar.day_add")[0]!.data).toMatchObject({ kind: "make_up", deadlinesMoved: 1 });
    expect(await (await admin.get("/admin/calendar")).text()).toMatch(/Thứ Bảy 28\/11\/2026<\/time><span>Làm bù cho ngày 02\/01 <span class="badge cal-badge--make_up">Ngày làm bù/);
  });

  it("says when no deadline moved", async () => {
    await ask();
    const res = await admin.post("/admin/calendar/days", { date: "2026-12-31", kind: "holiday", name: "Nghỉ cuối năm" });
    expect(res.headers.get("location")).toBe("/admin/calendar?done=saved&moved=0");
    expect(await (await admin.get("/admin/calendar?done=saved&moved=0")).text()).toContain("Không có câu hỏi đang mở nào phải đổi hạn trả lời.");
  });

  it("keeps the input and explains in Vietnamese on bad input (422); adds nothing", async () => {
    const res = await admin.post("/admin/calendar/days", { date: "2026-02-30", kind: "holiday", name: "Ngày không có thật" });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("Ngày không hợp lệ");
    expect(html).toContain('value="Ngày không có thật"');
    expect(html).toContain('value="2026-02-30"');
    const empty = await admin.post("/admin/calendar/days", { date: "", kind: "make_up", name: "" });
    expect(empty.status).toBe(422);
    const emptyHtml = await empty.text();
    expect(emptyHtml).toContain("Xin chọn ngày.");
    expect(emptyHtml).toContain("Xin nhập tên gọi.");
    expect(emptyHtml).toMatch(/<option value="make_up" selected/);
    expect((await admin.post("/admin/calendar/days", { date: "2026-12-24", kind: "workday", name: "Sai loại" })).status).toBe(422);
    expect(dayRow("2026-12-24")).toBeUndefined();
    expect(calendarAudit("calendar.day_add")).toHaveLength(0);
  });

  it("refuses a date already in the calendar (409) and says what it is", async () => {
    const res = await admin.post("/admin/calendar/days", { date: "2026-01-01", kind: "make_up", name: "Trùng ngày" });
    expect(res.status).toBe(409);
    const html = await res.text();
    expect(html).toContain("đã có trong lịch (Ngày nghỉ lễ: Tết Dương lịch)");
    expect(html).toContain('value="Trùng ngày"');
    expect(dayRow("2026-01-01")!.kind).toBe("holiday");
  });

  it("removes a day: the row goes, the audit row keeps what it was, deadlines follow", async () => {
    await admin.post("/admin/calendar/days", { date: "2026-11-25", kind: "holiday", name: "Nghỉ đột xuất" });
    const id = await ask();
    expect(deadlineOf(id)).toBe("2026-11-30T02:00:00.000Z");
    const res = await admin.post("/admin/calendar/days/2026-11-25/delete");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/admin/calendar?done=saved&moved=1");
    expect(dayRow("2026-11-25")).toBeUndefined();
    expect(deadlineOf(id)).toBe("2026-11-27T02:00:00.000Z");
    const [row] = calendarAudit("calendar.day_remove");
    expect(row).toMatchObject({ actorId: adminId, objectId: "2026-11-25", fromState: "holiday" });
    expect(row!.data).toMatchObject({ date: "2026-11-25", kind: "holiday", name: "Nghỉ đột xuất", createdBy: adminId, deadlinesMoved: 1 });
    expect((await admin.post("/admin/calendar/days/2026-11-25/delete")).status).toBe(404);
  });

  it("adds a suggested holiday from its button and comes back to the chosen year", async () => {
    const res = await admin.post("/admin/calendar/days", { date: "2028-01-26", kind: "holiday", name: "Tết Nguyên đán (mùng 1)", year: "2028" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/admin/calendar?done=saved&moved=0&year=2028");
    const html = await (await admin.get(res.headers.get("location")!)).text();
    expect(html).toContain("Thêm cả 10 ngày còn thiếu");
  });

  it("adds every missing statutory day of a year in one confirmed step, one audit row each", async () => {
    await admin.post("/admin/calendar/days", { date: "2028-01-01", kind: "holiday", name: "Tết Dương lịch" });
    const res = await admin.post("/admin/calendar/suggestions", { suggest: "2028", year: "2028" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/admin/calendar?done=saved&moved=0&year=2028");
    const days = desk.db.select().from(calendarDays).all().filter((d) => d.date.startsWith("2028-"));
    expect(days).toHaveLength(11);
    expect(days.find((d) => d.date === "2028-04-04")!.name).toBe("Giỗ Tổ Hùng Vương (10/3 âm lịch)");
    expect(calendarAudit("calendar.day_add")).toHaveLength(11);
    expect(await (await admin.get("/admin/calendar?year=2028")).text()).toContain("Đã có đủ trong lịch");
    expect((await admin.post("/admin/calendar/suggestions", { suggest: "1850" })).status).toBe(422);
  });
});

describe("admin: weekly hours", () => {
  it("saves several periods a day and a day off; open deadlines follow; audited with before and after", async () => {
    const id = await ask();
    const form = officeWeek();
    form.start_6 = ["07:30", ""]; // Saturday morning
    form.end_6 = ["11:30", ""];
    form.start_3 = ["", "", ""]; // Wednesday off
    form.end_3 = ["", "", ""];
    const res = await admin.post("/admin/calendar/week", form);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/admin/calendar?done=saved&moved=1");
    const rows = desk.db.select().from(workPeriods).all();
    expect(rows.filter((r) => r.weekday === 3)).toHaveLength(0);
    expect(rows.filter((r) => r.weekday === 6).map((r) => [r.start, r.end])).toEqual([["07:30", "11:30"]]);
    expect(rows.filter((r) => r.weekday === 1)).toHaveLength(2);
    // Tue 7 h + Thu 8 h + Fri 8 h + Sat 07:30–08:30.
    expect(deadlineOf(id)).toBe("2026-11-28T01:30:00.000Z");
    const [row] = calendarAudit("calendar.week_set");
    expect(row!.actorId).toBe(adminId);
    expect(row!.data).toMatchObject({ deadlinesMoved: 1, questionIds: [id], after: { 6: [{ start: "07:30", end: "11:30" }] } });
    expect((row!.data as { before: Record<string, unknown> }).before[3]).toHaveLength(2);
    const html = await (await admin.get("/admin/calendar")).text();
    expect(html).toContain('name="start_6" value="07:30"');
  });

  it("saving the week unchanged writes no audit row", async () => {
    expect((await admin.post("/admin/calendar/week", officeWeek())).status).toBe(303);
    expect(calendarAudit("calendar.week_set")).toHaveLength(0);
  });

  it("refuses overlapping, reversed, half-filled periods and an empty week (422), keeping the input", async () => {
    const form = officeWeek();
    form.start_1 = ["08:00", "11:00", ""];
    form.end_1 = ["12:00", "14:00", ""];
    form.start_2 = ["17:00", "", ""];
    form.end_2 = ["08:00", "", ""];
    form.start_4 = ["08:00", "13:00", ""];
    form.end_4 = ["12:00", "", ""];
    const res = await admin.post("/admin/calendar/week", form);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("Thứ Hai: các khoảng giờ bị chồng lên nhau.");
    expect(html).toContain("Thứ Ba: giờ bắt đầu phải trước giờ kết thúc.");
    expect(html).toContain("Thứ Năm: xin nhập cả giờ bắt đầu và giờ kết thúc");
    expect(html).toContain('name="start_1" value="11:00"');
    expect(html).toContain('name="end_2" value="08:00"');
    const empty: Record<string, string[]> = {};
    for (let wd = 1; wd <= 7; wd++) [empty[`start_${wd}`], empty[`end_${wd}`]] = [[""], [""]];
    const none = await admin.post("/admin/calendar/week", empty);
    expect(none.status).toBe(422);
    expect(await none.text()).toContain("Cần ít nhất một khoảng giờ làm việc trong tuần");
    expect((await admin.post("/admin/calendar/week", { ...officeWeek(), start_5: ["8h", ""], end_5: ["17:00", ""] })).status).toBe(422);
    expect(desk.db.select().from(workPeriods).all()).toHaveLength(10);
    expect(calendarAudit("calendar.week_set")).toHaveLength(0);
  });
});

describe("admin: substitute days (nghỉ bù, Labor Code Art. 112(3))", () => {
  it("suggests Monday 27/04/2026 for Giỗ Tổ on Sunday 26/04/2026; one click adds it, audited, then shown as done", async () => {
    const html = await (await admin.get("/admin/calendar?year=2026")).text();
    expect(html).toContain("Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)");
    expect(html).toContain("Thứ Hai 27/04/2026");
    expect(html).toContain("(ngày lễ trùng Chủ nhật 26/04/2026)");
    expect(html).toContain('action="/admin/calendar/substitutes"');
    expect(html).toContain('<input type="hidden" name="holiday" value="2026-04-26"/>');
    expect(html).not.toContain("Đã thêm vào lịch");

    const res = await admin.post("/admin/calendar/substitutes", { holiday: "2026-04-26", year: "2026" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/admin/calendar?done=saved&moved=0&year=2026");
    expect(dayRow("2026-04-27")).toMatchObject({ kind: "holiday", name: "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)", createdBy: adminId });
    const [row] = calendarAudit("calendar.day_add");
    expect(row).toMatchObject({ actorId: adminId, objectId: "2026-04-27", toState: "holiday" });
    expect(row!.data).toMatchObject({ date: "2026-04-27", kind: "holiday", substituteFor: "2026-04-26", deadlinesMoved: 0 });

    const after = await (await admin.get("/admin/calendar?year=2026")).text();
    expect(after).toContain("Đã thêm vào lịch");
    expect(after).not.toContain('<input type="hidden" name="holiday" value="2026-04-26"/>');
    // Clicked twice (no script to disable the button): nothing added the second time.
    const again = await admin.post("/admin/calendar/substitutes", { holiday: "2026-04-26", year: "2026" });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("đã có trong lịch");
    expect(calendarAudit("calendar.day_add")).toHaveLength(1);
  });

  it("lists each holiday on a weekend after the Tết block and 30/4–1/5 (2022, 2024)", async () => {
    const y2022 = await (await admin.get("/admin/calendar?year=2022")).text();
    for (const day of ["Thứ Hai 03/01/2022", "Thứ Hai 11/04/2022", "Thứ Hai 02/05/2022", "Thứ Ba 03/05/2022"]) expect(y2022).toContain(day);
    const y2024 = await (await admin.get("/admin/calendar?year=2024")).text();
    expect(y2024).toContain("Nghỉ bù Tết Nguyên đán (mùng 1)");
    expect(y2024).toContain("Thứ Tư 14/02/2024");
    expect(y2024).toContain("Thứ Năm 15/02/2024");
  });

  it("moves an open question's deadline past the substitute day", async () => {
    desk.now.value = new Date("2026-04-24T02:00:00Z"); // Fri 24/04/2026 09:00
    const id = await ask();
    expect(deadlineOf(id)).toBe("2026-04-29T02:00:00.000Z"); // Wed 09:00, working Mon 27/04
    const res = await admin.post("/admin/calendar/substitutes", { holiday: "2026-04-26" });
    expect(res.headers.get("location")).toBe("/admin/calendar?done=saved&moved=1");
    // Mon 27/04 off, then 30/4 and 1/5: Fri 7 h + Tue 8 h + Wed 8 h + Mon 04/05 08:00–09:00.
    expect(deadlineOf(id)).toBe("2026-05-04T02:00:00.000Z");
  });

  it("refuses a date that is no holiday on a day off (422), another site's form (403) and non-admins (403)", async () => {
    for (const holiday of ["2026-04-30", "2026-02-30", "hôm qua", ""]) {
      const res = await admin.post("/admin/calendar/substitutes", { holiday, year: "2026" });
      expect(res.status).toBe(422);
      expect(await res.text()).toContain("Không có ngày nghỉ bù nào cho ngày này");
    }
    const forged = await admin.post("/admin/calendar/substitutes", { holiday: "2026-04-26" }, { headers: { origin: "http://evil.example" } });
    expect(forged.status).toBe(403);
    const officer = await desk.login("canbo");
    expect((await officer.post("/admin/calendar/substitutes", { holiday: "2026-04-26" })).status).toBe(403);
    expect(dayRow("2026-04-27")).toBeUndefined();
    expect(calendarAudit("calendar.day_add")).toHaveLength(0);
  });
});
