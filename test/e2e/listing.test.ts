// Niêm yết in a real chromium (issue 15, item 9): an officer finds the booklet from the search page
// on a phone, reads it on screen (nothing wider than 390 px) and as printed; a team member prints
// the poster, which fits one A4 sheet. Screenshots and PDFs go to test-output/.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { kbEntries } from "../../db/schema.js";
import { saveHotlines } from "../../src/services/desk-settings.js";
import { upsertPublishedEntries } from "../../src/services/kb-entries.js";
import { currentUser } from "../../src/services/users.js";
import { PASSWORD } from "../support/app.js";
import { browserDesk, describeBrowser, PHONE, screenshot, SCREENSHOT_DIR } from "../support/browser.js";
import { amendCuTruArticle20, RESIDENCE_ENTRIES } from "../support/kb.js";

const TIMEOUT = 120_000;
const widerThanScreen = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
// A PDF's pages, counted from its page objects.
const pdfPages = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;

function savePdf(name: string, pdf: Buffer) {
  const dir = join(SCREENSHOT_DIR, "..", "pdf");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), pdf);
}

describeBrowser("niêm yết: the booklet and the poster", () => {
  let flagged = 0;
  const env = browserDesk(async (desk) => {
    await desk.addUser("canbo", ["officer"], { name: "Trần Thị Lan" });
    await desk.addUser("giaidap", ["answerer"], { name: "Nguyễn Văn Minh" });
    const advisorId = await desk.addUser("covan", ["advisor"], { name: "Lê Văn Hùng" });
    const adminId = await desk.addUser("quantri", ["admin"]);
    saveHotlines(desk.db, currentUser(desk.db, adminId)!, [{ label: "Trực ban", number: "069.234.5678" }, { label: "Tổ giải đáp", number: "024 3826 1234" }], desk.now.value);
    upsertPublishedEntries(
      desk.db,
      null,
      [
        ...RESIDENCE_ENTRIES,
        {
          ref: "LLTP-01",
          title: "Thời hạn cấp Phiếu lý lịch tư pháp cho công dân Việt Nam cư trú trong nước",
          question: "Phiếu lý lịch tư pháp được cấp trong thời hạn bao lâu kể từ ngày nhận đủ hồ sơ hợp lệ?",
          answer: "Không quá **10 ngày** kể từ ngày nhận được yêu cầu hợp lệ.\n\n- Trường hợp phải xác minh: không quá 15 ngày.\n- Đường dẫn dài: https://hoidap.ca.local/kb/tra-cuu/rat-dai-khong-co-khoang-trang-nao-de-xuong-dong",
          category: "ly-lich-tu-phap",
          tags: [],
          citations: [{ document: "Luật Lý lịch tư pháp", article: "Điều 48" }],
        },
      ],
      desk.now.value,
    );
    amendCuTruArticle20(desk.db, advisorId, desk.now.value);
    flagged = desk.db.select().from(kbEntries).where(eq(kbEntries.ref, "CT-20")).get()!.id;
  });

  it(
    "an officer on a phone opens the booklet from the search page, reads it, and prints it",
    async () => {
      const officer = await env.signedIn("canbo", PASSWORD, "phone");
      const o = officer.page;
      await o.goto("/kb");
      expect(await o.getByRole("link", { name: "In áp phích niêm yết" }).count()).toBe(0); // not the officer's to print
      await Promise.all([o.waitForURL("**/kb/booklet"), o.getByRole("link", { name: "In sổ tay hỏi – đáp" }).click()]);

      expect(await o.getByRole("heading", { level: 1 }).textContent()).toBe("Đồng chí hỏi – Chúng tôi trả lời");
      expect(await o.locator(".booklet-cover").textContent()).toContain("Trực ban: 069.234.5678");
      expect(await o.locator("svg.qr").count()).toBe(3);
      expect(await o.getByRole("img", { name: `Mã QR dẫn tới ${env.server.url}/kb/${flagged}` }).isVisible()).toBe(true);
      const notice = o.locator(`#muc-${flagged}`).getByRole("note", { name: "Lưu ý: văn bản được trích dẫn đã thay đổi" });
      expect(await notice.isVisible()).toBe(true);
      expect(await widerThanScreen(o)).toBe(false);
      await screenshot(o, "officer-booklet-390");

      // The contents lead to the entry.
      await o.locator(".booklet-toc").getByRole("link", { name: /Hồ sơ đăng ký thường trú/ }).click();
      await o.waitForURL(/#muc-\d+$/);

      // One category, without the entries under review.
      await o.locator("#booklet-category").selectOption({ label: "Căn cước, cư trú và định danh (2 mục)" });
      await o.getByLabel("Bỏ các mục đang rà soát vì văn bản được trích dẫn đã thay đổi").check();
      await Promise.all([o.waitForURL(/flagged=omit/), o.getByRole("button", { name: "Xem sổ tay" }).click()]);
      expect(await o.locator("article.booklet-entry").count()).toBe(1);
      expect(await o.locator(".booklet-cover").textContent()).toContain("Không in 1 mục đang được Ban cố vấn rà soát");
      expect(await widerThanScreen(o)).toBe(false);

      // As printed: no tools, the cover and contents on sheets of their own, a sheet per category.
      await o.goto("/kb/booklet");
      await o.emulateMedia({ media: "print" });
      expect(await o.locator(".booklet-tools").isVisible()).toBe(false);
      expect(await o.locator(".booklet-category").first().evaluate((e) => getComputedStyle(e).breakBefore)).toBe("page");
      await screenshot(o, "officer-booklet-print-390");
      await o.emulateMedia({ media: "screen" });
      expect(officer.problems.list).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "a team member prints the poster: one A4 sheet with the hotlines and the QR codes",
    async () => {
      const member = await env.signedIn("giaidap", PASSWORD, "desktop");
      const m = member.page;
      await m.goto("/kb");
      await Promise.all([m.waitForURL("**/kb/poster"), m.getByRole("link", { name: "In áp phích niêm yết" }).click()]);
      expect(await m.getByRole("img", { name: `Mã QR dẫn tới trang đặt câu hỏi ${env.server.url}/questions/new` }).isVisible()).toBe(true);
      expect(await m.getByRole("img", { name: `Mã QR dẫn tới trang tra cứu hỏi – đáp ${env.server.url}/kb` }).isVisible()).toBe(true);
      expect(await m.locator(".poster__hotlines").textContent()).toContain("024 3826 1234");
      await screenshot(m, "answerer-poster-desktop");

      await m.emulateMedia({ media: "print" });
      expect(await m.locator(".poster-tools").isVisible()).toBe(false);
      await screenshot(m, "answerer-poster-print");
      const poster = await m.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
      savePdf("poster.pdf", poster);
      expect(pdfPages(poster)).toBe(1);
      await m.goto("/kb/booklet");
      const booklet = await m.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
      savePdf("booklet.pdf", booklet);
      expect(pdfPages(booklet)).toBeGreaterThanOrEqual(4); // cover, contents, a sheet per category
      await m.emulateMedia({ media: "screen" });

      // On a phone the poster's screen view fits too.
      await m.setViewportSize(PHONE);
      await m.goto("/kb/poster");
      expect(await widerThanScreen(m)).toBe(false);
      await screenshot(m, "answerer-poster-390");
      expect(member.problems.list).toEqual([]);
    },
    TIMEOUT,
  );
});
