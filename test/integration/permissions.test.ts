// Who may do what, written out by hand as role × action → allowed, and checked against both the
// permission function and the routes. The table is deliberately not read from src/auth/permissions.ts:
// a change of policy has to be made in both places, and a reviewer reads it here at a glance.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROLES, type Role } from "../../src/model.js";
import { can, PERMISSIONS, type Action } from "../../src/auth/permissions.js";
import { createTestDesk, type Session, type TestDesk } from "../support/app.js";

const Y = true;
const _ = false;
type Row = readonly [officer: boolean, answerer: boolean, lead: boolean, advisor: boolean, steering: boolean, admin: boolean];

// Cán bộ đơn vị, Tổ giải đáp, tổ trưởng, Ban cố vấn, Ban chỉ đạo, Quản trị.
const POLICY: Record<Action, Row> = {
  //                           officer answerer lead advisor steering admin
  "question.ask":              [Y,      _,       _,   _,      _,       _],
  "question.see_all":          [_,      Y,       Y,   Y,      Y,       _],
  "question.answer":           [_,      Y,       Y,   _,      _,       _],
  "question.note":             [_,      Y,       Y,   Y,      Y,       _],
  "question.assign":           [_,      _,       Y,   _,      _,       _],
  "queue.view":                [_,      Y,       Y,   _,      _,       _],
  "duty.view":                 [_,      Y,       Y,   _,      _,       _],
  "duty.manage":               [_,      _,       Y,   _,      _,       _],
  "handover.give":             [_,      Y,       Y,   _,      _,       _],
  "handover.receive":          [_,      Y,       Y,   _,      _,       _],
  "handover.view":             [_,      Y,       Y,   _,      Y,       _],
  "handover.view_all":         [_,      _,       Y,   _,      Y,       _],
  "kb.read":                   [Y,      Y,       Y,   Y,      Y,       Y],
  "poster.print":              [_,      Y,       Y,   _,      _,       Y],
  "kb.propose":                [_,      Y,       Y,   _,      _,       _],
  "regulations.manage":        [_,      _,       _,   Y,      _,       Y],
  "kb.curate":                 [_,      _,       _,   Y,      _,       _],
  "consultation.request":      [_,      Y,       Y,   _,      _,       _],
  "consultation.withdraw_any": [_,      _,       Y,   _,      _,       _],
  "consultation.answer":       [_,      _,       _,   Y,      _,       _],
  "consultation.view":         [_,      _,       Y,   Y,      Y,       _],
  "consultation.view_all":     [_,      _,       Y,   _,      Y,       _],
  "dashboard.view":            [_,      _,       Y,   _,      Y,       _],
  "ratings.view":              [_,      Y,       Y,   _,      Y,       _],
  "ratings.view_team":         [_,      _,       Y,   _,      Y,       _],
  "reports.view":              [_,      _,       Y,   _,      Y,       _],
  "reports.export":            [_,      _,       Y,   _,      Y,       _],
  "reports.issue":             [_,      _,       _,   _,      Y,       _],
  "audit.view":                [_,      _,       _,   _,      Y,       Y],
  "users.manage":              [_,      _,       _,   _,      _,       Y],
  "calendar.manage":           [_,      _,       _,   _,      _,       Y],
  "settings.manage":           [_,      _,       _,   _,      _,       Y],
};
const COLUMNS: readonly Role[] = ["officer", "answerer", "lead", "advisor", "steering", "admin"];
const allowed = (role: Role, action: Action) => POLICY[action][COLUMNS.indexOf(role)]!;
const ACTIONS = Object.keys(POLICY) as Action[];

describe("the permission function", () => {
  it("knows exactly the actions of the table, and the table has a column for every role", () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual([...ACTIONS].sort());
    expect([...COLUMNS].sort()).toEqual([...ROLES].sort());
  });

  it.each(ROLES)("grants %s what the table says, and nothing else", (role) => {
    const granted = ACTIONS.filter((a) => can([role], a));
    expect(granted).toEqual(ACTIONS.filter((a) => allowed(role, a)));
  });

  it("grants an account with two roles what either role may do", () => {
    for (const a of ROLES) for (const b of ROLES) for (const action of ACTIONS) {
      expect(can([a, b], action), `${a}+${b} ${action}`).toBe(allowed(a, action) || allowed(b, action));
    }
    expect(ACTIONS.filter((action) => can([], action))).toEqual([]);
  });
});

