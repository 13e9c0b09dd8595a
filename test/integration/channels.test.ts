// Questions from other channels (issue 15, item 3): Zalo, iHanoi, the public-service portal and công
// văn are logged by the team like calls; the channel is recorded, shown on the question and in the
// list (and filters it), counted on the dashboard and in the monthly report, exported.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callBacks, categories, questions } from "../../db/schema.js";
import { createTestDesk, idFromLocation, type Session, type TestDesk } from "../support/app.js";

let desk: TestDesk;
let answerer: Session;
let steering: Session;
const ids: Record<string, number> = {};

const loggedId = (res: Response) => Number(new URL(res.headers.get("location")!, "http://x").searchParams.get("logged"));
beforeAll(async () => {
  desk = createTestDesk(new Date("2026-11-23T01:00:00Z")); // Mon 23/11/2026 08:00 Hà Nội
  await desk.addUser("giaidap", ["answerer"], { name: "Nguyễn Văn Minh" });
  await desk.addUser("chihuy", ["steering"]);
  await desk.addUser("canbo", ["officer"], { unit: "Công an phường Hàng Bông" });
  answerer = await desk.login("giaidap");
  steering = await desk.login("chihuy");
  const officer = await desk.login("canbo");
  const category = String(desk.db.select().from(categories).where(eq(categories.code, "ly-lich-tu-phap")).get()!.id);
  const base = { category, body: "Nội dung câu hỏi nhận qua kênh khác.", outcome: "question" };

  ids.web = idFromLocation(await officer.post("/questions", { title: "Câu hỏi gửi trực tuyến", body: "Nội dung câu hỏi đủ dài.", category }));
  ids.zalo = loggedId(await answerer.post("/calls", { ...base, channel: "zalo", title: "Hỏi qua Zalo về Phiếu số 1", caller: "Phạm Thị Dung", caller_phone: "0987 654 321", unit: "Công an xã Tân Phú" }));
  ids.letter = loggedId(await answerer.post("/calls", { ...base, channel: "letter", title: "Công văn hỏi về lưu trữ hồ sơ", caller: "Công an huyện Sóc Sơn", channel_ref: "125/CAH-HS", unit: "Công an huyện Sóc Sơn" }));
  ids.phone = loggedId(await answerer.post("/calls", { ...base, channel: "phone", title: "Gọi hỏi về xóa án tích", caller: "Lê Văn Cường", caller_phone: "0912 000 111", outcome: "answered", answer: "Đã hướng dẫn." }));
  desk.now.value = new Date("2026-11-23T03:00:00Z");
  await answerer.post(`/questions/${ids.zalo}/answers`, { body: "Phiếu số 1 cấp cho cá nhân theo Điều 41." });
  desk.now.value = new Date("2026-12-01T02:00:00Z"); // Tue 01/12 09:00
});
afterAll(() => desk.close());

describe("a question logged from Zalo", () => {
  it("records its channel", () => {
    expect(desk.db.select().from(questions).where(eq(questions.id, ids.zalo!)).get()).toMatchObject({ channel: "zalo", askerId: null, callerName: "Phạm Thị Dung", callerPhone: "0987 654 321", callMinutes: null });
    expect(desk.db.select().from(questions).where(eq(questions.id, ids.letter!)).get()).toMatchObject({ channel: "letter", channelRef: "125/CAH-HS" });
  });

  it("shows its channel on the question page", async () => {
    const page = await (await answerer.get(`/questions/${ids.zalo}`)).text();
    expect(page).toContain("Kênh: Zalo");
    const letter = await (await answerer.get(`/questions/${ids.letter}`)).text();
    expect(letter).toContain("Kênh: Công văn");
    expect(letter).toContain("Số văn bản / mã hồ sơ: 125/CAH-HS");
    expect(await (await answerer.get(`/questions/${ids.web}`)).text()).toContain("Kênh: Trực tuyến");
  });

  it("is shown in the question list and found by the channel filter", async () => {
    const all = await (await steering.get("/questions")).text();
    expect(all).toMatch(new RegExp(`#${ids.zalo}</span> Hỏi qua Zalo về Phiếu số 1</a><p class="qlist__meta">[\\s\\S]*? · Zalo`));
    expect(all).toContain('<option value="zalo">Zalo</option>');
    const filtered = await (await steering.get("/questions?channel=zalo")).text();
    expect(filtered).toContain("1 câu hỏi");
    expect(filtered).toContain("Hỏi qua Zalo về Phiếu số 1");
    expect(filtered).not.toContain("Câu hỏi gửi trực tuyến");
    expect(filtered).toContain('<option value="zalo" selected="">Zalo</option>');
    expect(await (await steering.get("/questions?channel=letter")).text()).toContain("Công văn hỏi về lưu trữ hồ sơ");
  });

  it("is counted on the dashboard for the period", async () => {
    const page = await (await steering.get("/dashboard?period=last_month")).text();
    const table = /<table class="table table--figures" id="channel-table">[\s\S]*?<\/table>/.exec(page)![0];
    const rows = Object.fromEntries([...table.matchAll(/<tr><th scope="row">([^<]+)<\/th><td>(\d+)<\/td>/g)].map((m) => [m[1], Number(m[2])]));
    expect(rows).toEqual({ "Trực tuyến": 1, "Điện thoại": 1, Zalo: 1, iHanoi: 0, "Cổng dịch vụ công": 0, "Công văn": 1 });
    expect(table).toContain("<td>25%</td>");
  });

  it("is counted in the monthly report for the period", async () => {
    const html = await (await steering.get("/reports/monthly?month=2026-11")).text();
    expect(html).toContain("tiếp nhận 4 câu hỏi, trong đó 1 cuộc gọi qua đường dây nóng (1 cuộc gọi được trả lời ngay khi gọi).");
    expect(html).toContain("Theo kênh tiếp nhận: 1 gửi trực tuyến, 1 qua điện thoại, 1 qua Zalo, 1 bằng công văn.");
    const december = await (await steering.get("/reports/monthly?month=2026-12")).text();
    expect(december).toContain("tiếp nhận 0 câu hỏi");
    expect(december).not.toContain("Theo kênh tiếp nhận");
  });

  it("is exported with its channel", async () => {
    const csv = await (await steering.get("/reports/questions.csv?from=2026-11-01&to=2026-11-30")).text();
    const line = csv.split("\n").find((l) => l.startsWith(`${ids.zalo},`))!;
    expect(line).toContain("Phạm Thị Dung,Zalo,");
  });

  it("without an account, its answer becomes a reply to send back on Zalo", async () => {
    expect(desk.db.select().from(callBacks).where(eq(callBacks.questionId, ids.zalo!)).get()).toMatchObject({ doneAt: null });
    const list = await (await answerer.get("/callbacks")).text();
    expect(list).toContain("Đã nhắn qua Zalo");
    expect(list).toContain("0987 654 321");
  });
});
