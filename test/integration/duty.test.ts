// Lịch trực over HTTP: the team views, leads edit, others are refused; bad input comes back kept (422);
// each change is audited; days off are skipped; disabled accounts fall off the roster.
import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { auditLog, dutyShifts } from "../../db/schema.js";
import { addCalendarDays, loadCalendar } from "../../src/services/calendar.js";
import { localDateOf } from "../../src/domain/local-date.js";
import { onDutyUserIds, setDutyRoster, upcomingRoster } from "../../src/services/duty.js";
import { setDisabled } from "../../src/services/users.js";
import { createTestDesk, type Session, type TestDesk } from "../support/app.js";

let desk: TestDesk;
let member: Session;
let lead: Session;
let officer: Session;
let memberId: number;
let otherId: number;
let leadId: number;
let officerId: number;
let adminId: number;

beforeEach(async () => {
  desk = createTestDesk(); // Tue 24/11/2026 09:00 Hà Nội
  memberId = await desk.addUser("giaidap", ["answerer"], { name: "Nguyễn Văn Minh" });
  otherId = await desk.addUser("giaidap2", ["answerer"], { name: "Trần Thị Lan" });
  leadId = await desk.addUser("totruong", ["lead"], { name: "Lê Quốc Hùng" });
  officerId = await desk.addUser("canbo", ["officer"], { name: "Phạm Cán Bộ" });
  adminId = await desk.addUser("quantri", ["admin"]);
  member = await desk.login("giaidap");
  lead = await desk.login("totruong");
  officer = await desk.login("canbo");
});
afterEach(() => desk.close());

const rosterRows = (date: string) =>
  desk.db.select().from(dutyShifts).where(eq(dutyShifts.date, date)).all().map((r) => r.userId).sort((a, b) => a - b);
const dutyAudit = () => desk.db.select().from(auditLog).where(eq(auditLog.objectType, "duty")).all();
// The dates listed in the roster, in page order.
const listedDates = (html: string) => {
  const list = html.slice(html.indexOf('class="duty-list"'), html.indexOf("</ul>", html.indexOf('class="duty-list"')));
  return [...list.matchAll(/<time datetime="(\d{4}-\d{2}-\d{2})"/g)].map((m) => m[1]);
};
const isChecked = (html: string, id: number) => new RegExp(`name="members" value="${id}"[^>]*checked`).test(html);
const calendar = () => loadCalendar(desk.db, "Asia/Ho_Chi_Minh");

describe("viewing the roster", () => {
  it("shows a member the next 10 working days with who is on duty, without the form", async () => {
    setDutyRoster(desk.db, { id: leadId, roles: ["lead"] }, "2026-11-25", [memberId, otherId], desk.now.value);
    const res = await member.get("/duty");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(listedDates(html)).toEqual([
      "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27", "2026-11-30",
      "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-07",
    ]); // Sat 28 and Sun 29, Sat 5 and Sun 6 are days off
    expect(html).toContain("Nguyễn Văn Minh, Trần Thị Lan");
    expect(html).toContain("Chưa phân công trực");
    expect(html).not.toContain('action="/duty');
    expect(html).toContain('href="/duty" aria-current="page"');
  });

  it("refuses officers (403)", async () => {
    const res = await officer.get("/duty");
    expect(res.status).toBe(403);
    expect(await res.text()).toContain("Không có quyền");
  });

  it("skips holidays and counts make-up days, from the local date of the calendar's time zone", async () => {
    addCalendarDays(desk.db, { actorId: adminId, now: desk.now.value, timeZone: "Asia/Ho_Chi_Minh" }, [
      { date: "2026-11-26", kind: "holiday", name: "Ngày nghỉ thử" },
      { date: "2026-11-28", kind: "make_up", name: "Làm bù thứ Bảy" },
    ]);
    const days = upcomingRoster(desk.db, calendar(), desk.now.value, 10).map((d) => d.date);
    expect(days).toEqual([
      "2026-11-24", "2026-11-25", "2026-11-27", "2026-11-28", "2026-11-30",
      "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-07",
    ]);
    expect(listedDates(await (await lead.get("/duty")).text())).toEqual(days);
    // Fri 27/11 21:00 UTC is already Sat 28/11 04:00 in Hà Nội: the list starts with that Saturday.
    const lateFriday = new Date("2026-11-27T21:00:00Z");
    expect(localDateOf(lateFriday, "Asia/Ho_Chi_Minh")).toBe("2026-11-28");
    expect(upcomingRoster(desk.db, calendar(), lateFriday, 2).map((d) => d.date)).toEqual(["2026-11-28", "2026-11-30"]);
  });
});

