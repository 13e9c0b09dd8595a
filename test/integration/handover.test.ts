// Bàn giao ca over HTTP: open questions fall into the right group at a hand-counted moment, the
// whole-team view adds others' questions, and today's and the next shift's people are shown.
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { categories } from "../../db/schema.js";
import { setDutyRoster } from "../../src/services/duty.js";
import { createTestDesk, idFromLocation, type Session, type TestDesk } from "../support/app.js";

let desk: TestDesk;
let officer: Session;
let member: Session;
let memberId: number;
let otherId: number;
let leadId: number;

const at = (iso: string) => (desk.now.value = new Date(iso));
const categoryId = (code: string) => desk.db.select().from(categories).where(eq(categories.code, code)).get()!.id;

beforeEach(async () => {
  desk = createTestDesk();
  await desk.addUser("canbo", ["officer"]);
  memberId = await desk.addUser("giaidap", ["answerer"], { specialties: ["xoa-an-tich"], name: "Nguyễn Văn Minh" });
  otherId = await desk.addUser("giaidap2", ["answerer"], { specialties: ["ly-lich-tu-phap"], name: "Trần Thị Lan" });
  leadId = await desk.addUser("totruong", ["lead"], { name: "Lê Quốc Hùng" });
  officer = await desk.login("canbo");
  member = await desk.login("giaidap");
});
afterEach(() => desk.close());

async function ask(iso: string, title: string, code = "xoa-an-tich") {
  at(iso);
  const res = await officer.post("/questions", { title, body: "Nội dung câu hỏi đủ dài.", category: String(categoryId(code)) });
  expect(res.status).toBe(303);
  return idFromLocation(res);
}

async function clarify(iso: string, id: number) {
  at(iso);
  expect((await member.post(`/questions/${id}/clarify`, { body: "Đề nghị đồng chí cho biết bản án tuyên ngày nào?" })).status).toBe(303);
}

// One group's section of the page.
function group(html: string, key: "overdue" | "dueSoon" | "waiting" | "other"): string {
  const start = html.indexOf(`id="group-${key}"`);
  expect(start).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf("</section>", start));
}
const linked = (section: string) => [...section.matchAll(/href="\/questions\/(\d+)"/g)].map((m) => Number(m[1]));

// Office hours 08:00–12:00 and 13:00–17:00, Monday to Friday; times below are Hà Nội (UTC+7).
// At Fri 27/11/2026 10:00:
//  overdue  Tue 24/11 09:00 + 24 h → due Fri 09:00, one working hour past.
//  dueSoon  Tue 24/11 15:00: Tue 2 h + Wed 8 + Thu 8 + Fri 2 = 20 h used (≥ 18 h = 75 %), 4 h left.
//  onTime   Thu 26/11 09:00: Thu 7 h + Fri 2 = 9 h used.
//  waiting  Wed 25/11 09:00, clarification asked Wed 10:00: clock stopped after 1 h.
//  waitingLate  Tue 24/11 09:00, clarification asked Fri 09:30, past its deadline: still "waiting".
//  others   Thu 26/11 09:00 on judicial records, routed to the other member.
async function fixtures() {
  const overdue = await ask("2026-11-24T02:00:00Z", "Xóa án tích khi còn nợ án phí");
  const waitingLate = await ask("2026-11-24T02:00:00Z", "Án treo có tính là đã chấp hành xong?");
  const dueSoon = await ask("2026-11-24T08:00:00Z", "Thời hạn xóa án tích với án phạt tiền");
  const waiting = await ask("2026-11-25T02:00:00Z", "Đương nhiên được xóa án tích khi nào?");
  await clarify("2026-11-25T03:00:00Z", waiting);
  const onTime = await ask("2026-11-26T02:00:00Z", "Xóa án tích cho người được miễn chấp hành hình phạt");
  const others = await ask("2026-11-26T02:00:00Z", "Cấp Phiếu lý lịch tư pháp số 2 cho cơ quan tố tụng", "ly-lich-tu-phap");
  await clarify("2026-11-27T02:30:00Z", waitingLate);
  at("2026-11-27T03:00:00Z"); // Fri 27/11 10:00
  return { overdue, dueSoon, onTime, waiting, waitingLate, others };
}

