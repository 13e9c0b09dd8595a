// The command's figures on a fixed data set built through the app (HTTP where a person acts), checked
// against values computed by hand below. Calendar: Mon–Fri 08:00–12:00 and 13:00–17:00, Hà Nội
// (UTC+7), plus a test holiday on Friday 20/11/2026. All times in comments are local.
//
//  #    asked               unit        category   first answer          working minutes           deadline (first)   on time
//  Q0   Thu 29/10 09:00     Hàng Bông   xóa án tích Mon 02/11 09:00 (g1)  420+480+60 = 960          Tue 03/11 09:00    yes
//  Q1   Mon 02/11 09:00     Hàng Bông   xóa án tích Mon 02/11 11:30 (g1)  150                       Thu 05/11 09:00    yes
//  Q2   Mon 02/11 16:00     Cửa Nam     LLTP        Wed 04/11 15:00 (g2)  900 − 480 paused = 420    Fri 06/11 16:00    yes
//  Q4   Mon 09/11 08:00     Cửa Nam     LLTP        Fri 13/11 10:00 (g2)  4×480+120 = 2040          Wed 11/11 17:00    NO
//  Q5   Tue 10/11 09:00     Hàng Bông   xóa án tích Tue 10/11 10:00 (g1)  60 (reopened 11/11, answered again 18/11: ignored)   yes
//  Q6   Thu 12/11 10:00 ☎   Cửa Nam     LLTP        at once (g2)          0                         —                  yes
//  Q7   Thu 12/11 11:00 ☎   Cửa Nam     LLTP        Thu 12/11 15:00 (g2)  60+120 = 180              Tue 17/11 11:00    yes
//  Q12  Tue 17/11 09:00     Hàng Bông   tra cứu     withdrawn 10:00
//  Q3   Wed 18/11 14:00     Hàng Bông   xóa án tích Mon 23/11 16:00 (g1)  180+480+0(holiday)+420 = 1080   Tue 24/11 14:00 yes
//       (without the holiday the deadline would be Mon 23/11 14:00 and the answer late)
//  Q8   Mon 23/11 08:00     Hàng Bông   xóa án tích open: deadline Wed 25/11 17:00 → overdue at Thu 26/11 10:00
//  Q9   Mon 23/11 14:00     Cửa Nam     LLTP        open: deadline Thu 26/11 14:00, 21 of 24 h used (87.5 %) → due soon
//  Q11  Tue 24/11 08:00     Cửa Nam     LLTP        waiting since 09:00: frozen at 1 h used → on time
//                                                   (unfrozen it would be 18 h used = 75 % → due soon)
//  Q10  Thu 26/11 08:30     Hàng Bông   xóa án tích open: 1.5 h used → on time
//
// November 2026 = [01/11 00:00, 01/12 00:00): received Q1–Q12 = 12 (Q0 was October); answered Q0–Q7
// = 8, on time 7 → 87.5 %; minutes sorted [0, 60, 150, 180, 420, 960, 1080, 2040]: median
// (180 + 420) / 2 = 300, p90 = nearest rank ⌈0.9 × 8⌉ = 8th = 2040.
// Ratings (latest per question, given in November): Q1 5 then 4 → 4, Q2 4, Q4 3, Q6 5, Q3 2 →
// 18 / 5 = 3.6. Deflections: canbo1 ×2, canbo2 ×2 in November (+1 in October, not counted).
// Knowledge base: E1 published 15/10, E2 published 02/11, E3 published 20/10 and retired 25/11,
// E4 a draft → published in November 1, in force at the end 2 (E1, E2).
import type { Overview } from "../../src/model.js";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { categories, kbEntries, questions } from "../../db/schema.js";
import { addCalendarDays, loadCalendar } from "../../src/services/calendar.js";
import { buildOverview, monthPeriod, resolvePeriod, weekBuckets } from "../../src/services/dashboard.js";
import { recordDeflection } from "../../src/services/deflections.js";
import { setDutyRoster } from "../../src/services/duty.js";
import { median, percentile } from "../../src/services/metrics.js";
import { createTestDesk, idFromLocation, type Session, type TestDesk } from "../support/app.js";

const TZ = "Asia/Ho_Chi_Minh";
let desk: TestDesk;
const ids: Record<string, number> = {};
const q: Record<string, number> = {};
let overview: Overview;