describe("editing the roster", () => {
  it("lets a lead set and then replace a day's roster, each change audited", async () => {
    const first = await lead.post("/duty", { date: "2026-11-25", members: [String(memberId), String(otherId)] });
    expect(first.status).toBe(303);
    expect(first.headers.get("location")).toBe("/duty?done=saved&date=2026-11-25");
    expect(rosterRows("2026-11-25")).toEqual([memberId, otherId].sort((a, b) => a - b));

    const page = await (await lead.get(first.headers.get("location")!)).text();
    expect(page).toContain("Đã lưu lịch trực thứ Tư 25/11/2026.");
    expect(page).toContain('value="2026-11-25"');
    expect(isChecked(page, memberId)).toBe(true);
    expect(isChecked(page, otherId)).toBe(true);

    expect((await lead.post("/duty", { date: "2026-11-25", members: String(otherId) })).status).toBe(303);
    expect(rosterRows("2026-11-25")).toEqual([otherId]);
    const trail = dutyAudit();
    expect(trail.map((a) => [a.action, a.objectId, a.actorId, a.data])).toEqual([
      ["duty.set", "2026-11-25", leadId, { before: [], after: [memberId, otherId].sort((a, b) => a - b) }],
      ["duty.set", "2026-11-25", leadId, { before: [memberId, otherId].sort((a, b) => a - b), after: [otherId] }],
    ]);
    expect(rosterRows("2026-11-24")).toEqual([]); // other days untouched
  });

  it("clears a day when no one is checked, and records nothing when saved unchanged", async () => {
    await lead.post("/duty", { date: "2026-11-25", members: String(memberId) });
    await lead.post("/duty", { date: "2026-11-25", members: String(memberId) });
    expect(dutyAudit()).toHaveLength(1);
    expect((await lead.post("/duty", { date: "2026-11-25" })).status).toBe(303);
    expect(rosterRows("2026-11-25")).toEqual([]);
    expect(dutyAudit()).toHaveLength(2);
  });

  it("refuses a member's POST (403) and an officer's (403), changing nothing", async () => {
    expect((await member.post("/duty", { date: "2026-11-25", members: String(memberId) })).status).toBe(403);
    expect((await officer.post("/duty", { date: "2026-11-25", members: String(memberId) })).status).toBe(403);
    expect(rosterRows("2026-11-25")).toEqual([]);
    expect(dutyAudit()).toEqual([]);
  });

  it("re-renders with the input kept (422) for a malformed or impossible date", async () => {
    for (const date of ["25/11/2026", "2026-02-30", ""]) {
      const res = await lead.post("/duty", { date, members: String(memberId) });
      expect(res.status).toBe(422);
      const html = await res.text();
      expect(html).toMatch(/Xin chọn ngày trực\.|Ngày trực không hợp lệ/);
      expect(html).toContain(`value="${date}"`);
      expect(isChecked(html, memberId)).toBe(true);
      expect(isChecked(html, otherId)).toBe(false);
    }
    expect(desk.db.select().from(dutyShifts).all()).toEqual([]);
  });

  it("re-renders with the input kept (422) when someone is not an active team member", async () => {
    const disabledId = await desk.addUser("nghiviec", ["answerer"]);
    setDisabled(desk.db, adminId, disabledId, true, desk.now.value);
    for (const stranger of [String(officerId), String(disabledId), "9999", "abc"]) {
      const res = await lead.post("/duty", { date: "2026-11-26", members: [String(memberId), stranger] });
      expect(res.status).toBe(422);
      const html = await res.text();
      expect(html).toContain("Cán bộ được chọn không thuộc Tổ giải đáp hoặc đã bị khóa.");
      expect(html).toContain('value="2026-11-26"');
      expect(isChecked(html, memberId)).toBe(true);
    }
    expect(rosterRows("2026-11-26")).toEqual([]);
    expect(dutyAudit()).toEqual([]);
  });

  it("offers only active team members as checkboxes", async () => {
    const disabledId = await desk.addUser("nghiviec", ["answerer"], { name: "Người Đã Nghỉ" });
    setDisabled(desk.db, adminId, disabledId, true, desk.now.value);
    const html = await (await lead.get("/duty")).text();
    for (const id of [memberId, otherId, leadId]) expect(html).toContain(`name="members" value="${id}"`);
    for (const id of [officerId, adminId, disabledId]) expect(html).not.toContain(`name="members" value="${id}"`);
  });
});

describe("onDutyUserIds", () => {
  it("lists the active team members on duty that day, leaving out disabled accounts", () => {
    const lead = { id: leadId, roles: ["lead" as const] };
    setDutyRoster(desk.db, lead, "2026-11-24", [otherId, memberId, leadId], desk.now.value);
    setDutyRoster(desk.db, lead, "2026-11-25", [otherId], desk.now.value);
    expect(onDutyUserIds(desk.db, "2026-11-24")).toEqual([memberId, otherId, leadId].sort((a, b) => a - b));
    setDisabled(desk.db, adminId, memberId, true, desk.now.value);
    expect(onDutyUserIds(desk.db, "2026-11-24")).toEqual([otherId, leadId].sort((a, b) => a - b));
    expect(onDutyUserIds(desk.db, "2026-11-25")).toEqual([otherId]);
    expect(onDutyUserIds(desk.db, "2026-11-26")).toEqual([]);
    // The row stays (the roster is history); only who counts changes.
    expect(desk.db.select().from(dutyShifts).where(and(eq(dutyShifts.date, "2026-11-24"), eq(dutyShifts.userId, memberId))).get()).toBeTruthy();
  });

  it("refuses a non-lead in the service too", () => {
    expect(() => setDutyRoster(desk.db, { id: memberId, roles: ["answerer"] }, "2026-11-24", [memberId], desk.now.value)).toThrow(/not allowed/);
  });
});
