// An entry flagged for review after a law it cites changed (issue 15, item 7): every reader, officers
// first, is told which document changed and since when, wherever the entry appears — its page, the
// search page, the JSON API, the suggestions while asking and beside the answer box, the printed sheet.
import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { kbEntries, regulationArticles, regulations } from "../../db/schema.js";
import { upsertPublishedEntries } from "../../src/services/kb-entries.js";
import { importRegulations, parseRegulationsJsonl } from "../../src/services/regulation-import.js";
import { createTestDesk, type Session, type TestDesk } from "../support/app.js";
import { CU_TRU_LINE, RESIDENCE_ENTRIES as ENTRIES } from "../support/kb.js";

let desk: TestDesk;
let advisor: Session;
let officer: Session;
let regulationId = 0;
let article20 = 0;

const NOTICE_LINE = "Điều 20 Luật Cư trú (68/2020/QH14) đã được sửa đổi, bổ sung từ ngày 01/07/2025.";
const REVIEWING = "Nội dung mục này đang được Ban cố vấn rà soát; đồng chí đối chiếu văn bản hiện hành trước khi áp dụng.";

beforeEach(async () => {
  desk = createTestDesk();
  await desk.addUser("covan", ["advisor"]);
  await desk.addUser("canbo", ["officer"]);
  advisor = await desk.login("covan");
  officer = await desk.login("canbo");
  importRegulations(desk.db, null, parseRegulationsJsonl(Buffer.from(JSON.stringify(CU_TRU_LINE))).entries, desk.now.value, "Asia/Ho_Chi_Minh");
  regulationId = desk.db.select().from(regulations).where(eq(regulations.number, "68/2020/QH14")).get()!.id;
  article20 = desk.db
    .select()
    .from(regulationArticles)
    .where(and(eq(regulationArticles.regulationId, regulationId), eq(regulationArticles.label, "Điều 20")))
    .get()!.id;
  upsertPublishedEntries(desk.db, null, ENTRIES, desk.now.value);
});
afterEach(() => {
  vi.restoreAllMocks();
  desk.close();
});

const entryId = (ref: string) => desk.db.select().from(kbEntries).where(eq(kbEntries.ref, ref)).get()!.id;
const amendArticle20 = async () => {
  const res = await advisor.post(`/regulations/${regulationId}/articles/${article20}/status`, { status: "amended", since: "2025-07-01" });
  expect(res.headers.get("location")).toContain("flagged=1");
};

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .replace(/ ([.,;:)])/g, "$1")
    .trim();

