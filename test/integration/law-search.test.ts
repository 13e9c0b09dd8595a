// Searching the law: the register's articles found by the knowledge base's engine, over the API, the
// page and beside the answer box; a citation inserted into an answer; the index following the
// register; and the officer told when an article their answer cites is amended.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { categories, kbCitations, regulationArticles, regulations } from "../../db/schema.js";
import { importRegulations, parseRegulationsJsonl } from "../../src/services/regulation-import.js";
import { updateRegulation } from "../../src/services/regulations.js";
import { currentUser } from "../../src/services/users.js";
import { anonymous, createTestDesk, type Session, type TestDesk } from "../support/app.js";
import { citingEntry, CU_TRU_LINE as CU_TRU, LLTP_LINE } from "../support/kb.js";
import { upsertPublishedEntries } from "../../src/services/kb-entries.js";

const TZ = "Asia/Ho_Chi_Minh";

let desk: TestDesk;
let officer: Session;
let team: Session;
let advisor: Session;
let advisorId: number;

function load(...lines: unknown[]) {
  const { entries, errors } = parseRegulationsJsonl(Buffer.from(lines.map((l) => JSON.stringify(l)).join("\n")));
  expect(errors).toEqual([]);
  return importRegulations(desk.db, null, entries, desk.now.value, TZ);
}
const regulationId = () => desk.db.select().from(regulations).where(eq(regulations.number, "68/2020/QH14")).get()!.id;
const articleIdOf = (label: string) =>
  desk.db
    .select()
    .from(regulationArticles)
    .all()
    .find((a) => a.label === label && a.regulationId === regulationId())!.id;

type ApiBody = { query: string; total: number; results: { articleId: number; regulationId: number; article: string; document: string; number: string | null; status: string; snippet: string; url: string }[] };
const api = async (who: Session, q: string) => {
  const res = await who.get(`/api/law/search?q=${encodeURIComponent(q)}`);
  expect(res.status).toBe(200);
  return (await res.json()) as ApiBody;
};
const articlesFound = async (q: string) => (await api(officer, q)).results.map((r) => r.article);

beforeAll(async () => {
  desk = createTestDesk();
  await desk.addUser("canbo", ["officer"]);
  await desk.addUser("giaidap", ["answerer"]);
  advisorId = await desk.addUser("covan", ["advisor"]);
  officer = await desk.login("canbo");
  team = await desk.login("giaidap");
  advisor = await desk.login("covan");
  load(CU_TRU);
});
afterAll(() => desk.close());

describe("GET /api/law/search", () => {
  it("finds the article that answers a pasted question, with or without diacritics, linked to its page", async () => {
    const body = await api(officer, "Công dân có chỗ ở hợp pháp thuộc quyền sở hữu của mình thì có được đăng ký thường trú không?");
    const first = body.results[0]!;
    expect(first).toMatchObject({ article: "Điều 20", document: "Luật Cư trú", number: "68/2020/QH14", status: "in_force" });
    expect(first.url).toBe(`/regulations/${regulationId()}/articles/${articleIdOf("Điều 20")}`);
    expect(first.snippet).toContain("chỗ ở hợp pháp");
    expect(await articlesFound("cong dan co cho o hop phap thuoc quyen so huu cua minh thi co duoc dang ky thuong tru khong")).toEqual(body.results.map((r) => r.article));
  });

  it("cuts snippets from the text as written, its clause letters and brackets kept", async () => {
    const hit = (await api(officer, "hồ sơ đăng ký thường trú gồm tờ khai thay đổi thông tin cư trú")).results.find((r) => r.article === "Điều 21")!;
    expect(hit.snippet).toContain("a) Tờ khai thay đổi thông tin cư trú");
  });

  it("puts the article a question cites by number and law first, over articles whose text mentions it", async () => {
    expect((await articlesFound("khoản 1 Điều 20 Luật Cư trú"))[0]).toBe("Điều 20");
    expect((await articlesFound("dieu 38 luat cu tru so ho khau"))[0]).toBe("Điều 38");
  });

  it("answers 200 with nothing for odd input, and 401 without a session", async () => {
    for (const q of ["", '"', "AND OR NOT *", "😀", "x".repeat(5000)]) expect((await api(officer, q)).results).toEqual([]);
    expect((await anonymous(desk).get("/api/law/search?q=cu+tru")).status).toBe(401);
  });
});

