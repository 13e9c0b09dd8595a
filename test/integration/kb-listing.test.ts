// Niêm yết (issue 15, item 9): the printed booklet of published entries by category and the
// notice-board poster, each with inline QR codes to the desk's public address.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { categories, kbEntries, type Role } from "../../db/schema.js";
import { qrMatrix } from "../../src/qr.js";
import { saveHotlines } from "../../src/services/desk-settings.js";
import { upsertPublishedEntries, type PublishedEntryInput } from "../../src/services/kb-entries.js";
import { currentUser } from "../../src/services/users.js";
import { BOOKLET_PART_SIZE } from "../../src/services/kb-booklet.js";
import { anonymous, createTestDesk, type Session, type TestDesk } from "../support/app.js";
import { amendCuTruArticle20, RESIDENCE_ENTRIES } from "../support/kb.js";

let desk: TestDesk;
const as = new Map<string, Session>();
const ids = new Map<string, number>();
const userIds = new Map<Role, number>();
const actor = (role: Role) => currentUser(desk.db, userIds.get(role)!)!;

const LLTP: PublishedEntryInput = {
  ref: "LLTP-01",
  title: "Thời hạn cấp Phiếu lý lịch tư pháp",
  question: "Phiếu lý lịch tư pháp được cấp trong bao lâu?",
  answer: "## Thời hạn\n\nKhông quá **10 ngày** kể từ ngày nhận đủ hồ sơ.<script>alert(1)</script>\n\n- trường hợp khó: 15 ngày",
  category: "ly-lich-tu-phap",
  tags: [],
  citations: [{ document: "Luật Lý lịch tư pháp", article: "Điều 48" }],
};

const section = (html: string, id: number) => html.slice(html.indexOf(`id="muc-${id}"`), html.indexOf("</article>", html.indexOf(`id="muc-${id}"`)));
const qrPath = async (url: string) => `d="${(await qrMatrix(url)).path}"`;

beforeAll(async () => {
  desk = createTestDesk();
  const roles: [string, Role][] = [
    ["canbo", "officer"],
    ["giaidap", "answerer"],
    ["totruong", "lead"],
    ["covan", "advisor"],
    ["chihuy", "steering"],
    ["quantri", "admin"],
  ];
  for (const [name, role] of roles) {
    userIds.set(role, await desk.addUser(name, [role]));
    as.set(role, await desk.login(name));
  }
  const written = upsertPublishedEntries(desk.db, null, [...RESIDENCE_ENTRIES, LLTP], desk.now.value).ids;
  ["CT-20", "CT-21", "LLTP-01"].forEach((ref, i) => ids.set(ref, written[i]!));
  amendCuTruArticle20(desk.db, userIds.get("advisor")!, desk.now.value); // CT-20 flagged for review
  // A draft is not published: never in the booklet.
  await as.get("advisor")!.post("/kb", { title: "Bản nháp chưa đăng về xóa án tích", question: "Câu hỏi của bản nháp", answer: "Trả lời nháp", category: String(desk.db.select().from(categories).where(eq(categories.code, "xoa-an-tich")).get()!.id), tags: "" });
});
afterAll(() => desk.close());

