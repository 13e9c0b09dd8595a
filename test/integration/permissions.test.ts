// Walks the permission table for every role: each guarded page answers 200 to the roles the table
// allows and 403 to the others.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROLES, type Role } from "../../db/schema.js";
import { can, type Action } from "../../src/auth/permissions.js";
import { createTestDesk, type Session, type TestDesk } from "../support/app.js";

const GUARDED_PAGES: { path: string; action: Action }[] = [
  { path: "/questions/new", action: "question.ask" },
  { path: "/queue", action: "queue.view" },
  { path: "/duty", action: "duty.view" },
  { path: "/handover", action: "duty.view" },
  { path: "/handover/history", action: "handover.view" },
  { path: "/kb", action: "kb.read" },
  { path: "/admin/users", action: "users.manage" },
  { path: "/admin/calendar", action: "calendar.manage" },
  { path: "/admin/settings", action: "settings.manage" },
  { path: "/dashboard", action: "dashboard.view" },
  { path: "/ratings", action: "ratings.view" },
  { path: "/reports/monthly", action: "reports.view" },
  { path: "/reports", action: "reports.export" },
  { path: "/audit", action: "audit.view" },
  { path: "/consultations", action: "consultation.view" },
];

let desk: TestDesk;
const sessions = new Map<Role, Session>();
beforeAll(async () => {
  desk = createTestDesk();
  for (const role of ROLES) {
    await desk.addUser(`user-${role}`, [role]);
    sessions.set(role, await desk.login(`user-${role}`));
  }
});
afterAll(() => desk.close());

describe.each(ROLES)("role %s", (role) => {
  it.each(GUARDED_PAGES)("$path follows the table", async ({ path, action }) => {
    const res = await sessions.get(role)!.get(path);
    expect(res.status).toBe(can([role], action) ? 200 : 403);
    if (res.status === 403) expect(await res.text()).toContain("Không có quyền");
  });

  it("lands on a page of its own from /", async () => {
    const res = await sessions.get(role)!.get("/");
    expect(res.status).toBe(303);
    const next = await sessions.get(role)!.get(res.headers.get("location")!);
    expect(next.status).toBe(200);
  });
});
