// Moving from page to page with the live connection open (GET /events, the htmx sse extension): the
// browser aborts the stream of the page it leaves, which must not be logged as an error. The
// shared watcher (test/support/browser.ts) also reports what a page logs while it is being left.
import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { PASSWORD } from "../support/app.js";
import { browserDesk, describeBrowser } from "../support/browser.js";
import { notify } from "../../src/services/notifications.js";

// The bell fills in its count on the stream's "ready" event: then the connection is surely open.
const liveConnected = (page: Page) => page.locator("#notification-bell .bell__badge").waitFor();

for (const device of ["phone", "desktop"] as const) describeBrowser(`page navigation with the live connection at ${device} width`, () => {
  let steeringId = 0;
  const env = browserDesk(async (desk) => {
    await desk.addUser("canbo", ["officer"], { name: "Trần Thị Lan" });
    steeringId = await desk.addUser("chihuy", ["steering"], { name: "Phạm Văn Đức" });
  });

  it(
    "logs no console error when links, the back button and typed addresses leave a live page",
    async () => {
      const { page, problems } = await env.signedIn("canbo", PASSWORD, device);
      await liveConnected(page);
      for (const path of ["/kb", "/questions/new", "/notifications"]) {
        await page.goto(path);
        await liveConnected(page);
      }
      await page.goBack();
      await page.waitForURL("**/questions/new");
      await liveConnected(page);
      await Promise.all([page.waitForURL("**/kb"), page.locator('nav a[href="/kb"]').click()]);
      await liveConnected(page);
      await page.reload();
      await liveConnected(page);
      await page.goto("/questions");
      await liveConnected(page);
      expect(problems.list).toEqual([]);
    },
    60_000,
  );

  it(
    "keeps the live connection through an export that downloads a file instead of leaving the page",
    async () => {
      const { page, problems } = await env.signedIn("chihuy", PASSWORD, device);
      await page.goto("/reports");
      await liveConnected(page);
      await page.locator("#period-from").fill("2026-11-01");
      await page.locator("#period-to").fill("2026-11-30");
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải tệp CSV" }).click()]);
      expect(download.suggestedFilename()).toMatch(/\.csv$/);
      env.desk.db.transaction((tx) => notify(tx, { userId: steeringId, kind: "overdue", at: env.desk.now.value }));
      await page.locator(".site-header").getByRole("link", { name: "Thông báo 1 chưa đọc" }).waitFor();
      expect(new URL(page.url()).pathname).toBe("/reports");
      expect(problems.list).toEqual([]);
    },
    60_000,
  );
});
