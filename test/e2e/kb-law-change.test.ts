// An entry whose cited law changed, in a real chromium at 375 px (issue 15, item 7): the officer
// searching the knowledge base sees the notice on the flagged result, opens the entry and reads which
// article changed and since when over the answer, sees it on the printed sheet, and again among the
// suggestions while typing a question. Nothing on these pages is wider than the phone.
import { and, eq } from "drizzle-orm";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { kbEntries, regulationArticles, regulations } from "../../db/schema.js";
import { upsertPublishedEntries } from "../../src/services/kb-entries.js";
import { importRegulations, parseRegulationsJsonl } from "../../src/services/regulation-import.js";
import { setArticleStatus } from "../../src/services/regulations.js";
import { currentUser } from "../../src/services/users.js";
import { PASSWORD } from "../support/app.js";
import { browserDesk, describeBrowser, screenshot } from "../support/browser.js";
import { CU_TRU_LINE, RESIDENCE_ENTRIES } from "../support/kb.js";

const TIMEOUT = 90_000;
const SMALL_PHONE = { width: 375, height: 812 };
const CHANGE = "Điều 20 Luật Cư trú (68/2020/QH14) đã được sửa đổi, bổ sung từ ngày 01/07/2025";

const words = (s: string | null) => (s ?? "").replace(/\s+/g, " ").trim();
const widerThanScreen = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

describeBrowser("an entry whose cited law changed, read by an officer on a phone", () => {
  let flagged = 0;
  let other = 0;
  let articlePath = "";
  const env = browserDesk(async (desk) => {
    await desk.addUser("canbo", ["officer"], { name: "Trần Thị Lan" });
    const advisorId = await desk.addUser("covan", ["advisor"], { name: "Lê Văn Hùng" });
    importRegulations(desk.db, null, parseRegulationsJsonl(Buffer.from(JSON.stringify(CU_TRU_LINE))).entries, desk.now.value, "Asia/Ho_Chi_Minh");
    upsertPublishedEntries(desk.db, null, RESIDENCE_ENTRIES, desk.now.value);
    const regulationId = desk.db.select().from(regulations).where(eq(regulations.number, CU_TRU_LINE.number)).get()!.id;
    const articleId = desk.db
      .select()
      .from(regulationArticles)
      .where(and(eq(regulationArticles.regulationId, regulationId), eq(regulationArticles.label, "Điều 20")))
      .get()!.id;
    articlePath = `/regulations/${regulationId}/articles/${articleId}`;
    setArticleStatus(desk.db, currentUser(desk.db, advisorId)!, regulationId, articleId, { status: "amended", since: "2025-07-01" }, desk.now.value);
    flagged = desk.db.select().from(kbEntries).where(eq(kbEntries.ref, "CT-20")).get()!.id;
    other = desk.db.select().from(kbEntries).where(eq(kbEntries.ref, "CT-21")).get()!.id;
  });

  it(
    "sees the notice on the search result, over the entry's answer, on the printed sheet and among suggestions",
    async () => {
      const officer = await env.signedIn("canbo", PASSWORD, "phone");
      const o = officer.page;
      await o.setViewportSize(SMALL_PHONE);

      // — Searching, typed without diacritics: the flagged result says why, the other does not.
      await o.goto("/kb");
      await o.locator("#kb-q").pressSequentially("dang ky thuong tru nha bo me", { delay: 10 });
      const result = (id: number) => o.locator("#kb-results ol.kb-list > li").filter({ has: o.locator(`a[href="/kb/${id}"]`) });
      await result(flagged).getByRole("note").waitFor();
      expect(words(await result(flagged).getByRole("note").textContent())).toBe(`Lưu ý: ${CHANGE}; mục này đang được Ban cố vấn rà soát.`);
      expect(await result(flagged).getByRole("note").isVisible()).toBe(true);
      expect(await result(other).getByRole("note").count()).toBe(0);
      expect(await widerThanScreen(o)).toBe(false);
      await screenshot(o, "officer-kb-search-law-changed-375");

      // — The entry: a note named by its heading, under the title, before the answer.
      await Promise.all([o.waitForURL(`**/kb/${flagged}`), result(flagged).locator("a.kb-list__title").click()]);
      const notice = o.getByRole("note", { name: "Lưu ý: văn bản được trích dẫn đã thay đổi" });
      expect(await notice.isVisible()).toBe(true);
      expect(words(await notice.locator("li").textContent())).toBe(`${CHANGE}.`);
      expect(await notice.getByRole("link", { name: "Điều 20 Luật Cư trú (68/2020/QH14)" }).getAttribute("href")).toBe(articlePath);
      const [noticeBox, answerBox] = [await notice.boundingBox(), await o.getByRole("heading", { name: "Trả lời", exact: true }).boundingBox()];
      expect(noticeBox!.y).toBeLessThan(answerBox!.y);
      expect(noticeBox!.x + noticeBox!.width).toBeLessThanOrEqual(SMALL_PHONE.width);
      expect(await widerThanScreen(o)).toBe(false);
      await screenshot(o, "officer-kb-entry-law-changed-375");

      // — The printed sheet carries it too.
      await o.goto(`/kb/${flagged}/print`);
      const sheetNotice = o.getByRole("note", { name: "Lưu ý: văn bản được trích dẫn đã thay đổi" });
      expect(words(await sheetNotice.locator("li").textContent())).toBe(`${CHANGE}.`);
      expect(await widerThanScreen(o)).toBe(false);
      await screenshot(o, "officer-kb-print-law-changed-375");

      // — Typing a question: the suggestion says it too, before the officer relies on it.
      await o.goto("/questions/new");
      await o.locator("#title").pressSequentially("dang ky thuong tru tai nha bo me", { delay: 10 });
      const suggestion = o.locator("#kb-suggestions li").filter({ has: o.locator(`a[href="/kb/${flagged}"]`) });
      await suggestion.getByRole("note").waitFor();
      expect(words(await suggestion.getByRole("note").textContent())).toBe(`Lưu ý: ${CHANGE}; mục này đang được Ban cố vấn rà soát.`);
      expect(await widerThanScreen(o)).toBe(false);
      await screenshot(o, "officer-ask-suggestion-law-changed-375");

      expect(officer.problems.list).toEqual([]);
    },
    TIMEOUT,
  );
});
