// One journey in a real chromium: an officer asks on a phone, an answerer answers on a desktop with
// the htmx live preview, the officer reads the answer. Every page must load without console errors
// or CSP violations, which proves htmx and all assets work under the strict Content-Security-Policy.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { expect, it, onTestFailed } from "vitest";
import type { Page } from "playwright-core";
import { PASSWORD } from "../support/app.js";
import { BOTH_WAYS, browserDesk, describeBrowser, screenshot, SCREENSHOT_DIR, signIn } from "../support/browser.js";

const TIMEOUT = 60_000;

for (const { officerDevice, answererDevice } of BOTH_WAYS) describeBrowser(`ask → answer → read, in a real browser (officer: ${officerDevice}, answerer: ${answererDevice})`, () => {
  const env = browserDesk(async (desk) => {
    // Failure shots from an earlier run would be mistaken for this one's.
    for (const f of ["FAILED-officer.png", "FAILED-answerer.png"]) rmSync(join(SCREENSHOT_DIR, f), { force: true });
    await desk.addUser("canbo", ["officer"], { name: "Trần Thị Lan", rank: "Thượng úy", unit: "Công an phường Hàng Bông" });
    await desk.addUser("giaidap", ["answerer"], { name: "Nguyễn Văn Minh", rank: "Thiếu tá", specialties: ["ly-lich-tu-phap"] });
  });

  async function logIn(page: Page, username: string) {
    const res = await signIn(page, username, PASSWORD);
    // The policy the whole journey runs under: no inline script, only our own.
    expect(res?.headers()["content-security-policy"]).toContain("script-src 'self'");
  }

  it(
    `officer asks (${officerDevice}), answerer answers with live preview (${answererDevice}), officer reads the answer`,
    async () => {
      const officer = await env.open(officerDevice);
      const answerer = await env.open(answererDevice);
      onTestFailed(async () => {
        await screenshot(officer.page, "FAILED-officer").catch(() => {});
        await screenshot(answerer.page, "FAILED-answerer").catch(() => {});
      });

      // — Officer asks, on the phone.
      const o = officer.page;
      await logIn(o, "canbo");
      expect(new URL(o.url()).pathname).toBe("/questions");
      await Promise.all([o.waitForURL("**/questions/new"), o.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Đặt câu hỏi" }).click()]);
      const title = "Cấp Phiếu LLTP số 2 cho người đang chấp hành án?";
      await o.locator("#title").fill(title);
      await o.locator("#category").selectOption({ label: "Lý lịch tư pháp" });
      await o
        .locator("#body")
        .fill("Công dân đang chấp hành án phạt tù đề nghị cấp Phiếu LLTP số 2.\n\nĐơn vị có được tiếp nhận hồ sơ không?");
      await screenshot(o, `officer-ask-${officerDevice}`);
      await Promise.all([o.waitForURL(/\/questions\/\d+$/), o.getByRole("button", { name: "Gửi câu hỏi" }).click()]);
      const questionPath = new URL(o.url()).pathname;
      const header = o.locator(".question__header");
      await header.getByText(title).waitFor();
      expect(await header.locator(".badge--status-assigned").textContent()).toBe("Đang xử lý");
      expect(await header.locator(".question__deadline").textContent()).toContain("còn 24 giờ làm việc");

      // — Answerer finds it in the queue and answers, on the desktop.
      const a = answerer.page;
      await logIn(a, "giaidap");
      expect(new URL(a.url()).pathname).toBe("/queue");
      const link = a.locator(`a[href="${questionPath}"]`);
      expect(await link.textContent()).toContain(title);
      await Promise.all([a.waitForURL(`**${questionPath}`), link.click()]);
      const box = a.locator("#answer-body");
      await box.click();
      await box.pressSequentially("**Không** được cấp trong trường hợp này.\n\nCăn cứ:\n\n- Luật LLTP 2009, Điều 45\n- Thông tư 13/2011", {
        delay: 5,
      });
      // The preview comes from POST /preview through htmx: only possible if htmx.min.js ran.
      const preview = a.locator("#answer-preview");
      await preview.locator("strong").filter({ hasText: "Không" }).waitFor();
      await preview.locator("li").nth(1).waitFor();
      expect(await preview.locator("li").allTextContents()).toEqual(["Luật LLTP 2009, Điều 45", "Thông tư 13/2011"]);
      await screenshot(a, `answerer-question-${answererDevice}`);
      const [posted] = await Promise.all([
        a.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === `${questionPath}/answers`),
        a.getByRole("button", { name: "Gửi trả lời" }).click(),
      ]);
      expect(posted.status()).toBe(303);
      await a.locator(".message--answer strong").filter({ hasText: "Không" }).waitFor();

      // — Officer reloads and reads the answer, on the phone.
      await o.reload();
      const answer = o.locator(".message--answer");
      await answer.locator("strong").filter({ hasText: "Không" }).waitFor();
      expect(await answer.locator("li").count()).toBe(2);
      expect(await header.locator(".badge--status-answered").textContent()).toBe("Đã trả lời");
      await screenshot(o, `officer-answer-${officerDevice}`);

      // — Nothing went wrong in either browser: no console errors, CSP refusals, failed loads.
      expect(officer.problems.list).toEqual([]);
      expect(answerer.problems.list).toEqual([]);
    },
    TIMEOUT,
  );
});
