// The header bell, the notifications page and marking all read; each person sees only their own.
import { and, eq, isNull } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { categories, notifications } from "../../db/schema.js";
import { notify } from "../../src/services/notifications.js";
import { createTestDesk, idFromLocation, type Session, type TestDesk } from "../support/app.js";

let desk: TestDesk;
let officer: Session;
let answerer: Session;
let officerId: number;
let answererId: number;

beforeEach(async () => {
  desk = createTestDesk(); // Tuesday 24/11/2026 09:00 Hà Nội
  officerId = await desk.addUser("canbo", ["officer"]);
  answererId = await desk.addUser("giaidap", ["answerer"], { specialties: ["ly-lich-tu-phap"] });
  officer = await desk.login("canbo");
  answerer = await desk.login("giaidap");
});
afterEach(() => desk.close());

// Asking routes the question to the specialist, which notifies them ("assigned").
async function ask(title: string) {
  const category = desk.db.select().from(categories).where(eq(categories.code, "ly-lich-tu-phap")).get()!.id;
  const res = await officer.post("/questions", { title, body: "Nội dung câu hỏi đủ dài để gửi.", category: String(category) });
  expect(res.status).toBe(303);
  return idFromLocation(res);
}

const unreadOf = (userId: number) =>
  desk.db.select().from(notifications).where(and(eq(notifications.userId, userId), isNull(notifications.readAt))).all();

async function bell(s: Session): Promise<string> {
  const res = await s.get("/notifications/bell", { headers: { "HX-Request": "true" } });
  expect(res.status).toBe(200);
  return res.text();
}

describe("the bell", () => {
  it("shows the unread count and links to the notifications page", async () => {
    expect(await bell(answerer)).toContain('aria-label="Thông báo 0 chưa đọc"');
    await ask("Cấp Phiếu LLTP số 2 cho người đang chấp hành án?");
    desk.db.transaction((tx) => notify(tx, { userId: answererId, kind: "due_soon", questionId: null, at: desk.now.value }));
    const html = await bell(answerer);
    expect(html).toContain('aria-label="Thông báo 2 chưa đọc"');
    expect(html).toContain('href="/notifications"');
    expect(html).toMatch(/^<a /); // the link alone, swapped into the header's slot
  });

  it("sits in the header of every signed-in page, wired to the event stream", async () => {
    const html = await (await answerer.get("/queue")).text();
    expect(html).toContain('<body hx-ext="sse" sse-connect="/events">');
    expect(html).toContain('<script src="/static/vendor/htmx-sse.js" defer="">');
    expect(html).toContain(
      '<span id="notification-bell" class="bell-slot" hx-get="/notifications/bell" hx-trigger="sse:ready, sse:notifications" hx-swap="innerHTML">',
    );
    const login = await (await desk.app.request("/login")).text();
    expect(login).not.toContain("sse-connect");
    expect(login).not.toContain("notification-bell");
  });
});

