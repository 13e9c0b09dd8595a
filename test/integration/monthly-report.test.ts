// GET /reports/monthly?month=YYYY-MM: the administrative layout, the month's figures and tables,
// who may print it, and its print stylesheet.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { categories } from "../../db/schema.js";
import { placeAndDate } from "../../views/pages/monthly-report.js";
import { createApp } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { anonymous, createTestDesk, idFromLocation, type Session, type TestDesk } from "../support/app.js";

let desk: TestDesk;
let steering: Session;
let html: string;

beforeAll(async () => {
  desk = createTestDesk(new Date("2026-11-23T01:00:00Z")); // Mon 23/11/2026 08:00 Hà Nội
  await desk.addUser("chihuy", ["steering"]);
  await desk.addUser("totruong", ["lead"]);
  await desk.addUser("giaidap", ["answerer"], { name: "Nguyễn Văn Minh" });
  await desk.addUser("canbo", ["officer"], { unit: "Công an phường Hàng Bông" });
  const officer = await desk.login("canbo");
  const answerer = await desk.login("giaidap");
  const category = String(desk.db.select().from(categories).where(eq(categories.code, "ly-lich-tu-phap")).get()!.id);
  const id = idFromLocation(await officer.post("/questions", { title: "Cấp Phiếu lý lịch tư pháp số 2", body: "Nội dung câu hỏi đủ dài.", category }));
  await officer.post("/questions", { title: "Câu hỏi thứ hai còn mở", body: "Nội dung câu hỏi đủ dài.", category });
  desk.now.value = new Date("2026-11-23T03:00:00Z"); // 10:00: answered after 2 working hours
  await answerer.post(`/questions/${id}/answers`, { body: "Theo Điều 46 Luật Lý lịch tư pháp." });
  await officer.post(`/questions/${id}/rate`, { score: "4" });
  desk.now.value = new Date("2026-12-01T02:00:00Z"); // Tue 01/12 09:00: the report is drawn up
  steering = await desk.login("chihuy");
  const res = await steering.get("/reports/monthly?month=2026-11");
  expect(res.status).toBe(200);
  html = await res.text();
});
afterAll(() => desk.close());

describe("the administrative layout", () => {
  it("has the agency, the national motto, place and date, and the title", () => {
    expect(html).toMatch(/class="report__agency"><p>CÔNG AN THÀNH PHỐ HÀ NỘI<\/p><p class="report__strong report__rule">PHÒNG HỒ SƠ NGHIỆP VỤ<\/p>/);
    expect(html).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(html).toContain("Độc lập – Tự do – Hạnh phúc");
    expect(html).toContain("Hà Nội, ngày 01 tháng 12 năm 2026");
    expect(html).toMatch(/<h1 class="report__title">BÁO CÁO<span class="report__subtitle">Kết quả tiếp nhận, giải đáp nghiệp vụ hồ sơ tháng 11\/2026<\/span><\/h1>/);
    expect(html).toContain("từ ngày 01/11/2026 đến hết ngày 30/11/2026");
  });

  it("prints another province's header from the configuration", async () => {
    const env = { REPORT_PARENT_AGENCY: "Công an tỉnh Lào Cai", REPORT_AGENCY: "Phòng Hồ sơ", REPORT_PLACE: "Lào Cai" };
    const app = createApp({ db: desk.db, config: { ...loadConfig(env), databasePath: "unused" }, clock: () => desk.now.value });
    const page = await (await app.request("/reports/monthly?month=2026-11", { headers: { cookie: steering.cookie } })).text();
    expect(page).toMatch(/class="report__agency"><p>CÔNG AN TỈNH LÀO CAI<\/p><p class="report__strong report__rule">PHÒNG HỒ SƠ<\/p>/);
    expect(page).toContain("Lào Cai, ngày 01 tháng 12 năm 2026");
  });

  it("ends with the recipients bottom-left and the signature block bottom-right", () => {
    expect(html).toMatch(/<footer class="report__foot"><div class="report__recipients"><p[^>]*>Nơi nhận:<\/p>[\s\S]*Lưu: VT\.[\s\S]*<div class="report__signature"><p class="report__strong">TRƯỞNG PHÒNG<\/p>/);
  });

  it("loads the print stylesheet and nothing inline", async () => {
    expect(html).toContain('<link rel="stylesheet" href="/static/css/report.css"/>');
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/<script/);
    const css = await (await anonymous(desk).get("/static/css/report.css")).text();
    expect(css).toContain("@page { size: A4;");
    expect(css).toContain("@media print");
  });

  it("writes the date as administrative documents do: a zero before days < 10 and months < 3", () => {
    expect(placeAndDate("Hà Nội", new Date("2026-02-04T03:00:00Z"))).toBe("Hà Nội, ngày 04 tháng 02 năm 2026");
    expect(placeAndDate("Hà Nội", new Date("2026-05-15T03:00:00Z"))).toBe("Hà Nội, ngày 15 tháng 5 năm 2026");
    expect(placeAndDate("Hà Nội", new Date("2026-11-30T17:30:00Z"))).toBe("Hà Nội, ngày 01 tháng 12 năm 2026"); // 00:30 local
  });
});

