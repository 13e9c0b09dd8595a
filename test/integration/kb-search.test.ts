// Knowledge-base search over HTTP: the JSON contract and the page, with and without diacritics.
import { eq } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { categories, deflections, kbEntries as kbEntriesTable, questions } from "../../db/schema.js";
import { kbEntries as demoEntries } from "../../db/seed/demo-content.js";
import { join } from "node:path";
import { openDatabase } from "../../src/db.js";
import { upsertPublishedEntries } from "../../src/services/kb-entries.js";
import { anonymous, createTestDesk, idFromLocation, type Session, type TestDesk } from "../support/app.js";

let desk: TestDesk;
let officer: Session;
beforeAll(async () => {
  desk = createTestDesk();
  upsertPublishedEntries(desk.db, null, demoEntries, desk.now.value);
  await desk.addUser("canbo", ["officer"]);
  officer = await desk.login("canbo");
});
afterAll(() => desk.close());

const api = async (q: string, extra = "") => {
  const res = await officer.get(`/api/kb/search?q=${encodeURIComponent(q)}${extra}`);
  expect(res.status).toBe(200);
  return (await res.json()) as { query: string; total: number; results: { id: number; ref: string; title: string; snippet: string; score: number; url: string; flagged: unknown }[] };
};

// FTS5 and SQL syntax, control characters and letters that fold, for generated queries.
const FTS_SYNTAX = ['"', "*", "(", ")", ":", "-", "+", "^", "AND", "OR", "NOT", "NEAR", " ", "'", ";", "--", "\\", "%", "\u0000", "\t", "\n", "đ", "Đ", "ó", "ö", "\u0301"];

// The question as the desk reads it: control characters dropped (tab and new line kept), at most
// 2,000 characters.
const asRead = (q: string) => q.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, "").slice(0, 2000);

// The contract's shape, whatever was asked: the question as read, best first, links to the entries.
function expectContract(body: Awaited<ReturnType<typeof api>>, q?: string) {
  expect(Object.keys(body)).toEqual(["query", "total", "results"]);
  if (q !== undefined) expect(body.query).toBe(asRead(q));
  expect(Number.isInteger(body.total)).toBe(true);
  expect(body.results.length).toBeLessThanOrEqual(Math.min(body.total, 10));
  for (const r of body.results) expect(r.url).toBe(`/kb/${r.id}`);
  const scores = body.results.map((r) => r.score);
  expect([...scores].sort((a, b) => b - a)).toEqual(scores);
}

