// Issue 15, item 1 in a real chromium at phone width (375 px): the answerer on duty logs a call from
// someone without an account, answers it, and marks the call-back done from the queue.
import { expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { callBacks, questions } from "../../db/schema.js";
import { PASSWORD } from "../support/app.js";
import { browserDesk, describeBrowser, screenshot } from "../support/browser.js";

const TIMEOUT = 60_000;
const WIDTH = 375;

describeBrowser("a call without an account: logged, answered, called back (phone, 375 px)", () => {
  let answererId = 0;
  const env = browserDesk(async (desk) => {
    answererId = await desk.addUser("giaidap", ["answerer"], { name: "Nguyễn Văn Minh", rank: "Thiếu tá" });
    await desk.addUser("canbo", ["officer"], { name: "Trần Thị Lan", unit: "Công an phường Hàng Bông" });
  });

  // The page fits the phone: nothing wider than the screen, so nothing scrolls sideways.
  const fits = async (page: import("playwright-core").Page) => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);

  it(
    "the call becomes a question, its answer a call-back, and 'Đã gọi lại' records it",
    async () => {
      const { page, problems } = await env.signedIn("giaidap", PASSWORD, "phone");
      await page.setViewportSize({ width: WIDTH, height: 812 });
      await page.goto("/calls/new");

      // Searching the accounts (htmx, as one types) finds nobody: the caller has no account.
      await page.locator("#caller_q").fill("Phạm Văn Đức");
      await page.getByText("Không có tài khoản cán bộ nào khớp với “Phạm Văn Đức”.").waitFor();
      await page.locator("#caller").fill("Phạm Văn Đức");
      await page.locator("#caller_rank").fill("Trung úy");
      await page.locator("#unit").fill("Công an xã Tân Phú");
      await page.locator("#caller_phone").fill("0912 345 678");
      await page.locator("#duration").fill("6");
      await page.locator("#category").selectOption({ label: "Lý lịch tư pháp" });
      await page.locator("#title").fill("Phiếu lý lịch tư pháp số 2 có ủy quyền được không");
      await page.locator("#body").fill("Công dân hỏi có được ủy quyền cho người khác nộp hồ sơ xin Phiếu số 2 không.");
      // The call's length is for the phone only; the document number for the written channels.
      expect(await page.locator("#channel_ref").isVisible()).toBe(false);
      await fits(page);
      await screenshot(page, "call-form-no-account-375");
      await page.getByRole("button", { name: "Chuyển thành câu hỏi (hạn 24 giờ làm việc)" }).click();
      await page.getByRole("status").getByText("Đã ghi nhận thành").waitFor();
      const q = env.desk.db.select().from(questions).get()!;
      expect(q).toMatchObject({ askerId: null, callerName: "Phạm Văn Đức", callerPhone: "0912 345 678", callMinutes: 6, channel: "phone" });

      await page.getByRole("link", { name: `câu hỏi #${q.id}` }).click();
      await page.waitForURL(`**/questions/${q.id}`);
      await page.locator("#question-head").getByText("(không có tài khoản)").waitFor();
      expect(await page.getByText("Rút câu hỏi").count()).toBe(0);
      await page.locator("#answer-body").fill("Không được ủy quyền: người xin Phiếu số 2 phải trực tiếp làm thủ tục (Điều 46 Luật Lý lịch tư pháp).");
      await page.getByRole("button", { name: "Gửi trả lời" }).click();
      await page.waitForURL(`**/questions/${q.id}`);
      await page.locator("#question-head").getByText("Cần gọi lại báo kết quả").waitFor();
      await fits(page);

      await page.goto("/queue");
      const section = page.locator(".queue-callbacks");
      await section.getByRole("heading", { name: "Cần gọi lại (1)" }).waitFor();
      await section.getByRole("link", { name: "0912 345 678" }).waitFor();
      await fits(page);
      await screenshot(page, "queue-call-back-375");
      await section.getByLabel("Ghi chú cuộc gọi lại (không bắt buộc)").fill("Đồng chí Đức đã nắm");
      await section.getByRole("button", { name: "Đã gọi lại" }).click();
      await page.waitForURL("**/queue");
      await page.locator(".queue-callbacks").waitFor({ state: "detached" });

      const cb = env.desk.db.select().from(callBacks).where(eq(callBacks.questionId, q.id)).get()!;
      expect(cb).toMatchObject({ doneBy: answererId, note: "Đồng chí Đức đã nắm" });
      expect(cb.doneAt).not.toBeNull();

      await page.goto("/callbacks");
      await page.getByRole("heading", { name: "Cần gọi lại (0)" }).waitFor();
      await page.locator(".callbacks-recent").getByText("Nguyễn Văn Minh · “Đồng chí Đức đã nắm”").waitFor();
      await fits(page);
      await screenshot(page, "call-backs-done-375");
      expect(problems.list).toEqual([]);
    },
    TIMEOUT,
  );
});
