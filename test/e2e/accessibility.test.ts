// Accessibility of every main page, checked by axe-core in a real chromium at phone width, for each
// role's pages: no violation at all (labels, landmarks, heading order, contrast, names, ARIA).
// Experimental rules that matter here are switched on, and the header's live parts are checked as
// people meet them: filled in by the event stream.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../db/seed/demo-content.js";
import { seedDemoIfEmpty } from "../../src/services/demo-seed.js";
import { browserDesk, describeBrowser, PHONE } from "../support/browser.js";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

// axe runs no experimental rule unless asked. label-content-name-mismatch (serious): a control's
// accessible name must contain its visible text, or speech users cannot say what they see.
const EXPERIMENTAL_RULES = { "label-content-name-mismatch": { enabled: true } };

// The same rule, word for word: axe ignores punctuation, so "Thông báo: 1 chưa đọc" passes for a bell
// that shows "Thông báo 1", yet the visible words are not in its name as they are read. Names
// should hold what people see literally (a speech user says "Thông báo 1").
function labelsMissingTheirText(): string[] {
  const words = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();
  return [...document.querySelectorAll<HTMLElement>("a[aria-label], button[aria-label]")].flatMap((el) => {
    const seen = words(el.innerText);
    const name = words(el.getAttribute("aria-label")!);
    return seen && !name.includes(seen) ? [`label in name: "${seen}" is not in "${name}"`] : [];
  });
}

const PAGES: Record<string, string[]> = {
  canbo: ["/questions", "/questions/new", "/questions/1", "/kb", "/kb?q=xoa+an+tich", "/kb/1", "/kb/booklet", "/notifications"],
  giaidap: ["/queue", "/questions", "/questions/9", "/calls/new", "/canned", "/handover", "/duty", "/kb/poster"],
  covan: ["/review", "/kb/new", "/regulations", "/consultations", "/questions/9"],
  chihuy: ["/dashboard", "/reports", "/audit", "/reports/monthly"],
  admin: ["/admin/users", "/admin/calendar"],
};

describeBrowser("accessibility (axe-core)", () => {
  const env = browserDesk(async (desk) => {
    await seedDemoIfEmpty(desk.db, desk.now.value);
  });

  it(
    "has no violations on the main pages of every role",
    async () => {
      const found: string[] = [];
      for (const [username, paths] of Object.entries({ "": ["/login"], ...PAGES })) {
        // bypassCSP only lets the checker's own script in; the pages are the same.
        const context = await env.browser.newContext({ baseURL: env.server.url, viewport: PHONE, locale: "vi-VN", bypassCSP: true });
        env.contexts.push(context);
        const page = await context.newPage();
        if (username) {
          await page.goto("/login");
          await page.locator("#username").fill(username);
          await page.locator("#password").fill(DEMO_PASSWORD);
          await Promise.all([page.waitForURL((u) => u.pathname !== "/login"), page.getByRole("button", { name: "Đăng nhập" }).click()]);
        }
        for (const path of paths) {
          await page.goto(path);
          // The bell gets its count (and its name) once the event stream is open.
          if (await page.locator("#notification-bell").count()) await page.locator("#notification-bell .bell__badge").waitFor();
          await page.evaluate(AXE);
          const violations = await page.evaluate(async (rules) => {
            const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
            const r = await axe.run({ resultTypes: ["violations"], rules });
            return r.violations.map((v) => `${v.id} (${v.impact}) at ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
          }, EXPERIMENTAL_RULES);
          for (const v of violations) found.push(`${username || "anonymous"} ${path}: ${v}`);
          for (const v of await page.evaluate(labelsMissingTheirText)) found.push(`${username || "anonymous"} ${path}: ${v}`);
        }
      }
      expect(found).toEqual([]);
    },
    120_000,
  );
});
