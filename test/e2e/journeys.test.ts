// The remaining journeys of the hardening issue in a real chromium, each run at phone and at desktop
// width with screenshots kept in test-output/: the officer rates the answer, the answerer proposes it
// for the knowledge base, the advisor publishes it, the admin adds a holiday to the working calendar.
import { expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { calendarDays, kbEntries, ratings } from "../../db/schema.js";
import { answerQuestion } from "../../src/services/question-thread.js";
import { currentUser } from "../../src/services/users.js";
import { PASSWORD } from "../support/app.js";
import { browserDesk, describeBrowser, screenshot } from "../support/browser.js";

for (const device of ["phone", "desktop"] as const) describeBrowser(`journeys at ${device} width: rate, propose, publish, calendar`, () => {
  let questionId = 0;
  const env = browserDesk(async (desk) => {
    const officerId = await desk.addUser("canbo", ["officer"], { name: "Trần Thị Lan" });
    const answererId = await desk.addUser("giaidap", ["answerer"], { name: "Nguyễn Văn Minh" });
    await desk.addUser("covan", ["advisor"], { name: "Lê Văn Hùng" });
    await desk.addUser("admin", ["admin"]);
    questionId = desk.ask(officerId, "ly-lich-tu-phap", "Thời hạn cấp Phiếu lý lịch tư pháp khi phải xác minh", "Trường hợp phải xác minh ở địa phương khác thì thời hạn cấp phiếu là bao lâu?");
    answerQuestion(desk.db, currentUser(desk.db, answererId)!, questionId, "Theo **Điều 48** Luật Lý lịch tư pháp: không quá **15 ngày** khi phải xác minh.", desk.now.value);
  });

  it(
    "goes from a rated answer to a published entry, and a holiday moves into the calendar",
    async () => {
      const officer = await env.signedIn("canbo", PASSWORD, device);
      await officer.page.goto(`/questions/${questionId}`);
      await officer.page.getByLabel("5", { exact: true }).check();
      await officer.page.locator("#rate-comment").fill("Rõ ràng, đúng căn cứ.");
      await officer.page.getByRole("button", { name: "Gửi đánh giá" }).click();
      await officer.page.waitForURL(`**/questions/${questionId}#rating`);
      expect(env.desk.db.select().from(ratings).all()).toEqual([expect.objectContaining({ score: 5 })]);
      await screenshot(officer.page, `journey-officer-rated-${device}`);

      const answerer = await env.signedIn("giaidap", PASSWORD, device);
      await answerer.page.goto(`/questions/${questionId}`);
      await answerer.page.getByRole("button", { name: "Đề xuất đưa vào kho hỏi – đáp" }).click();
      await answerer.page.waitForURL(`**/questions/${questionId}`);

      const advisor = await env.signedIn("covan", PASSWORD, device);
      await advisor.page.goto("/review");
      await advisor.page.getByRole("link", { name: "Soạn mục hỏi – đáp" }).first().click();
      await advisor.page.locator("#kb-title").fill("Thời hạn cấp Phiếu lý lịch tư pháp khi phải xác minh");
      await screenshot(advisor.page, `journey-advisor-editor-${device}`);
      await advisor.page.getByRole("button", { name: "Lưu và đăng" }).click();
      await advisor.page.waitForURL(/\/kb\/\d+$/);
      const entry = env.desk.db.select().from(kbEntries).where(eq(kbEntries.sourceQuestionId, questionId)).get()!;
      expect(entry.status).toBe("published");
      await screenshot(advisor.page, `journey-advisor-published-${device}`);

      const admin = await env.signedIn("admin", PASSWORD, device);
      await admin.page.goto("/admin/calendar");
      await admin.page.locator("#day-date").fill("2030-09-03");
      await admin.page.locator("#day-kind").selectOption("holiday");
      await admin.page.locator("#day-name").fill("Nghỉ bù Quốc khánh");
      await admin.page.getByRole("button", { name: "Thêm vào lịch" }).click();
      await admin.page.waitForURL(/\/admin\/calendar/);
      expect(env.desk.db.select().from(calendarDays).where(eq(calendarDays.date, "2030-09-03")).get()?.name).toBe("Nghỉ bù Quốc khánh");
      await screenshot(admin.page, `journey-admin-calendar-${device}`);

      for (const s of [officer, answerer, advisor, admin]) expect(s.problems.list).toEqual([]);
    },
    90_000,
  );
});
