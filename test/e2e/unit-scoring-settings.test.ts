// The admin changes the unit leaderboard's weights on a phone (390 px), without any script needed:
// a sum of zero comes back with the Vietnamese message beside the field and the typed values, then a
// valid set is saved and the steering board's dashboard explains the method with the new weights.
import { expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../db/seed/demo-content.js";
import { seedDemoIfEmpty } from "../../src/services/demo-seed.js";
import { browserDesk, describeBrowser, PHONE, screenshot } from "../support/browser.js";

describeBrowser("unit leaderboard criteria (issue 15, item 11)", () => {
  const env = browserDesk(async (desk) => {
    await seedDemoIfEmpty(desk.db, desk.now.value);
  });

  it(
    "the admin sets the weights on a phone; the dashboard follows",
    async () => {
      const { page } = await env.signedIn("admin", DEMO_PASSWORD, "phone");
      await page.goto("/admin/settings");
      const form = page.locator("#unit-scoring");
      for (const name of ["Tự tra cứu kho hỏi – đáp", "Tìm trong kho trước khi hỏi", "Đánh giá câu trả lời", "Bổ sung thông tin kịp thời"]) await form.getByLabel(name).fill("0");
      await Promise.all([page.waitForURL(/\/admin\/settings\/unit-scoring$/), form.getByRole("button", { name: "Lưu tiêu chí chấm điểm" }).click()]);
      await page.locator("#weight_self_service-error").getByText("tổng trọng số phải lớn hơn 0", { exact: false }).waitFor();
      expect(await page.locator("#weight_kb_first").inputValue()).toBe("0");
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      await screenshot(page, "unit-scoring-settings-phone");

      await page.locator("#weight_self_service").fill("40");
      await page.locator("#weight_ratings_given").fill("10");
      await Promise.all([page.waitForURL(/saved=scoring/), page.getByRole("button", { name: "Lưu tiêu chí chấm điểm" }).click()]);
      await page.getByText("Đã lưu tiêu chí chấm điểm bảng tổng sắp.").waitFor();

      const board = (await env.signedIn("chihuy", DEMO_PASSWORD, "phone")).page;
      await board.goto("/dashboard");
      await board.locator("#unit-method summary").click();
      await board.locator("#unit-method").getByText("(trọng số 40)", { exact: false }).waitFor();
      expect(await board.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    },
    90_000,
  );
});
