// Control characters (NUL, BEL, ESC, DEL, C1) never reach the database or a page, whichever way the
// text comes in: a form, a form with files, or the query string. Tab and line breaks are kept.
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { attachments, categories, messages, questions } from "../../db/schema.js";
import { createTestDesk, idFromLocation, type Session, type TestDesk } from "../support/app.js";
import { files } from "../support/files.js";

const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

let desk: TestDesk;
let officer: Session;
let category: string;
beforeEach(async () => {
  desk = createTestDesk();
  await desk.addUser("canbo", ["officer"]);
  await desk.addUser("giaidap", ["answerer"], { specialties: ["xoa-an-tich"] });
  officer = await desk.login("canbo");
  category = String(desk.db.select().from(categories).where(eq(categories.code, "xoa-an-tich")).get()!.id);
});
afterEach(() => desk.close());

describe("control characters in what people send", () => {
  it("are stripped from a question's title and body, stored and shown without them; tab and newlines stay", async () => {
    const res = await officer.post("/questions", {
      title: "Thời hạn\u0000 xóa án\u0007 tích\u001b\u007f\u0085",
      body: "Dòng một\u0000.\r\nDòng\thai\u0007.",
      category,
    });
    expect(res.status).toBe(303);
    const id = idFromLocation(res);
    const q = desk.db.select().from(questions).where(eq(questions.id, id)).get()!;
    expect(q.title).toBe("Thời hạn xóa án tích");
    expect(q.body).toBe("Dòng một.\nDòng\thai.");
    const html = await (await officer.get(`/questions/${id}`)).text();
    expect(html).toContain("Thời hạn xóa án tích");
    expect(html).not.toMatch(CONTROLS);
  });

  it("are stripped from an answer", async () => {
    const id = idFromLocation(await officer.post("/questions", { title: "Thời hạn xóa án tích", body: "Nội dung câu hỏi đủ dài.", category }));
    const answerer = await desk.login("giaidap");
    const res = await answerer.post(`/questions/${id}/answers`, { body: "Theo Điều 70\u0000 Bộ luật Hình sự\u0007, thời hạn là 3 năm." });
    expect(res.status).toBeLessThan(400);
    const answer = desk.db.select().from(messages).where(eq(messages.questionId, id)).all().find((m) => m.kind === "answer")!;
    expect(answer.body).toBe("Theo Điều 70 Bộ luật Hình sự, thời hạn là 3 năm.");
    expect(await (await officer.get(`/questions/${id}`)).text()).not.toMatch(CONTROLS);
  });

  it("are stripped from the text fields and file names of a form with files, and the file's bytes stay whole", async () => {
    const png = await files.png();
    const res = await officer.upload("/questions", { title: "Ảnh\u0000 chụp\u0007 phiếu", body: "Nội dung câu hỏi\u0000 đủ dài.", category }, [
      { name: "phieu\u0007.png", type: "image/png", bytes: png },
    ]);
    expect(res.status).toBe(303);
    const id = idFromLocation(res);
    expect(desk.db.select().from(questions).where(eq(questions.id, id)).get()!.title).toBe("Ảnh chụp phiếu");
    const file = desk.db.select().from(attachments).where(eq(attachments.questionId, id)).get()!;
    expect(file.fileName).toBe("phieu.png");
    expect(file.size).toBe(png.length);
  });

  it("are stripped from the query string", async () => {
    const html = await (await officer.get(`/kb?q=${encodeURIComponent("xóa\u0000 án\u0007 tích\u0085")}`)).text();
    expect(html).toContain('value="xóa án tích"');
    expect(html).not.toMatch(CONTROLS);
    const list = await (await officer.get(`/questions?q=${encodeURIComponent("án\u0000tích")}`)).text();
    expect(list).not.toMatch(CONTROLS);
  });
});
