// The asker's feedback (issue 15, item 4): the rating comment and the reopen reason are shown in the
// question's thread to the asker and the team, listed on the dashboard for the period, and each
// answerer reads the ratings given on their own answers (GET /ratings).
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { categories } from "../../db/schema.js";
import { answerQuestion } from "../../src/services/question-thread.js";
import { rateQuestion } from "../../src/services/question-closure.js";
import { currentUser } from "../../src/services/users.js";
import { dateTime } from "../../views/format.js";
import { createTestDesk, idFromLocation, type Session, type TestDesk } from "../support/app.js";

let desk: TestDesk;
let officer: Session;
let minh: Session; // answerer, Thiếu tá Nguyễn Văn Minh
let lan: Session; // answerer, Đại úy Trần Thị Lan
let lead: Session;
let steering: Session;
let minhId: number;
let lanId: number;
let hungId: number;
let askerId: number;
let category: string;

// Q1 (November): Minh answers, rated 2/5 with a comment, then reopened with a reason; Lan answers again.
// Q2 (October): Lan answers, rated 1/5, reopened.
// Q3 (November): Lan answers, rated 4/5.
// Q4 (November): Minh answers, rated 1/5, then the asker changes it to 3/5.
let q1: number;
let q2: number;
let q3: number;
let q4: number;
let q1RatedAt: Date;
let q1ReopenedAt: Date;

const COMMENT = "Trả lời chưa nêu căn cứ <b>Điều 70</b>.\nĐề nghị bổ sung.";
const COMMENT_HTML = "Trả lời chưa nêu căn cứ &lt;b&gt;Điều 70&lt;/b&gt;.\nĐề nghị bổ sung.";
const REASON = "Trường hợp của tôi là án treo, không phải án phạt tù.\nXin xem lại.";

const at = (iso: string) => (desk.now.value = new Date(iso));
const page = async (s: Session, path: string) => {
  const res = await s.get(path);
  expect(res.status).toBe(200);
  return res.text();
};
// The thread's feedback articles (ratings and reopenings), in page order.
const feedbackArticles = (html: string) => html.match(/<article class="message message--(rating|reopen)"[\s\S]*?<\/article>/g) ?? [];
const section = (html: string, id: string) => new RegExp(`<(section|div|ol)[^>]* id="${id}"[\\s\\S]*?</\\1>`).exec(html)?.[0] ?? "";

async function ask(title: string) {
  return idFromLocation(await officer.post("/questions", { title, body: "Nội dung câu hỏi đủ dài để gửi.", category }));
}

