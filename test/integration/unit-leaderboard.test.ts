// The unit leaderboard over HTTP: a unit that sends many questions and uses the desk poorly does not
// outrank one that finds its answers in the knowledge base; each score shows how it was computed;
// the admin changes the weights on /admin/settings (validated, audited); who may do what.
// Calendar: the default, Mon–Fri 08:00–12:00 and 13:00–17:00 Hà Nội. Times in comments are local.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, settings } from "../../db/schema.js";
import { loadCalendar } from "../../src/services/calendar.js";
import { recordDeflection } from "../../src/services/deflections.js";
import { upsertPublishedEntries } from "../../src/services/kb-entries.js";
import { markDuplicate, rateQuestion } from "../../src/services/question-closure.js";
import { answerQuestion, replyToQuestion, requestClarification } from "../../src/services/question-thread.js";
import { anonymous, createTestDesk, type Session, type TestDesk } from "../support/app.js";
import { citingEntry } from "../support/kb.js";

let desk: TestDesk;
const ids: Record<string, number> = {};
let steering: Session;
let admin: Session;

const BUSY = "Công an phường Hỏi Nhiều";
const READER = "Công an phường Tra Cứu";
const at = (iso: string) => (desk.now.value = new Date(`${iso}+07:00`));
const person = (id: number, role: "officer" | "answerer") => ({ id, roles: [role] as ("officer" | "answerer")[] });

beforeAll(async () => {
  desk = createTestDesk(new Date("2026-11-02T01:00:00Z")); // Mon 02/11 08:00
  ids.admin = await desk.addUser("quantri", ["admin"]);
  await desk.addUser("chihuy", ["steering"]);
  ids.giaidap = await desk.addUser("giaidap", ["answerer"]);
  ids.busy = await desk.addUser("hoinhieu", ["officer"], { unit: BUSY });
  ids.reader = await desk.addUser("tracuu", ["officer"], { unit: READER });
  const cal = () => loadCalendar(desk.db, desk.config.timeZone);
  const [entry] = upsertPublishedEntries(desk.db, null, [citingEntry("KB-1", [])], desk.now.value).ids;
  const answerer = person(ids.giaidap!, "answerer");

  // Hỏi Nhiều: 13 questions (the old ranking by questions + finds put it first: 13 against 12), 3 of them already answered in the base; 6 answered, none rated; one
  // clarification request replied two working days late. No self-service.
  // Score: self-service 0/13 = 0; KB first 0/3 = 0; rated 0/6 = 0; replies 0/1 = 0 → 0, trung bình.
  const busy = person(ids.busy!, "officer");
  const asked: number[] = [];
  for (let i = 0; i < 13; i++) {
    at(`2026-11-03T0${8 + (i % 2)}:${String(10 + i).padStart(2, "0")}`);
    asked.push(desk.ask(busy.id, "ly-lich-tu-phap", `Câu hỏi số ${i + 1} của phường Hỏi Nhiều`, "Nội dung câu hỏi đủ dài để gửi."));
  }
  at("2026-11-04T09:00");
  for (const q of asked.slice(0, 3)) markDuplicate(desk.db, answerer, q, { kbEntryId: entry! }, desk.now.value);
  for (const q of asked.slice(3, 9)) answerQuestion(desk.db, answerer, q, "Trả lời.", desk.now.value);
  requestClarification(desk.db, answerer, asked[9]!, "Đề nghị bổ sung số bản án.", desk.now.value);
  at("2026-11-09T09:00"); // Mon: 3 working days later
  replyToQuestion(desk.db, busy, asked[9]!, "Bản án số 1.", desk.now.value, cal());

  // Tra Cứu: 9 finds in the base, 3 questions, all answered and rated; a clarification replied in
  // 2 working hours. Score: 9/12 = 75; 9/9 = 100; 3/3 = 100; 1/1 = 100 →
  // (30×75 + 25×100 + 25×100 + 20×100) / 100 = 92.5, xuất sắc.
  const reader = person(ids.reader!, "officer");
  at("2026-11-05T08:00");
  for (let i = 0; i < 9; i++) recordDeflection(desk.db, reader, entry!, "lý lịch tư pháp", desk.now.value);
  const mine = [0, 1, 2].map((i) => desk.ask(reader.id, "ly-lich-tu-phap", `Câu hỏi số ${i + 1} của phường Tra Cứu`, "Nội dung câu hỏi đủ dài để gửi."));
  at("2026-11-05T09:00");
  requestClarification(desk.db, answerer, mine[0]!, "Đề nghị bổ sung.", desk.now.value);
  at("2026-11-05T11:00");
  replyToQuestion(desk.db, reader, mine[0]!, "Đã bổ sung.", desk.now.value, cal());
  at("2026-11-05T14:00");
  for (const q of mine) answerQuestion(desk.db, answerer, q, "Trả lời.", desk.now.value);
  at("2026-11-05T15:00");
  for (const q of mine) rateQuestion(desk.db, reader, q, 4, null, desk.now.value);

  at("2026-11-20T09:00");
  steering = await desk.login("chihuy");
  admin = await desk.login("quantri");
}, 60_000);
afterAll(() => desk.close());