describe("GET /api/kb/search", () => {
  it("answers in the contract's shape, best first", async () => {
    const body = await api("thời hạn cấp phiếu lý lịch tư pháp", "&limit=3");
    expect(Object.keys(body)).toEqual(["query", "total", "results"]);
    expect(body.query).toBe("thời hạn cấp phiếu lý lịch tư pháp");
    expect(body.results).toHaveLength(3);
    const first = body.results[0]!;
    // The contract's fields first and unchanged; `flagged` was added by issue 15 (null: not flagged).
    expect(Object.keys(first)).toEqual(["id", "ref", "title", "snippet", "score", "url", "flagged"]);
    expect(first.url).toBe(`/kb/${first.id}`);
    expect(first.flagged).toBeNull();
    expect(first.title).toContain("Thời hạn cấp Phiếu lý lịch tư pháp");
    const scores = body.results.map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it("finds the same entries for xóa án tích in any case and with or without diacritics, đ included", async () => {
    const refs = async (q: string) => (await api(q)).results.map((r) => r.ref);
    const base = await refs("xóa án tích");
    expect(base.length).toBeGreaterThan(0);
    expect(await refs("xoa an tich")).toEqual(base);
    expect(await refs("XÓA ÁN TÍCH")).toEqual(base);
    expect(await refs("xoá án tích")).toEqual(base);
    expect(await refs("dang ky thuong tru")).toEqual(await refs("đăng ký thường trú"));
  });

  it("finds the entry for a long pasted question without demanding every word", async () => {
    const body = await api("Đồng chí cho hỏi: cháu bé 10 tuổi chưa có thẻ thì bố mẹ làm thủ tục cấp căn cước ở đâu, có cần lấy vân tay không?");
    expect(body.results.slice(0, 3).map((r) => r.ref)).toContain("KB-0019");
  });

  it("requires a quoted phrase to appear as written", async () => {
    const body = await api('"người nước ngoài"');
    expect(body.results.length).toBeGreaterThan(0);
    for (const r of body.results) {
      const entry = demoEntries.find((e) => e.ref === r.ref)!;
      expect(`${entry.title} ${entry.question} ${entry.answer}`.toLowerCase()).toContain("người nước ngoài");
    }
  });

  it("answers 200 to any input, however odd, in the contract's shape", async () => {
    const odd = ["", "   ", '"', "AND OR NOT NEAR", "*", "(", "title:x", "' OR 1=1 --", "😀", "a".repeat(5000), "x\u0000y", "NEAR(a b, 2)", "-", "^phiếu", "a:b:c"];
    for (const q of odd) expectContract(await api(q), q);
    // Generated text made of FTS5 syntax, SQL, control characters and any Unicode grapheme.
    const piece = fc.oneof(fc.constantFrom(...FTS_SYNTAX), fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }));
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: piece, maxLength: 40 }), async (q) => expectContract(await api(q), q)),
      { numRuns: 150 },
    );
  });

  it("reads a limit or page it cannot use as the defaults, and answers a broken escape", async () => {
    const defaults = await api("hồ sơ");
    expect(defaults.results).toHaveLength(Math.min(defaults.total, 10));
    for (const extra of ["&limit=abc&page=-1", "&limit=0&page=0", "&limit=1e9&page=1.5", "&limit=&page=", "&limit=-3&page=abc"]) {
      expect(await api("hồ sơ", extra), extra).toEqual(defaults);
    }
    expect((await api("hồ sơ", "&limit=3")).results).toHaveLength(3);
    const broken = await officer.get("/api/kb/search?q=%E0%A4%A");
    expect(broken.status).toBe(200);
    expectContract(await broken.json());
  });

  it("is 401 JSON without a session", async () => {
    const res = await anonymous(desk).get("/api/kb/search?q=x");
    expect(res.status).toBe(401);
  });
});

