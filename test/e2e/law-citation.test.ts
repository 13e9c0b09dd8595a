// Citing the law, in a real chromium (issue 13): beside the answer box an answerer on a desktop finds
// an article typed without diacritics and cites it into the draft; an advisor marks the article
// amended on its page; the officer, on a phone, sees over the answer which article changed and since
// when, and finds the article, marked amended, in its own section of the officers' search.
import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { regulationArticles, regulations } from "../../db/schema.js";
import { importRegulations, parseRegulationsJsonl } from "../../src/services/regulation-import.js";
import { PASSWORD } from "../support/app.js";
import { browserDesk, describeBrowser, screenshot } from "../support/browser.js";
import { CU_TRU_LINE as CU_TRU } from "../support/kb.js";

const TIMEOUT = 90_000;
const DRAFT = "Chào đồng chí, công dân được đăng ký thường trú tại nhà bố mẹ khi chủ hộ và chủ sở hữu đồng ý.";
const CITATION = "Điều 20 Luật Cư trú (68/2020/QH14)";

describeBrowser("citing an article in an answer, amending it, and the officer warned", () => {
  let questionId = 0;
  let articlePath = "";
  const env = browserDesk(async (desk) => {
    const officerId = await desk.addUser("canbo", ["officer"], { name: "Trần Thị Lan" });
    await desk.addUser("giaidap", ["answerer"], { name: "Nguyễn Văn Minh", specialties: ["can-cuoc"] });
    await desk.addUser("covan", ["advisor"], { name: "Lê Văn Hùng" });
    const { entries, errors } = parseRegulationsJsonl(Buffer.from(JSON.stringify(CU_TRU)));
    expect(errors).toEqual([]);
    importRegulations(desk.db, null, entries, desk.now.value, "Asia/Ho_Chi_Minh");
    const regulationId = desk.db.select().from(regulations).where(eq(regulations.number, CU_TRU.number)).get()!.id;
    const articleId = desk.db
      .select()
      .from(regulationArticles)
      .where(and(eq(regulationArticles.regulationId, regulationId), eq(regulationArticles.label, "Điều 20")))
      .get()!.id;
    articlePath = `/regulations/${regulationId}/articles/${articleId}`;
    questionId = desk.ask(officerId, "can-cuoc", "Đăng ký thường trú tại nhà của bố mẹ", "Tôi chuyển về ở nhà bố mẹ đẻ, có được đăng ký thường trú ở đó không?");
  });

  it(
    "the answerer cites Điều 20 from the answer box, the advisor marks it amended, the officer sees the warning",
    async () => {
      // — The answerer, on a desktop, finds the article without diacritics and cites it.
      const answerer = await env.signedIn("giaidap", PASSWORD, "desktop");
      const a = answerer.page;
      await a.goto(`/questions/${questionId}`);
      await a.locator("#answer-body").fill(DRAFT);
      await a.locator(".law-cite summary").click();
      await a.locator("#law-cite-q").pressSequentially("dieu kien dang ky thuong tru cho o hop phap", { delay: 10 });
      const first = a.locator("#law-cite-results li").first();
      await first.waitFor();
      expect(await first.locator("a.kb-list__title").textContent()).toBe("Điều 20. Điều kiện đăng ký thường trú");
      expect(await first.locator("a.kb-list__title").getAttribute("href")).toBe(articlePath);
      await first.getByRole("button", { name: "Trích dẫn vào câu trả lời" }).click();
      await expect.poll(() => a.locator("#answer-body").inputValue()).toContain(`Căn cứ: [${CITATION}](${articlePath})`);
      expect((await a.locator("#answer-body").inputValue()).startsWith(DRAFT)).toBe(true);
      await screenshot(a, "answerer-law-citation-desktop");
      const [posted] = await Promise.all([
        a.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === `/questions/${questionId}/answers`),
        a.getByRole("button", { name: "Gửi trả lời" }).click(),
      ]);
      expect(posted.status()).toBe(303);
      await a.locator(`.message--answer a[href="${articlePath}"]`).waitFor();
      await screenshot(a, "answerer-law-citation-answered-desktop");

      // — The advisor, on a desktop, marks the article amended from 01/12/2026 on its page.
      const advisor = await env.signedIn("covan", PASSWORD, "desktop");
      const v = advisor.page;
      await v.goto(articlePath.replace(/\/articles\/\d+$/, ""));
      await Promise.all([v.waitForURL(`**${articlePath}`), v.locator(`a[href="${articlePath}"]`).first().click()]);
      await v.getByLabel("Tình trạng của Điều 20").selectOption("amended");
      await v.locator("#article-since").fill("2026-12-01");
      await Promise.all([v.waitForURL((u) => u.pathname === articlePath && u.searchParams.get("done") === "status"), v.getByRole("button", { name: "Cập nhật" }).click()]);
      expect(await v.locator(".badge").first().textContent()).toContain("01/12/2026");
      await screenshot(v, "advisor-article-amended-desktop");

      // — The officer, on a phone, is warned over the answer and can open the article.
      const officer = await env.signedIn("canbo", PASSWORD, "phone");
      const o = officer.page;
      await o.goto(`/questions/${questionId}`);
      const notice = o.locator(".alert--warn");
      await notice.waitFor();
      expect(await notice.textContent()).toContain("căn cứ pháp lý được viện dẫn trong câu trả lời đã thay đổi");
      expect((await notice.locator("li").textContent())?.replace(/\s+/g, " ")).toBe(`${CITATION} đã được sửa đổi, bổ sung từ ngày 01/12/2026.`);
      await screenshot(o, "officer-law-changed-phone");
      await Promise.all([o.waitForURL(`**${articlePath}`), notice.getByRole("link", { name: CITATION }).click()]);
      expect(await o.locator("h1").textContent()).toBe("Điều 20. Điều kiện đăng ký thường trú");
      await screenshot(o, "officer-law-article-phone");

      // — Searching where no entry answers, the officer finds the article in its own section, marked
      // amended (the answerer's search above had already seen it in force).
      await o.goto(`/kb?q=${encodeURIComponent("dieu kien dang ky thuong tru")}`);
      const section = o.locator("details.law-section");
      expect(await section.locator("summary h2").textContent()).toBe("Điều khoản văn bản pháp luật liên quan");
      expect(await section.getAttribute("open")).not.toBeNull(); // no entry at all: open
      const hit = section.locator("li").filter({ has: o.locator(`a[href="${articlePath}"]`) });
      expect(await hit.locator("a.kb-list__title").textContent()).toBe("Điều 20. Điều kiện đăng ký thường trú");
      expect(await hit.locator("a.kb-list__title").isVisible()).toBe(true);
      expect((await hit.locator("p.muted").textContent())?.replace(/\s+/g, " ")).toBe("Luật Cư trú (68/2020/QH14) Đã sửa đổi, bổ sung từ 01/12/2026");
      await screenshot(o, "officer-kb-law-section-phone");

      expect(answerer.problems.list).toEqual([]);
      expect(advisor.problems.list).toEqual([]);
      expect(officer.problems.list).toEqual([]);
    },
    TIMEOUT,
  );
});