const unitRow = (html: string, name: string) => new RegExp(`<tr[^>]*data-unit="\\d+"[^>]*>(?:(?!</tr>)[\\s\\S])*${name}(?:(?!</tr>)[\\s\\S])*</tr>`).exec(html)?.[0] ?? "";

describe("the dashboard's leaderboard", () => {
  let html: string;
  beforeAll(async () => {
    html = await (await steering.get("/dashboard")).text();
  });

  it("ranks the unit that uses the knowledge base above the one that sends many questions", () => {
    expect(html.indexOf(READER)).toBeGreaterThan(-1);
    expect(html.indexOf(READER, html.indexOf('id="unit-table"'))).toBeLessThan(html.indexOf(BUSY, html.indexOf('id="unit-table"')));
    const reader = unitRow(html, READER);
    expect(reader).toMatch(/data-label="Hạng">1</);
    expect(reader).toContain(">92,5<");
    expect(reader).toContain('class="badge badge--grade-excellent">Xuất sắc');
    const busy = unitRow(html, BUSY);
    expect(busy).toMatch(/data-label="Hạng">2</);
    expect(busy).toContain('class="badge badge--grade-average">Trung bình');
    expect(busy).toContain("Cần tập huấn: xếp loại trung bình");
  });

  it("shows how each score was computed: raw figures, sub-scores, weights and the mean", () => {
    const reader = unitRow(html, READER);
    expect(reader).toContain("<summary>Số liệu và điểm thành phần</summary>");
    expect(reader).toContain("9 lần tự tìm được / 12 nhu cầu (3 câu hỏi đã gửi) → điểm thành phần 75, trọng số 30");
    expect(reader).toContain("3/3 câu hỏi đã trả lời được đánh giá → điểm thành phần 100, trọng số 25");
    expect(reader).toContain("1/1 yêu cầu bổ sung được trả lời kịp thời → điểm thành phần 100, trọng số 20");
    expect(reader).toContain("Điểm = (30 × 75 + 25 × 100 + 25 × 100 + 20 × 100) / 100 = 92,5.");
    const busy = unitRow(html, BUSY);
    expect(busy).toContain("0 lần tự tìm được / 3 trường hợp kho đã có câu trả lời (3 câu hỏi trùng mục trong kho)");
    expect(busy).toContain("0/6 câu hỏi đã trả lời được đánh giá");
    expect(busy).toContain("0/1 yêu cầu bổ sung được trả lời kịp thời");
  });

  it("explains the method with the weights in force", () => {
    expect(html).toContain("<summary>Cách chấm điểm và xếp loại</summary>");
    expect(html).toContain("gửi thêm câu hỏi không làm tăng điểm");
    expect(html).toMatch(/Tự tra cứu kho hỏi – đáp<\/strong> \(trọng số 30\)/);
    expect(html).toContain("xuất sắc từ 90 điểm, tốt từ 75, khá từ 60");
  });

  it("the monthly report prints the compact table with the weights", async () => {
    const report = await (await steering.get("/reports/monthly?month=2026-11")).text();
    expect(report).toMatch(/Bảng 4\.[\s\S]*Tự tra cứu kho hỏi – đáp \(trọng số 30\)/);
    expect(report).toMatch(new RegExp(`${READER}</th><td>75 <span class="muted">\\(9/12\\)</span></td>`));
    expect(report).toContain("Xuất sắc");
  });
});

