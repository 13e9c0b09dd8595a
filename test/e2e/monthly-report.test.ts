// Issuing the monthly report in a real chromium (issue 15, item 12): the steering board opens
// November, fills in the number, signatory and assessment, saves a draft, issues, finds the report
// in the issued list and prints it (print media, A4); on a 390 px phone neither the form nor the
// issued report is wider than the screen. No console error, CSP refusal or failed request allowed.
import { expect, it, onTestFailed } from "vitest";
import { answerQuestion } from "../../src/services/question-thread.js";
import { rolesOf } from "../../src/services/users.js";
import { PASSWORD } from "../support/app.js";
import { browserDesk, describeBrowser, PHONE, screenshot } from "../support/browser.js";

const TIMEOUT = 90_000;

describeBrowser("issuing the monthly report, in a real browser", () => {
  const env = browserDesk(async (desk) => {
    await desk.addUser("chihuy", ["steering"], { name: "Trần Văn Bình", rank: "Thượng tá" });
    const officer = await desk.addUser("canbo", ["officer"], { unit: "Công an phường Hàng Bông" });
    const answerer = await desk.addUser("giaidap", ["answerer"], { name: "Nguyễn Văn Minh" });
    const id = desk.ask(officer, "ly-lich-tu-phap", "Cấp Phiếu lý lịch tư pháp số 2 cho người đã xóa án tích", "Nội dung câu hỏi đủ dài.");
    desk.ask(officer, "xoa-an-tich", "Thời hạn xóa án tích đương nhiên", "Nội dung câu hỏi đủ dài.");
    answerQuestion(desk.db, { id: answerer, roles: rolesOf(desk.db, answerer) }, id, "Theo Điều 46 Luật Lý lịch tư pháp.", new Date(desk.now.value.getTime() + 3600_000));
    desk.now.value = new Date("2026-12-01T02:00:00Z"); // Tue 01/12/2026 09:00: the report is drawn up
  });

  it(
    "the steering board fills in, saves a draft, issues, finds it in the list and prints it; a phone fits",
    async () => {
      const { page: d, problems } = await env.signedIn("chihuy", PASSWORD, "desktop");
      onTestFailed(async () => {
        await screenshot(d, "FAILED-monthly-report").catch(() => {});
      });

      // — Open November from the reports page and the month picker.
      await d.goto("/reports");
      await Promise.all([d.waitForURL(/\/reports\/monthly$/), d.getByRole("link", { name: "Báo cáo tháng (bản in theo mẫu hành chính)" }).click()]);
      await d.getByLabel("Tháng", { exact: true }).fill("2026-11");
      await Promise.all([d.waitForURL(/month=2026-11/), d.getByRole("button", { name: "Xem" }).click()]);
      await d.getByText("Kết quả tiếp nhận, giải đáp nghiệp vụ hồ sơ tháng 11/2026").waitFor();
      expect(await d.getByLabel("Số báo cáo").inputValue()).toBe("1/BC-HSNV");

      // — Fill in who signs and what the board says; save a draft first.
      await d.getByLabel("Thẩm quyền ký (nếu ký thay)").fill("KT. Trưởng phòng");
      await d.getByLabel("Chức vụ").fill("Phó Trưởng phòng");
      await d.getByLabel("Cấp bậc").fill("Thượng tá");
      await d.getByLabel("Họ và tên").fill("Trần Văn Bình");
      await d.getByLabel("Phương hướng, nhiệm vụ thời gian tới").fill("Tiếp tục trực đường dây nóng trong giờ hành chính.\nRà soát các mục hỏi – đáp về xóa án tích.");
      await Promise.all([d.waitForURL(/saved=1/), d.getByRole("button", { name: "Lưu bản nháp" }).click()]);
      await d.getByText("Đã lưu bản nháp.").waitFor();
      expect(await d.getByLabel("Họ và tên").inputValue()).toBe("Trần Văn Bình");
      await screenshot(d, "monthly-report-form-desktop");

      // — Issue it (the confirmation box first).
      await d.getByLabel(/Tôi đã kiểm tra; ban hành báo cáo này/).check();
      await Promise.all([d.waitForURL(/\/reports\/monthly\/issued\/\d+\?issued=1$/), d.getByRole("button", { name: "Ban hành" }).click()]);
      await d.getByText("Đã ban hành Báo cáo số 1/BC-HSNV.").waitFor();
      const issuedUrl = d.url().replace("?issued=1", "");

      // — The issued list, and the report opened from it.
      await Promise.all([d.waitForURL(/\/reports\/monthly\/issued$/), d.getByRole("link", { name: "← Báo cáo đã ban hành" }).click()]);
      const row = d.locator("#issued-reports tbody tr").first();
      await expect(row.innerText()).resolves.toMatch(/Tháng 11\/2026[\s\S]*1\/BC-HSNV[\s\S]*01\/12\/2026[\s\S]*Trần Văn Bình[\s\S]*Đang có hiệu lực/);
      await Promise.all([d.waitForURL(issuedUrl), row.getByRole("link", { name: "Tháng 11/2026" }).click()]);

      // — The print view: no tools, the number, the signature block, one A4 page width.
      await d.emulateMedia({ media: "print" });
      expect(await d.locator(".report-tools").isVisible()).toBe(false);
      expect(await d.locator(".report-status").isVisible()).toBe(false);
      await expect(d.locator(".report__number").innerText()).resolves.toBe("Số: 1/BC-HSNV");
      await expect(d.locator(".report__signature").innerText()).resolves.toMatch(/KT\. TRƯỞNG PHÒNG\s+PHÓ TRƯỞNG PHÒNG\s+Thượng tá Trần Văn Bình/);
      expect(await d.locator(".report__draft-mark").count()).toBe(0);
      await d.evaluate(() => document.fonts.ready);
      await screenshot(d, "monthly-report-issued-print");
      await d.emulateMedia({ media: "screen" });

      // — A phone: the form page and the issued report fit 390 px.
      const { page: p, problems: phoneProblems } = await env.signedIn("chihuy", PASSWORD, "phone");
      for (const [path, name] of [
        ["/reports/monthly?month=2026-12", "monthly-report-form-phone"],
        [new URL(issuedUrl).pathname, "monthly-report-issued-phone"],
        ["/reports/monthly/issued", "monthly-report-list-phone"],
      ] as const) {
        await p.goto(path);
        await p.locator("main").waitFor();
        expect(await p.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(PHONE.width);
        await screenshot(p, name);
      }

      expect(problems.list).toEqual([]);
      expect(phoneProblems.list).toEqual([]);
    },
    TIMEOUT,
  );
});
