// Finding past questions: the list's filters against a hand-built desk whose expected counts are
// worked out by hand below, full-text search in every spelling, htmx fragments, saved filters, and
// similar answered questions beside the answer box.
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { categories, questions, savedFilters, units } from "../../db/schema.js";
import { logCall } from "../../src/services/calls.js";
import { loadCalendar } from "../../src/services/calendar.js";
import { seedDemoIfEmpty } from "../../src/services/demo-seed.js";
import { closeQuestion, withdrawQuestion } from "../../src/services/question-closure.js";
import { backfillQuestionIndex, questionMatch } from "../../src/search/questions.js";
import { answerQuestion, requestClarification } from "../../src/services/question-thread.js";
import { currentUser } from "../../src/services/users.js";
import { createTestDesk, type Session, type TestDesk } from "../support/app.js";

// Local (Hà Nội, UTC+7) wall-clock time as an instant.
const local = (s: string) => new Date(`${s}+07:00`);

const ids = (html: string) => [...html.matchAll(/class="qlist__title" href="\/questions\/(\d+)"/g)].map((m) => Number(m[1]));
const countOf = (html: string) => Number(/(\d+) câu hỏi<\/p>/.exec(html)?.[1] ?? NaN);

let desk: TestDesk;
let team: Session; // a1, answerer for Lý lịch tư pháp
let team2: Session; // a2, answerer for Xóa án tích and Căn cước
let steering: Session;
let officer1: Session;
let a1 = 0;
let a2 = 0;
let unitA = 0;
let unitB = 0;
const cat: Record<string, number> = {};
const q: Record<number, number> = {}; // fixture number → question id

async function list(s: Session, query: string) {
  const res = await s.get(`/questions${query ? `?${query}` : ""}`);
  expect(res.status, query).toBe(200);
  const html = await res.text();
  return { html, ids: ids(html), count: countOf(html) };
}
// The fixture numbers of a list, to compare with the hand counts.
const numbers = (questionIds: number[]) =>
  questionIds.map((id) => Number(Object.entries(q).find(([, v]) => v === id)?.[0])).sort((x, y) => x - y);

