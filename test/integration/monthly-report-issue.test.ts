// Issuing the monthly report (issue 15, item 12): the steering board fills in the number, signatory
// and assessment, saves a draft, issues; the issued report is frozen as issued, kept read-only in
// the list, reprinted from its snapshot, never changed; a correction replaces it.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, categories, monthlyReportDrafts, monthlyReports } from "../../db/schema.js";
import { auditTrail, createTestDesk, idFromLocation, type Session, type TestDesk } from "../support/app.js";

let desk: TestDesk;
let steering: Session;
let officer: Session;
let answerer: Session;
let category: string;

// Everything the form needs for a valid issue of November 2026; tests override what they check.
const valid = (extra: Record<string, string> = {}) => ({
  month: "2026-11",
  number: "12/BC-HSNV",
  place: "Hà Nội",
  issued_on: "2026-12-01",
  signer_authority: "KT. Trưởng phòng",
  signer_position: "Phó Trưởng phòng",
  signer_rank: "Thượng tá",
  signer_name: "Trần Văn Bình",
  recipients: "Ban chỉ đạo (để báo cáo);\r\n- Lãnh đạo Phòng (để chỉ đạo);\r\nLưu: VT.",
  assessment: "Tổ giải đáp trả lời đúng hạn toàn bộ câu hỏi.\r\n\r\nCần rà soát kho hỏi – đáp về lý lịch tư pháp.",
  direction: "Tiếp tục duy trì trực đường dây nóng.",
  confirm: "1",
  ...extra,
});

// The printed sheet alone (the tools and the form above it never print).
const sheetOf = (html: string) => /<article class="report"[\s\S]*<\/article>/.exec(html)![0];

async function ask(title: string) {
  return idFromLocation(await officer.post("/questions", { title, body: "Nội dung câu hỏi đủ dài.", category }));
}

beforeAll(async () => {
  desk = createTestDesk(new Date("2026-11-23T01:00:00Z")); // Mon 23/11/2026 08:00 Hà Nội
  await desk.addUser("chihuy", ["steering"], { name: "Trần Văn Bình", rank: "Thượng tá" });
  await desk.addUser("totruong", ["lead"]);
  await desk.addUser("giaidap", ["answerer"]);
  await desk.addUser("canbo", ["officer"], { unit: "Công an phường Hàng Bông" });
  officer = await desk.login("canbo");
  answerer = await desk.login("giaidap");
  category = String(desk.db.select().from(categories).where(eq(categories.code, "ly-lich-tu-phap")).get()!.id);
  const first = await ask("Cấp Phiếu lý lịch tư pháp số 2");
  await ask("Câu hỏi thứ hai còn mở");
  desk.now.value = new Date("2026-11-23T03:00:00Z");
  await answerer.post(`/questions/${first}/answers`, { body: "Theo Điều 46 Luật Lý lịch tư pháp." });
  desk.now.value = new Date("2026-12-01T02:00:00Z"); // Tue 01/12 09:00: the report is drawn up
  steering = await desk.login("chihuy");
});
afterAll(() => desk.close());

describe("who may issue and read", () => {
  it("shows the form to the steering board only; leads read the month without it", async () => {
    const board = await (await steering.get("/reports/monthly?month=2026-11")).text();
    expect(board).toContain('action="/reports/monthly/issue"');
    expect(board).toContain('value="1/BC-HSNV"'); // the first free number of 2026
    expect(board).toContain("Số trống tiếp theo của năm 2026: 1/BC-HSNV.");
    expect(board).toContain('<p class="report__draft-mark">DỰ THẢO</p>');
    const lead = await (await desk.login("totruong")).get("/reports/monthly?month=2026-11");
    expect(lead.status).toBe(200);
    expect(await lead.text()).not.toContain('action="/reports/monthly/issue"');
  });

  it.each([
    ["totruong", 403],
    ["giaidap", 403],
    ["canbo", 403],
  ])("%s may not issue or save a draft (%i), and nothing is stored", async (username, status) => {
    const s = await desk.login(username);
    expect((await s.post("/reports/monthly/issue", valid())).status).toBe(status);
    expect((await s.post("/reports/monthly/draft", valid())).status).toBe(status);
    expect(desk.db.select().from(monthlyReports).all()).toEqual([]);
    expect(desk.db.select().from(monthlyReportDrafts).all()).toEqual([]);
  });

  it.each([
    ["canbo", 403],
    ["giaidap", 403],
    ["totruong", 200],
    ["chihuy", 200],
  ])("%s reading the issued list → %i", async (username, status) => {
    expect((await (await desk.login(username)).get("/reports/monthly/issued")).status).toBe(status);
  });
});