beforeAll(async () => {
  desk = createTestDesk(new Date("2026-10-20T02:00:00Z")); // Tue 20/10/2026 09:00 Hà Nội
  askerId = await desk.addUser("canbo", ["officer"], { name: "Lê Văn Tám", rank: "Trung úy", unit: "Công an phường Hàng Bông" });
  minhId = await desk.addUser("minh", ["answerer"], { name: "Nguyễn Văn Minh", rank: "Thiếu tá" });
  lanId = await desk.addUser("lan", ["answerer"], { name: "Trần Thị Lan", rank: "Đại úy" });
  hungId = await desk.addUser("hung", ["answerer"], { name: "Phạm Quốc Hùng" });
  await desk.addUser("totruong", ["lead"]);
  await desk.addUser("chihuy", ["steering"]);
  await desk.addUser("covan", ["advisor"]);
  officer = await desk.login("canbo");
  minh = await desk.login("minh");
  lan = await desk.login("lan");
  category = String(desk.db.select().from(categories).where(eq(categories.code, "xoa-an-tich")).get()!.id);

  q2 = await ask("Câu hỏi tháng Mười về lý lịch tư pháp");
  at("2026-10-20T03:00:00Z");
  await lan.post(`/questions/${q2}/answers`, { body: "Trả lời tháng Mười." });
  at("2026-10-21T03:00:00Z");
  await officer.post(`/questions/${q2}/rate`, { score: "1", comment: "Nhận xét tháng Mười" });
  await officer.post(`/questions/${q2}/reopen`, { reason: "Lý do mở lại tháng Mười" });

  at("2026-11-16T02:00:00Z"); // Mon 16/11 09:00
  q1 = await ask("Thời hạn xóa án tích với án treo");
  q3 = await ask("Cấp Phiếu lý lịch tư pháp số 2");
  q4 = await ask("Hồ sơ đề nghị xóa án tích");
  at("2026-11-16T04:00:00Z");
  await minh.post(`/questions/${q1}/answers`, { body: "Theo Điều 70 Bộ luật Hình sự." });
  await lan.post(`/questions/${q3}/answers`, { body: "Theo Luật Lý lịch tư pháp." });
  await minh.post(`/questions/${q4}/answers`, { body: "Hồ sơ gồm đơn và bản án." });
  q1RatedAt = at("2026-11-17T03:00:00Z"); // Tue 17/11 10:00
  expect((await officer.post(`/questions/${q1}/rate`, { score: "2", comment: COMMENT })).status).toBe(303);
  await officer.post(`/questions/${q3}/rate`, { score: "4", comment: "Rõ ràng, đầy đủ" });
  await officer.post(`/questions/${q4}/rate`, { score: "1", comment: "Nhận xét đã thay" });
  q1ReopenedAt = at("2026-11-17T08:30:00Z"); // Tue 17/11 15:30
  expect((await officer.post(`/questions/${q1}/reopen`, { reason: REASON })).status).toBe(303);
  at("2026-11-18T02:00:00Z");
  await lan.post(`/questions/${q1}/answers`, { body: "Xin trả lời lại: với án treo, thời hạn là 1 năm." });
  await officer.post(`/questions/${q4}/rate`, { score: "3", comment: "Đã hiểu sau khi gọi điện" });

  // September: 22 low ratings on Hùng's answers, for the dashboard's bound and the ratings pager.
  const hung = currentUser(desk.db, hungId)!;
  const asker = currentUser(desk.db, askerId)!;
  for (let i = 1; i <= 22; i++) {
    at(`2026-09-${String(i).padStart(2, "0")}T02:00:00Z`);
    const id = desk.ask(asker.id, "xoa-an-tich", `Câu hỏi tháng Chín số ${i}`, "Nội dung câu hỏi đủ dài để gửi.");
    answerQuestion(desk.db, hung, id, "Trả lời ngắn.", desk.now.value);
    rateQuestion(desk.db, asker, id, 1, `Nhận xét tháng Chín số ${i}`, desk.now.value);
  }
  at("2026-11-24T02:00:00Z"); // Tue 24/11 09:00
  // Signed in now: a session left unused for the month above would have expired.
  lead = await desk.login("totruong");
  steering = await desk.login("chihuy");
});
afterAll(() => desk.close());

describe("the question's thread", () => {
  it.each([
    ["the asker", () => officer],
    ["the answerer", () => minh],
    ["a lead", () => lead],
  ])("shows the rating comment and the reopen reason to %s", async (_who, session) => {
    const html = await page(session(), `/questions/${q1}`);
    const [rating, reopen, ...rest] = feedbackArticles(html);
    expect(rest).toEqual([]);
    expect(rating).toContain("Đánh giá 2/5");
    expect(rating).toContain(COMMENT_HTML); // escaped, line break kept for pre-line
    expect(rating).not.toContain("<b>Điều 70</b>");
    expect(rating).toContain(dateTime(q1RatedAt));
    expect(reopen).toContain("Mở lại");
    expect(reopen).toContain(REASON);
    expect(reopen).toContain("Trung úy Lê Văn Tám");
    expect(reopen).toContain(dateTime(q1ReopenedAt));
    // In time order among the messages: Minh's answer, the rating, the reopening, Lan's second answer.
    const order = ["Theo Điều 70 Bộ luật Hình sự.", "Đánh giá 2/5", REASON, "Xin trả lời lại"].map((s) => html.indexOf(s));
    expect(order.every((pos, i) => pos > 0 && (i === 0 || pos > order[i - 1]!))).toBe(true);
  });

  it("marks a rating the asker replaced", async () => {
    const [first, second] = feedbackArticles(await page(officer, `/questions/${q4}`));
    expect(first).toContain("Đánh giá 1/5");
    expect(first).toContain("đã được thay bằng đánh giá sau");
    expect(second).toContain("Đánh giá 3/5");
    expect(second).not.toContain("đã được thay");
  });

  it("says when no reason was given", async () => {
    at("2026-11-24T03:00:00Z");
    expect((await officer.post(`/questions/${q3}/reopen`, { reason: "" })).status).toBe(303);
    const reopen = feedbackArticles(await page(lan, `/questions/${q3}`)).find((a) => a.includes("message--reopen"));
    expect(reopen).toContain("Không nêu lý do");
    at("2026-11-24T02:00:00Z");
  });
});