describe("the booklet", () => {
  it("has a cover, a table of contents by category and every published entry with a QR code to its page", async () => {
    saveHotlines(desk.db, actor("admin"), [{ label: "Trực ban", number: "069.234.5678" }], desk.now.value);
    const res = await as.get("officer")!.get("/kb/booklet");
    expect(res.status).toBe(200);
    const html = await res.text();
    // Cover: the desk, the department, the day printed, the hotline.
    const cover = html.slice(html.indexOf('class="booklet-cover"'), html.indexOf("</header>", html.indexOf('class="booklet-cover"')));
    expect(cover).toContain("Đồng chí hỏi – Chúng tôi trả lời");
    expect(cover).toContain("PHÒNG HỒ SƠ NGHIỆP VỤ");
    expect(cover).toContain("In ngày 24/11/2026");
    expect(cover).toContain('Trực ban: <a href="tel:0692345678">069.234.5678</a>');
    expect(cover).toContain("Tất cả lĩnh vực");
    expect(cover).toContain("3 mục hỏi – đáp đã đăng");
    // Contents: the desk's category order (Lý lịch tư pháp before Căn cước), numbered, linked.
    const toc = html.slice(html.indexOf('aria-labelledby="muc-luc"'), html.indexOf("</nav>", html.indexOf('aria-labelledby="muc-luc"')));
    expect(toc.indexOf("Lý lịch tư pháp")).toBeLessThan(toc.indexOf("Căn cước, cư trú và định danh"));
    expect(toc).toContain(`<a href="#muc-${ids.get("LLTP-01")}"><span class="booklet-toc__number">1.</span> Thời hạn cấp Phiếu lý lịch tư pháp`);
    expect(toc).toContain(`<a href="#muc-${ids.get("CT-21")}"><span class="booklet-toc__number">3.</span>`);
    expect(html).not.toContain("Bản nháp chưa đăng");
    // An entry: title, question, the answer's Markdown sanitised, citations, last updated, QR.
    const lltp = section(html, ids.get("LLTP-01")!);
    expect(lltp).toContain("Thời hạn cấp Phiếu lý lịch tư pháp</h3>");
    expect(lltp).toContain("Phiếu lý lịch tư pháp được cấp trong bao lâu?");
    expect(lltp).toContain("<strong>10 ngày</strong>");
    expect(lltp).not.toContain("<script");
    expect(lltp).toMatch(/<h4>Đáp<\/h4>\s*<h5>Thời hạn<\/h5>/); // the answer's own headings sit under "Đáp"
    expect(lltp).toContain("Điều 48, Luật Lý lịch tư pháp");
    expect(lltp).toContain("cập nhật 24/11/2026");
    expect(lltp).toMatch(/<svg[^>]*role="img"[^>]*aria-label="Mã QR dẫn tới http:\/\/localhost\/kb\/\d+"/);
    expect(lltp).toContain(await qrPath(`http://localhost/kb/${ids.get("LLTP-01")}`));
    expect(lltp).toContain(`http://localhost/kb/${ids.get("LLTP-01")}</p>`);
    expect(html.match(/<svg /g)).toHaveLength(3);
    // Each category its own section (a new sheet when printed).
    expect(html.match(/<section class="booklet-category"/g)).toHaveLength(2);
  });

  it("carries the law-change notice on an entry under review, as the one-entry sheet does", async () => {
    const html = await (await as.get("officer")!.get("/kb/booklet")).text();
    const flagged = section(html, ids.get("CT-20")!);
    expect(flagged).toContain("Lưu ý: văn bản được trích dẫn đã thay đổi");
    expect(flagged).toContain("Điều 20 Luật Cư trú (68/2020/QH14) đã được sửa đổi, bổ sung từ ngày 01/07/2025");
    expect(flagged).toContain(`aria-labelledby="muc-${ids.get("CT-20")}-law-change"`);
    expect(section(html, ids.get("CT-21")!)).not.toContain("Lưu ý: văn bản");
  });

  it("leaves entries under review out when asked, and says how many", async () => {
    const html = await (await as.get("officer")!.get("/kb/booklet?flagged=omit")).text();
    expect(html).not.toContain(`id="muc-${ids.get("CT-20")}"`);
    expect(html).toContain(`id="muc-${ids.get("CT-21")}"`);
    expect(html).toContain("Không in 1 mục đang được Ban cố vấn rà soát");
    expect(html).toContain('name="flagged" value="omit" checked');
  });

  it("prints one category, and answers 404 for a category with nothing published; odd values are ignored", async () => {
    const catId = desk.db.select().from(kbEntries).where(eq(kbEntries.ref, "CT-21")).get()!.categoryId;
    const one = await (await as.get("officer")!.get(`/kb/booklet?category=${catId}`)).text();
    expect(one).toContain("Lĩnh vực: <strong>Căn cước, cư trú và định danh</strong>");
    expect(one).not.toContain(`id="muc-${ids.get("LLTP-01")}"`);
    expect(one).toContain(`<option value="${catId}" selected="">`);
    expect((await as.get("officer")!.get("/kb/booklet?category=9999")).status).toBe(404);
    const odd = await as.get("officer")!.get("/kb/booklet?category=abc&part=-3&flagged=x");
    expect(odd.status).toBe(200);
    expect(await odd.text()).toContain("3 mục hỏi – đáp đã đăng");
  });

  it("prints the desk's public address (PUBLIC_URL) in its QR codes when set", async () => {
    desk.config.publicUrl = "https://hoidap.ca.local/hd";
    try {
      const html = await (await as.get("officer")!.get("/kb/booklet")).text();
      const url = `https://hoidap.ca.local/hd/kb/${ids.get("CT-21")}`;
      expect(section(html, ids.get("CT-21")!)).toContain(await qrPath(url));
      expect(html).toContain(`${url}</p>`);
      expect(html).not.toContain("http://localhost/kb/");
    } finally {
      desk.config.publicUrl = null;
    }
  });

  it(`comes in parts of ${BOOKLET_PART_SIZE} entries for a big desk, saying so`, async () => {
    const many = Array.from({ length: BOOKLET_PART_SIZE + 5 }, (_, i) => ({ ...LLTP, ref: `XAT-${String(i).padStart(3, "0")}`, title: `Xóa án tích trường hợp ${i}`, category: "xoa-an-tich", citations: [] }));
    upsertPublishedEntries(desk.db, null, many, desk.now.value);
    const first = await (await as.get("officer")!.get("/kb/booklet")).text();
    expect(first.match(/<article class="booklet-entry"/g)).toHaveLength(BOOKLET_PART_SIZE);
    expect(first).toContain(`Sổ tay có ${BOOKLET_PART_SIZE + 8} mục, in thành 2 phần`);
    expect(first).toContain('href="/kb/booklet?part=2"');
    const second = await (await as.get("officer")!.get("/kb/booklet?part=2")).text();
    expect(second.match(/<article class="booklet-entry"/g)).toHaveLength(8);
    expect(second).toContain("phần 2/2 gồm các mục 101–108");
    expect(second).toContain('Xóa án tích<span class="muted"> (tiếp theo)</span>'); // began in part 1
    expect(await (await as.get("officer")!.get("/kb/booklet?part=99")).text()).toContain("phần 2/2"); // past the end: the last part
  });
});