const at = (iso: string) => (desk.now.value = new Date(iso));
const cat = (code: string) => String(desk.db.select().from(categories).where(eq(categories.code, code)).get()!.id);

type Person = Pick<Session, "post">;
const person = (username: string): Person => ({ post: async (path, form) => (await desk.login(username)).post(path, form) });

async function ask(s: Person, time: string, category: string, title: string) {
  at(time);
  const res = await s.post("/questions", { title, body: "Nội dung câu hỏi đủ dài để gửi.", category: cat(category) });
  expect(res.status).toBe(303);
  return idFromLocation(res);
}

async function ok(res: Promise<Response>) {
  const r = await res;
  expect(r.status, await r.clone().text()).toBe(303);
  return r;
}

beforeAll(async () => {
  desk = createTestDesk(new Date("2026-10-01T02:00:00Z"));
  ids.admin = await desk.addUser("quantri", ["admin"]);
  ids.canbo1 = await desk.addUser("canbo1", ["officer"], { unit: "Công an phường Hàng Bông" });
  ids.canbo2 = await desk.addUser("canbo2", ["officer"], { unit: "Công an phường Cửa Nam" });
  ids.canbo3 = await desk.addUser("canbo3", ["officer"], { unit: "Công an quận Ba Đình" });
  ids.g1 = await desk.addUser("giaidap1", ["answerer"], { name: "Nguyễn Văn Một", specialties: ["xoa-an-tich"] });
  ids.g2 = await desk.addUser("giaidap2", ["answerer"], { name: "Trần Văn Hai", specialties: ["ly-lich-tu-phap"] });
  ids.lead = await desk.addUser("totruong", ["lead"], { name: "Lê Văn Trưởng" });
  await desk.addUser("covan", ["advisor"]);
  // Sessions lapse after 30 idle days of desk time: each person signs in afresh whenever they act.
  const [c1, c2, g1, g2, advisor] = ["canbo1", "canbo2", "giaidap1", "giaidap2", "covan"].map(person);
  const officer = (id: number) => ({ id, roles: ["officer" as const] });
  addCalendarDays(desk.db, { actorId: ids.admin!, now: desk.now.value, timeZone: TZ }, [{ date: "2026-11-20", kind: "holiday", name: "Ngày nghỉ thử nghiệm" }]);

  const entry = async (time: string, title: string, publish: boolean) => {
    at(time);
    const form = { title, question: "Câu hỏi chung của mục hỏi – đáp?", answer: "Câu trả lời chung.", category: cat("xoa-an-tich"), tags: "" };
    return idFromLocation(await ok(advisor.post("/kb", publish ? { ...form, publish: "1" } : form)));
  };
  const e1 = await entry("2026-10-15T03:00:00Z", "Mục hỏi đáp số một về án tích", true);
  const e3 = await entry("2026-10-20T03:00:00Z", "Mục hỏi đáp số ba sẽ ngừng áp dụng", true);
  at("2026-10-22T03:00:00Z");
  recordDeflection(desk.db, officer(ids.canbo2!), e1, "tháng mười", desk.now.value);

  q.Q0 = await ask(c1, "2026-10-29T02:00:00Z", "xoa-an-tich", "Câu hỏi Q0 từ tháng mười");
  at("2026-11-02T02:00:00Z");
  await ok(g1.post(`/questions/${q.Q0}/answers`, { body: "Trả lời Q0" }));
  q.Q1 = await ask(c1, "2026-11-02T02:00:00Z", "xoa-an-tich", "Câu hỏi Q1 đầu tháng");
  await entry("2026-11-02T03:00:00Z", "Mục hỏi đáp số hai đăng tháng mười một", true);
  at("2026-11-02T04:30:00Z");
  await ok(g1.post(`/questions/${q.Q1}/answers`, { body: "Trả lời Q1" }));
  q.Q2 = await ask(c2, "2026-11-02T09:00:00Z", "ly-lich-tu-phap", "Câu hỏi Q2 cần bổ sung");
  at("2026-11-03T02:00:00Z");
  await ok(c1.post(`/questions/${q.Q1}/rate`, { score: "5" }));
  at("2026-11-03T03:00:00Z");
  await ok(g2.post(`/questions/${q.Q2}/clarify`, { body: "Đề nghị bổ sung số bản án." }));
  at("2026-11-04T02:00:00Z");
  await ok(c1.post(`/questions/${q.Q1}/rate`, { score: "4" })); // replaces the 5
  at("2026-11-04T03:00:00Z");
  await ok(c2.post(`/questions/${q.Q2}/replies`, { body: "Bản án số 12/2020." }));
  at("2026-11-04T08:00:00Z");
  await ok(g2.post(`/questions/${q.Q2}/answers`, { body: "Trả lời Q2" }));
  at("2026-11-05T03:00:00Z");
  await ok(c2.post(`/questions/${q.Q2}/rate`, { score: "4" }));

  q.Q4 = await ask(c2, "2026-11-09T01:00:00Z", "ly-lich-tu-phap", "Câu hỏi Q4 trả lời muộn");
  q.Q5 = await ask(c1, "2026-11-10T02:00:00Z", "xoa-an-tich", "Câu hỏi Q5 sẽ mở lại");
  at("2026-11-10T03:00:00Z");
  await ok(g1.post(`/questions/${q.Q5}/answers`, { body: "Trả lời Q5 lần đầu" }));
  at("2026-11-11T02:00:00Z");
  await ok(c1.post(`/questions/${q.Q5}/reopen`, { reason: "Chưa rõ" }));
  const call = async (time: string, extra: Record<string, string>) => {
    at(time);
    const res = await ok(g2.post("/calls", { caller: "Cán bộ gọi điện", category: cat("ly-lich-tu-phap"), title: "Hỏi qua điện thoại", body: "Nội dung cuộc gọi.", ...extra }));
    return Number(/logged=(\d+)/.exec(res.headers.get("location")!)![1]);
  };
  q.Q6 = await call("2026-11-12T03:00:00Z", { caller_username: "canbo2", outcome: "answered", answer: "Trả lời ngay qua điện thoại." });
  at("2026-11-12T03:30:00Z");
  await ok(c2.post(`/questions/${q.Q6}/rate`, { score: "5" }));
  q.Q7 = await call("2026-11-12T04:00:00Z", { unit: "Công an phường Cửa Nam", caller_phone: "0912 345 678", outcome: "question" });
  at("2026-11-12T08:00:00Z");
  await ok(g2.post(`/questions/${q.Q7}/answers`, { body: "Trả lời Q7" }));
  at("2026-11-13T03:00:00Z");
  await ok(g2.post(`/questions/${q.Q4}/answers`, { body: "Trả lời Q4 (muộn)" }));
  at("2026-11-13T07:00:00Z");
  await ok(c2.post(`/questions/${q.Q4}/rate`, { score: "3" }));

  at("2026-11-16T02:00:00Z");
  recordDeflection(desk.db, officer(ids.canbo1!), e1, "án treo", desk.now.value);
  at("2026-11-16T03:00:00Z");
  recordDeflection(desk.db, officer(ids.canbo2!), e1, "án treo", desk.now.value);
  q.Q12 = await ask(c1, "2026-11-17T02:00:00Z", "tra-cuu", "Câu hỏi Q12 sẽ rút");
  recordDeflection(desk.db, officer(ids.canbo1!), e1, "xóa án tích", desk.now.value);
  at("2026-11-17T03:00:00Z");
  await ok(c1.post(`/questions/${q.Q12}/withdraw`));
  at("2026-11-18T02:00:00Z");
  await ok(g1.post(`/questions/${q.Q5}/answers`, { body: "Trả lời Q5 lần hai" }));
  q.Q3 = await ask(c1, "2026-11-18T07:00:00Z", "xoa-an-tich", "Câu hỏi Q3 qua ngày nghỉ");

  q.Q8 = await ask(c1, "2026-11-23T01:00:00Z", "xoa-an-tich", "Câu hỏi Q8 đang quá hạn");
  q.Q9 = await ask(c2, "2026-11-23T07:00:00Z", "ly-lich-tu-phap", "Câu hỏi Q9 sắp đến hạn");
  at("2026-11-23T09:00:00Z");
  await ok(g1.post(`/questions/${q.Q3}/answers`, { body: "Trả lời Q3" }));
  q.Q11 = await ask(c2, "2026-11-24T01:00:00Z", "ly-lich-tu-phap", "Câu hỏi Q11 đang chờ bổ sung");
  at("2026-11-24T02:00:00Z");
  await ok(c1.post(`/questions/${q.Q3}/rate`, { score: "2" }));
  await ok(g2.post(`/questions/${q.Q11}/clarify`, { body: "Đề nghị bổ sung." }));
  at("2026-11-25T02:00:00Z");
  await ok(advisor.post(`/kb/${e3}/retire`));
  await entry("2026-11-25T02:30:00Z", "Mục hỏi đáp số bốn còn nháp", false);
  at("2026-11-25T03:00:00Z");
  recordDeflection(desk.db, officer(ids.canbo2!), e1, "phiếu lý lịch", desk.now.value);
  q.Q10 = await ask(c1, "2026-11-26T01:30:00Z", "xoa-an-tich", "Câu hỏi Q10 mới gửi");
  at("2026-11-26T03:00:00Z"); // now: Thu 26/11 10:00
  setDutyRoster(desk.db, { id: ids.lead!, roles: ["lead"] }, "2026-11-26", [ids.g2!], desk.now.value);

  overview = buildOverview(desk.db, loadCalendar(desk.db, TZ), monthPeriod("2026-11", TZ), desk.now.value, { trendWeeks: 12, clipWeeks: false });
}, 120_000);
afterAll(() => desk.close());

