// Issue 15, item 6 in a real chromium: the outgoing member (desktop) writes the hand-over note, keeps
// the default choice of questions, ticks the incoming member and hands over; the incoming member
// (phone, 390 px) finds it pending, acknowledges, holds the questions now, and prints the record.
import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { handoverRecipients, questions } from "../../db/schema.js";
import { PASSWORD } from "../support/app.js";
import { browserDesk, describeBrowser, PHONE, screenshot } from "../support/browser.js";

const TIMEOUT = 90_000;

describeBrowser("a shift hand-over: given, acknowledged, printed", () => {
  let outgoingId = 0;
  let incomingId = 0;
  let asked: number[] = [];
  const env = browserDesk(async (desk) => {
    const officerId = await desk.addUser("canbo", ["officer"], { name: "Trần Văn Bình", unit: "Công an phường Hàng Bông" });
    outgoingId = await desk.addUser("giaidap", ["answerer"], { name: "Nguyễn Văn Minh", rank: "Thiếu tá", specialties: ["xoa-an-tich"] });
    incomingId = await desk.addUser("giaidap2", ["answerer"], { name: "Trần Thị Lan", rank: "Đại úy", specialties: ["ly-lich-tu-phap"] });
    asked = [
      desk.ask(officerId, "xoa-an-tich", "Xóa án tích khi còn nợ án phí", "Người bị kết án còn nợ án phí có được xóa án tích không?"),
      desk.ask(officerId, "xoa-an-tich", "Thời hạn xóa án tích với án phạt tiền", "Án phạt tiền đã nộp xong thì sau bao lâu được xóa án tích?"),
    ];
  });

  const fits = async (page: import("playwright-core").Page) =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

  it(
    "the next shift takes the questions over and says so",
    async () => {
      const giver = await env.signedIn("giaidap", PASSWORD, "desktop");
      await giver.page.goto("/handover");
      for (const id of asked) expect(await giver.page.getByLabel(`Bàn giao câu hỏi #${id}`).isChecked()).toBe(true);
      await giver.page.getByLabel("Nội dung bàn giao").fill("Câu về án phí: đã hẹn gọi lại đồng chí Bình lúc 14 giờ.");
      await giver.page.getByRole("checkbox", { name: "Đại úy Trần Thị Lan" }).check();
      await screenshot(giver.page, "handover-form-desktop");
      await giver.page.getByRole("button", { name: "Bàn giao", exact: true }).click();
      await giver.page.waitForURL(/\/handover\/\d+\?done=given#main$/);
      await giver.page.getByText("Đã bàn giao.").waitFor();
      const recordUrl = new URL(giver.page.url()).pathname;

      const taker = await env.signedIn("giaidap2", PASSWORD, "phone");
      await taker.page.goto("/handover");
      const pending = taker.page.locator("section", { has: taker.page.getByRole("heading", { name: "Bàn giao chờ đồng chí nhận (1)" }) });
      await pending.getByText("Thiếu tá Nguyễn Văn Minh bàn giao 2 câu hỏi").waitFor();
      await fits(taker.page);
      await screenshot(taker.page, "handover-pending-390");
      await pending.getByRole("link", { name: /Biên bản bàn giao #\d+/ }).click();
      await taker.page.waitForURL(`**${recordUrl}`);
      await taker.page.getByText("đã hẹn gọi lại đồng chí Bình lúc 14 giờ").waitFor();
      await fits(taker.page);
      await taker.page.getByRole("button", { name: "Đã nhận bàn giao" }).click();
      await taker.page.waitForURL(`**${recordUrl}?done=acknowledged`);
      await taker.page.getByText("Đồng chí đã xác nhận nhận bàn giao.").waitFor();
      expect(await taker.page.getByRole("button", { name: "Đã nhận bàn giao" }).count()).toBe(0);
      await fits(taker.page);
      await screenshot(taker.page, "handover-record-390");

      for (const id of asked) expect(env.desk.db.select().from(questions).where(eq(questions.id, id)).get()!.assigneeId).toBe(incomingId);
      expect(env.desk.db.select().from(handoverRecipients).get()).toMatchObject({ userId: incomingId });
      expect(env.desk.db.select().from(handoverRecipients).get()!.acknowledgedAt).not.toBeNull();
      // Now holding them, the incoming member's own hand-over form fits the phone too.
      await taker.page.goto("/handover");
      for (const id of asked) await taker.page.getByLabel(`Bàn giao câu hỏi #${id}`).waitFor();
      await fits(taker.page);
      await screenshot(taker.page, "handover-form-390");
      await taker.page.goto("/queue");
      await taker.page.getByRole("link", { name: /Xóa án tích khi còn nợ án phí/ }).waitFor();

      await taker.page.goto(`${recordUrl}/print`);
      await taker.page.getByRole("heading", { name: /BIÊN BẢN/ }).waitFor();
      await taker.page.getByText(/đã nhận bàn giao lúc/).waitFor();
      await fits(taker.page);
      await taker.page.emulateMedia({ media: "print" });
      expect(await taker.page.locator(".report-tools").isVisible()).toBe(false);
      await screenshot(taker.page, "handover-print-390");
      expect(giver.problems.list).toEqual([]);
      expect(taker.problems.list).toEqual([]);
      expect(outgoingId).toBeGreaterThan(0);
    },
    TIMEOUT,
  );
});
