// The audit trail viewer (Nhật ký): filters, pages, the CSV export, who may see it, and the
// database refusing to change or delete a row.
import { parse } from "csv-parse/sync";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, categories } from "../../db/schema.js";
import { audit } from "../../src/services/audit.js";
import { auditBatches } from "../../src/services/audit-queries.js";
import { upsertPublishedEntries } from "../../src/services/kb-entries.js";
import { createTestDesk, idFromLocation, type Session, type TestDesk } from "../support/app.js";

let desk: TestDesk;
let admin: Session;
let officerId: number;
let answererId: number;
let advisorId: number;
let questionId: number;
let otherQuestionId: number;
let entryId: number;

const at = (iso: string) => (desk.now.value = new Date(iso));
const auditCount = () => desk.db.select({ n: count() }).from(auditLog).get()!.n;

// The rows of the viewer's table: [time, person, action, object, change] as text.
function tableRows(html: string): string[][] {
  const body = html.split("<tbody>")[1]?.split("</tbody>")[0] ?? "";
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) =>
    [...m[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].slice(0, 5).map((c) => c[1]!.replace(/<[^>]+>/g, "").trim()),
  );
}

beforeAll(async () => {
  desk = createTestDesk(new Date("2026-11-02T01:00:00Z")); // Mon 02/11 08:00 Hà Nội
  await desk.addUser("quantri", ["admin"], { name: "Phạm Quản Trị" });
  await desk.addUser("chidao", ["steering"]);
  officerId = await desk.addUser("canbo", ["officer"], { name: "Nguyễn Văn An", rank: "Đại úy" });
  answererId = await desk.addUser("giaidap", ["answerer"], { name: "Trần Thị Bình", specialties: ["xoa-an-tich"] });
  advisorId = await desk.addUser("covan", ["advisor"], { name: "Lê Cố Vấn" });
  await desk.addUser("totruong", ["lead"]);
  const officer = await desk.login("canbo");
  const answerer = await desk.login("giaidap");
  admin = await desk.login("quantri");
  const category = String(desk.db.select().from(categories).where(eq(categories.code, "xoa-an-tich")).get()!.id);

  at("2026-11-02T02:00:00Z"); // Mon 09:00: asked (and routed by the system)
  questionId = idFromLocation(await officer.post("/questions", { title: "Thời hạn xóa án tích", body: "Nội dung câu hỏi đủ dài.", category }));
  at("2026-11-03T16:30:00Z"); // Tue 23:30 local: answered late in the evening
  expect((await answerer.post(`/questions/${questionId}/answers`, { body: "Theo Điều 70..." })).status).toBe(303);
  at("2026-11-03T17:30:00Z"); // Wed 04/11 00:30 local (still 03/11 in UTC): a second question
  otherQuestionId = idFromLocation(await officer.post("/questions", { title: "Câu hỏi thứ hai", body: "Nội dung câu hỏi đủ dài.", category }));
  at("2026-11-04T03:00:00Z"); // Wed 10:00: the admin creates an account
  const created = await admin.post("/admin/users", { username: "canbo-moi", name: "Cán Bộ Mới", password: "mat-khau-tam-1", roles: "officer" });
  expect(created.status).toBe(303);
  at("2026-11-05T03:00:00Z"); // Thu 10:00: the board publishes an entry; a job writes an action no label knows
  [entryId] = upsertPublishedEntries(
    desk.db,
    advisorId,
    [{ ref: "HD-001", title: "Xóa án tích", question: "Hỏi?", answer: "Đáp.", category: "xoa-an-tich", tags: [], citations: [] }],
    desk.now.value,
  ).ids as [number];
  audit(desk.db, { actorId: null, action: "job.something_new", objectType: "question", objectId: questionId, at: desk.now.value });
});
afterAll(() => desk.close());

describe("who may see the trail", () => {
  it("admins and the steering board; officers, answerers, advisors and leads get 403", async () => {
    for (const who of ["quantri", "chidao"]) {
      const s = await desk.login(who);
      expect((await s.get("/audit")).status).toBe(200);
      expect((await s.get("/audit.csv")).status).toBe(200);
    }
    for (const who of ["canbo", "giaidap", "covan", "totruong"]) {
      const s = await desk.login(who);
      const res = await s.get("/audit");
      expect(res.status).toBe(403);
      expect(await res.text()).toContain("Không có quyền");
      expect((await s.get("/audit.csv")).status).toBe(403);
    }
  });
});

