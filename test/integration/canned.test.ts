import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { auditLog, cannedAnswers, categories } from "../../db/schema.js";
import { createTestDesk, idFromLocation, type Session, type TestDesk } from "../support/app.js";

let desk: TestDesk;
let team: Session;
beforeEach(async () => {
  desk = createTestDesk();
  await desk.addUser("giaidap", ["answerer"]);
  await desk.addUser("canbo", ["officer"]);
  team = await desk.login("giaidap");
});
afterEach(() => desk.close());

describe("canned answers", () => {
  it("the team adds, edits and archives shared snippets; audited", async () => {
    expect((await team.post("/canned", { title: "Lời chào mở đầu", body: "Chào đồng chí,\r\nTổ giải đáp trả lời như sau:" })).status).toBe(303);
    const row = desk.db.select().from(cannedAnswers).get()!;
    expect(row.body).toBe("Chào đồng chí,\nTổ giải đáp trả lời như sau:");
    expect((await team.post(`/canned/${row.id}`, { title: "Lời chào", body: "Chào đồng chí," })).status).toBe(303);
    expect(await (await team.get("/canned")).text()).toContain("Lời chào");
    expect((await team.post(`/canned/${row.id}/archive`)).status).toBe(303);
    expect(await (await team.get("/canned")).text()).not.toContain("<h2>Lời chào</h2>");
    const actions = desk.db.select().from(auditLog).where(eq(auditLog.objectType, "canned_answer")).all().map((a) => a.action);
    expect(actions).toEqual(["canned.create", "canned.update", "canned.archive"]);
    expect((await team.post(`/canned/${row.id}/archive`)).status).toBe(404);
  });

  it("keeps the form on bad input (422)", async () => {
    const res = await team.post("/canned", { title: "", body: "Nội dung giữ lại" });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("Nội dung giữ lại");
  });

  it("inserts a snippet after the draft (htmx fragment) and offers the picker on the question page", async () => {
    await team.post("/canned", { title: "Giấy tờ cần mang", body: "- Tờ khai\n- Bản chụp Căn cước" });
    const id = desk.db.select().from(cannedAnswers).get()!.id;
    const res = await team.get(`/canned/insert?canned=${id}&body=${encodeURIComponent("Bản nháp của tôi")}`, { headers: { "hx-request": "true" } });
    const html = await res.text();
    expect(html).toMatch(/^<textarea id="answer-body"/);
    expect(html).toContain("Bản nháp của tôi\n\n- Tờ khai");
    const officer = await desk.login("canbo");
    const cat = desk.db.select().from(categories).get()!.id;
    const qid = idFromLocation(await officer.post("/questions", { title: "Câu hỏi thử mẫu", body: "Nội dung đủ dài", category: String(cat) }));
    expect(await (await team.get(`/questions/${qid}`)).text()).toContain("Giấy tờ cần mang");
  });

  it("is for the team only", async () => {
    const officer = await desk.login("canbo");
    expect((await officer.get("/canned")).status).toBe(403);
    expect((await officer.post("/canned", { title: "Mẫu", body: "Nội dung" })).status).toBe(403);
  });
});
