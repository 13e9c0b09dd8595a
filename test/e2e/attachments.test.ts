// An officer on a phone photographs a document and asks; the photo shows as a thumbnail on the
// question page and opens in full. The desktop answerer drops a form template onto the answer box.
// No console errors or CSP violations (the thumbnail is served under the attachment policy).
import { expect, it, onTestFailed } from "vitest";
import { PASSWORD } from "../support/app.js";
import { files } from "../support/files.js";
import { browserDesk, describeBrowser, screenshot, signIn } from "../support/browser.js";

const TIMEOUT = 60_000;

describeBrowser("attachments in a real browser", () => {
  const env = browserDesk(async (desk) => {
    await desk.addUser("canbo", ["officer"], { name: "Trần Thị Lan", unit: "Công an phường Hàng Bông" });
    await desk.addUser("giaidap", ["answerer"], { name: "Nguyễn Văn Minh", specialties: ["ly-lich-tu-phap"] });
  });

  it(
    "officer uploads a photo from a phone-width page; the answerer drops a template on the desktop",
    async () => {
      const officer = await env.open("phone");
      onTestFailed(async () => {
        await screenshot(officer.page, "FAILED-attachments-officer").catch(() => {});
      });
      const o = officer.page;
      await signIn(o, "canbo", PASSWORD);
      await o.goto(`${env.server.url}/questions/new`);
      await o.locator("#title").fill("Biên bản chụp bằng điện thoại có dùng được không?");
      await o.locator("#category").selectOption({ label: "Lý lịch tư pháp" });
      await o.locator("#body").fill("Đơn vị chụp biên bản xác minh bằng điện thoại, gửi kèm ảnh để Tổ giải đáp xem giúp.");
      // The phone's camera input (capture) adds its photo to the chosen files.
      await o.locator("#attachments-camera").setInputFiles({ name: "biên bản.jpg", mimeType: "image/jpeg", buffer: await files.jpeg() });
      await o.locator("#attachments").setInputFiles([{ name: "tờ khai.pdf", mimeType: "application/pdf", buffer: await files.pdf() }]);
      await o.locator("#attachments-camera").setInputFiles({ name: "trang 2.png", mimeType: "image/png", buffer: await files.png("#1d6b3a") });
      await o.locator(".dropzone__files li").nth(1).waitFor();
      await o.locator(".dropzone__files li").nth(2).waitFor();
      // Chosen in three goes (camera, picker, camera): all three are kept and listed.
      expect(await o.locator(".dropzone__files li").allTextContents()).toEqual([
        expect.stringContaining("biên bản.jpg"),
        expect.stringContaining("tờ khai.pdf"),
        expect.stringContaining("trang 2.png"),
      ]);
      await screenshot(o, "officer-attach-phone");
      await Promise.all([o.waitForURL(/\/questions\/\d+$/), o.getByRole("button", { name: "Gửi câu hỏi" }).click()]);
      const thumbs = o.locator(".question__body .attachments__images img");
      await thumbs.first().waitFor();
      expect(await thumbs.count()).toBe(2);
      // The thumbnail really loaded (decoded by the browser), not a broken image.
      await expect.poll(() => thumbs.first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
      expect(await o.locator(".question__body .attachments__files").textContent()).toContain("tờ khai.pdf");
      await screenshot(o, "officer-question-attachments-phone");
      const questionPath = new URL(o.url()).pathname;

      const answerer = await env.open("desktop");
      const a = answerer.page;
      await signIn(a, "giaidap", PASSWORD);
      await a.goto(`${env.server.url}${questionPath}`);
      await a.locator("#answer-body").fill("Ảnh chụp dùng được để tham khảo; hồ sơ cần bản chính theo **mẫu đính kèm**.");
      // Drag and drop: a DataTransfer with the file, dropped on the answer form's zone.
      const template = (await files.docx()).toString("base64");
      await a.locator("#answer-files-zone").evaluate((zone, b64) => {
        const bytes = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
        const dt = new DataTransfer();
        dt.items.add(new File([bytes], "Mẫu 03.docx"));
        zone.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
      }, template);
      await a.locator("#answer-files-zone .dropzone__files li").first().waitFor();
      await Promise.all([
        a.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === `${questionPath}/answers`),
        a.getByRole("button", { name: "Gửi trả lời" }).click(),
      ]);
      await a.locator(".message--answer .attachments__files").getByText("Mẫu 03.docx").waitFor();
      await screenshot(a, "answerer-attachment-desktop");

      expect(officer.problems.list).toEqual([]);
      expect(answerer.problems.list).toEqual([]);
    },
    TIMEOUT,
  );
});