describe("the month's figures", () => {
  it("states the results in sentences", () => {
    expect(html).toContain("tiếp nhận 2 câu hỏi, trong đó 0 cuộc gọi");
    expect(html).toContain("trả lời lần đầu 1 câu hỏi; đúng hạn 1 câu hỏi, đạt 100%");
    expect(html).toContain("trung vị 2 giờ; 90% số câu hỏi được trả lời trong 2 giờ");
    expect(html).toContain("1 lượt đánh giá, điểm trung bình 4/5");
    expect(html).toContain("còn 1 câu hỏi chưa trả lời");
  });

  it("has the weekly table cut at the month (Sun 01/11 alone … Mon 30/11 alone) and the other tables", () => {
    const weeks = /Bảng 1\.[\s\S]*?<\/table>/.exec(html)![0];
    expect(weeks.match(/<tr><th scope="row">/g)).toHaveLength(6);
    expect(weeks).toContain('<th scope="row">44</th><td class="nowrap">01/11</td>');
    expect(weeks).toContain('<th scope="row">48</th><td class="nowrap">23/11 – 29/11</td><td>2</td><td>1</td><td>1</td><td>100%</td>');
    expect(html).toMatch(/Bảng 2\.[\s\S]*Lý lịch tư pháp/);
    expect(html).toMatch(/Bảng 3\.[\s\S]*Nguyễn Văn Minh/);
    expect(html).toMatch(/Bảng 4\.[\s\S]*Công an phường Hàng Bông/);
    // Printed tables stay tables: no phone card layout.
    expect(html).not.toContain("table--stack");
    expect(html).not.toContain("Trực hôm nay");
  });
});

describe("access and parameters", () => {
  it.each([
    ["chihuy", 200],
    ["totruong", 200],
    ["giaidap", 403],
    ["canbo", 403],
  ])("%s → %i", async (username, status) => {
    expect((await (await desk.login(username)).get("/reports/monthly?month=2026-11")).status).toBe(status);
  });

  it("refuses a malformed month (400) and defaults to the current month", async () => {
    for (const m of ["2026-13", "2026-1", "abc", "2026-11-01"]) expect((await steering.get(`/reports/monthly?month=${m}`)).status).toBe(400);
    const page = await (await steering.get("/reports/monthly")).text();
    expect(page).toContain("nghiệp vụ hồ sơ tháng 12/2026");
  });

  it("is linked from the dashboard", async () => {
    expect(await (await steering.get("/dashboard?period=last_month")).text()).toContain('href="/reports/monthly?month=2026-11"');
  });
});