beforeAll(async () => {
  desk = createTestDesk();
  const o1 = await desk.addUser("canbo1", ["officer"], { unit: "Công an phường Hàng Bông" });
  const o2 = await desk.addUser("canbo2", ["officer"], { unit: "Công an phường Hàng Bông" });
  const o3 = await desk.addUser("canbo3", ["officer"], { unit: "Công an quận Hoàn Kiếm" });
  a1 = await desk.addUser("giaidap1", ["answerer"], { specialties: ["ly-lich-tu-phap"] });
  a2 = await desk.addUser("giaidap2", ["answerer"], { specialties: ["xoa-an-tich", "can-cuoc"] });
  await desk.addUser("chihuy", ["steering"]);
  team = await desk.login("giaidap1");
  team2 = await desk.login("giaidap2");
  steering = await desk.login("chihuy");
  officer1 = await desk.login("canbo1");
  unitA = desk.db.select().from(units).where(eq(units.name, "Công an phường Hàng Bông")).get()!.id;
  unitB = desk.db.select().from(units).where(eq(units.name, "Công an quận Hoàn Kiếm")).get()!.id;
  for (const code of ["ly-lich-tu-phap", "xoa-an-tich", "can-cuoc"]) cat[code] = desk.db.select().from(categories).where(eq(categories.code, code)).get()!.id;

  const actor = (id: number) => currentUser(desk.db, id)!;
  const ask = (n: number, at: string, asker: number, code: string, title: string, body: string) => {
    desk.now.value = local(at);
    q[n] = desk.ask(asker, code, title, body);
  };
  const body = "Đồng chí cho hỏi trường hợp cụ thể như trên.";
  // n  asked (local)          asker unit category         end state
  // 1  Mon 16/11 09:00        o1    A    lý lịch tư pháp  answered
  // 2  Mon 16/11 10:00        o3    B    xóa án tích      closed
  // 10 Mon 16/11 14:00        o3    B    lý lịch tư pháp  assigned, overdue
  // 3  Wed 18/11 23:30        o1    A    căn cước         assigned, overdue (clock from Thu 08:00)
  // 4  Thu 19/11 00:30        o3    B    lý lịch tư pháp  assigned, overdue — same UTC day as 3
  // 5  Thu 19/11 15:00        o2    A    xóa án tích      assigned, due soon (20 of 24 h used)
  // 6  Fri 20/11 14:00        o1    A    lý lịch tư pháp  assigned, on time (13 h used)
  // 7  Mon 23/11 09:00        o3    B    căn cước         waiting_info from 10:00, on time (frozen at 1 h)
  // 8  Tue 24/11 08:30        o2    A    lý lịch tư pháp  withdrawn
  // 9  Tue 24/11 09:00        o1    A    xóa án tích      answered (the answer alone says "trích lục")
  ask(1, "2026-11-16T09:00:00", o1, "ly-lich-tu-phap", "Cấp Phiếu lý lịch tư pháp số 2 cho người đang chấp hành án", body);
  desk.now.value = local("2026-11-16T11:00:00");
  answerQuestion(desk.db, actor(a1), q[1]!, "Theo **Điều 7** của Luật, Phiếu số 2 được cấp cho chính người đó.", desk.now.value);
  ask(2, "2026-11-16T10:00:00", o3, "xoa-an-tich", "Thời hạn xóa án tích đối với án treo", body);
  desk.now.value = local("2026-11-17T10:00:00");
  answerQuestion(desk.db, actor(a2), q[2]!, "Sau thời hạn thử thách, Phiếu lý lịch tư pháp không ghi án đã được xóa.", desk.now.value);
  closeQuestion(desk.db, actor(o3), q[2]!, local("2026-11-17T11:00:00"));
  ask(10, "2026-11-16T14:00:00", o3, "ly-lich-tu-phap", "Hồ sơ đề nghị cấp Phiếu lý lịch tư pháp qua VNeID", body);
  ask(3, "2026-11-18T23:30:00", o1, "can-cuoc", "Cấp lại căn cước khi thay đổi nơi thường trú", body);
  ask(4, "2026-11-19T00:30:00", o3, "ly-lich-tu-phap", "Phiếu lý lịch tư pháp cho người nước ngoài", body);
  ask(5, "2026-11-19T15:00:00", o2, "xoa-an-tich", "Xóa án tích cho người bị phạt tiền", body);
  ask(6, "2026-11-20T14:00:00", o1, "ly-lich-tu-phap", "Tra cứu lý lịch tư pháp của người đã chết", body);
  ask(7, "2026-11-23T09:00:00", o3, "can-cuoc", "Căn cước cho người dưới 14 tuổi", body);
  requestClarification(desk.db, actor(a2), q[7]!, "Xin đồng chí cho biết năm sinh.", local("2026-11-23T10:00:00"));
  ask(8, "2026-11-24T08:30:00", o2, "ly-lich-tu-phap", "Hỏi thêm về lý lịch tư pháp", body);
  withdrawQuestion(desk.db, actor(o2), q[8]!, local("2026-11-24T08:45:00"));
  ask(9, "2026-11-24T09:00:00", o1, "xoa-an-tich", "Đương nhiên được xóa án tích trong trường hợp nào", body);
  desk.now.value = local("2026-11-24T09:30:00");
  answerQuestion(desk.db, actor(a2), q[9]!, "Cần nộp **trích lục** bản án và giấy chứng nhận đã chấp hành xong.", desk.now.value);
  desk.now.value = local("2026-11-24T10:00:00"); // Tue 24/11 10:00: the moment every count below is made
});
afterAll(() => desk.close());

describe("the fixture", () => {
  it("is what the hand counts assume: routing, states", () => {
    const rows = desk.db.select().from(questions).all();
    const byId = new Map(rows.map((r) => [r.id, r]));
    const assignee = (n: number) => byId.get(q[n]!)!.assigneeId;
    expect([1, 4, 6, 8, 10].map(assignee)).toEqual([a1, a1, a1, a1, a1]);
    expect([2, 3, 5, 7, 9].map(assignee)).toEqual([a2, a2, a2, a2, a2]);
    expect(Object.keys(q).map(Number).sort((x, y) => x - y).map((n) => byId.get(q[n]!)!.status)).toEqual([
      "answered", "closed", "assigned", "assigned", "assigned", "assigned", "waiting_info", "withdrawn", "answered", "assigned",
    ]);
  });
});

