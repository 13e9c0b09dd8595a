// GET /dashboard over HTTP: who may see it, the period picker in the query string, the figures, the
// charts (inline SVG without inline style or script) and their table views, the tables.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { categories } from "../../db/schema.js";
import { createTestDesk, idFromLocation, type Session, type TestDesk } from "../support/app.js";

let desk: TestDesk;
let steering: Session;
let html: string;

const at = (iso: string) => (desk.now.value = new Date(iso));
// The value shown on one figure card.
const stat = (page: string, id: string) => new RegExp(`id="stat-${id}"><span class="stat__value">([^<]*)</span>`).exec(page)?.[1];

beforeAll(async () => {
  desk = createTestDesk(new Date("2026-11-23T01:00:00Z")); // Mon 23/11/2026 08:00 Hà Nội
  await desk.addUser("chihuy", ["steering"]);
  await desk.addUser("totruong", ["lead"]);
  await desk.addUser("totruong2", ["answerer", "lead"]);
  await desk.addUser("giaidap", ["answerer"], { name: "Nguyễn Văn Minh", rank: "Thiếu tá" });
  await desk.addUser("canbo", ["officer"], { unit: "Công an phường Hàng Bông" });
  await desk.addUser("canbo2", ["officer"], { unit: "Công an phường Cửa Nam" });
  const officer = await desk.login("canbo");
  const answerer = await desk.login("giaidap");
  const category = String(desk.db.select().from(categories).where(eq(categories.code, "xoa-an-tich")).get()!.id);
  // Two questions on Monday: one answered after 1 h 30 min, one still open.
  const first = idFromLocation(await officer.post("/questions", { title: "Thời hạn xóa án tích án treo", body: "Nội dung câu hỏi đủ dài.", category }));
  await officer.post("/questions", { title: "Câu hỏi thứ hai còn mở", body: "Nội dung câu hỏi đủ dài.", category });
  at("2026-11-23T02:30:00Z"); // 09:30
  await answerer.post(`/questions/${first}/answers`, { body: "Theo Điều 70 Bộ luật Hình sự." });
  await officer.post(`/questions/${first}/rate`, { score: "5" });
  at("2026-11-24T02:00:00Z"); // Tue 24/11 09:00
  steering = await desk.login("chihuy");
  html = await (await steering.get("/dashboard")).text();
});
afterAll(() => desk.close());

describe("who sees the dashboard", () => {
  it.each([
    ["chihuy", 200],
    ["totruong", 200],
    ["totruong2", 200],
    ["giaidap", 403],
    ["canbo", 403],
  ])("%s → %i", async (username, status) => {
    const res = await (await desk.login(username)).get("/dashboard");
    expect(res.status).toBe(status);
    if (status === 403) expect(await res.text()).toContain("Không có quyền");
  });
});

describe("the page", () => {
  it("shows this month's figures by default", () => {
    expect(html).toContain("Tháng 11/2026");
    expect(stat(html, "received")).toBe("2");
    expect(stat(html, "answered")).toBe("1");
    expect(stat(html, "on-time")).toBe("100%");
    expect(stat(html, "median")).toBe("1 giờ 30 phút");
    expect(stat(html, "p90")).toBe("1 giờ 30 phút");
    expect(stat(html, "satisfaction")).toBe("5/5");
    expect(stat(html, "deflections")).toBe("0");
    expect(stat(html, "backlog")).toBe("1");
    expect(stat(html, "backlog-on-time")).toBe("1");
  });

  it("has the period picker as a plain GET form with this month checked", () => {
    expect(html).toMatch(/<form method="get" action="\/dashboard"/);
    expect(html).toMatch(/<input type="radio" name="period" value="month" checked/);
    expect(html).toContain('name="from" value="2026-11-01"');
    expect(html).toContain('name="to" value="2026-11-30"');
  });

  it("draws two SVG charts, each followed by its table view", () => {
    const charts = html.match(/<figure class="chart"[\s\S]*?<\/figure>/g) ?? [];
    expect(charts).toHaveLength(2);
    for (const chart of charts) {
      expect(chart).toMatch(/<svg class="chart__svg" viewBox="0 0 340 256" width="100%" role="img"/);
      expect(chart).toContain("<summary>Xem dạng bảng</summary>");
      expect(chart).toMatch(/<details class="chart__table">[\s\S]*<table class="table">[\s\S]*<th scope="col">Nhận<\/th>/);
      expect(chart).toContain("Tuần (ngày thứ Hai đầu tuần)");
    }
    // Twelve weeks in each table; the last is this week with 2 received, 1 answered, 100 %.
    expect(charts[0]!.match(/<tr><th scope="row">/g)).toHaveLength(12);
    expect(charts[0]).toContain('<th scope="row">48</th><td class="nowrap">23/11 – 29/11</td><td>2</td><td>1</td><td>1</td><td>100%</td>');
  });

  it("uses no inline style or inline script (the CSP forbids them)", () => {
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  });

  it("lists the team, the categories and the unit leaderboard", () => {
    expect(html).toMatch(/<table class="table table--figures table--stack" id="team-table">/);
    expect(html).toContain("Thiếu tá Nguyễn Văn Minh");
    expect(html).toContain("Tổ trưởng");
    expect(html).toMatch(/id="category-table"[\s\S]*Xóa án tích/);
    // Neither unit has the 5 uses needed to be scored: both listed unranked, by name.
    expect(html).toMatch(/id="unit-table"[\s\S]*Công an phường Cửa Nam[\s\S]*Công an phường Hàng Bông/);
    expect(html).toContain("Chưa xếp hạng: 2 lượt sử dụng trong kỳ");
    expect(html).toContain("Cần tập huấn: chưa hỏi, chưa tra cứu"); // Cửa Nam asked nothing
  });

  it("links the printable monthly report of the period's month", () => {
    expect(html).toContain('href="/reports/monthly?month=2026-11"');
  });
});

describe("period parameters", () => {
  it("this week", async () => {
    const page = await (await steering.get("/dashboard?period=week")).text();
    expect(page).toContain("Tuần này (23/11/2026 – 29/11/2026)");
    expect(page).toMatch(/value="week" checked/);
    expect(stat(page, "received")).toBe("2");
  });

  it("last month is empty", async () => {
    const page = await (await steering.get("/dashboard?period=last_month")).text();
    expect(page).toContain("Tháng trước (10/2026)");
    expect(stat(page, "received")).toBe("0");
    expect(stat(page, "on-time")).toBe("—");
    expect(page).toContain('href="/reports/monthly?month=2026-10"');
  });

  it("a custom range of one day", async () => {
    const res = await steering.get("/dashboard?period=custom&from=2026-11-24&to=2026-11-24");
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain("Từ 24/11/2026 đến 24/11/2026");
    expect(stat(page, "received")).toBe("0");
    expect(stat(page, "backlog")).toBe("1"); // the backlog is always now
  });

  it("an impossible range: 400, a message, and this month instead", async () => {
    const res = await steering.get("/dashboard?period=custom&from=2026-11-30&to=2026-11-01");
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain("Khoảng ngày không hợp lệ");
    expect(page).toContain("Tháng 11/2026");
  });
});
