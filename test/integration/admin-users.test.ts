import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { auditLog, sessions, users } from "../../db/schema.js";
import { anonymous, createTestDesk, type Session, type TestDesk } from "../support/app.js";

let desk: TestDesk;
let admin: Session;
beforeEach(async () => {
  desk = createTestDesk();
  await desk.addUser("admin", ["admin"]);
  admin = await desk.login("admin");
});
afterEach(() => desk.close());

const newUser = {
  username: "giaidap.lan",
  name: "Trần Thị Lan",
  rank: "Đại úy",
  unit: "Phòng Hồ sơ nghiệp vụ",
  password: "tam-thoi-123",
  roles: ["answerer", "lead"],
  specialties: ["xoa-an-tich", "ly-lich-tu-phap"],
};

describe("admin: accounts", () => {
  it("lists users", async () => {
    const html = await (await admin.get("/admin/users")).text();
    expect(html).toContain("Quản lý tài khoản");
    expect(html).toContain("admin");
  });

  it("creates a user with several roles, unit and specialties; the first login must change the password", async () => {
    const res = await admin.post("/admin/users", newUser);
    expect(res.status).toBe(303);
    const row = desk.db.select().from(users).where(eq(users.username, "giaidap.lan")).get()!;
    expect(row.passwordResetAt).not.toBeNull();
    expect(desk.db.select().from(auditLog).where(eq(auditLog.action, "user.create")).all().length).toBeGreaterThan(0);
    const s = await desk.login("giaidap.lan", "tam-thoi-123");
    const home = await s.get("/queue");
    expect(home.status).toBe(303);
    expect(home.headers.get("location")).toBe("/account/password");
    const mismatch = await s.post("/account/password", { password: "mat-khau-moi-1", confirm: "khac-nhau-1" });
    expect(mismatch.status).toBe(422);
    expect(await mismatch.text()).toContain("Hai lần nhập mật khẩu không khớp.");
    const ok = await s.post("/account/password", { password: "mat-khau-moi-1", confirm: "mat-khau-moi-1" });
    expect(ok.status).toBe(303);
    // The old session ended with the change; the new cookie works.
    expect((await s.get("/queue")).status).toBe(303);
    const fresh = await desk.login("giaidap.lan", "mat-khau-moi-1");
    expect((await fresh.get("/queue")).status).toBe(200);
  });

  it("keeps the form filled and explains in Vietnamese on bad input (422)", async () => {
    const res = await admin.post("/admin/users", { ...newUser, username: "Có Dấu", roles: [] });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("Tên đăng nhập chỉ gồm chữ thường không dấu");
    expect(html).toContain("Xin chọn ít nhất một vai trò.");
    expect(html).toContain('value="Trần Thị Lan"');
    expect(html).toMatch(/value="xoa-an-tich" checked/);
  });

  it("refuses a taken username with 409", async () => {
    await admin.post("/admin/users", newUser);
    const res = await admin.post("/admin/users", newUser);
    expect(res.status).toBe(409);
    expect(await res.text()).toContain("Tên đăng nhập đã có người dùng.");
  });

  it("disables (ending sessions) and enables an account; audited", async () => {
    const id = await desk.addUser("canbo", ["officer"]);
    const officer = await desk.login("canbo");
    expect((await admin.post(`/admin/users/${id}/disable`)).status).toBe(303);
    expect((await officer.get("/questions")).status).toBe(303);
    expect(desk.db.select().from(sessions).where(eq(sessions.userId, id)).all()).toHaveLength(0);
    expect((await anonymous(desk).post("/login", { username: "canbo", password: "mat-khau-thu-nghiem" })).status).toBe(401);
    expect((await admin.post(`/admin/users/${id}/enable`)).status).toBe(303);
    expect((await desk.login("canbo")).cookie).toMatch(/^session=/);
    const actions = desk.db.select().from(auditLog).where(eq(auditLog.objectId, String(id))).all().map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["user.disable", "user.enable"]));
  });

  it("cannot disable itself", async () => {
    const me = desk.db.select().from(users).where(eq(users.username, "admin")).get()!;
    expect((await admin.post(`/admin/users/${me.id}/disable`)).status).toBe(409);
  });

  it("resets a password: old sessions end, the new temporary password must be changed", async () => {
    const id = await desk.addUser("canbo", ["officer"]);
    const officer = await desk.login("canbo");
    expect((await admin.post(`/admin/users/${id}/reset-password`, { password: "tam-thoi-456" })).status).toBe(303);
    expect((await officer.get("/questions")).status).toBe(303);
    const again = await desk.login("canbo", "tam-thoi-456");
    expect((await again.get("/questions")).headers.get("location")).toBe("/account/password");
    expect((await admin.post(`/admin/users/${id}/reset-password`, { password: "ngan" })).status).toBe(422);
    expect((await admin.post(`/admin/users/99999/reset-password`, { password: "tam-thoi-789" })).status).toBe(404);
  });

  it("is for admins only", async () => {
    await desk.addUser("chihuy", ["steering"]);
    const s = await desk.login("chihuy");
    expect((await s.get("/admin/users")).status).toBe(403);
    expect((await s.post("/admin/users", newUser)).status).toBe(403);
    expect(desk.db.select().from(users).where(eq(users.username, "giaidap.lan")).get()).toBeUndefined();
  });
});