describe("filters", () => {
  it("by person: the answerer's answer only (logins excluded by action)", async () => {
    const html = await (await admin.get(`/audit?person=${answererId}&type=question`)).text();
    const rows = tableRows(html);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toEqual([expect.stringContaining("03/11/2026"), "Trần Thị Bình", "Trả lời", `Câu hỏi #${questionId}`, "Đang xử lý → Đã trả lời"]);
    expect(html).toContain(`<option value="${answererId}" selected="">`);
  });

  it("links an object only for a reader who may open it: the admin reads the trail, not the questions", async () => {
    const path = `/audit?person=${answererId}&type=question`;
    expect(await (await admin.get(path)).text()).not.toContain(`href="/questions/${questionId}"`);
    expect((await admin.get(`/questions/${questionId}`)).status).toBe(404);
    const steering = await desk.login("chidao");
    expect(await (await steering.get(path)).text()).toContain(`href="/questions/${questionId}"`);
    expect((await steering.get(`/questions/${questionId}`)).status).toBe(200);
  });

  it("by person “system”: routing and the unknown job action, shown as written", async () => {
    const rows = tableRows(await (await admin.get("/audit?person=system&type=question")).text());
    expect(rows.map((r) => [r[1], r[2]])).toEqual([
      ["hệ thống", "job.something_new"],
      ["hệ thống", "Phân công tự động"],
      ["hệ thống", "Phân công tự động"],
    ]);
  });

  it("by object: one question's history, newest first", async () => {
    const rows = tableRows(await (await admin.get(`/audit?type=question&object=${questionId}`)).text());
    expect(rows.map((r) => r[2])).toEqual(["job.something_new", "Trả lời", "Phân công tự động", "Gửi câu hỏi"]);
    expect(rows.every((r) => r[3] === `Câu hỏi #${questionId}`)).toBe(true);
    expect(rows[3]![4]).toBe("→ Mới");
  });

  it("by object type: a knowledge-base entry links to /kb/ID; an account names its person", async () => {
    const kb = await (await admin.get("/audit?type=kb_entry")).text();
    expect(tableRows(kb)).toEqual([[expect.any(String), "Lê Cố Vấn", "Đăng mục hỏi – đáp", `Mục hỏi – đáp #${entryId}`, "→ Đã đăng"]]);
    expect(kb).toContain(`href="/kb/${entryId}"`);
    const users = tableRows(await (await admin.get("/audit?type=user&action=user.create")).text());
    expect(users).toHaveLength(7); // six test accounts (created by the system) and the admin's new one
    expect(users[0]![1]).toBe("Phạm Quản Trị");
    expect(users[0]![3]).toMatch(/^Tài khoản #\d+ \(Cán Bộ Mới\)$/);
  });

  it("by action", async () => {
    const rows = tableRows(await (await admin.get("/audit?action=question.submit")).text());
    expect(rows.map((r) => r[3])).toEqual([`Câu hỏi #${otherQuestionId}`, `Câu hỏi #${questionId}`]);
    expect(rows.every((r) => r[1] === "Đại úy Nguyễn Văn An")).toBe(true);
  });

  it("by local date range, both ends counted", async () => {
    // 03/11 local holds the answer at 23:30; the second question at 00:30 on 04/11 is the next day.
    const day = tableRows(await (await admin.get("/audit?from=2026-11-03&to=2026-11-03")).text());
    expect(day.map((r) => r[2])).toEqual(["Trả lời"]);
    const twoDays = tableRows(await (await admin.get("/audit?type=question&from=2026-11-03&to=2026-11-04")).text());
    expect(twoDays.map((r) => r[2])).toEqual(["Phân công tự động", "Gửi câu hỏi", "Trả lời"]);
  });

  it("refuses a bad date with the form again (422)", async () => {
    const res = await admin.get("/audit?from=2026-13-01");
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("Ngày bắt đầu không hợp lệ");
    const reversed = await admin.get("/audit?from=2026-11-05&to=2026-11-01");
    expect(reversed.status).toBe(422);
    expect(await reversed.text()).toContain("Ngày kết thúc phải trùng hoặc sau ngày bắt đầu.");
  });
});

describe("pages", () => {
  it("50 rows a page, newest first, links keep the filters", async () => {
    // 120 rows from a job, two per minute (equal times are ordered by id).
    for (let i = 0; i < 120; i++) {
      audit(desk.db, {
        actorId: null,
        action: "duty.set",
        objectType: "duty",
        objectId: `2026-12-${String((i % 28) + 1).padStart(2, "0")}`,
        data: { n: i },
        at: new Date(Date.parse("2026-11-10T01:00:00Z") + Math.floor(i / 2) * 60_000),
      });
    }
    const first = await (await admin.get("/audit?action=duty.set")).text();
    expect(tableRows(first)).toHaveLength(50);
    expect(first).toContain("120 bản ghi");
    expect(first).toContain("Trang 1/3");
    expect(first).toContain('href="/audit?action=duty.set&amp;page=2"');
    expect(first).toContain("{&quot;n&quot;:119}"); // newest first; data as compact JSON
    expect(first).not.toContain("{&quot;n&quot;:69}");
    const last = await (await admin.get("/audit?action=duty.set&page=3")).text();
    expect(tableRows(last)).toHaveLength(20);
    expect(last).toContain("{&quot;n&quot;:0}");
    expect(last).toContain('href="/audit?action=duty.set&amp;page=2"');
    expect(last).not.toContain("Trang sau");
    // A page past the end shows the last one.
    expect(await (await admin.get("/audit?action=duty.set&page=99")).text()).toContain("Trang 3/3");
  });

  it("the export reads the trail in batches without losing or repeating a row at equal times", () => {
    const whole = [...auditBatches(desk.db, {}, 100_000)].flat().map((r) => r.id);
    const batched = [...auditBatches(desk.db, {}, 7)].flat().map((r) => r.id);
    expect(batched).toEqual(whole);
    expect(new Set(batched).size).toBe(auditCount());
  });
});

describe("CSV export", () => {
  it("the filtered trail with Vietnamese headers, UTF-8 with BOM", async () => {
    const res = await admin.get(`/audit.csv?type=question&object=${questionId}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="nhat-ky_\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parse(new TextDecoder().decode(bytes), { bom: true }) as string[][];
    expect(header).toEqual([
      "Thời điểm",
      "Người thực hiện",
      "Tên đăng nhập",
      "Thao tác",
      "Mã thao tác",
      "Loại đối tượng",
      "Mã đối tượng",
      "Từ trạng thái",
      "Sang trạng thái",
      "Dữ liệu",
    ]);
    expect(rows.map((r) => r[4])).toEqual(["job.something_new", "question.answer", "question.route", "question.submit"]);
    const answer = rows[1]!;
    expect(answer.slice(0, 9)).toEqual(["03/11/2026 23:30", "Trần Thị Bình", "giaidap", "Trả lời", "question.answer", "Câu hỏi", String(questionId), "Đang xử lý", "Đã trả lời"]);
    expect(JSON.parse(answer[9]!)).toMatchObject({ onTime: true });
    expect(rows[0]!.slice(1, 3)).toEqual(["hệ thống", ""]);
  });

  it("names the file after the chosen period and holds every matching row beyond one page", async () => {
    const res = await admin.get("/audit.csv?action=duty.set&from=2026-11-10&to=2026-11-10");
    expect(res.headers.get("content-disposition")).toContain(`filename="nhat-ky_2026-11-10_2026-11-10.csv"`);
    const [, ...rows] = parse(await res.text(), { bom: true }) as string[][];
    expect(rows).toHaveLength(120);
  });
});

describe("append-only in the database", () => {
  it("refuses UPDATE and DELETE on audit_log, whoever runs them", () => {
    const before = auditCount();
    expect(() => desk.db.$client.exec("UPDATE audit_log SET action = 'question.answer' WHERE id = 1")).toThrow(/audit_log is append-only/);
    expect(() => desk.db.$client.exec("DELETE FROM audit_log WHERE id = 1")).toThrow(/audit_log is append-only/);
    expect(() => desk.db.$client.exec("DELETE FROM audit_log")).toThrow(/audit_log is append-only/);
    expect(() => desk.db.update(auditLog).set({ action: "x" }).run()).toThrow(/append-only/);
    expect(auditCount()).toBe(before);
    // Appending still works.
    audit(desk.db, { actorId: officerId, action: "question.note", objectType: "question", objectId: questionId, at: desk.now.value });
    expect(auditCount()).toBe(before + 1);
  });
});
