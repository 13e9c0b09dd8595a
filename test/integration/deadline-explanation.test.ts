// The question page's "Cách tính hạn trả lời": holidays skipped and make-up days worked in the span.
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { categories } from "../../db/schema.js";
import { createTestDesk, idFromLocation, type Session, type TestDesk } from "../support/app.js";

let desk: TestDesk;
let admin: Session;
let officer: Session;
beforeEach(async () => {
  desk = createTestDesk(); // Tue 24/11/2026 09:00 Hà Nội
  await desk.addUser("admin", ["admin"]);
  await desk.addUser("canbo", ["officer"]);
  await desk.addUser("giaidap", ["answerer"]);
  admin = await desk.login("admin");
  officer = await desk.login("canbo");
});
afterEach(() => desk.close());

async function ask(): Promise<number> {
  const category = desk.db.select().from(categories).where(eq(categories.code, "xoa-an-tich")).get()!.id;
  return idFromLocation(await officer.post("/questions", { title: "Thời hạn xóa án tích", body: "Nội dung câu hỏi đủ dài để gửi.", category: String(category) }));
}

// The explainer's value for one heading.
async function explained(id: number, heading: string): Promise<string> {
  const html = await (await officer.get(`/questions/${id}`)).text();
  const m = new RegExp(`<dt>${heading}</dt><dd>(.*?)</dd>`, "s").exec(html);
  if (!m) throw new Error(`no "${heading}" in the explainer`);
  return m[1]!.replace(/<[^>]+>/g, "");
}

describe("deadline explanation", () => {
  it("lists a make-up Saturday counted in the span, as it lists holidays skipped", async () => {
    const day = (date: string, kind: string, name: string) => admin.post("/admin/calendar/days", { date, kind, name });
    await day("2026-11-28", "make_up", "Làm bù cho ngày 04/12");
    await day("2026-11-30", "make_up", "Làm bù ghi nhầm vào thứ Hai"); // normally worked: changes nothing
    await day("2026-12-05", "make_up", "Làm bù sau hạn");
    await day("2026-11-27", "holiday", "Nghỉ đột xuất");
    desk.now.value = new Date("2026-11-26T02:00:00Z"); // Thu 09:00
    const id = await ask(); // Thu 7 h, Fri off, Sat (make-up) 8 h, Mon 8 h: due Tue 01/12 09:00
    expect(await explained(id, "Hạn trả lời")).toBe("09:00, thứ Ba 01/12/2026");
    expect(await explained(id, "Ngày nghỉ lễ được bỏ qua")).toBe("thứ Sáu 27/11/2026 (Nghỉ đột xuất)");
    expect(await explained(id, "Ngày làm bù được tính")).toBe("thứ Bảy 28/11/2026 (Làm bù cho ngày 04/12)");
  });

  it("says none when no make-up day falls in the span", async () => {
    const id = await ask();
    expect(await explained(id, "Ngày làm bù được tính")).toBe("Không có");
  });
});
