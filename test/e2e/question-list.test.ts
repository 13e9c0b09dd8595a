// The question list in a real chromium: typing and ticking refresh only the results through htmx,
// the address bar follows (a shareable URL), Back restores the previous list, and nothing breaks
// the Content-Security-Policy.
import { expect, it, onTestFailed } from "vitest";
import { PASSWORD } from "../support/app.js";
import { browserDesk, describeBrowser, screenshot } from "../support/browser.js";

describeBrowser("the question list with htmx", () => {
  const env = browserDesk(async (desk) => {
    const officer = await desk.addUser("canbo", ["officer"], { unit: "Công an phường Hàng Bông" });
    await desk.addUser("giaidap", ["answerer"], { specialties: ["xoa-an-tich", "ly-lich-tu-phap"] });
    desk.ask(officer, "xoa-an-tich", "Thời hạn xóa án tích đối với án treo", "Đồng chí cho hỏi trường hợp cụ thể.");
    desk.ask(officer, "xoa-an-tich", "Xóa án tích cho người bị phạt tiền", "Đồng chí cho hỏi trường hợp cụ thể.");
    desk.ask(officer, "ly-lich-tu-phap", "Phiếu lý lịch tư pháp cho người nước ngoài", "Đồng chí cho hỏi trường hợp cụ thể.");
  });

  it("filters as the answerer types, keeps the URL in step, and goes back", async () => {
    const { page, problems } = await env.signedIn("giaidap", PASSWORD, "desktop");
    onTestFailed(async () => {
      await screenshot(page, "FAILED-question-list").catch(() => {});
    });
    await page.goto("/questions");
    const count = page.locator(".results-count");
    await expect.poll(() => count.textContent()).toBe("3 câu hỏi");
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true)); // gone if the page reloads

    await page.locator("#f-q").pressSequentially("xoa an tich", { delay: 20 });
    await expect.poll(() => count.textContent()).toBe("2 câu hỏi");
    await expect.poll(() => new URL(page.url()).search).toBe("?q=xoa+an+tich");

    // The other filters fold away until asked for (on a phone the list should fill the screen).
    expect(await page.getByLabel("Đã trả lời").isVisible()).toBe(false);
    await page.getByText("Lọc theo trạng thái, lĩnh vực, thời gian").click();
    await page.getByLabel("Đã trả lời").check();
    await expect.poll(() => count.textContent()).toBe("0 câu hỏi");
    expect(new URL(page.url()).search).toBe("?q=xoa+an+tich&status=answered");
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true); // only the results were swapped

    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe("?q=xoa+an+tich");
    await expect.poll(() => count.textContent()).toBe("2 câu hỏi");
    // The form says what the list shows: the server rendered the restored page from its URL.
    expect(await page.locator("#f-q").inputValue()).toBe("xoa an tich");
    expect(await page.getByLabel("Đã trả lời").isChecked()).toBe(false);
    await screenshot(page, "question-list-desktop");
    expect(problems.list).toEqual([]);
  }, 60_000);
});