describe("the data set is what the comments say", () => {
  it("routes, holiday deadline and reopen as planned", () => {
    const row = (id: number) => desk.db.select().from(questions).where(eq(questions.id, id)).get()!;
    expect(row(q.Q3!).deadlineAt.toISOString()).toBe("2026-11-24T07:00:00.000Z"); // Tue 24/11 14:00, the holiday skipped
    expect(row(q.Q2!).deadlineAt.toISOString()).toBe("2026-11-06T09:00:00.000Z"); // Fri 06/11 16:00: 8 paused hours added
    expect(row(q.Q5!)).toMatchObject({ status: "answered", answeredAt: new Date("2026-11-18T02:00:00Z") });
    expect(row(q.Q6!)).toMatchObject({ channel: "phone", status: "answered" });
    expect([row(q.Q8!).assigneeId, row(q.Q10!).assigneeId, row(q.Q9!).assigneeId, row(q.Q11!).assigneeId]).toEqual([ids.g1, ids.g1, ids.g2, ids.g2]);
    expect(desk.db.select().from(kbEntries).all().map((e) => e.status)).toEqual(["published", "retired", "published", "draft"]);
  });
});

describe("figures for November 2026", () => {
  it("received, answered, on-time rate, median and p90 working time", () => {
    expect(overview.summary).toEqual({
      received: 12,
      byChannel: { web: 10, phone: 2, zalo: 0, ihanoi: 0, public_portal: 0, letter: 0 },
      answered: 8,
      onTime: 7,
      onTimeRate: 7 / 8,
      medianMinutes: 300,
      p90Minutes: 2040,
      phoneCalls: 2,
      onTheSpot: 1,
    });
  });

  it("backlog now: the waiting question is judged where its clock stopped", () => {
    expect(overview.backlog).toMatchObject({ total: 4, on_time: 2, due_soon: 1, overdue: 1 });
  });

  it("deflections, satisfaction (latest rating per question) and knowledge-base growth", () => {
    expect(overview.deflections).toBe(4);
    expect(overview.satisfaction.count).toBe(5);
    expect(overview.satisfaction.average).toBeCloseTo(3.6, 10);
    expect(overview.kb).toEqual({ published: 1, total: 2 });
  });

  it("weekly trend: 12 ISO weeks ending with the current one, first answers only", () => {
    expect(overview.trend).toHaveLength(12);
    expect(overview.trend[0]!.from.toISOString()).toBe("2026-09-06T17:00:00.000Z"); // Mon 07/09 00:00
    expect(overview.trend.at(-1)!.from.toISOString()).toBe("2026-11-22T17:00:00.000Z"); // Mon 23/11 00:00
    const last5 = overview.trend.slice(-5).map((w) => [w.week, w.received, w.answered, w.onTime, w.onTimeRate]);
    expect(last5).toEqual([
      [44, 1, 0, 0, null], // 26/10: Q0 asked
      [45, 2, 3, 3, 1], // 02/11: Q1, Q2 asked; Q0, Q1, Q2 answered
      [46, 4, 4, 3, 0.75], // 09/11: Q4, Q5, Q6, Q7 asked and answered, Q4 late
      [47, 2, 0, 0, null], // 16/11: Q12, Q3 asked; Q5's second answer does not count
      [48, 4, 1, 1, 1], // 23/11: Q8, Q9, Q11, Q10 asked; Q3 answered
    ]);
    expect(overview.trend.slice(0, 7).every((w) => w.received === 0 && w.answered === 0)).toBe(true);
  });

  it("the nine: per member load, answers, on-time rate, median, satisfaction and duty", () => {
    const m = (id: number) => overview.team.find((x) => x.id === id)!;
    expect(overview.team.map((x) => x.name)).toEqual(["Lê Văn Trưởng", "Nguyễn Văn Một", "Trần Văn Hai"]);
    // g1: Q0 960, Q1 150, Q3 1080, Q5 60 → median (150 + 960) / 2 = 555; rated Q1 4, Q3 2 → 3.
    expect(m(ids.g1!)).toMatchObject({ openNow: 2, answered: 4, onTime: 4, onTimeRate: 1, medianMinutes: 555, onDutyToday: false, satisfaction: { average: 3, count: 2 } });
    // g2: Q2 420, Q4 2040 (late), Q6 0, Q7 180 → median (180 + 420) / 2 = 300; rated Q2 4, Q4 3, Q6 5 → 4.
    expect(m(ids.g2!)).toMatchObject({ openNow: 2, answered: 4, onTime: 3, onTimeRate: 0.75, medianMinutes: 300, onDutyToday: true, satisfaction: { average: 4, count: 3 } });
    expect(m(ids.lead!)).toMatchObject({ lead: true, openNow: 0, answered: 0, onTimeRate: null, medianMinutes: null, satisfaction: { average: null, count: 0 } });
  });

  it("per category: volume, answered, median working time", () => {
    const c = (code: string) => overview.categories.find((x) => x.id === Number(cat(code)))!;
    expect(c("xoa-an-tich")).toMatchObject({ received: 5, answered: 4, onTime: 4, medianMinutes: 555, p90Minutes: 1080 });
    expect(c("ly-lich-tu-phap")).toMatchObject({ received: 6, answered: 4, onTime: 3, medianMinutes: 300, p90Minutes: 2040 });
    expect(c("tra-cuu")).toMatchObject({ received: 1, answered: 0, medianMinutes: null });
  });

  it("unit leaderboard: scored on how units use the desk (default weights 30/25/25/20), not on volume", () => {
    // Hàng Bông: sent Q1 Q3 Q5 Q8 Q10 Q12 = 6, 2 self-service finds → 2/8 = 25; nothing in the base
    // was asked again → 2/2 = 100; answered Q1 Q3 Q5, rated Q1 Q3 → 2/3 = 66.7; no clarification.
    // (30×25 + 25×100 + 25×66.67) / 80 = 61.5 → khá.
    // Cửa Nam: Q2 Q4 Q6 Q7 Q9 Q11 = 6, 2 finds → 25; 100; Q2 Q4 Q6 answered and all rated (Q7's
    // caller has no account, so cannot rate) → 3/3 = 100; clarifications: Q2 replied after exactly
    // 8 working hours (in time), Q11 waiting 15 working hours by now (late) → 1/2 = 50.
    // (30×25 + 25×100 + 25×100 + 20×50) / 100 = 67.5 → khá, first.
    // Ba Đình: nothing → not ranked, needs training.
    expect(overview.units.map((u) => [u.rank, u.name, u.result.score, u.result.grade, u.needsTraining])).toEqual([
      [1, "Công an phường Cửa Nam", 67.5, "fair", null],
      [2, "Công an phường Hàng Bông", 61.5, "fair", null],
      [null, "Công an quận Ba Đình", null, null, "none_engaged"],
    ]);
    expect(overview.units[0]!.facts).toEqual({ asked: 6, selfService: 2, kbDuplicates: 0, answered: 3, rated: 3, clarifications: 2, repliedInTime: 1 });
    expect(overview.units[1]!.result.criteria.map((c) => [c.criterion, c.numerator, c.denominator, c.score])).toEqual([
      ["self_service", 2, 8, 25],
      ["kb_first", 2, 2, 100],
      ["ratings_given", 2, 3, 66.7],
      ["clarification_replies", 0, 0, null],
    ]);
  });
});

