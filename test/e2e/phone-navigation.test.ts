// Every role on a phone (390 px): the page never scrolls sideways and every link of the navigation,
// the current page's included, is on screen. An advisor's page was 537 px wide (the hidden text of
// the "Xin ý kiến" count escaped the nav's scroller) and the last links sat off-screen.
import { expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../db/seed/demo-content.js";
import { seedDemoIfEmpty } from "../../src/services/demo-seed.js";
import { browserDesk, describeBrowser, PHONE, screenshot } from "../support/browser.js";

const ROLES = [
  ["canbo", "/questions/new"],
  ["giaidap", "/queue"],
  ["totruong", "/queue"],
  ["covan", "/review"],
  ["chihuy", "/dashboard"],
  ["admin", "/admin/users"],
] as const;

describeBrowser("navigation on a phone", () => {
  const env = browserDesk(async (desk) => {
    await seedDemoIfEmpty(desk.db, desk.now.value); // the advisor has a consultation waiting: a count in the nav
  });

  it(
    "fits the screen for every role, every link visible",
    async () => {
      for (const [username, path] of ROLES) {
        const { page } = await env.signedIn(username, DEMO_PASSWORD, "phone");
        await page.goto(path);
        await page.waitForLoadState("networkidle");
        expect(await page.evaluate(() => document.documentElement.scrollWidth), username).toBeLessThanOrEqual(PHONE.width);
        const links = page.locator(".site-nav a");
        expect(await links.count(), username).toBeGreaterThan(0);
        for (const link of await links.all()) {
          const box = (await link.boundingBox())!;
          expect(box.x, `${username}: ${await link.textContent()}`).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width, `${username}: ${await link.textContent()}`).toBeLessThanOrEqual(PHONE.width);
        }
        if (username === "covan") await screenshot(page, "nav-phone-advisor");
      }
    },
    120_000,
  );
});
