// Clarification in a real chromium: the answerer asks for clarification, the officer replies,
// the answerer answers — and each side sees the other's step arrive without reloading (SSE + htmx).
import { expect, it } from "vitest";
import { PASSWORD } from "../support/app.js";
import { BOTH_WAYS, browserDesk, describeBrowser, screenshot } from "../support/browser.js";

const TIMEOUT = 60_000;

for (const { officerDevice, answererDevice } of BOTH_WAYS) describeBrowser(`clarification → reply → answer, live (officer: ${officerDevice}, answerer: ${answererDevice})`, () => {
  let questionId = 0;
  const env = browserDesk(async (desk) => {
    const officerId = await desk.addUser("canbo", ["officer"], { name: "Trần Thị Lan", rank: "Thượng úy", unit: "Công an phường Hàng Bông" });
    await desk.addUser("giaidap", ["answerer"], { name: "Nguyễn Văn Minh", rank: "Thiếu tá" });
    questionId = desk.ask(officerId, "xoa-an-tich", "Thời hạn xóa án tích khi được hưởng án treo", "Người bị kết án 2 năm tù cho hưởng án treo thì sau bao lâu được xóa án tích?");
  });

  it(
    "each step shows on the other side without a reload",
    async () => {
      const officer = await env.signedIn("canbo", PASSWORD, officerDevice);
      const answerer = await env.signedIn("giaidap", PASSWORD, answererDevice);
      await officer.page.goto(`/questions/${questionId}`);
      await answerer.page.goto(`/questions/${questionId}`);
      // A marker that a reload would erase: its survival proves the page was updated in place.
      await officer.page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));

      await answerer.page.getByText("Đề nghị người hỏi bổ sung thông tin").click();
      await answerer.page.locator("#clarify-body").fill("Đề nghị đồng chí cho biết ngày bản án có hiệu lực.");
      await answerer.page.getByRole("button", { name: "Gửi đề nghị bổ sung" }).click();
      await answerer.page.waitForURL(`**/questions/${questionId}`);

      // The officer's open page shows the request and the paused clock, live.
      await officer.page.locator("#thread .message--clarification").waitFor();
      await officer.page.locator("#question-head").getByText("Chờ bổ sung thông tin").waitFor();
      expect(await officer.page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
      await screenshot(officer.page, `officer-clarification-live-${officerDevice}`);

      await answerer.page.evaluate(() => ((window as unknown as { marker: number }).marker = 7));
      await officer.page.locator("#reply-body").fill("Bản án có hiệu lực ngày 10/3/2020.");
      await officer.page.getByRole("button", { name: "Gửi bổ sung" }).click();
      await officer.page.waitForURL(`**/questions/${questionId}`);

      await answerer.page.locator("#thread .message--reply").waitFor();
      await answerer.page.locator("#question-head").getByText("Đang xử lý").waitFor();
      expect(await answerer.page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(7);

      await officer.page.evaluate(() => ((window as unknown as { marker: number }).marker = 43));
      await answerer.page.locator("#answer-body").fill("Theo **Điều 70** Bộ luật Hình sự, người được hưởng án treo đương nhiên được xóa án tích sau **01 năm** kể từ khi chấp hành xong thời gian thử thách.");
      await answerer.page.getByRole("button", { name: "Gửi trả lời" }).click();
      await answerer.page.waitForURL(`**/questions/${questionId}`);

      await officer.page.locator("#thread .message--answer strong").first().waitFor();
      await officer.page.locator("#question-head").getByText("Đã trả lời").first().waitFor();
      expect(await officer.page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(43);
      await screenshot(officer.page, `officer-answer-live-${officerDevice}`);

      expect(officer.problems.list).toEqual([]);
      expect(answerer.problems.list).toEqual([]);
    },
    TIMEOUT,
  );
});