describe("GET /kb?q=", () => {
  const totalOf = (html: string) => Number(html.match(/(\d+) mục phù hợp/)![1]);

  it("lists results linking /kb/:id with highlights on the accented text", async () => {
    const html = await (await officer.get("/kb?q=xoa+an+tich")).text();
    expect(html).toMatch(/href="\/kb\/\d+"/);
    expect(html).toContain("<mark>án</mark>");
    expect(html).toContain("<mark>tích</mark>");
  });

  it("filters by category and tag and keeps the filters in the page", async () => {
    const cat = desk.db.select().from(categories).where(eq(categories.code, "ly-lich-tu-phap")).get()!.id;
    const tag = "phiếu số 2";
    const html = await (await officer.get(`/kb?q=${encodeURIComponent("phiếu")}&category=${cat}&tag=${encodeURIComponent(tag)}`)).text();
    // Only entries of that category carrying that tag…
    const found = [...html.matchAll(/<a href="\/kb\/(\d+)" class="kb-list__title">/g)].map((m) => Number(m[1]));
    expect(found.length).toBeGreaterThan(0);
    for (const id of found) {
      const entry = desk.db.select().from(kbEntriesTable).where(eq(kbEntriesTable.id, id)).get()!;
      expect(entry.categoryId).toBe(cat);
      expect(demoEntries.find((e) => e.ref === entry.ref)!.tags).toContain(tag);
    }
    const unfiltered = await (await officer.get(`/kb?q=${encodeURIComponent("phiếu")}`)).text();
    expect(totalOf(html)).toBe(found.length);
    expect(totalOf(unfiltered)).toBeGreaterThan(found.length);
    // …and the form comes back as it was sent: the words, the category and the tag chosen.
    expect(html).toMatch(/<input id="kb-q" type="search" name="q" value="phiếu"/);
    expect(html).toMatch(new RegExp(`<option value="${cat}" selected=""`));
    expect(html).toMatch(new RegExp(`<option value="${tag}" selected=""`));
    expect(html.match(/selected=""/g)).toHaveLength(2);
  });

  it("keeps the filters in the links to the next and previous pages", async () => {
    const own = createTestDesk(); // a dozen entries of one category and tag, more than a page
    try {
      const forms = Array.from({ length: 12 }, (_, i) => ({ ref: `BM-${i + 1}`, title: `Biểu mẫu thống kê số ${i + 1}`, question: `Biểu mẫu thống kê số ${i + 1} dùng khi nào?`, answer: "Theo hướng dẫn.", category: "thong-ke", tags: ["biểu mẫu"], citations: [] }));
      upsertPublishedEntries(own.db, null, forms, own.now.value);
      await own.addUser("canbo", ["officer"]);
      const reader = await own.login("canbo");
      const cat = own.db.select().from(categories).where(eq(categories.code, "thong-ke")).get()!.id;
      const filters = new URLSearchParams({ q: "biểu mẫu", category: String(cat), tag: "biểu mẫu" }).toString();
      const inLink = filters.replaceAll("&", "&amp;");
      const first = await (await reader.get(`/kb?${filters}`)).text();
      expect(first).toContain("Trang 1/2");
      expect(first).toContain(`<a href="/kb?${inLink}&amp;page=2">Trang sau →</a>`);
      const second = await (await reader.get(`/kb?${filters}&page=2`)).text();
      expect(second).toContain("Trang 2/2");
      expect(second).toContain(`<a href="/kb?${inLink}">← Trang trước</a>`);
      expect(second).toContain('<ol class="kb-list" start="11">');
      expect(second).toMatch(/<input id="kb-q" type="search" name="q" value="biểu mẫu"/);
      expect(second).toMatch(new RegExp(`<option value="${cat}" selected=""`));
      expect(second).toMatch(/<option value="biểu mẫu" selected=""/);
    } finally {
      own.close();
    }
  });

  it("keeps the words in the form when nothing matches", async () => {
    const none = await (await officer.get("/kb?q=phi%E1%BA%BFu&category=999")).text();
    expect(none).toContain("Không tìm thấy mục hỏi – đáp phù hợp với “phiếu”");
    expect(none).toMatch(/<input id="kb-q" type="search" name="q" value="phiếu"/);
  });

  it("shows recent entries when there is no query", async () => {
    const html = await (await officer.get("/kb")).text();
    expect(html).toContain("Mục mới cập nhật");
  });
});