describe("the notifications page", () => {
  it("lists the newest first in Vietnamese, with the question's title, a link to it, and unread marked", async () => {
    const first = await ask("Cấp Phiếu LLTP số 2 cho người đang chấp hành án?");
    desk.now.value = new Date(desk.now.value.getTime() + 90 * 60_000); // 10:30
    const second = await ask("Thời hạn xóa án tích đối với án treo?");
    desk.db.transaction((tx) => notify(tx, { userId: answererId, kind: "overdue", questionId: first, at: desk.now.value }));

    const res = await answerer.get("/notifications");
    expect(res.status).toBe(200);
    const html = await res.text();
    const texts = [
      `Câu hỏi #${first} đã quá hạn trả lời`,
      `Câu hỏi #${second} được giao cho đồng chí`,
      `Câu hỏi #${first} được giao cho đồng chí`,
    ];
    const positions = texts.map((t) => html.indexOf(t));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions); // newest first; same time → latest id first
    expect(html).toContain(`<a href="/questions/${first}">Câu hỏi #${first} đã quá hạn trả lời</a>`);
    expect(html).toContain("Thời hạn xóa án tích đối với án treo?");
    expect(html).toContain("10:30, thứ Ba 24/11/2026");
    expect(html.match(/notification--unread/g)).toHaveLength(3);
    expect(html).toContain("Đánh dấu tất cả đã đọc");
  });

  it("words every kind of notification", async () => {
    const id = await ask("Cấp Phiếu LLTP số 2 cho người đang chấp hành án?");
    for (const kind of ["answered", "clarification_requested", "reply_received", "due_soon", "reopened"] as const) {
      desk.db.transaction((tx) => notify(tx, { userId: answererId, kind, questionId: id, at: desk.now.value }));
    }
    const html = await (await answerer.get("/notifications")).text();
    for (const text of [
      `Câu hỏi #${id} đã có trả lời`,
      `Tổ giải đáp đề nghị bổ sung thông tin cho câu hỏi #${id}`,
      `Người hỏi đã bổ sung thông tin cho câu hỏi #${id}`,
      `Câu hỏi #${id} sắp đến hạn trả lời`,
      `Câu hỏi #${id} được mở lại`,
    ]) {
      expect(html).toContain(text);
    }
  });

  it("says so when there is nothing", async () => {
    const html = await (await officer.get("/notifications")).text();
    expect(html).toContain("Chưa có thông báo nào.");
    expect(html).not.toContain("Đánh dấu tất cả đã đọc");
  });

  it("never shows another person's notifications", async () => {
    const id = await ask("Cấp Phiếu LLTP số 2 cho người đang chấp hành án?");
    expect(unreadOf(answererId)).toHaveLength(1);
    const html = await (await officer.get("/notifications")).text();
    expect(html).not.toContain(`Câu hỏi #${id} được giao cho đồng chí`);
    expect(await bell(officer)).toContain("Thông báo 0 chưa đọc");
    // Marking read only touches one's own.
    await officer.post("/notifications/read");
    expect(unreadOf(answererId)).toHaveLength(1);
  });
});

describe("POST /notifications/read", () => {
  it("marks all of one's notifications read, stamped with the time, and goes back to the page", async () => {
    await ask("Cấp Phiếu LLTP số 2 cho người đang chấp hành án?");
    await ask("Thời hạn xóa án tích đối với án treo?");
    desk.db.transaction((tx) => notify(tx, { userId: officerId, kind: "answered", at: desk.now.value }));
    expect(unreadOf(answererId)).toHaveLength(2);

    const res = await answerer.post("/notifications/read");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/notifications");
    expect(unreadOf(answererId)).toHaveLength(0);
    const rows = desk.db.select().from(notifications).where(eq(notifications.userId, answererId)).all();
    expect(rows.map((r) => r.readAt?.getTime())).toEqual([desk.now.value.getTime(), desk.now.value.getTime()]);
    expect(unreadOf(officerId)).toHaveLength(1);

    expect(await bell(answerer)).toContain("Thông báo 0 chưa đọc");
    const html = await (await answerer.get("/notifications")).text();
    expect(html).not.toContain("notification--unread");
  });

  it("answers an htmx request with the refreshed bell", async () => {
    await ask("Cấp Phiếu LLTP số 2 cho người đang chấp hành án?");
    const res = await answerer.post("/notifications/read", {}, { headers: { "HX-Request": "true" } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('aria-label="Thông báo 0 chưa đọc"');
    expect(html).not.toContain("<html");
  });

  it("refuses a cross-site post", async () => {
    await ask("Cấp Phiếu LLTP số 2 cho người đang chấp hành án?");
    const res = await answerer.post("/notifications/read", {}, { headers: { origin: "https://evil.example" } });
    expect(res.status).toBe(403);
    expect(unreadOf(answererId)).toHaveLength(1);
  });
});
