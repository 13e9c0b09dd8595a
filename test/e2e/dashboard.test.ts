// The command's dashboard and monthly report in a real chromium: the steering board signs in, reads
// the dashboard on a phone (390 px) and a desktop (1280 px), opens a chart's table view, and prints
// the monthly report (print media, A4 PDF). No console error, CSP refusal or failed request allowed.
import { mkdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, it, onTestFailed } from "vitest";
import { eq } from "drizzle-orm";
import { categories, users } from "../../db/schema.js";
import { DEMO_PASSWORD } from "../../db/seed/demo-content.js";
import { loadCalendar } from "../../src/services/calendar.js";
import { seedDemoIfEmpty } from "../../src/services/demo-seed.js";
import { setDutyRoster } from "../../src/services/duty.js";
import { askQuestion } from "../../src/services/questions.js";
import { answerQuestion } from "../../src/services/question-thread.js";
import { rolesOf } from "../../src/services/users.js";
import { addWorkingMinutes } from "../../src/domain/working-time.js";
import type { TestDesk } from "../support/app.js";
import { browserDesk, describeBrowser, PHONE, screenshot, SCREENSHOT_DIR } from "../support/browser.js";

const TIMEOUT = 90_000;
const WEEK = 7 * 24 * 3600_000;

// Earlier weeks of work, so the trend charts have something to show: a few questions each Tuesday
// morning of the ten weeks before the demo's own, answered within 2 to 30 working hours.
function earlierWeeks(desk: TestDesk) {
  const db = desk.db;
  const cal = loadCalendar(db, "Asia/Ho_Chi_Minh");
  const user = (username: string) => {
    const u = db.select().from(users).where(eq(users.username, username)).get()!;
    return { id: u.id, unitId: u.unitId, roles: rolesOf(db, u.id) };
  };
  const askers = ["canbo", "canbo.hai", "canbo.phuc"].map(user);
  const answerer = user("giaidap");
  const cats = db.select().from(categories).all();
  for (let w = 10; w >= 1; w--) {
    const tuesday = new Date(desk.now.value.getTime() - w * WEEK); // DEFAULT_NOW is a Tuesday, 09:00
    for (let i = 0; i < 2 + ((w * 3) % 5); i++) {
      const at = new Date(tuesday.getTime() + i * 20 * 60_000);
      const id = askQuestion(db, askers[i % askers.length]!, { title: `Câu hỏi tuần trước số ${w}-${i}`, body: "Nội dung câu hỏi đủ dài.", categoryId: cats[(w + i) % cats.length]!.id }, at, cal);
      const hours = [2, 5, 9, 16, 30][(w + i) % 5]!;
      answerQuestion(db, answerer, id, "Trả lời theo quy định hiện hành.", addWorkingMinutes(at, hours * 60, cal));
    }
  }
}

describeBrowser("dashboard and monthly report, in a real browser", () => {
  const env = browserDesk(async (desk) => {
    for (const f of ["FAILED-dashboard.png"]) rmSync(join(SCREENSHOT_DIR, f), { force: true });
    await seedDemoIfEmpty(desk.db, desk.now.value); // Tuesday 24/11/2026 09:00 Hà Nội
    earlierWeeks(desk);
    const lead = desk.db.select().from(users).where(eq(users.username, "totruong")).get()!;
    const onDuty = ["giaidap", "giaidap.huong"].map((u) => desk.db.select().from(users).where(eq(users.username, u)).get()!.id);
    setDutyRoster(desk.db, { id: lead.id, roles: rolesOf(desk.db, lead.id) }, "2026-11-24", onDuty, desk.now.value);
  });

  const open = (device: "phone" | "desktop") => env.signedIn("chihuy", DEMO_PASSWORD, device);

  it(
    "the steering board reads the dashboard on a phone and a desktop, and prints the monthly report",
    async () => {
      const phone = await open("phone");
      const desktop = await open("desktop");
      onTestFailed(async () => {
        await screenshot(phone.page, "FAILED-dashboard").catch(() => {});
      });

      // — Phone: the page fits the screen, the charts scale to it, a table view opens.
      const p = phone.page;
      await p.goto("/dashboard");
      await p.locator("h2#period-title").getByText("Tháng 11/2026").waitFor();
      expect(await p.locator("svg.chart__svg").count()).toBe(2);
      const width = await p.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(PHONE.width);
      const chartBox = await p.locator("svg.chart__svg").first().boundingBox();
      expect(chartBox!.width).toBeGreaterThan(300);
      expect(chartBox!.width).toBeLessThanOrEqual(PHONE.width);
      await p.locator("#trend-volume summary").click();
      await p.locator("#trend-volume details table").waitFor({ state: "visible" });
      // The leaderboard's method and a unit's computation open and still fit the phone (issue 15, item 11).
      await p.locator("#unit-method summary").click();
      await p.locator("#unit-method").getByText("gửi thêm câu hỏi không làm tăng điểm", { exact: false }).waitFor();
      await p.locator("#unit-table .unit-score summary").first().click();
      await p.locator("#unit-table .unit-score__list").first().waitFor({ state: "visible" });
      expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      await screenshot(p, "dashboard-phone");

      // — Desktop: choose last week through the plain GET form, then back to this month.
      const d = desktop.page;
      await d.goto("/dashboard");
      await d.getByLabel("Tuần này").check();
      await Promise.all([d.waitForURL(/period=week/), d.getByRole("button", { name: "Xem số liệu" }).click()]);
      await d.locator("h2#period-title").getByText("Tuần này (23/11/2026 – 29/11/2026)").waitFor();
      await d.goto("/dashboard");
      expect(await d.locator("#team-table tbody tr").count()).toBeGreaterThanOrEqual(9);
      expect(await d.locator("#unit-table tbody tr").count()).toBeGreaterThan(0);
      await screenshot(d, "dashboard-desktop");

      // — The monthly report, from the dashboard's link, in print media and as an A4 PDF.
      await Promise.all([d.waitForURL(/\/reports\/monthly\?month=2026-11$/), d.getByRole("link", { name: /Báo cáo tháng 11\/2026/ }).click()]);
      await d.getByText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").waitFor();
      await d.emulateMedia({ media: "print" });
      expect(await d.locator(".report-tools").isVisible()).toBe(false);
      await d.evaluate(() => document.fonts.ready);
      expect(await d.evaluate(() => document.fonts.check('16px "Be Vietnam Pro"', "Tiếp nhận"))).toBe(true);
      await screenshot(d, "monthly-report-print");
      mkdirSync(join(SCREENSHOT_DIR, ".."), { recursive: true });
      const pdf = join(SCREENSHOT_DIR, "..", "monthly-report.pdf");
      await d.pdf({ path: pdf, format: "A4", preferCSSPageSize: true });
      expect(statSync(pdf).size).toBeGreaterThan(10_000);

      expect(phone.problems.list).toEqual([]);
      expect(desktop.problems.list).toEqual([]);
    },
    TIMEOUT,
  );
});
