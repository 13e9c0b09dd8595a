// Suggestions while asking, in a real chromium: an officer on a phone types a title without
// diacritics, the knowledge base's answer appears (debounced htmx), and "this answers my question"
// records a deflection instead of filing. Beside the answer box, an answerer inserts a link to an
// entry into the draft.
import { count } from "drizzle-orm";
import { expect, it } from "vitest";
import { deflections, questions } from "../../db/schema.js";
import { upsertPublishedEntries } from "../../src/services/kb-entries.js";
import { PASSWORD } from "../support/app.js";
import { browserDesk, describeBrowser, screenshot } from "../support/browser.js";

const TIMEOUT = 60_000;
const ENTRY = {
  ref: "KB-0900",
  title: "Thời hạn đương nhiên xóa án tích đối với người được hưởng án treo",
  question: "Người được hưởng án treo thì sau bao lâu được đương nhiên xóa án tích?",
  answer: "Sau **01 năm** kể từ khi hết thời gian thử thách án treo (khoản 2 Điều 70 Bộ luật Hình sự).",
  category: "xoa-an-tich",
  tags: ["xóa án tích", "án treo"],
  citations: [{ document: "Bộ luật Hình sự 2015", article: "Khoản 2 Điều 70" }],
};

describeBrowser("knowledge-base suggestions while asking and answering", () => {
  let questionId = 0;
  const env = browserDesk(async (desk) => {
    const officerId = await desk.addUser("canbo", ["officer"], { name: "Trần Thị Lan" });
    await desk.addUser("giaidap", ["answerer"], { name: "Nguyễn Văn Minh", specialties: ["xoa-an-tich"] });
    upsertPublishedEntries(desk.db, null, [ENTRY, { ...ENTRY, ref: "KB-0901", title: "Cấp Phiếu lý lịch tư pháp số 2 cho người nước ngoài", question: "Người nước ngoài xin Phiếu số 2 ở đâu?", answer: "Tại Trung tâm Lý lịch tư pháp quốc gia.", category: "ly-lich-tu-phap", tags: ["phiếu số 2"] }], desk.now.value);
    questionId = desk.ask(officerId, "xoa-an-tich", "Án treo đã hết thử thách thì xóa án tích chưa?", "Công dân hưởng án treo đã hết thời gian thử thách một năm rưỡi.");
  });

  it(
    "an officer typing without diacritics is offered the entry and says it answers the question",
    async () => {
      const officer = await env.signedIn("canbo", PASSWORD, "phone");
      const o = officer.page;
      await o.goto("/questions/new");
      await o.locator("#title").pressSequentially("bao lau thi duoc xoa an tich khi huong an treo", { delay: 10 });
      const suggestion = o.locator("#kb-suggestions li").first();
      await suggestion.waitFor();
      expect(await suggestion.locator("a").textContent()).toBe(ENTRY.title);
      // Highlighted on the accented text, though typed without diacritics.
      expect(await suggestion.locator("a mark").allTextContents()).toEqual(expect.arrayContaining(["xóa", "án", "tích", "treo"]));
      await screenshot(o, "officer-kb-suggestion-phone");
      const before = env.desk.db.select({ n: count() }).from(questions).get()!.n;
      await Promise.all([o.waitForURL(/\/kb\/\d+\?deflected=1$/), suggestion.getByRole("button", { name: "Mục này đã giải đáp thắc mắc của tôi" }).click()]);
      expect(env.desk.db.select({ n: count() }).from(deflections).get()!.n).toBe(1);
      expect(env.desk.db.select({ n: count() }).from(questions).get()!.n).toBe(before); // nothing filed
      expect(officer.problems.list).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "an answerer inserts a link to a suggested entry into the answer draft",
    async () => {
      const answerer = await env.signedIn("giaidap", PASSWORD, "desktop");
      const a = answerer.page;
      await a.goto(`/questions/${questionId}`);
      await a.locator("#answer-body").fill("Chưa đủ điều kiện nếu chưa hết thời gian thử thách.");
      const entry = a.locator(".suggestions li").filter({ hasText: ENTRY.title });
      await entry.getByRole("button", { name: "Chèn liên kết vào câu trả lời" }).click();
      await expect.poll(() => a.locator("#answer-body").inputValue()).toContain(`Xem thêm: [${ENTRY.title}](/kb/`);
      expect(await a.locator("#answer-body").inputValue()).toMatch(/^Chưa đủ điều kiện/);
      await screenshot(a, "answerer-kb-link-desktop");
      expect(answerer.problems.list).toEqual([]);
    },
    TIMEOUT,
  );
});
