import { and, count, desc, eq, isNull } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { kbCitations, kbEntries, questions, regulationArticles, regulations, userRoles, users } from "../../db/schema.js";
import { DEMO_PASSWORD } from "../../db/seed/demo-content.js";
import { seedDemoIfEmpty } from "../../src/services/demo-seed.js";
import { createTestDesk, type TestDesk } from "../support/app.js";

let desk: TestDesk;
beforeEach(() => {
  desk = createTestDesk();
});
afterEach(() => desk.close());

describe("demo data", () => {
  it("creates the team of nine, the other roles, questions in several states and the knowledge base", async () => {
    const logins = await seedDemoIfEmpty(desk.db, desk.now.value);
    expect(logins?.accounts.map((a) => a.username)).toEqual(["canbo", "giaidap", "totruong", "covan", "chihuy", "admin"]);
    const answerers = desk.db.select({ n: count() }).from(userRoles).where(eq(userRoles.role, "answerer")).get()!.n;
    expect(answerers).toBe(9);
    const statuses = new Set(desk.db.select({ s: questions.status }).from(questions).all().map((r) => r.s));
    expect(statuses).toEqual(new Set(["assigned", "answered", "closed"]));
    expect(desk.db.select({ n: count() }).from(kbEntries).get()!.n).toBeGreaterThanOrEqual(30);
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
});