describe("filters, one at a time and combined (team view)", () => {
  const cases: [string, () => string, number[]][] = [
    ["no filter", () => "", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]],
    ["status=open (every unfinished state)", () => "status=open", [3, 4, 5, 6, 7, 10]],
    ["status=assigned", () => "status=assigned", [3, 4, 5, 6, 10]],
    ["status repeated", () => "status=answered&status=closed", [1, 2, 9]],
    ["category", () => `category=${cat["ly-lich-tu-phap"]}`, [1, 4, 6, 8, 10]],
    ["unit (the asker's when asking)", () => `unit=${unitA}`, [1, 3, 5, 6, 8, 9]],
    ["unit B", () => `unit=${unitB}`, [2, 4, 7, 10]],
    ["assignee", () => `assignee=${a2}`, [2, 3, 5, 7, 9]],
    ["due=overdue", () => "due=overdue", [3, 4, 10]],
    ["due=due_soon", () => "due=due_soon", [5]],
    ["due=on_time (open only; a waiting question frozen at its pause)", () => "due=on_time", [6, 7]],
    ["from a local date (00:30 on the 19th counts, 23:30 on the 18th does not)", () => "from=2026-11-19", [4, 5, 6, 7, 8, 9]],
    ["to a local date, inclusive", () => "to=2026-11-18", [1, 2, 3, 10]],
    ["one local day, though 3 and 4 share a UTC date", () => "from=2026-11-18&to=2026-11-18", [3]],
    ["the next local day", () => "from=2026-11-19&to=2026-11-19", [4, 5]],
    ["unit + open", () => `unit=${unitA}&status=open`, [3, 5, 6]],
    ["category + overdue", () => `category=${cat["ly-lich-tu-phap"]}&due=overdue`, [4, 10]],
    ["text + status", () => "q=xoa+an+tich&status=answered", [9]],
    ["unit + assignee + from", () => `unit=${unitB}&assignee=${a1}&from=2026-11-17`, [4]],
    ["nothing matches", () => `category=${cat["can-cuoc"]}&status=answered`, []],
    ["bad values are ignored", () => "status=bogus&category=abc&unit=-1&assignee=x&from=2026-02-30&to=yesterday&due=late&sort=up&page=0", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]],
  ];
  it.each(cases)("%s", async (_, query, expected) => {
    const r = await list(steering, query());
    expect(numbers(r.ids)).toEqual(expected);
    expect(r.count).toBe(expected.length);
  });

  it("assignee=me is the signed-in answerer; with due=overdue it is the ready-made suggestion", async () => {
    expect(numbers((await list(team, "assignee=me")).ids)).toEqual([1, 4, 6, 8, 10]);
    expect(numbers((await list(team2, "assignee=me&due=overdue")).ids)).toEqual([3]);
  });

  it("sorts newest, oldest, or by deadline with open questions first", async () => {
    expect((await list(steering, "")).ids.map((id) => numbers([id])[0])).toEqual([9, 8, 7, 6, 5, 4, 3, 10, 2, 1]);
    expect((await list(steering, "sort=oldest")).ids.map((id) => numbers([id])[0])).toEqual([1, 2, 10, 3, 4, 5, 6, 7, 8, 9]);
    const byDeadline = (await list(steering, "sort=deadline")).ids.map((id) => numbers([id])[0]);
    expect(byDeadline.slice(0, 6)).toEqual([10, 3, 4, 5, 6, 7].sort((x, y) => deadlineOf(x) - deadlineOf(y) || q[x]! - q[y]!));
    expect(new Set(byDeadline.slice(6))).toEqual(new Set([1, 2, 8, 9]));
  });
  const deadlineOf = (n: number) => desk.db.select().from(questions).where(eq(questions.id, q[n]!)).get()!.deadlineAt.getTime();
});