describe("suggestions while asking and answering", () => {
  it("suggests entries for the title being typed, and records a deflection instead of a question", async () => {
    const html = await (await officer.get(`/kb/suggest?title=${encodeURIComponent("làm căn cước cho trẻ dưới 14 tuổi")}`, { headers: { "hx-request": "true" } })).text();
    expect(html).toContain("Có thể đã có câu trả lời");
    const id = Number(html.match(/href="\/kb\/(\d+)"/)![1]);
    const res = await officer.post(`/kb/${id}/deflect`, { title: "làm căn cước cho trẻ dưới 14 tuổi", body: "" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/kb/${id}?deflected=1`);
    const rows = desk.db.select().from(deflections).all();
    expect(rows).toEqual([expect.objectContaining({ entryId: id, query: "làm căn cước cho trẻ dưới 14 tuổi" })]);
    expect(desk.db.select().from(questions).all()).toHaveLength(0);
  });

  it("says nothing matched rather than failing on odd input", async () => {
    const res = await officer.get(`/kb/suggest?title=${encodeURIComponent('"(*')}`);
    expect(res.status).toBe(200);
  });

  it("shows related entries beside the answer box and inserts a link into the draft", async () => {
    await desk.addUser("giaidap", ["answerer"]);
    const team = await desk.login("giaidap");
    const cat = desk.db.select().from(categories).where(eq(categories.code, "can-cuoc")).get()!.id;
    const qid = idFromLocation(await officer.post("/questions", { title: "Cấp căn cước cho cháu 6 tuổi", body: "Bố mẹ hỏi thủ tục cấp thẻ căn cước cho trẻ em dưới 14 tuổi.", category: String(cat) }));
    const page = await (await team.get(`/questions/${qid}`)).text();
    expect(page).toContain("Mục hỏi – đáp liên quan");
    const id = Number(page.match(/hx-get="\/kb\/insert-link\?entry=(\d+)"/)![1]);
    const frag = await (await team.get(`/kb/insert-link?entry=${id}&body=${encodeURIComponent("Trả lời:")}`)).text();
    expect(frag).toMatch(new RegExp(`Trả lời:\\n\\nXem thêm: \\[[^\\]]+\\]\\(/kb/${id}\\)`));
    expect((await officer.get(`/kb/insert-link?entry=${id}`)).status).toBe(403);
  });

  it("only officers record deflections", async () => {
    await desk.addUser("covan", ["advisor"]);
    const advisor = await desk.login("covan");
    expect((await advisor.post("/kb/1/deflect", { title: "x" })).status).toBe(403);
  });
});

describe("printable sheet", () => {
  it("prints an entry with a QR code image that encodes its page", async () => {
    const id = desk.db.select().from(kbEntriesTable).get()!.id;
    const html = await (await officer.get(`/kb/${id}/print`)).text();
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain(`src="/kb/${id}/qr.svg"`);
    expect(html).toContain(`http://localhost/kb/${id}`);
    const qr = await officer.get(`/kb/${id}/qr.svg`);
    expect(qr.headers.get("content-type")).toContain("image/svg+xml");
    expect(await qr.text()).toMatch(/^<svg/);
    expect((await officer.get("/kb/999999/print")).status).toBe(404);
  });
});

describe("caches and writers in other processes", () => {
  it("sees entries imported through another connection (kb:import beside the server)", async () => {
    await api("thẻ căn cước"); // warm the term statistics and facets
    expect((await api("niêm phong tàng thư")).results.map((r) => r.ref)).not.toContain("EXT-1"); // and this answer
    const other = openDatabase(join(desk.dir, "test.sqlite"));
    upsertPublishedEntries(other, null, [{ ref: "EXT-1", title: "Quy trình niêm phong tàng thư đặc biệt", question: "Niêm phong tàng thư thế nào?", answer: "Theo quy trình niêm phong.", category: "luu-tru", tags: ["niêm phong"], citations: [] }], desk.now.value);
    other.$client.close();
    expect((await api("niêm phong tàng thư")).results[0]?.ref).toBe("EXT-1");
    expect(await (await officer.get("/kb")).text()).toContain('<option value="niêm phong"');
  });
});

describe("entry page", () => {
  it("shows related entries, a link to the printable sheet, and thanks after a deflection", async () => {
    const ref = demoEntries.find((e) => e.title.includes("Thời hạn cấp Phiếu"))!.ref;
    const id = desk.db.select().from(kbEntriesTable).where(eq(kbEntriesTable.ref, ref)).get()!.id;
    const html = await (await officer.get(`/kb/${id}?deflected=1`)).text();
    expect(html).toContain("Mục hỏi – đáp liên quan");
    expect(html).not.toContain(`<a href="/kb/${id}">`);
    expect(html).toContain(`href="/kb/${id}/print"`);
    expect(html).toContain("đã ghi nhận câu hỏi được giải đáp");
  });
});