describe("the poster", () => {
  it("names the desk and its purpose, the hotline and QR codes to the ask page and the search", async () => {
    const res = await as.get("answerer")!.get("/kb/poster");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<h1 class="poster__title">Đồng chí hỏi – Chúng tôi trả lời</h1>');
    expect(html).toContain("Câu hỏi cần nghiên cứu được");
    expect(html).toContain('<a href="tel:0692345678">069.234.5678</a>');
    expect(html).toContain(await qrPath("http://localhost/questions/new"));
    expect(html).toContain(await qrPath("http://localhost/kb"));
    expect(html).toContain('<p class="poster__url">http://localhost/questions/new</p>');
    expect(html.match(/<svg /g)).toHaveLength(2);
  });

  it("tells whoever prints it that no hotline is set yet, and prints none", async () => {
    saveHotlines(desk.db, actor("admin"), [], desk.now.value);
    const html = await (await as.get("admin")!.get("/kb/poster")).text();
    expect(html).toContain("Chưa có số đường dây nóng");
    expect(html).not.toContain("poster__hotlines");
  });
});

describe("who may print", () => {
  // Written out, not read from the permission table: the booklet for every reader of the knowledge
  // base, the poster for those who run the desk.
  const POSTER: Record<Role, number> = { officer: 403, answerer: 200, lead: 200, advisor: 403, steering: 403, admin: 200 };

  it.each(Object.entries(POSTER))("%s: booklet 200, poster %i", async (role, status) => {
    expect((await as.get(role)!.get("/kb/booklet")).status).toBe(200);
    const poster = await as.get(role)!.get("/kb/poster");
    expect(poster.status).toBe(status);
    // The search page links to what this role may print.
    const kb = await (await as.get(role)!.get("/kb")).text();
    expect(kb).toContain('href="/kb/booklet"');
    expect(kb.includes('href="/kb/poster"')).toBe(status === 200);
  });

  it("nobody without a session", async () => {
    for (const path of ["/kb/booklet", "/kb/poster"]) {
      const res = await anonymous(desk).get(path);
      expect(res.status).toBe(303);
      expect(res.headers.get("location")).toContain("/login");
    }
  });
});