describe("officers", () => {
  it("see only their own questions and cannot widen the list with unit or assignee", async () => {
    const mine = [1, 3, 6, 9];
    expect(numbers((await list(officer1, "")).ids)).toEqual(mine);
    expect(numbers((await list(officer1, `unit=${unitB}`)).ids)).toEqual(mine);
    expect(numbers((await list(officer1, `assignee=${a1}`)).ids)).toEqual(mine);
    expect(numbers((await list(officer1, "q=ly+lich+tu+phap")).ids)).toEqual([1, 6]);
    expect(numbers((await list(officer1, "status=open")).ids)).toEqual([3, 6]);
  });

  it("are not offered the unit and assignee filters", async () => {
    const { html } = await list(officer1, "");
    expect(html).toContain("Câu hỏi của tôi");
    expect(html).not.toContain('name="unit"');
    expect(html).not.toContain('name="assignee"');
    expect(html).not.toContain("Việc quá hạn của tôi");
    const teamPage = (await list(team, "")).html;
    expect(teamPage).toContain('<select id="f-unit" name="unit">');
    expect(teamPage).toContain('<select id="f-assignee" name="assignee">');
  });
});

describe("full text", () => {
  it("finds the same questions with or without diacritics, in upper case, and đ as d", async () => {
    const spellings = ["xóa án tích", "xoa an tich", "XÓA ÁN TÍCH", "Xoá Án Tích", "XOA AN TICH"];
    for (const text of spellings) {
      const r = await list(steering, `q=${encodeURIComponent(text)}`);
      expect(numbers(r.ids), text).toEqual([2, 5, 9]);
      expect(r.count).toBe(3);
    }
    for (const text of ["Đương nhiên", "duong nhien", "DUONG NHIEN"]) expect(numbers((await list(steering, `q=${encodeURIComponent(text)}`)).ids), text).toEqual([9]);
  });

  it("needs every word (AND) and keeps quoted phrases in order", async () => {
    expect(numbers((await list(steering, "q=VNeID")).ids)).toEqual([10]);
    expect(numbers((await list(steering, "q=vneid+canh+sat")).ids)).toEqual([]);
    expect(numbers((await list(steering, `q=${encodeURIComponent('"tích án"')}`)).ids)).toEqual([]);
    expect(numbers((await list(steering, `q=${encodeURIComponent("tích án")}`)).ids)).toEqual([2, 5, 9]);
  });

  it("searches the answers' text too", async () => {
    expect(numbers((await list(steering, "q=trich+luc")).ids)).toEqual([9]);
  });

  it("ranks a match in the title above one only in an answer when sorting by relevance", async () => {
    // "lý lịch tư pháp": titles of 1, 4, 6, 8 and 10; only the answer of 2.
    const r = await list(steering, `q=${encodeURIComponent("lý lịch tư pháp")}`);
    expect(numbers(r.ids)).toEqual([1, 2, 4, 6, 8, 10]);
    expect(numbers([r.ids.at(-1)!])).toEqual([2]);
    const newest = await list(steering, `q=${encodeURIComponent("lý lịch tư pháp")}&sort=newest`);
    expect(newest.ids.map((id) => numbers([id])[0])).toEqual([8, 6, 4, 10, 2, 1]);
  });

  it("gives a page for any input", async () => {
    const odd = ['"', "*", "NEAR(", "a OR", "x AND", "\"unterminated", "-", "^ : ( ) {}", "'; DROP TABLE questions; --", "lý ".repeat(2000), "x".repeat(5000), "%00%ZZ"];
    for (const text of odd) {
      const res = await steering.get(`/questions?q=${encodeURIComponent(text)}&sort=relevance`);
      expect(res.status, text.slice(0, 20)).toBe(200);
    }
    expect((await steering.get("/questions?q=%E0%A4%A")).status).toBe(200); // a broken percent escape
  });

  it("drops a date filter that names no day the desk can date, and still gives the page", async () => {
    for (const q of ["from=0050-01-01", "to=1899-12-31", "from=2026-02-30", "from=2026-11-01&to=0001-01-01"]) {
      expect((await steering.get(`/questions?${q}`)).status, q).toBe(200);
    }
  });
});

describe("htmx", () => {
  it("gets the results alone, with the canonical URL to push; a history restore gets the page", async () => {
    const res = await steering.get(`/questions?q=&status=open&category=&unit=${unitA}&sort=`, { headers: { "HX-Request": "true" } });
    const html = await res.text();
    expect(html.startsWith('<section id="question-results"')).toBe(true);
    expect(html).not.toContain("<html");
    expect(countOf(html)).toBe(3);
    expect(res.headers.get("HX-Push-Url")).toBe(`/questions?status=open&unit=${unitA}`);
    const restore = await steering.get("/questions?status=open", { headers: { "HX-Request": "true", "HX-History-Restore-Request": "true" } });
    expect(await restore.text()).toContain("<html");
  });

  it("the filter form works without JavaScript (plain GET) and asks htmx to refresh only the results", async () => {
    const { html } = await list(steering, "");
    expect(html).toMatch(/<form method="get" action="\/questions"[^>]*hx-get="\/questions" hx-target="#question-results"[^>]*hx-push-url="true"/);
    for (const id of ["f-q", "f-category", "f-unit", "f-assignee", "f-from", "f-to", "f-due", "f-sort"]) expect(html).toContain(`<label for="${id}">`);
  });
});

