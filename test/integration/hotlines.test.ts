// The desk's hotline numbers: the admin sets them; officers see them on every page's footer, on the
// ask page and on an entry's printed sheet, each a tel: link.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDesk, type Session, type TestDesk } from "../support/app.js";
import { upsertPublishedEntries } from "../../src/services/kb-entries.js";

let desk: TestDesk;
let admin: Session;
let officer: Session;

beforeAll(async () => {
  desk = createTestDesk();
  await desk.addUser("quantri", ["admin"]);
  await desk.addUser("canbo", ["officer"]);
  admin = await desk.login("quantri");
  officer = await desk.login("canbo");
});
afterAll(() => desk.close());

describe("hotline numbers", () => {
  it("are nowhere until set", async () => {
    expect(await (await officer.get("/questions/new")).text()).not.toContain("Đường dây nóng");
  });

  it("are set by the admin, audited, and shown in the footer, on the ask page and on a printed sheet", async () => {
    const res = await admin.post("/admin/settings/hotlines", { label_1: "Trực ban", number_1: "069.234.5678", label_2: "", number_2: "024 3826 1234" });
    expect(res.status).toBe(303);
    const form = await (await admin.get("/admin/settings?saved=1")).text();
    expect(form).toContain("Đã lưu số đường dây nóng.");
    expect(form).toContain('value="069.234.5678"');
    const trail = desk.db.$client.prepare("SELECT action, actor_id FROM audit_log WHERE object_type = 'settings'").all();
    expect(trail).toEqual([{ action: "settings.hotlines", actor_id: expect.any(Number) }]);

    const ask = await (await officer.get("/questions/new")).text();
    expect(ask).toContain("Cần trả lời ngay?");
    expect(ask).toContain('Trực ban: <a href="tel:0692345678">069.234.5678</a>');
    expect(ask).toContain('Đường dây nóng: <a href="tel:02438261234">024 3826 1234</a>'); // a number without a name
    const footer = (await (await officer.get("/kb")).text()).split('<footer class="site-footer">')[1]!;
    expect(footer).toContain('href="tel:0692345678"');

    const [id] = upsertPublishedEntries(desk.db, null, [{ ref: "HL-1", title: "Mục có số đường dây nóng", question: "Hỏi gì?", answer: "Đáp thế này.", category: "tra-cuu", tags: [], citations: [] }], desk.now.value).ids;
    const sheet = await (await officer.get(`/kb/${id}/print`)).text();
    expect(sheet).toContain('href="tel:0692345678"');
  });

  it("keeps the form filled with a message for a bad number (422) and saves nothing", async () => {
    const res = await admin.post("/admin/settings/hotlines", { label_1: "Trực ban", number_1: "gọi tôi", label_2: "Tổ giải đáp", number_2: "" });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("Số thứ 1 không phải số điện thoại");
    expect(html).toContain("Dòng 2 có tên nhưng chưa có số điện thoại.");
    expect(html).toContain('value="gọi tôi"');
    expect(html).toContain('value="Tổ giải đáp"');
    expect(await (await officer.get("/questions/new")).text()).toContain("069.234.5678"); // unchanged
  });

  it("are the admin's to change: others get 403", async () => {
    expect((await officer.get("/admin/settings")).status).toBe(403);
    expect((await officer.post("/admin/settings/hotlines", { label_1: "X", number_1: "113" })).status).toBe(403);
  });
});
