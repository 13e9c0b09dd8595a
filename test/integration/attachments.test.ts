// Attachments: what is accepted (decided from the bytes), what is refused (and then nothing is
// stored and the form comes back filled), how files are stored (once per content) and served (to
// whoever may see the owner, with headers that keep a hostile file harmless).
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { count, eq, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { attachments, blobs, categories, questions } from "../../db/schema.js";
import { ATTACHMENT_CSP } from "../../src/security-headers.js";
import { createApp } from "../../src/app.js";
import { openDatabase } from "../../src/db.js";
import { loadConfig } from "../../src/config.js";
import { anonymous, createTestDesk, idFromLocation, ORIGIN, PASSWORD, type Session, type TestDesk } from "../support/app.js";
import { files, hostile } from "../support/files.js";

let desk: TestDesk;
let officer: Session;
let category: string;

const rows = (table: typeof attachments | typeof blobs | typeof questions) => desk.db.select({ n: count() }).from(table).get()!.n;
const TEXT = { title: "Ảnh chụp biên bản có hợp lệ không?", body: "Đồng chí xem giúp biên bản đính kèm, có cần công chứng không ạ?" };

beforeEach(async () => {
  desk = createTestDesk();
  await desk.addUser("canbo", ["officer"], { unit: "Công an phường Hàng Bông" });
  await desk.addUser("canbo2", ["officer"], { unit: "Công an phường Hàng Bông" });
  await desk.addUser("canbo3", ["officer"], { unit: "Công an phường Cửa Nam" });
  await desk.addUser("giaidap", ["answerer"], { specialties: ["ly-lich-tu-phap"] });
  await desk.addUser("covan", ["advisor"]);
  await desk.addUser("chihuy", ["steering"]);
  await desk.addUser("quantri", ["admin"]);
  officer = await desk.login("canbo");
  category = String(desk.db.select().from(categories).where(eq(categories.code, "ly-lich-tu-phap")).get()!.id);
});
afterEach(() => desk.close());

async function askWith(s: Session, list: { name: string; type?: string; bytes: Uint8Array }[]) {
  return s.upload("/questions", { ...TEXT, category }, list);
}

describe("asking with attachments", () => {
  it("takes PDF, JPEG, PNG, WebP, DOCX and XLSX, typed from their content, and shows them on the question", async () => {
    const res = await askWith(officer, [
      { name: "Biên bản xác minh.pdf", type: "application/octet-stream", bytes: await files.pdf() },
      { name: "ảnh chụp.jpg", type: "image/jpeg", bytes: await files.jpeg() },
      { name: "mẫu đơn.docx", bytes: await files.docx() },
      { name: "danh sách.xlsx", bytes: await files.xlsx() },
      { name: "sơ đồ", bytes: await files.png() }, // no extension, no claimed type: the bytes decide
    ]);
    expect(res.status).toBe(303);
    const id = idFromLocation(res);
    const stored = desk.db.select().from(attachments).where(eq(attachments.questionId, id)).all();
    expect(stored.map((a) => [a.fileName, a.type, a.thumbSha256 !== null])).toEqual([
      ["Biên bản xác minh.pdf", "pdf", false],
      ["ảnh chụp.jpg", "jpeg", true],
      ["mẫu đơn.docx", "docx", false],
      ["danh sách.xlsx", "xlsx", false],
      ["sơ đồ", "png", true],
    ]);
    const page = await (await officer.get(`/questions/${id}`)).text();
    expect(page).toContain(`/attachments/${stored[1]!.id}/thumbnail`);
    expect(page).toContain("Biên bản xác minh.pdf");
    expect(page).toContain("(Word, ");
  });

  it("serves each file with nosniff, a sandboxing policy and its Vietnamese name; inline only for images and PDF", async () => {
    const id = idFromLocation(
      await askWith(officer, [
        { name: "Biên bản xác minh.pdf", bytes: await files.pdf() },
        { name: "ảnh.png", bytes: await files.png() },
        { name: "mẫu đơn.docx", bytes: await files.docx() },
      ]),
    );
    const [pdf, png, docx] = desk.db.select().from(attachments).where(eq(attachments.questionId, id)).all();
    const res = await officer.get(`/attachments/${pdf!.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toBe(ATTACHMENT_CSP);
    expect(res.headers.get("content-disposition")).toBe(`inline; filename="Bien ban xac minh.pdf"; filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20x%C3%A1c%20minh.pdf`);
    expect(Buffer.from(await res.arrayBuffer()).equals(await files.pdf())).toBe(true);

    const image = await officer.get(`/attachments/${png!.id}`);
    expect(image.headers.get("content-type")).toBe("image/png");
    expect(image.headers.get("content-disposition")).toMatch(/^inline;/);
    const thumb = await officer.get(`/attachments/${png!.id}/thumbnail`);
    expect(thumb.headers.get("content-type")).toBe("image/webp");
    expect(thumb.headers.get("content-security-policy")).toBe(ATTACHMENT_CSP);

    const word = await officer.get(`/attachments/${docx!.id}`);
    expect(word.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(word.headers.get("content-disposition")).toMatch(/^attachment; .*filename\*=UTF-8''m%E1%BA%ABu%20%C4%91%C6%A1n\.docx$/);
    expect((await officer.get(`/attachments/${docx!.id}/thumbnail`)).status).toBe(404);

    // Content-addressed: the browser revalidates with the ETag and gets 304.
    const etag = image.headers.get("etag")!;
    expect((await officer.get(`/attachments/${png!.id}`, { headers: { "if-none-match": etag } })).status).toBe(304);
  });

  it("stores the same file once, however many times it is sent", async () => {
    const png = await files.png();
    await askWith(officer, [{ name: "a.png", bytes: png }]);
    await askWith(await desk.login("canbo2"), [
      { name: "b.png", bytes: png },
      { name: "c.png", bytes: png },
    ]);
    expect(rows(attachments)).toBe(3);
    expect(rows(blobs)).toBe(2); // the image and its thumbnail
  });
});

describe("refusing files", () => {
  for (const [what, file] of Object.entries(hostile)) {
    it(`refuses ${what}: nothing stored, the form comes back filled`, async () => {
      const res = await askWith(officer, [
        { name: "hợp lệ.pdf", bytes: await files.pdf() },
        { name: file.name, type: file.type, bytes: await file.bytes() },
      ]);
      expect(res.status).toBe(422);
      const html = await res.text();
      expect(html).toContain(file.name);
      expect(html).toContain(TEXT.title);
      expect(html).toContain(TEXT.body);
      expect([rows(questions), rows(attachments), rows(blobs)]).toEqual([0, 0, 0]);
    });
  }

  it("answers 413 for a file past the size limit, with the form filled", async () => {
    const big = Buffer.concat([await files.pdf(), Buffer.alloc(10 * 1024 * 1024)]);
    const res = await askWith(officer, [{ name: "quá lớn.pdf", bytes: big }]);
    expect(res.status).toBe(413);
    const html = await res.text();
    expect(html).toContain("lớn quá giới hạn 10 MB mỗi tệp");
    expect(html).toContain(TEXT.body);
    expect(rows(questions)).toBe(0);
  });

  it("answers 413 for a body past what five files could weigh", async () => {
    const huge = Buffer.alloc(53 * 1024 * 1024);
    const res = await askWith(officer, [{ name: "x.pdf", bytes: huge }]);
    expect(res.status).toBe(413);
    expect(rows(questions)).toBe(0);
  });

  it("takes at most five files per message", async () => {
    const pdf = await files.pdf();
    const res = await askWith(officer, Array.from({ length: 6 }, (_, i) => ({ name: `tep-${i}.pdf`, bytes: pdf })));
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("tối đa 5 tệp");
    expect(html).toContain("Chưa tệp nào được lưu: xin chọn lại các tệp hợp lệ.");
    expect(html).not.toContain("Xin chọn lại tệp sau khi sửa");
    expect(rows(questions)).toBe(0);
  });

  it("asks for the picked files again when the text was refused", async () => {
    const res = await officer.upload("/questions", { title: "Ngắn", body: TEXT.body, category }, [{ name: "a.pdf", bytes: await files.pdf() }]);
    expect(res.status).toBe(422);
    const html = await res.text();
    // Said by the error (in the summary and next to the picker), not again by the picker's hint.
    expect(html).toContain("Các tệp đã chọn chưa được gửi: xin chọn lại sau khi sửa.");
    expect(html).not.toContain("Xin chọn lại tệp sau khi sửa");
    expect(rows(attachments)).toBe(0);
  });
});

describe("who may download", () => {
  it("whoever may see the question; other officers (same unit or not) and strangers get 404", async () => {
    const id = idFromLocation(await askWith(officer, [{ name: "a.png", bytes: await files.png() }]));
    const a = desk.db.select().from(attachments).where(eq(attachments.questionId, id)).get()!;
    for (const who of ["giaidap", "covan", "chihuy"]) {
      const s = await desk.login(who);
      expect((await s.get(`/attachments/${a.id}`)).status, who).toBe(200);
    }
    for (const who of ["canbo2", "canbo3", "quantri"]) {
      const s = await desk.login(who);
      expect((await s.get(`/attachments/${a.id}`)).status, who).toBe(404);
      expect((await s.get(`/attachments/${a.id}/thumbnail`)).status, who).toBe(404);
    }
    expect((await anonymous(desk).get(`/attachments/${a.id}`)).status).toBe(303);
    for (const bad of ["0", "999", "abc", "1e3", "-1"]) expect((await officer.get(`/attachments/${bad}`)).status).toBe(404);
  });
});

describe("files in the thread", () => {
  it("answers, clarifications and replies carry files the asker sees; a note's files stay with the team", async () => {
    const id = idFromLocation(await askWith(officer, []));
    const answerer = await desk.login("giaidap");
    expect((await answerer.upload(`/questions/${id}/notes`, { body: "Xem bản scan nội bộ" }, [{ name: "nội bộ.pdf", bytes: await files.pdf() }])).status).toBe(303);
    expect((await answerer.upload(`/questions/${id}/clarify`, { body: "Đồng chí gửi thêm ảnh bìa hồ sơ" }, [{ name: "hướng dẫn.pdf", bytes: await files.docx() }])).status).toBe(303);
    expect((await officer.upload(`/questions/${id}/replies`, { body: "Gửi ảnh bìa hồ sơ" }, [{ name: "bìa hồ sơ.jpg", bytes: await files.jpeg() }])).status).toBe(303);
    expect((await answerer.upload(`/questions/${id}/answers`, { body: "Theo **mẫu** đính kèm." }, [{ name: "Mẫu số 03.xlsx", bytes: await files.xlsx() }])).status).toBe(303);

    const stored = desk.db.select().from(attachments).where(eq(attachments.questionId, id)).all();
    expect(stored.map((a) => [a.fileName, a.type, a.messageId !== null])).toEqual([
      ["nội bộ.pdf", "pdf", true],
      ["hướng dẫn.pdf", "docx", true], // named .pdf, but it is a Word file: served as one
      ["bìa hồ sơ.jpg", "jpeg", true],
      ["Mẫu số 03.xlsx", "xlsx", true],
    ]);
    const [note, clarification, reply, answer] = stored;
    const asker = await (await officer.get(`/questions/${id}`)).text();
    expect(asker).not.toContain("nội bộ.pdf");
    expect(asker).toContain("Mẫu số 03.xlsx");
    expect(asker).toContain(`/attachments/${reply!.id}/thumbnail`);
    expect((await officer.get(`/attachments/${note!.id}`)).status).toBe(404);
    for (const a of [clarification, reply, answer]) expect((await officer.get(`/attachments/${a!.id}`)).status).toBe(200);
    const steering = await desk.login("chihuy");
    expect((await steering.get(`/attachments/${note!.id}`)).status).toBe(200);
    expect(await (await steering.get(`/questions/${id}`)).text()).toContain("nội bộ.pdf");
  });

  it("a refused file keeps the answer unsent and its text in the box", async () => {
    const id = idFromLocation(await askWith(officer, []));
    const answerer = await desk.login("giaidap");
    const res = await answerer.upload(`/questions/${id}/answers`, { body: "Trả lời kèm tệp lạ" }, [{ name: "x.png", bytes: Buffer.from("<html>") }]);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("Trả lời kèm tệp lạ");
    expect(html).toContain("“x.png” không thuộc loại được nhận");
    expect(desk.db.select().from(questions).where(eq(questions.id, id)).get()!.status).not.toBe("answered");
    expect(rows(attachments)).toBe(0);
  });
});

describe("npm run backup", () => {
  it("carries the files: a desk restored from the copy serves the same bytes", async () => {
    const png = await files.png("#b3261e");
    const id = idFromLocation(await askWith(officer, [{ name: "ảnh.png", bytes: png }, { name: "đơn.pdf", bytes: await files.pdf() }]));
    const target = join(desk.dir, "backup.sqlite");
    const r = spawnSync("npx", ["tsx", "src/cli/backup.ts", target], { env: { ...process.env, DATABASE_PATH: join(desk.dir, "test.sqlite") }, encoding: "utf8", timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);

    const restored = openDatabase(target);
    try {
      const app = createApp({ db: restored, config: { ...loadConfig({}), databasePath: target }, clock: () => desk.now.value });
      const login = await app.request("/login", { method: "POST", body: new URLSearchParams({ username: "canbo", password: PASSWORD }), headers: { "content-type": "application/x-www-form-urlencoded", origin: ORIGIN } });
      const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0]!;
      const [image] = restored.select().from(attachments).where(eq(attachments.questionId, id)).all();
      const res = await app.request(`/attachments/${image!.id}`, { headers: { cookie } });
      expect(res.status).toBe(200);
      expect(Buffer.from(await res.arrayBuffer()).equals(png)).toBe(true);
      expect((await app.request(`/attachments/${image!.id}/thumbnail`, { headers: { cookie } })).status).toBe(200);
    } finally {
      restored.$client.close();
    }
  });
});

describe("files and the knowledge base", () => {
  const ENTRY = {
    title: "Mẫu tờ khai yêu cầu cấp Phiếu lý lịch tư pháp",
    question: "Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp theo mẫu nào?",
    answer: "Dùng mẫu tờ khai ban hành kèm theo thông tư hướng dẫn, xem tệp đính kèm.",
    tags: "tờ khai",
  };

  async function proposedQuestion() {
    const id = idFromLocation(await askWith(officer, [{ name: "CCCD của tôi.jpg", bytes: await files.jpeg() }]));
    const answerer = await desk.login("giaidap");
    await answerer.upload(`/questions/${id}/notes`, { body: "Bản nội bộ" }, [{ name: "nội bộ.pdf", bytes: await files.pdf() }]);
    await answerer.upload(`/questions/${id}/answers`, { body: "Theo mẫu đính kèm." }, [{ name: "Mẫu 03.docx", bytes: await files.docx() }]);
    expect((await answerer.post(`/questions/${id}/propose`, {})).status).toBe(303);
    const byName = (name: string) => desk.db.select().from(attachments).where(eq(attachments.fileName, name)).get()!.id;
    return { id, photo: byName("CCCD của tôi.jpg"), note: byName("nội bộ.pdf"), template: byName("Mẫu 03.docx") };
  }

  it("the editor lists the proposal's files for the personal-data check and copies none unless picked", async () => {
    const q = await proposedQuestion();
    const advisor = await desk.login("covan");
    const proposalId = desk.db.all<{ id: number }>(sql`SELECT id FROM kb_proposals`)[0]!.id;
    const form = await (await advisor.get(`/kb/new?proposal=${proposalId}`)).text();
    expect(form).toContain("Tệp của câu hỏi gốc");
    expect(form).toContain("CCCD của tôi.jpg");
    expect(form).toContain("Mẫu 03.docx");
    expect(form).not.toContain("nội bộ.pdf"); // internal: never offered
    expect(form).not.toMatch(/name="copy_attachment"[^>]*checked/);

    // Published without picking anything: the entry carries no file.
    const res = await advisor.post("/kb", { ...ENTRY, category, source_question_id: String(q.id), publish: "1" });
    expect(res.status).toBe(303);
    const entryId = idFromLocation(res);
    expect(desk.db.select().from(attachments).where(eq(attachments.kbEntryId, entryId)).all()).toEqual([]);

    // Picked deliberately (an internal note's file smuggled in by id is ignored): only the template.
    const edit = await advisor.post(`/kb/${entryId}`, { ...ENTRY, category, source_question_id: String(q.id), copy_attachment: [String(q.template), String(q.note)] });
    expect(edit.status).toBe(303);
    const copied = desk.db.select().from(attachments).where(eq(attachments.kbEntryId, entryId)).all();
    expect(copied.map((a) => a.fileName)).toEqual(["Mẫu 03.docx"]);
    // Once on the entry, the editor no longer offers it, and picking it again copies nothing.
    expect(await (await advisor.get(`/kb/${entryId}/edit`)).text()).not.toContain(`name="copy_attachment" value="${q.template}"`);
    await advisor.post(`/kb/${entryId}`, { ...ENTRY, category, source_question_id: String(q.id), copy_attachment: String(q.template) });
    expect(desk.db.select().from(attachments).where(eq(attachments.kbEntryId, entryId)).all()).toHaveLength(1);
    const audit = desk.db.all<{ data: string }>(sql`SELECT data FROM audit_log WHERE action = 'kb.attachments' AND object_id = ${String(entryId)}`);
    expect(JSON.parse(audit[0]!.data)).toMatchObject({ fromQuestion: ["Mẫu 03.docx"] });

    // Anyone may read a published entry's files, though not the source question's.
    const other = await desk.login("canbo3");
    expect((await other.get(`/attachments/${copied[0]!.id}`)).status).toBe(200);
    expect((await other.get(`/attachments/${q.template}`)).status).toBe(404);
    expect(await (await other.get(`/kb/${entryId}`)).text()).toContain("Mẫu 03.docx");
  });

  it("an advisor attaches files to an entry; a draft's files are for the board; files can be taken off", async () => {
    const advisor = await desk.login("covan");
    const res = await advisor.upload("/kb", { ...ENTRY, category }, [{ name: "Tờ khai mẫu.pdf", bytes: await files.pdf() }]);
    expect(res.status).toBe(303);
    const entryId = idFromLocation(res);
    const file = desk.db.select().from(attachments).where(eq(attachments.kbEntryId, entryId)).get()!;
    expect((await officer.get(`/attachments/${file.id}`)).status).toBe(404); // draft
    expect((await advisor.post(`/kb/${entryId}/publish`, {})).status).toBe(303);
    expect((await officer.get(`/attachments/${file.id}`)).status).toBe(200);

    const refused = await advisor.upload(`/kb/${entryId}`, { ...ENTRY, category }, [{ name: "x.svg", bytes: Buffer.from("<svg/>") }]);
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain(ENTRY.answer);

    expect((await advisor.post(`/kb/${entryId}`, { ...ENTRY, category, remove_attachment: String(file.id) })).status).toBe(303);
    expect(desk.db.select().from(attachments).where(eq(attachments.kbEntryId, entryId)).all()).toEqual([]);
    expect((await officer.get(`/attachments/${file.id}`)).status).toBe(404);
    expect(rows(blobs)).toBe(1); // the bytes stay for the audit trail
  });
});