describe("pagination", () => {
  it("keeps the filters on every page link", async () => {
    const big = createTestDesk();
    try {
      const o = await big.addUser("canbo", ["officer"]);
      await big.addUser("giaidap", ["answerer"]);
      for (let i = 1; i <= 32; i++) big.ask(o, "xoa-an-tich", `Câu hỏi xóa án tích số ${i}`, "Nội dung câu hỏi đủ dài.");
      big.ask(o, "can-cuoc", "Câu hỏi căn cước", "Nội dung câu hỏi đủ dài.");
      const s = await big.login("giaidap");
      const xat = big.db.select().from(categories).where(eq(categories.code, "xoa-an-tich")).get()!.id;
      const first = await (await s.get(`/questions?category=${xat}&sort=oldest`)).text();
      expect(countOf(first)).toBe(32);
      expect(ids(first)).toHaveLength(30);
      expect(first).toContain(`href="/questions?category=${xat}&amp;sort=oldest&amp;page=2"`);
      const second = await (await s.get(`/questions?category=${xat}&sort=oldest&page=2`)).text();
      expect(ids(second)).toHaveLength(2);
      expect(second).toContain(`href="/questions?category=${xat}&amp;sort=oldest"`); // back to page 1
      expect(second).toContain("Trang 2/2");
    } finally {
      big.close();
    }
  });
});