describe("the hand-over of one member", () => {
  it("groups the member's open questions by urgency, at a hand-counted moment", async () => {
    const q = await fixtures();
    const res = await member.get("/handover");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(linked(group(html, "overdue"))).toEqual([q.overdue]);
    expect(linked(group(html, "dueSoon"))).toEqual([q.dueSoon]);
    expect(linked(group(html, "waiting")).sort()).toEqual([q.waiting, q.waitingLate].sort());
    expect(linked(group(html, "other"))).toEqual([q.onTime]);
    expect(html).not.toContain(`href="/questions/${q.others}"`);
    expect(group(html, "overdue")).toContain("Quá hạn (1)");
    expect(group(html, "overdue")).toContain("quá hạn 1 giờ làm việc");
    expect(group(html, "dueSoon")).toContain("còn 4 giờ làm việc");
    expect(group(html, "waiting")).toContain("tạm dừng, còn 23 giờ làm việc");
    expect(group(html, "waiting")).toContain("badge--sla-overdue"); // waitingLate: paused past its deadline
    expect(html).toContain("5 câu hỏi đang mở giao cho đồng chí Nguyễn Văn Minh");
    expect(html).toContain('href="/handover" aria-current="page"');
  });

  it("drops a question once it is answered", async () => {
    const q = await fixtures();
    expect((await member.post(`/questions/${q.overdue}/answers`, { body: "Trả lời: được xóa án tích khi đã nộp xong án phí." })).status).toBe(303);
    const html = await (await member.get("/handover")).text();
    expect(linked(group(html, "overdue"))).toEqual([]);
    expect(group(html, "overdue")).toContain("Không có câu hỏi quá hạn.");
  });
});

describe("the whole team (?all=1)", () => {
  it("adds others' questions to their group", async () => {
    const q = await fixtures();
    const html = await (await member.get("/handover?all=1")).text();
    expect(linked(group(html, "other")).sort()).toEqual([q.onTime, q.others].sort());
    expect(linked(group(html, "overdue"))).toEqual([q.overdue]);
    expect(html).toContain("Giải đáp: Trần Thị Lan");
    expect(html).toContain('href="/handover?all=1" aria-current="page"');
  });
});

describe("who takes over", () => {
  it("shows today's shift and the next working day's, skipping the weekend", async () => {
    const lead = { id: leadId, roles: ["lead" as const] };
    setDutyRoster(desk.db, lead, "2026-11-27", [memberId], desk.now.value);
    setDutyRoster(desk.db, lead, "2026-11-30", [otherId, leadId], desk.now.value);
    at("2026-11-27T09:30:00Z"); // Fri 27/11 16:30
    const html = await (await member.get("/handover")).text();
    const shifts = html.slice(html.indexOf('class="shifts"'), html.indexOf("</dl>"));
    expect(shifts).toContain("Hôm nay · <time datetime=\"2026-11-27\">Thứ Sáu 27/11/2026</time>");
    expect(shifts).toContain("Ca tiếp theo · <time datetime=\"2026-11-30\">Thứ Hai 30/11/2026</time>");
    expect(shifts).toContain("Nguyễn Văn Minh");
    expect(shifts).toContain("Lê Quốc Hùng, Trần Thị Lan");
  });

  it("says when today is a day off", async () => {
    at("2026-11-28T03:00:00Z"); // Sat 28/11 10:00
    const html = await (await member.get("/handover")).text();
    expect(html).toContain("Ngày nghỉ theo lịch làm việc");
    expect(html).toContain("Ca tiếp theo · <time datetime=\"2026-11-30\">");
    expect(html).toContain("Chưa phân công trực");
  });

  it("is for the answer team only", async () => {
    expect((await officer.get("/handover")).status).toBe(403);
  });
});