describe("the dashboard's feedback section", () => {
  it("lists this month's low ratings and reopen reasons, not last month's", async () => {
    const html = await page(steering, "/dashboard");
    const low = section(html, "low-ratings");
    expect(low).toContain(`href="/questions/${q1}"`);
    expect(low).toContain(COMMENT_HTML);
    expect(low).toContain("2/5");
    expect(low).toContain("Thiếu tá Nguyễn Văn Minh");
    expect(low).not.toContain(`href="/questions/${q3}"`); // 4/5 is not low
    expect(low).not.toContain(`href="/questions/${q4}"`); // its 1/5 was replaced by 3/5
    expect(low).not.toContain("Nhận xét tháng Mười");
    const reopens = section(html, "reopen-reasons");
    expect(reopens).toContain(`href="/questions/${q1}"`);
    expect(reopens).toContain(REASON);
    expect(reopens).toContain(dateTime(q1ReopenedAt));
    expect(reopens).not.toContain("Lý do mở lại tháng Mười");
  });

  it("lists last month's for that period", async () => {
    const html = await page(lead, "/dashboard?period=last_month");
    expect(section(html, "low-ratings")).toContain("Nhận xét tháng Mười");
    expect(section(html, "low-ratings")).not.toContain(`href="/questions/${q1}"`);
    expect(section(html, "reopen-reasons")).toContain("Lý do mở lại tháng Mười");
    expect(section(html, "reopen-reasons")).not.toContain(REASON);
  });

  it("shows the newest 20 and counts the rest", async () => {
    const html = await page(steering, "/dashboard?from=2026-09-01&to=2026-09-30");
    const low = section(html, "low-ratings");
    expect(low.match(/<li/g)).toHaveLength(20);
    expect(low.indexOf("Nhận xét tháng Chín số 22")).toBeGreaterThan(0);
    expect(low.indexOf("Nhận xét tháng Chín số 22")).toBeLessThan(low.indexOf("Nhận xét tháng Chín số 21"));
    expect(low).not.toContain("Nhận xét tháng Chín số 2<");
    expect(html).toContain("Còn 2 đánh giá thấp khác trong kỳ");
    expect(section(html, "reopen-reasons")).toBe(""); // none: a sentence says so instead of a list
    expect(html).toContain("Không có câu hỏi nào được mở lại trong kỳ");
  });
});

describe("an answerer's ratings page", () => {
  it("shows Minh only the ratings on his answers, with his average", async () => {
    const html = await page(minh, "/ratings");
    expect(html).toContain(`href="/questions/${q1}"`);
    expect(html).toContain(COMMENT_HTML);
    expect(html).toContain(`href="/questions/${q4}"`);
    expect(html).toContain("Đã hiểu sau khi gọi điện");
    expect(html).not.toContain(`href="/questions/${q3}"`);
    expect(html).not.toContain("Nhận xét tháng Mười");
    // Each question counts once, with its latest rating: (2 + 3) / 2.
    expect(html).toMatch(/id="stat-average"><span class="stat__value">2,5\/5<\/span>/);
  });

  it("shows Lan hers and not Minh's", async () => {
    const html = await page(lan, "/ratings");
    expect(html).toContain(`href="/questions/${q3}"`);
    expect(html).toContain("Nhận xét tháng Mười");
    expect(html).not.toContain(COMMENT_HTML); // rated before Lan answered Q1
  });

  it("pages a long list", async () => {
    const hung = await desk.login("hung");
    const first = await page(hung, "/ratings");
    expect(first).toContain("Nhận xét tháng Chín số 22");
    expect(first).not.toContain("Nhận xét tháng Chín số 2<");
    expect(first).toContain('href="/ratings?page=2"');
    expect(await page(hung, "/ratings?page=2")).toContain("Nhận xét tháng Chín số 2<");
  });

  it("lets a lead and the steering board read any answerer's", async () => {
    for (const s of [lead, steering]) {
      const html = await page(s, `/ratings?answerer=${minhId}`);
      expect(html).toContain("Thiếu tá Nguyễn Văn Minh");
      expect(html).toContain(COMMENT_HTML);
      expect(html).not.toContain(`href="/questions/${q3}"`);
    }
  });

  it.each([
    ["an officer", "canbo", "/ratings", 403],
    ["an advisor", "covan", "/ratings", 403],
    ["an answerer reading a colleague's", "minh", "/ratings?answerer=LAN", 403],
    ["a lead asking for someone outside the team", "totruong", "/ratings?answerer=ASKER", 404],
  ])("refuses %s", async (_who, username, path, status) => {
    const res = await (await desk.login(username)).get(path.replace("LAN", String(lanId)).replace("ASKER", String(askerId)));
    expect(res.status).toBe(status);
  });
});