describe("the law search page and the citation picker", () => {
  it("lists matching articles on /law, each linked to its page", async () => {
    const res = await officer.get(`/law?q=${encodeURIComponent("sổ hộ khẩu")}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`href="/regulations/${regulationId()}/articles/${articleIdOf("Điều 38")}"`);
    expect(html).toContain("Điều khoản thi hành");
  });

  it("beside the answer box: a fragment with a button that cites the article into the draft", async () => {
    const res = await team.get(`/law?mode=cite&q=${encodeURIComponent("hồ sơ đăng ký thường trú")}`, { headers: { "HX-Request": "true" } });
    const html = await res.text();
    expect(html).not.toContain("<html");
    expect(html).toContain(`hx-get="/law/insert-citation?article=${articleIdOf("Điều 21")}"`);
    const inserted = await team.get(`/law/insert-citation?article=${articleIdOf("Điều 21")}&body=${encodeURIComponent("Chào đồng chí,")}`);
    const textarea = await inserted.text();
    expect(textarea).toContain("Chào đồng chí,");
    expect(textarea).toContain(`Căn cứ: [Điều 21 Luật Cư trú (68/2020/QH14)](/regulations/${regulationId()}/articles/${articleIdOf("Điều 21")})`);
  });

  it("keeps inserting citations to the answer team: an officer is refused", async () => {
    expect((await officer.get(`/law/insert-citation?article=${articleIdOf("Điều 21")}`)).status).toBe(403);
  });

  it("shows the officers' search matching articles in their own section", async () => {
    const html = await (await officer.get(`/kb?q=${encodeURIComponent("điều kiện đăng ký thường trú")}`)).text();
    expect(html).toContain("Điều khoản văn bản pháp luật liên quan");
    expect(html).toContain(`/regulations/${regulationId()}/articles/${articleIdOf("Điều 20")}`);
  });
});

describe("the law index follows the register", () => {
  it("a re-import with a changed text is found by the new text, and a removed article is no longer found", async () => {
    const changed = { ...CU_TRU, articles: CU_TRU.articles.filter((a) => a.article !== "Điều 38").map((a) => (a.article === "Điều 21" ? { ...a, text: `${a.text}\n\n3. Bản sao giấy khai sinh của trẻ em dưới 14 tuổi.` } : a)) };
    load(changed);
    expect((await articlesFound("bản sao giấy khai sinh của trẻ em"))[0]).toBe("Điều 21");
    expect(await articlesFound("sổ hộ khẩu sổ tạm trú đã được cấp")).not.toContain("Điều 38");
    load(CU_TRU); // as before, for the tests below
    expect((await articlesFound("sổ hộ khẩu sổ tạm trú đã được cấp"))[0]).toBe("Điều 38");
  });

  it("a document's new alias finds its articles", async () => {
    updateRegulation(desk.db, currentUser(desk.db, advisorId)!, regulationId(), { number: "68/2020/QH14", title: "Luật Cư trú", issuer: "Quốc hội", effectiveDate: "2021-07-01", aliases: ["Luật số 68 về cư trú"], incomplete: false }, desk.now.value);
    const found = await api(officer, "luật số 68 về cư trú điều 20");
    expect(found.results[0]?.article).toBe("Điều 20");
  });
});

describe("an answer citing an article that is amended later", () => {
  it("tells the officer which article changed, and since when, over the answer", async () => {
    const officerId = (await desk.db.query.users.findFirst({ where: (u, { eq }) => eq(u.username, "canbo") }))!.id;
    const id = desk.ask(officerId, "can-cuoc", "Đăng ký thường trú tại nhà của bố mẹ", "Tôi chuyển về ở nhà bố mẹ, có được đăng ký thường trú không?");
    const article = articleIdOf("Điều 20");
    const cite = await team.get(`/law/insert-citation?article=${article}&body=${encodeURIComponent("Chào đồng chí, được đăng ký khi chủ hộ đồng ý.")}`);
    const body = (await cite.text()).match(/<textarea[^>]*>([\s\S]*?)<\/textarea>/)![1]!.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
    const answered = await team.post(`/questions/${id}/answers`, { body });
    expect(answered.status).toBe(303);

    const before = await (await officer.get(`/questions/${id}`)).text();
    expect(before).toContain(`href="/regulations/${regulationId()}/articles/${article}"`);
    expect(before).not.toContain("căn cứ pháp lý được viện dẫn trong câu trả lời đã thay đổi");
    const found = async () => (await api(officer, "điều kiện đăng ký thường trú")).results.find((r) => r.articleId === article);
    expect((await found())?.status).toBe("in_force"); // seen, and cached, before the amendment

    const amended = await advisor.post(`/regulations/${regulationId()}/articles/${article}/status`, { status: "amended", since: "2026-12-01" });
    expect(amended.status).toBe(303);
    const after = await (await officer.get(`/questions/${id}`)).text();
    expect(after).toContain("căn cứ pháp lý được viện dẫn trong câu trả lời đã thay đổi");
    expect(after).toMatch(/Điều 20 Luật Cư trú \(68\/2020\/QH14\)<\/a>\s*đã được sửa đổi, bổ sung từ ngày 01\/12\/2026/);
    expect((await found())?.status).toBe("amended");
  });
});

describe("the officers' search filters by cited document", () => {
  it("lists a law once however entries spell it, and the filter finds the entries of every spelling", async () => {
    load({ ...LLTP_LINE, aliases: ["Luật Lý lịch tư pháp 2009"] });
    upsertPublishedEntries(
      desk.db,
      null,
      [
        { ...citingEntry("LL-1", [{ document: "Luật Lý lịch tư pháp 2009", article: "Điều 41" }]), title: "Phiếu lý lịch tư pháp gồm mấy loại" },
        { ...citingEntry("LL-2", [{ document: "28/2009/QH12", article: "Điều 41" }]), title: "Phiếu lý lịch tư pháp số 2 cấp cho ai" },
      ],
      desk.now.value,
    );
    const page = await (await officer.get("/kb")).text();
    const options = [...page.matchAll(/<option value="([^"]*)"/g)].map((m) => m[1]);
    expect(options.filter((o) => o === "Luật Lý lịch tư pháp")).toHaveLength(1);
    expect(options).not.toContain("28/2009/QH12");
    expect(options).not.toContain("Luật Lý lịch tư pháp 2009");
    const res = await officer.get(`/api/kb/search?q=${encodeURIComponent("phiếu lý lịch tư pháp")}&regulation=${encodeURIComponent("Luật Lý lịch tư pháp")}`);
    const refs = ((await res.json()) as { results: { ref: string }[] }).results.map((r) => r.ref).sort();
    expect(refs).toEqual(["LL-1", "LL-2"]);
  });
});

describe("the entry editor cites from the law search", () => {
  it("offers the picker under the editor, adds a row filled with the article chosen, and saving links it", async () => {
    const editor = await (await advisor.get("/kb/new")).text();
    expect(editor).toContain('id="citation-rows"');
    expect(editor).toContain('hx-get="/law?mode=cite-entry"');
    const results = await (await advisor.get(`/law?mode=cite-entry&q=${encodeURIComponent("dieu kien dang ky thuong tru")}`, { headers: { "HX-Request": "true" } })).text();
    const article = articleIdOf("Điều 20");
    expect(results).toContain(`hx-get="/law/citation-row?article=${article}"`);
    expect(results).toContain('hx-target="#citation-rows"');

    const row = await (await advisor.get(`/law/citation-row?article=${article}`)).text();
    const document = row.match(/name="citation_document"[^>]*value="([^"]*)"/)?.[1];
    const label = row.match(/name="citation_article"[^>]*value="([^"]*)"/)?.[1];
    expect([document, label]).toEqual(["Luật Cư trú (68/2020/QH14)", "Điều 20"]);
    expect((await advisor.get("/law/citation-row?article=999999")).status).toBe(204);
    expect((await team.get(`/law/citation-row?article=${article}`)).status).toBe(403);

    const category = String(desk.db.select().from(categories).get()!.id);
    const saved = await advisor.post("/kb", {
      title: "Đăng ký thường trú tại chỗ ở của người thân",
      question: "Ở nhờ nhà người thân có được đăng ký thường trú?",
      answer: "Được, khi chủ hộ và chủ sở hữu đồng ý.",
      category,
      tags: "",
      citation_document: [document!, ""],
      citation_article: [label!, ""],
    });
    expect(saved.status).toBe(303);
    const entryId = Number(saved.headers.get("location")!.split("/").pop());
    expect(desk.db.select().from(kbCitations).where(eq(kbCitations.entryId, entryId)).all()).toMatchObject([{ regulationId: regulationId(), articleId: article }]);
  });
});
