// The header bell in a real chromium on a phone: it counts unread notifications and updates over
// server-sent events (GET /events + the htmx sse extension) without a reload, under the strict CSP.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it, onTestFailed } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { createTestDesk, idFromLocation, PASSWORD, type TestDesk } from "../support/app.js";
import {
  describeBrowser,
  launchBrowser,
  PHONE,
  screenshot,
  SCREENSHOT_DIR,
  startServer,
  watchContext,
  type PageProblems,
  type RunningServer,
} from "../support/browser.js";
import { categories } from "../../db/schema.js";
import { eq } from "drizzle-orm";
import { markAllRead, notify } from "../../src/services/notifications.js";

const TIMEOUT = 60_000;
const STEP_TIMEOUT = 10_000;

describeBrowser("the notification bell, live", () => {
  let desk: TestDesk;
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: PageProblems;
  let answererId: number;
  let questionId: number;

  beforeAll(async () => {
    rmSync(join(SCREENSHOT_DIR, "FAILED-live-bell.png"), { force: true });
    desk = createTestDesk(); // Tuesday 24/11/2026 09:00 Hà Nội
    await desk.addUser("canbo", ["officer"], { name: "Trần Thị Lan", rank: "Thượng úy", unit: "Công an phường Hàng Bông" });
    answererId = await desk.addUser("giaidap", ["answerer"], { name: "Nguyễn Văn Minh", rank: "Thiếu tá", specialties: ["ly-lich-tu-phap"] });
    // A question for the answerer to be told about; its own "assigned" notice is read already.
    const officer = await desk.login("canbo");
    const category = desk.db.select().from(categories).where(eq(categories.code, "ly-lich-tu-phap")).get()!.id;
    const res = await officer.post("/questions", {
      title: "Cấp Phiếu LLTP số 2 cho người đang chấp hành án?",
      body: "Công dân đang chấp hành án phạt tù đề nghị cấp Phiếu LLTP số 2.",
      category: String(category),
    });
    questionId = idFromLocation(res);
    markAllRead(desk.db, answererId, desk.now.value);

    server = await startServer(desk);
    browser = await launchBrowser();
    context = await browser.newContext({
      baseURL: server.url,
      viewport: PHONE,
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
      locale: "vi-VN",
      timezoneId: "Asia/Ho_Chi_Minh",
    });
    problems = await watchContext(context, server.url);
    page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT);
  }, TIMEOUT);

  afterAll(async () => {
    await context?.close().catch(() => {});
    await browser?.close();
    await server?.close();
    desk?.close();
  }, TIMEOUT);

  it(
    "counts a new notification without a reload, and mark-all-read brings it back to 0",
    async () => {
      onTestFailed(async () => {
        await screenshot(page, "FAILED-live-bell").catch(() => {});
      });
      await page.goto("/login");
      await page.locator("#username").fill("giaidap");
      await page.locator("#password").fill(PASSWORD);
      await Promise.all([page.waitForURL("**/queue"), page.getByRole("button", { name: "Đăng nhập" }).click()]);

      // The count arrives once the event stream is open ("ready" makes the bell fetch itself).
      const header = page.locator(".site-header");
      await header.getByRole("link", { name: "Thông báo 0 chưa đọc" }).waitFor();

      desk.db.transaction((tx) => notify(tx, { userId: answererId, kind: "overdue", questionId, at: desk.now.value }));
      const one = header.getByRole("link", { name: "Thông báo 1 chưa đọc" });
      await one.waitFor();
      expect(await one.locator(".bell__badge").textContent()).toBe("1");
      expect(new URL(page.url()).pathname).toBe("/queue"); // no reload, no navigation
      await screenshot(page, "live-bell-queue-phone");

      // A burst: the second event comes while the bell is still fetching for the first; none is lost.
      desk.db.transaction((tx) => notify(tx, { userId: answererId, kind: "due_soon", questionId, at: desk.now.value }));
      await new Promise((r) => setTimeout(r, 5));
      desk.db.transaction((tx) => notify(tx, { userId: answererId, kind: "reopened", questionId, at: desk.now.value }));
      await header.getByRole("link", { name: "Thông báo 3 chưa đọc" }).waitFor();

      await Promise.all([page.waitForURL("**/notifications"), header.locator(".bell").click()]);
      const item = page.locator(".notification--unread").filter({ hasText: "quá hạn" });
      await item.getByRole("link", { name: `Câu hỏi #${questionId} đã quá hạn trả lời` }).waitFor();
      expect(await item.locator(".notification__title").textContent()).toBe("Cấp Phiếu LLTP số 2 cho người đang chấp hành án?");
      expect(await page.locator(".notification--unread").count()).toBe(3);
      expect(await page.locator(".notification").count()).toBe(4); // the earlier, read, "assigned" one too
      await screenshot(page, "live-bell-notifications-phone");

      await Promise.all([page.waitForURL("**/notifications"), page.getByRole("button", { name: "Đánh dấu tất cả đã đọc" }).click()]);
      await header.getByRole("link", { name: "Thông báo 0 chưa đọc" }).waitFor();
      expect(await page.locator(".notification--unread").count()).toBe(0);

      expect(problems.list).toEqual([]);
    },
    TIMEOUT,
  );
});