// Pages that only their action guards: 200 to the roles the table allows, 403 to the others.
const GUARDED_PAGES: { path: string; action: Action }[] = [
  { path: "/questions/new", action: "question.ask" },
  { path: "/queue", action: "queue.view" },
  { path: "/calls/new", action: "question.answer" },
  { path: "/callbacks", action: "question.answer" },
  { path: "/canned", action: "question.answer" },
  { path: "/duty", action: "duty.view" },
  { path: "/handover", action: "duty.view" },
  { path: "/handover/history", action: "handover.view" },
  { path: "/kb", action: "kb.read" },
  { path: "/kb/booklet", action: "kb.read" },
  { path: "/regulations", action: "kb.read" },
  { path: "/kb/poster", action: "poster.print" },
  { path: "/review", action: "kb.curate" },
  { path: "/kb/new", action: "kb.curate" },
  { path: "/regulations/unresolved", action: "regulations.manage" },
  { path: "/consultations", action: "consultation.view" },
  { path: "/consultations/count", action: "consultation.answer" },
  { path: "/dashboard", action: "dashboard.view" },
  { path: "/ratings", action: "ratings.view" },
  { path: "/reports/monthly", action: "reports.view" },
  { path: "/reports/monthly/issued", action: "reports.view" },
  { path: "/reports", action: "reports.export" },
  { path: "/audit", action: "audit.view" },
  { path: "/admin/users", action: "users.manage" },
  { path: "/admin/calendar", action: "calendar.manage" },
  { path: "/admin/settings", action: "settings.manage" },
];

// Changes, sent with an empty form (or to an id that does not exist): the guard answers 403 before
// anything else; a role the table allows gets past it (a message about the form, a 404, a redirect).
const Q = "{question}";
const GUARDED_CHANGES: { path: string; action: Action }[] = [
  { path: "/questions", action: "question.ask" },
  { path: `/questions/${Q}/answers`, action: "question.answer" },
  { path: `/questions/${Q}/notes`, action: "question.note" },
  { path: `/questions/${Q}/assign`, action: "question.assign" },
  { path: `/questions/${Q}/propose`, action: "kb.propose" },
  { path: `/questions/${Q}/consult`, action: "consultation.request" },
  { path: "/consultations/999999/answer", action: "consultation.answer" },
  { path: "/duty", action: "duty.manage" },
  { path: "/handover", action: "handover.give" },
  { path: "/handover/999999/acknowledge", action: "handover.receive" },
  { path: "/kb", action: "kb.curate" },
  { path: "/regulations", action: "regulations.manage" },
  { path: "/reports/monthly/draft", action: "reports.issue" },
];

let desk: TestDesk;
let question: number;
const sessions = new Map<Role, Session>();
beforeAll(async () => {
  desk = createTestDesk();
  for (const role of ROLES) {
    await desk.addUser(`user-${role}`, [role]);
    sessions.set(role, await desk.login(`user-${role}`));
  }
  question = desk.ask((await desk.addUser("asker", ["officer"])), "ly-lich-tu-phap", "Thời hạn cấp phiếu lý lịch tư pháp", "Xin hỏi thời hạn cấp phiếu số 2.");
});
afterAll(() => desk.close());

describe.each(ROLES)("role %s", (role) => {
  it.each(GUARDED_PAGES)("GET $path follows the table ($action)", async ({ path, action }) => {
    const res = await sessions.get(role)!.get(path);
    expect(res.status).toBe(allowed(role, action) ? 200 : 403);
    if (res.status === 403) expect(await res.text()).toContain("Không có quyền");
  });

  it.each(GUARDED_CHANGES)("POST $path follows the table ($action)", async ({ path, action }) => {
    const res = await sessions.get(role)!.post(path.replace(Q, String(question)), {});
    if (allowed(role, action)) expect(res.status).not.toBe(403);
    else expect(res.status).toBe(403);
    expect(res.status).toBeLessThan(500);
  });

  it("lands on a page of its own from /", async () => {
    const res = await sessions.get(role)!.get("/");
    expect(res.status).toBe(303);
    const next = await sessions.get(role)!.get(res.headers.get("location")!);
    expect(next.status).toBe(200);
  });
});