describe("other periods", () => {
  it("October holds Q0 received but not answered, the October deflection and two publications", () => {
    const oct = buildOverview(desk.db, loadCalendar(desk.db, TZ), monthPeriod("2026-10", TZ), desk.now.value, { trendWeeks: 1, clipWeeks: true });
    expect(oct.summary).toMatchObject({ received: 1, answered: 0, onTimeRate: null, medianMinutes: null, p90Minutes: null });
    expect(oct.deflections).toBe(1);
    expect(oct.kb).toEqual({ published: 2, total: 2 });
    // The report's weeks are cut at the month: Thu 01/10 – Sun 04/10 first, Mon 26/10 – Sat 31/10 last.
    expect(oct.trend.map((w) => w.week)).toEqual([40, 41, 42, 43, 44]);
    expect(oct.trend[0]!.from.toISOString()).toBe("2026-09-30T17:00:00.000Z");
    expect(oct.trend.at(-1)!.to.toISOString()).toBe("2026-10-31T17:00:00.000Z");
  });

  it("a custom range counts both days in full (week 09/11 – 13/11)", () => {
    const { period, error } = resolvePeriod({ from: "2026-11-09", to: "2026-11-13" }, desk.now.value, TZ);
    expect(error).toBeNull();
    const o = buildOverview(desk.db, loadCalendar(desk.db, TZ), period, desk.now.value, { trendWeeks: 12, clipWeeks: false });
    // Q4, Q5, Q6, Q7: minutes [0, 60, 180, 2040] → median 120, p90 2040; ratings Q6 5, Q4 3 → 4.
    expect(o.summary).toMatchObject({ received: 4, answered: 4, onTime: 3, medianMinutes: 120, p90Minutes: 2040, phoneCalls: 2, onTheSpot: 1 });
    expect(o.satisfaction).toEqual({ average: 4, count: 2 });
  });
});

