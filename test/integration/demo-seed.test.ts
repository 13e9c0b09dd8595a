import { and, count, countDistinct, desc, eq, gt, isNotNull, isNull, lte, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  auditLog,
  callBacks,
  deflections,
  handovers,
  kbCitations,
  kbEntries,
  kbEntryVersions,
  monthlyReports,
  notifications,
  questions,
  ratings,
  regulationArticles,
  regulations,
  userRoles,
  users,
} from "../../db/schema.js";
import { DEMO_PASSWORD } from "../../db/seed/demo-content.js";
import { seedDemoIfEmpty } from "../../src/services/demo-seed.js";
import { buildOverview, resolvePeriod } from "../../src/services/dashboard.js";
import { loadCalendar } from "../../src/services/calendar.js";
import { autoCloseAnswered } from "../../src/services/deadline-watch.js";
import { createTestDesk, type TestDesk } from "../support/app.js";

let desk: TestDesk;
beforeEach(() => {
  desk = createTestDesk();
});
afterEach(() => desk.close());

// Every test seeds a quarter of history (2-4 s alone, several times that on a loaded CI machine).
describe("demo data", { timeout: 90_000 }, () => {
  it("creates the team of nine, the other roles, questions in several states and the knowledge base", async () => {
    const logins = await seedDemoIfEmpty(desk.db, desk.now.value);
    expect(logins?.accounts.map((a) => a.username)).toEqual(["canbo", "giaidap", "totruong", "covan", "chihuy", "admin"]);
    const answerers = desk.db.select({ n: count() }).from(userRoles).where(eq(userRoles.role, "answerer")).get()!.n;
    expect(answerers).toBe(9);
    const statuses = new Set(desk.db.select({ s: questions.status }).from(questions).all().map((r) => r.s));
    for (const s of ["assigned", "answered", "closed", "duplicate", "withdrawn"]) expect(statuses, s).toContain(s);
    expect(desk.db.select({ n: count() }).from(kbEntries).get()!.n).toBeGreaterThanOrEqual(30);
    // The desk's hotlines are set, so the ask page shows whom to call.
    const officer = await desk.login("canbo", DEMO_PASSWORD);
    expect(await (await officer.get("/questions/new")).text()).toContain("069.219.4455");
    // Idempotent: a second start adds nothing.
    expect(await seedDemoIfEmpty(desk.db, desk.now.value)).toBeNull();
  });

  it("holds the documents the entries cite, with the text of Luật Cư trú and Thông tư số 44 as a marked placeholder", async () => {
    await seedDemoIfEmpty(desk.db, desk.now.value);
    const cuTru = desk.db.select().from(regulations).where(eq(regulations.number, "68/2020/QH14")).get()!;
    expect(cuTru).toMatchObject({ title: "Luật Cư trú", effectiveDate: "2021-07-01", incomplete: false });
    expect(desk.db.select({ n: count() }).from(regulationArticles).where(eq(regulationArticles.regulationId, cuTru.id)).get()!.n).toBe(38);
    const tt44 = desk.db.select().from(regulations).where(isNull(regulations.number)).all();
    expect(tt44).toMatchObject([{ incomplete: true, effectiveDate: null }]);
    expect(desk.db.select({ n: count() }).from(regulationArticles).where(eq(regulationArticles.regulationId, tt44[0]!.id)).get()!.n).toBe(0);
    // Every citation points at the register, except the one circular it does not hold.
    const unresolved = desk.db.selectDistinct({ document: kbCitations.document }).from(kbCitations).where(isNull(kbCitations.regulationId)).all();
    expect(unresolved).toEqual([{ document: "Thông tư 55/2025/TT-BCA" }]);
    const cuTruArticle = desk.db.select().from(kbCitations).where(and(eq(kbCitations.document, "Luật Cư trú 2020"), eq(kbCitations.article, "Điều 38"))).get()!;
    expect(cuTruArticle.articleId).not.toBeNull();
  });

  it("lets every demo login in and shows each its start page", async () => {
    await seedDemoIfEmpty(desk.db, desk.now.value);
    for (const username of ["canbo", "giaidap", "totruong", "covan", "chihuy", "admin"]) {
      const s = await desk.login(username, DEMO_PASSWORD);
      const home = await s.get("/");
      const page = await s.get(home.headers.get("location")!);
      expect(page.status, username).toBe(200);
    }
    expect(desk.db.select({ n: count() }).from(users).get()!.n).toBeGreaterThan(15);
  });

  it("leaves the advisor a request for an opinion waiting on /consultations", async () => {
    await seedDemoIfEmpty(desk.db, desk.now.value);
    const advisor = await desk.login("covan", DEMO_PASSWORD);
    const page = await (await advisor.get("/consultations")).text();
    expect(page).toContain("Hết thời gian thử thách án treo nhưng còn nợ án phí, bồi thường");
  });

  it("renders the knowledge base entries", async () => {
    await seedDemoIfEmpty(desk.db, desk.now.value);
    const s = await desk.login("canbo", DEMO_PASSWORD);
    const list = await (await s.get("/kb")).text();
    const first = desk.db.select().from(kbEntries).orderBy(desc(kbEntries.id)).get()!; // newest shown first
    expect(list).toContain(`href="/kb/${first.id}"`);
    const page = await s.get(`/kb/${first.id}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(first.title);
  });

  it("holds a quarter of history: hundreds of questions from every unit and channel, rated, reopened, handed over", async () => {
    await seedDemoIfEmpty(desk.db, desk.now.value);
    const db = desk.db;
    const now = desk.now.value.getTime();
    const span = db.select({ n: count(), first: sql<number>`min(${questions.submittedAt})` }).from(questions).get()!;
    expect(span.n).toBeGreaterThan(300);
    expect(now - span.first).toBeGreaterThan(12 * 7 * 24 * 3600_000);
    // Nothing happened after the demo's "now".
    expect(db.select({ n: count() }).from(auditLog).where(gt(auditLog.at, desk.now.value)).get()!.n).toBe(0);
    expect(db.select({ n: countDistinct(questions.unitId) }).from(questions).get()!.n).toBeGreaterThanOrEqual(6);
    expect(db.select({ n: countDistinct(questions.channel) }).from(questions).get()!.n).toBeGreaterThanOrEqual(3);
    expect(db.select({ n: count() }).from(ratings).where(lte(ratings.score, 2)).get()!.n).toBeGreaterThan(0);
    expect(db.select({ n: count() }).from(ratings).where(isNotNull(ratings.comment)).get()!.n).toBeGreaterThan(20);
    expect(db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, "question.reopen")).get()!.n).toBeGreaterThan(3);
    expect(db.select({ n: count() }).from(handovers).get()!.n).toBeGreaterThanOrEqual(12);
    expect(db.select({ n: count() }).from(deflections).get()!.n).toBeGreaterThan(50);
    expect(db.select({ n: count() }).from(callBacks).where(isNotNull(callBacks.doneAt)).get()!.n).toBeGreaterThan(0);
    expect(db.select({ n: count() }).from(kbEntryVersions).where(isNotNull(kbEntryVersions.note)).get()!.n).toBeGreaterThanOrEqual(4);
    // Old notices were read; a member is not greeted by three months of them.
    const giaidap = db.select({ id: users.id }).from(users).where(eq(users.username, "giaidap")).get()!.id;
    expect(db.select({ n: count() }).from(notifications).where(and(eq(notifications.userId, giaidap), isNull(notifications.readAt))).get()!.n).toBeLessThan(30);
    // Last month's leaderboard ranks every demo unit, and they do not all earn the same grade.
    const { period } = resolvePeriod({ period: "last_month" }, desk.now.value, "Asia/Ho_Chi_Minh");
    const o = buildOverview(db, loadCalendar(db, "Asia/Ho_Chi_Minh"), period, desk.now.value, { trendWeeks: 4, clipWeeks: true });
    const demoUnits = ["Công an phường Hoàn Kiếm", "Công an phường Ba Đình", "Công an xã Sóc Sơn", "Phòng Cảnh sát hình sự", "Trại tạm giam"];
    for (const name of demoUnits) expect(o.units.find((u) => u.name === name)?.rank, name).not.toBeNull();
    expect(new Set(o.units.filter((u) => u.rank !== null).map((u) => u.result.grade)).size).toBeGreaterThan(1);
  });

  it("leaves the auto-close watch nothing to do at the first start: answers nobody followed up closed over the quarter, as they fell due", async () => {
    await seedDemoIfEmpty(desk.db, desk.now.value);
    const db = desk.db;
    const cal = loadCalendar(db, "Asia/Ho_Chi_Minh");
    expect(autoCloseAnswered(db, desk.now.value, cal, 5)).toEqual([]);
    // The watch's closes happened over the quarter, on many days, each once its question was due.
    const automatic = db
      .select({ at: auditLog.at })
      .from(auditLog)
      .where(and(eq(auditLog.action, "question.close"), sql`json_extract(${auditLog.data}, '$.automatic') = 1`))
      .all();
    expect(automatic.length).toBeGreaterThan(50);
    expect(new Set(automatic.map((a) => a.at.toISOString().slice(0, 10))).size).toBeGreaterThan(20);
    expect(automatic.every((a) => a.at < desk.now.value)).toBe(true);
  });

  it("keeps the monthly reports the steering board issued for each past month of the quarter, numbered in sequence", async () => {
    await seedDemoIfEmpty(desk.db, desk.now.value);
    const issued = desk.db.select().from(monthlyReports).orderBy(monthlyReports.issuedAt).all();
    // The quarter spans at least two whole months before the demo's "now".
    expect(issued.length).toBeGreaterThanOrEqual(2);
    for (const r of issued) {
      expect(r.issuedAt.getTime()).toBeLessThanOrEqual(desk.now.value.getTime());
      // Issued in the month after the one it reports on.
      expect(r.issuedOn > `${r.month}-31`).toBe(true);
      expect(r.signerName).toBe("Nguyễn Văn Thắng");
    }
    for (const year of new Set(issued.map((r) => r.year))) {
      const numbers = issued.filter((r) => r.year === year).map((r) => r.number);
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    }
    const head = await desk.login("chihuy", DEMO_PASSWORD);
    const list = await head.get(`/reports/monthly/issued?year=${issued.at(-1)!.year}`);
    expect(list.status).toBe(200);
    expect(await list.text()).toContain(`${issued.at(-1)!.number}/BC-HSNV`);
  });

  it("builds the same quarter every time", async () => {
    await seedDemoIfEmpty(desk.db, desk.now.value);
    const other = createTestDesk();
    try {
      await seedDemoIfEmpty(other.db, desk.now.value);
      const shape = (db: TestDesk["db"]) => db.select({ s: questions.status, n: count() }).from(questions).groupBy(questions.status).all();
      expect(shape(other.db)).toEqual(shape(desk.db));
    } finally {
      other.close();
    }
  });
});