describe("the admin sets the criteria", () => {
  const valid = { weight_self_service: "0", weight_kb_first: "0", weight_ratings_given: "1", weight_clarification_replies: "0", band_excellent: "95", band_good: "80", band_fair: "50", min_activity: "3", reply_hours: "4" };

  it("shows the form with the defaults", async () => {
    const page = await (await admin.get("/admin/settings")).text();
    expect(page).toContain('action="/admin/settings/unit-scoring"');
    expect(page).toMatch(/name="weight_self_service" value="30"/);
    expect(page).toMatch(/name="band_excellent" value="90"/);
  });

  it.each([
    ["all weights zero", { weight_ratings_given: "0" }, "weight_self_service", "tổng trọng số phải lớn hơn 0"],
    ["a negative weight", { weight_kb_first: "-5" }, "weight_kb_first", "Trọng số phải là số không âm."],
    ["not a number", { weight_kb_first: "ba mươi" }, "weight_kb_first", "Trọng số phải là số không âm."],
    ["bands not descending", { band_good: "96" }, "band_good", "Ngưỡng phải giảm dần"],
    ["zero minimum", { min_activity: "0" }, "min_activity", "Số lượt sử dụng tối thiểu"],
  ])("%s → 422, a Vietnamese message, the form as typed, nothing stored", async (_name, change, field, message) => {
    const form = { ...valid, ...change };
    const res = await admin.post("/admin/settings/unit-scoring", form);
    expect(res.status).toBe(422);
    const page = await res.text();
    expect(page).toContain(message);
    expect(page).toMatch(new RegExp(`name="${field}" value="${(form as Record<string, string>)[field]}"[^>]*aria-invalid="true"`));
    expect(desk.db.select().from(settings).where(eq(settings.key, "unit_scoring")).get()).toBeUndefined();
  });

  it("saves valid settings with an audit row, and the leaderboard follows them", async () => {
    const res = await admin.post("/admin/settings/unit-scoring", { ...valid, weight_self_service: "0,5" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/admin/settings?saved=scoring#unit-scoring");
    const row = desk.db.select().from(auditLog).where(and(eq(auditLog.action, "settings.unit_scoring"), eq(auditLog.actorId, ids.admin!))).get()!;
    expect(row.data).toMatchObject({ before: { weights: { self_service: 30 } }, after: { weights: { self_service: 0.5, ratings_given: 1 }, bands: { excellent: 95 }, minActivity: 3, replyHours: 4 } });
    expect(await (await admin.get("/admin/settings?saved=scoring")).text()).toContain("Đã lưu tiêu chí chấm điểm bảng tổng sắp.");

    const html = await (await steering.get("/dashboard")).text();
    expect(html).toMatch(/Tự tra cứu kho hỏi – đáp<\/strong> \(trọng số 0,5\)/);
    // Tra Cứu: (0.5×75 + 1×100) / 1.5 = 91.7 → below the new 95: tốt.
    expect(unitRow(html, READER)).toContain(">91,7<");
    expect(unitRow(html, READER)).toContain("Tốt");
    expect(unitRow(html, READER)).toContain("(trọng số 0, không tính)");
  });
});

describe("who may change the criteria", () => {
  it.each([["chihuy"], ["giaidap"], ["hoinhieu"]])("%s → 403", async (username) => {
    const res = await (await desk.login(username)).post("/admin/settings/unit-scoring", { weight_self_service: "100" });
    expect(res.status).toBe(403);
  });

  it("without a session → the login page", async () => {
    const res = await anonymous(desk).post("/admin/settings/unit-scoring", { weight_self_service: "100" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toMatch(/^\/login/);
  });

  it("officers and the answer team do not see the leaderboard", async () => {
    expect((await (await desk.login("hoinhieu")).get("/dashboard")).status).toBe(403);
    expect((await (await desk.login("giaidap")).get("/dashboard")).status).toBe(403);
  });
});