describe("validation", () => {
  it("refuses missing and malformed fields in Vietnamese and gives the form back filled (422)", async () => {
    const res = await steering.post("/reports/monthly/issue", valid({ number: "mười hai", signer_name: "  ", direction: "", confirm: "" }));
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("Số báo cáo cần dạng số thứ tự/ký hiệu, ví dụ 12/BC-HSNV.");
    expect(html).toContain("Xin nhập họ và tên người ký.");
    expect(html).toContain("Xin nhập phương hướng, nhiệm vụ.");
    expect(html).toContain("Xin đánh dấu ô xác nhận ban hành.");
    expect(html).toContain('value="mười hai"');
    expect(html).toContain('value="Phó Trưởng phòng"');
    expect(html).toContain("Cần rà soát kho hỏi – đáp về lý lịch tư pháp.</textarea>");
    expect(desk.db.select().from(monthlyReports).all()).toEqual([]);
  });

  it("refuses an issue date after today or before the month (409), said next to the date", async () => {
    const future = await steering.post("/reports/monthly/issue", valid({ issued_on: "2026-12-02" }));
    expect(future.status).toBe(409);
    expect(await future.text()).toContain("Ngày ban hành không thể sau hôm nay.");
    const early = await steering.post("/reports/monthly/issue", valid({ issued_on: "2026-10-31" }));
    expect(await early.text()).toContain("Ngày ban hành phải từ ngày 01/11/2026 trở đi.");
    const bad = await steering.post("/reports/monthly/issue", valid({ issued_on: "2026-02-30" }));
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain("Ngày ban hành không hợp lệ");
  });

  it("asks why when replacing, and refuses a malformed month (400)", async () => {
    expect((await steering.post("/reports/monthly/issue", valid({ month: "2026-13" }))).status).toBe(400);
    const res = await steering.post("/reports/monthly/issue", valid({ replaces: "1", replace_reason: "" }));
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("Xin nêu lý do thay thế báo cáo đã ban hành.");
  });
});