describe("periods and statistics", () => {
  const now = new Date("2026-11-26T03:00:00Z");
  it("resolves this week, this month, last month and custom ranges in Hà Nội time", () => {
    const iso = (p: { from: Date; to: Date }) => [p.from.toISOString(), p.to.toISOString()];
    expect(iso(resolvePeriod({}, now, TZ).period)).toEqual(["2026-10-31T17:00:00.000Z", "2026-11-30T17:00:00.000Z"]);
    expect(iso(resolvePeriod({ period: "week" }, now, TZ).period)).toEqual(["2026-11-22T17:00:00.000Z", "2026-11-29T17:00:00.000Z"]);
    expect(iso(resolvePeriod({ period: "last_month" }, now, TZ).period)).toEqual(["2026-09-30T17:00:00.000Z", "2026-10-31T17:00:00.000Z"]);
    expect(resolvePeriod({ period: "custom", from: "2026-11-05", to: "2026-11-01" }, now, TZ)).toMatchObject({ error: "invalid_range", period: { kind: "month" } });
    expect(resolvePeriod({ period: "custom", from: "2026-02-30", to: "2026-03-01" }, now, TZ).error).toBe("invalid_range");
    expect(resolvePeriod({ period: "custom", from: "2025-01-01", to: "2026-11-01" }, now, TZ).error).toBe("invalid_range");
    expect(resolvePeriod({ period: "custom", from: "2026-11-01", to: "2026-11-01" }, now, TZ).period).toMatchObject({ firstDay: "2026-11-01", lastDay: "2026-11-01" });
  });

  it("week buckets start on Monday 00:00 local", () => {
    const weeks = weekBuckets(monthPeriod("2026-11", TZ), TZ, 1, true);
    expect(weeks.map((w) => w.week)).toEqual([44, 45, 46, 47, 48, 49]); // Sun 01/11 alone, …, Mon 30/11 alone
    expect(weeks[1]!.from.toISOString()).toBe("2026-11-01T17:00:00.000Z");
  });

  it("median averages the middle pair; p90 is the nearest rank", () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(percentile([], 90)).toBeNull();
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90)).toBe(10);
    expect(percentile([7], 90)).toBe(7);
  });
});