// The elements marked role="note" in a page or fragment (none nest).
function notes(html: string): string[] {
  return [...html.matchAll(/<(div|p|aside|section)\b[^>]*\brole="note"[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => m[0]);
}

// One result's list item, found by its link.
function itemOf(html: string, id: number): string {
  const at = html.indexOf(`href="/kb/${id}"`);
  expect(at).toBeGreaterThan(-1);
  const start = html.lastIndexOf("<li", at);
  return html.slice(start, html.indexOf("</li>", at) + 5);
}

describe("the entry page", () => {
  it("tells the officer which article of which law changed and since when, in a note with a heading", async () => {
    await amendArticle20();
    const html = await (await officer.get(`/kb/${entryId("CT-20")}`)).text();
    const found = notes(html);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/aria-labelledby="[^"]+"/);
    expect(found[0]).toMatch(/<h2 id="[^"]+"[^>]*>Lưu ý: văn bản được trích dẫn đã thay đổi<\/h2>/);
    expect(text(found[0]!)).toBe(`Lưu ý: văn bản được trích dẫn đã thay đổi ${NOTICE_LINE} ${REVIEWING}`);
    expect(found[0]).toContain(`<a href="/regulations/${regulationId}/articles/${article20}">Điều 20 Luật Cư trú (68/2020/QH14)</a>`);
    // The entry citing an article still in force carries no notice of its own.
    expect(await (await officer.get(`/kb/${entryId("CT-21")}`)).text()).not.toContain('id="law-change-title"');
  });

  it("reads the register as it is now: a document replaced after the entry was flagged speaks for all of it", async () => {
    await amendArticle20();
    await advisor.post(`/regulations/${regulationId}/status`, { status: "replaced", since: "2026-01-01" });
    const flagged = desk.db.select().from(kbEntries).where(eq(kbEntries.ref, "CT-20")).get()!;
    expect(flagged.flagReason).toBe("Điều 20 Luật Cư trú (68/2020/QH14) đã được sửa đổi, bổ sung từ ngày 01/07/2025"); // as written then
    const [note] = notes(await (await officer.get(`/kb/${flagged.id}`)).text());
    expect(text(note!)).toContain("Luật Cư trú (68/2020/QH14) đã bị thay thế từ ngày 01/01/2026.");
    expect(text(note!)).not.toContain("Điều 20");
  });

  it("falls back to the reason stored with the flag when the register no longer shows a change", async () => {
    await amendArticle20();
    await advisor.post(`/regulations/${regulationId}/articles/${article20}/status`, { status: "in_force", since: "" });
    const [note] = notes(await (await officer.get(`/kb/${entryId("CT-20")}`)).text());
    expect(text(note!)).toBe(`Lưu ý: văn bản được trích dẫn đã thay đổi ${NOTICE_LINE} ${REVIEWING}`);
  });

  it("shows the advisory board the same facts, with the day it was flagged", async () => {
    await amendArticle20();
    const [note] = notes(await (await advisor.get(`/kb/${entryId("CT-20")}`)).text());
    expect(text(note!)).toBe(`Cần rà soát lại: văn bản được trích dẫn đã thay đổi ${NOTICE_LINE} Đánh dấu cần rà soát ngày 24/11/2026; rà soát xong, bấm “Đánh dấu đã rà soát”.`);
  });

  it("lists related entries with the same short notice", async () => {
    await amendArticle20();
    const html = await (await officer.get(`/kb/${entryId("CT-21")}`)).text();
    const related = html.slice(html.indexOf('id="related-title"'));
    expect(notes(itemOf(related, entryId("CT-20"))).map(text)).toEqual([`Lưu ý: ${NOTICE_LINE.slice(0, -1)}; mục này đang được Ban cố vấn rà soát.`]);
  });
});

describe("search", () => {
  const COMPACT = `Lưu ý: ${NOTICE_LINE.slice(0, -1)}; mục này đang được Ban cố vấn rà soát.`;

  it("marks the flagged result on the search page, and only it", async () => {
    await amendArticle20();
    const html = await (await officer.get(`/kb?q=${encodeURIComponent("đăng ký thường trú nhà bố mẹ")}`)).text();
    expect(notes(itemOf(html, entryId("CT-20"))).map(text)).toEqual([COMPACT]);
    expect(notes(itemOf(html, entryId("CT-21")))).toEqual([]);
  });

  it("marks it in the list of newest entries before anything is typed", async () => {
    await amendArticle20();
    const html = await (await officer.get("/kb")).text();
    expect(notes(itemOf(html, entryId("CT-20"))).map(text)).toEqual([COMPACT]);
    expect(notes(itemOf(html, entryId("CT-21")))).toEqual([]);
  });

  it("adds `flagged` to each API result (null when not flagged), keeping the other fields", async () => {
    await amendArticle20();
    const body = await (await officer.get(`/api/kb/search?q=${encodeURIComponent("dang ky thuong tru nha bo me")}`)).json();
    const byRef = Object.fromEntries(body.results.map((r: { ref: string }) => [r.ref, r]));
    expect(Object.keys(byRef["CT-20"])).toEqual(["id", "ref", "title", "snippet", "score", "url", "flagged"]);
    expect(byRef["CT-20"].flagged).toEqual({
      flaggedAt: desk.now.value.toISOString(),
      reason: "Điều 20 Luật Cư trú (68/2020/QH14) đã được sửa đổi, bổ sung từ ngày 01/07/2025",
      changes: [{ document: "Luật Cư trú", number: "68/2020/QH14", article: "Điều 20", status: "amended", since: "2025-07-01", url: `/regulations/${regulationId}/articles/${article20}` }],
    });
    expect(byRef["CT-21"].flagged).toBeNull();
  });

  it("reads the notices of a page of results in one query, and none when the page is cached", async () => {
    // Twelve flagged entries citing the amended article, all found by one query.
    upsertPublishedEntries(
      desk.db,
      null,
      Array.from({ length: 12 }, (_, i) => ({ ...ENTRIES[0]!, ref: `CT-20-${i}`, title: `Đăng ký thường trú tại nhà bố mẹ, trường hợp ${i + 1}` })),
      desk.now.value,
    );
    await amendArticle20();
    const prepare = vi.spyOn(desk.db.$client, "prepare");
    const noticeQueries = () => prepare.mock.calls.filter(([sql]) => /regulation_articles/.test(String(sql))).length;
    const url = `/api/kb/search?q=${encodeURIComponent("thường trú bố mẹ")}&limit=20`;
    const first = await (await officer.get(url)).json();
    expect(first.results.filter((r: { flagged: unknown }) => r.flagged).length).toBe(13);
    expect(noticeQueries()).toBe(1);
    await officer.get(url);
    await officer.get(url.replace("limit=20", "limit=19"));
    expect(noticeQueries()).toBe(2); // the repeated page from the cache; the other page once
  });
});

describe("suggestions", () => {
  it("marks the flagged entry among those suggested while the officer types the question", async () => {
    await amendArticle20();
    const q = new URLSearchParams({ title: "Đăng ký thường trú nhà bố mẹ", body: "Tôi về ở nhà bố mẹ đẻ" });
    const html = await (await officer.get(`/kb/suggest?${q}`)).text();
    expect(notes(itemOf(html, entryId("CT-20"))).map(text)).toEqual([`Lưu ý: ${NOTICE_LINE.slice(0, -1)}; mục này đang được Ban cố vấn rà soát.`]);
    expect(notes(itemOf(html, entryId("CT-21")))).toEqual([]);
  });

  it("marks it beside the answer box", async () => {
    await desk.addUser("giaidap", ["answerer"], { specialties: ["can-cuoc"] });
    const officerId = await desk.addUser("canbo2", ["officer"]);
    const questionId = desk.ask(officerId, "can-cuoc", "Đăng ký thường trú tại nhà bố mẹ", "Tôi chuyển về ở nhà bố mẹ đẻ, có được đăng ký thường trú không?");
    await amendArticle20();
    const answerer = await desk.login("giaidap");
    const html = await (await answerer.get(`/questions/${questionId}`)).text();
    const aside = html.slice(html.indexOf('aria-label="Gợi ý khi trả lời"'));
    expect(notes(itemOf(aside, entryId("CT-20"))).map(text)).toEqual([`Lưu ý: ${NOTICE_LINE.slice(0, -1)}; mục này đang được Ban cố vấn rà soát.`]);
  });
});

describe("the printed sheet", () => {
  it("carries the notice, so a sheet on the notice board says the law changed", async () => {
    await amendArticle20();
    const html = await (await officer.get(`/kb/${entryId("CT-20")}/print`)).text();
    const found = notes(html);
    expect(found).toHaveLength(1);
    expect(text(found[0]!)).toBe(`Lưu ý: văn bản được trích dẫn đã thay đổi ${NOTICE_LINE} ${REVIEWING}`);
    expect(notes(await (await officer.get(`/kb/${entryId("CT-21")}/print`)).text())).toEqual([]);
  });
});