describe("drafts, issuing and the record", () => {
  let issuedId: number;
  let issuedSheet: string;

  it("saves a draft as typed, audited, and shows it in the form and the preview", async () => {
    const res = await steering.post("/reports/monthly/draft", { month: "2026-11", signer_name: "Trần Văn Bình", assessment: "Nhận xét còn dở dang." });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/reports/monthly?month=2026-11&saved=1");
    const html = await (await steering.get("/reports/monthly?month=2026-11&saved=1")).text();
    expect(html).toContain("Đã lưu bản nháp.");
    expect(html).toContain("Bản nháp lưu lúc 09:00, thứ Ba 01/12/2026 bởi Thượng tá Trần Văn Bình.");
    expect(html).toContain('name="signer_name" value="Trần Văn Bình"');
    expect(sheetOf(html)).toContain('<p class="report__para">Nhận xét còn dở dang.</p>');
    const rows = desk.db.select().from(auditLog).where(eq(auditLog.action, "report.draft_save")).all();
    expect(rows).toMatchObject([{ objectType: "monthly_report_draft", objectId: "2026-11" }]);
  });

  it("issues: one row with the snapshot, the draft gone, an audit row, and the sheet as filled", async () => {
    const res = await steering.post("/reports/monthly/issue", valid());
    expect(res.status).toBe(303);
    issuedId = Number(/^\/reports\/monthly\/issued\/(\d+)\?issued=1$/.exec(res.headers.get("location")!)![1]);
    const row = desk.db.select().from(monthlyReports).where(eq(monthlyReports.id, issuedId)).get()!;
    expect(row).toMatchObject({ month: "2026-11", year: 2026, number: 12, symbol: "BC-HSNV", issuedOn: "2026-12-01", signerName: "Trần Văn Bình", replacesId: null });
    expect(desk.db.select().from(monthlyReportDrafts).all()).toEqual([]);
    expect(auditTrail(desk, "monthly_report", issuedId)).toMatchObject([
      { action: "report.issue", toState: "issued", data: { month: "2026-11", number: "12/BC-HSNV", issuedOn: "2026-12-01", signer: "Trần Văn Bình" } },
    ]);

    const page = await (await steering.get(`/reports/monthly/issued/${issuedId}?issued=1`)).text();
    expect(page).toContain("Đã ban hành Báo cáo số 12/BC-HSNV.");
    issuedSheet = sheetOf(page);
    expect(issuedSheet).not.toContain("DỰ THẢO");
    expect(issuedSheet).toContain('<p class="report__number">Số: 12/BC-HSNV</p>');
    expect(issuedSheet).toContain("Hà Nội, ngày 01 tháng 12 năm 2026");
    expect(issuedSheet).toContain("trả lời lần đầu 1 câu hỏi");
    expect(issuedSheet).toContain("(09:00, thứ Ba 01/12/2026) còn 1 câu hỏi chưa trả lời");
    expect(issuedSheet).toContain('<p class="report__para">Tổ giải đáp trả lời đúng hạn toàn bộ câu hỏi.</p><p class="report__para">Cần rà soát kho hỏi – đáp về lý lịch tư pháp.</p>');
    expect(issuedSheet).toContain("<li>Ban chỉ đạo (để báo cáo);</li><li>Lãnh đạo Phòng (để chỉ đạo);</li><li>Lưu: VT.</li>");
    expect(issuedSheet).toMatch(
      /<div class="report__signature"><p class="report__strong">KT\. TRƯỞNG PHÒNG<\/p><p class="report__strong">PHÓ TRƯỞNG PHÒNG<\/p><p class="report__sign-space" aria-hidden="true"><\/p><p class="report__strong">Thượng tá Trần Văn Bình<\/p><\/div>/,
    );
  });

  it("keeps the figures as issued when the data behind them changes", async () => {
    const open = desk.db.select().from(auditLog).where(eq(auditLog.action, "question.submit")).all().map((r) => Number(r.objectId));
    desk.now.value = new Date("2026-12-01T03:00:00Z");
    await answerer.post(`/questions/${Math.max(...open)}/answers`, { body: "Trả lời câu hỏi thứ hai." }); // submitted in November
    const live = sheetOf(await (await steering.get("/reports/monthly?month=2026-11")).text());
    expect(live).toContain("(10:00, thứ Ba 01/12/2026) còn 0 câu hỏi chưa trả lời"); // the month as it stands now
    const again = sheetOf(await (await steering.get(`/reports/monthly/issued/${issuedId}`)).text());
    expect(again).toBe(issuedSheet);
  });

  it("refuses a number already used in the year (409), naming the next free one", async () => {
    const res = await steering.post("/reports/monthly/issue", valid({ month: "2026-10", number: "12" }));
    expect(res.status).toBe(409);
    const html = await res.text();
    expect(html).toContain("Số 12 năm 2026 đã được dùng cho báo cáo tháng 11/2026. Số trống tiếp theo: 13/BC-HSNV.");
    expect(html).toContain('value="12"');
    expect(desk.db.select().from(monthlyReports).all()).toHaveLength(1);
  });

  it("refuses a second report for the month unless it replaces the current one", async () => {
    const res = await steering.post("/reports/monthly/issue", valid({ number: "13" }));
    expect(res.status).toBe(409);
    expect(await res.text()).toContain("Tháng này vừa có báo cáo được ban hành");
    const form = await (await steering.get("/reports/monthly?month=2026-11")).text();
    expect(form).toContain("Lập báo cáo thay thế");
    expect(form).toContain(`name="replaces" value="${issuedId}"`);
    expect(form).toContain('value="13/BC-HSNV"');
  });

  it("a correction replaces it: both kept, the old one marked, the new one saying what it replaces", async () => {
    const res = await steering.post("/reports/monthly/issue", valid({ number: "13", replaces: String(issuedId), replace_reason: "Bổ sung câu hỏi trả lời ngày 01/12." }));
    expect(res.status).toBe(303);
    const newId = Number(/issued\/(\d+)/.exec(res.headers.get("location")!)![1]);
    const sheet = sheetOf(await (await steering.get(`/reports/monthly/issued/${newId}`)).text());
    expect(sheet).toContain("(Thay thế Báo cáo số 12/BC-HSNV ngày 01/12/2026. Lý do: Bổ sung câu hỏi trả lời ngày 01/12.)");
    expect(sheet).toContain("còn 0 câu hỏi chưa trả lời");
    const old = await (await steering.get(`/reports/monthly/issued/${issuedId}`)).text();
    expect(old).toContain("Báo cáo này đã được thay thế bởi");
    expect(sheetOf(old)).toBe(issuedSheet);
    expect(auditTrail(desk, "monthly_report", issuedId).map((r) => r.action)).toEqual(["report.issue", "report.replaced"]);
    // The old one cannot be replaced a second time.
    const twice = await steering.post("/reports/monthly/issue", valid({ number: "14", replaces: String(issuedId), replace_reason: "Lần nữa." }));
    expect(twice.status).toBe(409);

    const list = await (await (await desk.login("totruong")).get("/reports/monthly/issued?year=2026")).text();
    expect(list).toContain(`href="/reports/monthly/issued/${newId}">Tháng 11/2026</a>`);
    expect(list).toContain("13/BC-HSNV");
    expect(list).toContain("Đã được thay thế");
    expect(list).toContain("Thượng tá Trần Văn Bình");
    expect(await (await steering.get("/reports/monthly/issued?year=2025")).text()).toContain("Chưa có báo cáo nào về các tháng của năm 2025.");
  });

  it("cannot be changed or deleted, even from the database shell", () => {
    const c = desk.db.$client;
    expect(() => c.prepare("UPDATE monthly_reports SET signer_name = 'x' WHERE id = ?").run(issuedId)).toThrow(/cannot be changed/);
    expect(() => c.prepare("DELETE FROM monthly_reports WHERE id = ?").run(issuedId)).toThrow(/cannot be changed/);
  });

  it("answers 404 for a report that does not exist or a malformed id", async () => {
    expect((await steering.get("/reports/monthly/issued/999")).status).toBe(404);
    expect((await steering.get("/reports/monthly/issued/abc")).status).toBe(404);
  });
});