describe("saved filters", () => {
  const rowsOf = (userId: number) => desk.db.select().from(savedFilters).where(eq(savedFilters.userId, userId)).all();

  it("offers 'Việc quá hạn của tôi' to the team before anything is saved", async () => {
    const { html } = await list(team, "");
    expect(html).toContain('<a href="/questions?assignee=me&amp;due=overdue">Việc quá hạn của tôi</a>');
  });

  it("saves the current filters under a name, lists them as links, and deletes them", async () => {
    const query = `category=${cat["ly-lich-tu-phap"]}&due=overdue&page=3&bogus=1`;
    const res = await team.post("/questions/filters", { name: "Lý lịch quá hạn", query });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/questions?category=${cat["ly-lich-tu-phap"]}&due=overdue`);
    const [row] = rowsOf(a1);
    expect(row).toMatchObject({ name: "Lý lịch quá hạn", query: `category=${cat["ly-lich-tu-phap"]}&due=overdue` });
    const page = (await list(team, "")).html;
    expect(page).toContain(`<a href="/questions?category=${cat["ly-lich-tu-phap"]}&amp;due=overdue">Lý lịch quá hạn</a>`);
    expect(numbers((await list(team, row!.query)).ids)).toEqual([4, 10]);

    expect((await team2.post(`/questions/filters/${row!.id}/delete`)).status).toBe(404); // not theirs
    expect(rowsOf(a1)).toHaveLength(1);
    expect((await team.post("/questions/filters/99999/delete")).status).toBe(404);
    const del = await team.post(`/questions/filters/${row!.id}/delete`);
    expect(del.status).toBe(303);
    expect(rowsOf(a1)).toHaveLength(0);
  });

  it("refuses an empty, a too long or a duplicate name with 422, the form refilled", async () => {
    const query = "status=open";
    const empty = await team2.post("/questions/filters", { name: "  ", query });
    expect(empty.status).toBe(422);
    const emptyHtml = await empty.text();
    expect(emptyHtml).toContain("Xin nhập tên bộ lọc.");
    expect(countOf(emptyHtml)).toBe(6); // the list of the filters being saved

    const long = "Bộ lọc ".repeat(10);
    const tooLong = await team2.post("/questions/filters", { name: long, query });
    expect(tooLong.status).toBe(422);
    const tooLongHtml = await tooLong.text();
    expect(tooLongHtml).toContain("Tên bộ lọc dài quá 60 ký tự.");
    expect(tooLongHtml).toContain(`value="${long}"`);

    expect((await team2.post("/questions/filters", { name: "Đang mở", query })).status).toBe(303);
    const dup = await team2.post("/questions/filters", { name: "Đang mở", query: "due=overdue" });
    expect(dup.status).toBe(422);
    const dupHtml = await dup.text();
    expect(dupHtml).toContain("Đồng chí đã có một bộ lọc mang tên này.");
    expect(dupHtml).toContain('value="Đang mở"');
    expect(rowsOf(a2).map((r) => r.name)).toEqual(["Đang mở"]);
    // The same name is someone else's to use too.
    expect((await team.post("/questions/filters", { name: "Đang mở", query })).status).toBe(303);
  });

  it("an officer's saved filter keeps no unit or assignee", async () => {
    const before = desk.db.select().from(savedFilters).all().length;
    const res = await officer1.post("/questions/filters", { name: "Của tôi đang mở", query: `status=open&unit=${unitB}&assignee=${a1}` });
    expect(res.status).toBe(303);
    expect(desk.db.select().from(savedFilters).all()).toHaveLength(before + 1);
    expect(desk.db.select().from(savedFilters).where(eq(savedFilters.name, "Của tôi đang mở")).get()!.query).toBe("status=open");
  });
});

describe("similar answered questions beside the answer box", () => {
  it("shows answered or closed questions like this one, with the start of their answer as plain text", async () => {
    const html = await (await team.get(`/questions/${q[4]}`)).text();
    expect(html).toContain("Câu hỏi tương tự đã trả lời");
    const section = html.slice(html.indexOf("Câu hỏi tương tự đã trả lời"));
    expect(section).toContain(`href="/questions/${q[1]}"`);
    expect(section).toContain("Theo Điều 7 của Luật, Phiếu số 2 được cấp cho chính người đó.");
    expect(section).not.toContain("**");
    // Never itself, open or withdrawn ones.
    for (const n of [4, 6, 8, 10]) expect(section).not.toContain(`href="/questions/${q[n]}"`);
  });

  it("is not shown to the asker", async () => {
    const html = await (await officer1.get(`/questions/${q[6]}`)).text();
    expect(html).not.toContain("Câu hỏi tương tự đã trả lời");
  });
});

describe("the index", () => {
  it("is rebuilt at start for questions asked before it existed", async () => {
    const found = () => desk.db.all<{ id: number }>(sql`SELECT rowid AS id FROM questions_fts WHERE questions_fts MATCH ${questionMatch("căn cước")!}`).map((r) => r.id).sort((x, y) => x - y);
    const before = found();
    expect(before).toEqual([q[3], q[7]].sort((x, y) => x! - y!));
    desk.db.run(sql`DELETE FROM questions_fts`);
    expect(found()).toEqual([]);
    backfillQuestionIndex(desk.db);
    expect(found()).toEqual(before);
    expect(numbers((await list(steering, "q=trich+luc")).ids)).toEqual([9]); // answers included
  });

  it("holds a hotline call answered on the spot, with its answer", async () => {
    const callId = logCall(
      desk.db,
      currentUser(desk.db, a1)!,
      { callerName: "Đ/c Hùng", title: "Gọi hỏi về mẫu tờ khai", body: "Hỏi qua điện thoại về mẫu tờ khai.", categoryId: cat["ly-lich-tu-phap"]!, answer: "Dùng mẫu số 03/2013/TT-LLTP." },
      desk.now.value,
      loadCalendar(desk.db, "Asia/Ho_Chi_Minh"),
    );
    expect((await list(steering, "q=mau+so+03")).ids).toEqual([callId]);
  });

  it("holds the demo questions (they are asked and answered through the services)", async () => {
    const demo = createTestDesk();
    try {
      await seedDemoIfEmpty(demo.db, demo.now.value);
      const asked = demo.db.select({ id: questions.id, title: questions.title }).from(questions).all();
      expect(asked.length).toBeGreaterThan(0);
      for (const { id, title } of asked) {
        const hits = demo.db.all<{ id: number }>(sql`SELECT rowid AS id FROM questions_fts WHERE questions_fts MATCH ${questionMatch(title)!}`);
        expect(hits.map((h) => h.id), title).toContain(id);
      }
    } finally {
      demo.close();
    }
  });
});
