// Every route of the app, its role rule in one table, walked for every role: a role the permission
// table refuses gets 403; any other gets an answer that is neither 403 nor a server error. A route
// missing from the table fails the test, so no route can be added without deciding who may use it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { categories } from "../../db/schema.js";
import { ROLES, type Role } from "../../db/schema.js";
import { can, type Action } from "../../src/auth/permissions.js";
import { anonymous, createTestDesk, idFromLocation, type Session, type TestDesk } from "../support/app.js";

// "public": no login; "signed-in": any role (ownership is checked by the query: others get 404).
type Rule = Action | "public" | "signed-in";

const ROUTES: Record<string, Rule> = {
  "GET /healthz": "public",
  "GET /static/vendor/:file": "public",
  "GET /login": "public",
  "POST /login": "public",
  "POST /logout": "public",
  "GET /account/password": "signed-in",
  "POST /account/password": "signed-in",
  "GET /": "signed-in",
  "GET /questions/new": "question.ask",
  "POST /questions": "question.ask",
  "GET /questions": "signed-in",
  "POST /questions/filters": "signed-in", // saved filters: each user's own (others get 404)
  "POST /questions/filters/:id/delete": "signed-in",
  "GET /questions/:id{[0-9]+}": "signed-in",
  "POST /questions/:id/answers": "question.answer",
  "POST /questions/:id/clarify": "question.answer",
  "POST /questions/:id/notes": "question.note",
  "POST /questions/:id/replies": "signed-in",
  "POST /questions/:id/assign": "question.assign",
  "POST /questions/:id/handover": "question.answer",
  "POST /questions/:id/close": "signed-in",
  "POST /questions/:id/reopen": "signed-in",
  "POST /questions/:id/rate": "signed-in",
  "POST /questions/:id/withdraw": "signed-in",
  "POST /questions/:id/duplicate": "question.answer",
  "POST /questions/:id/propose": "kb.propose",
  "GET /attachments/:id": "signed-in",
  "GET /attachments/:id/thumbnail": "signed-in",
  "POST /questions/:id/consult": "consultation.request",
  "GET /consultations": "consultation.view",
  "GET /consultations/count": "consultation.answer",
  "POST /consultations/:id/answer": "consultation.answer",
  "POST /consultations/:id/withdraw": "consultation.request",
  "GET /queue": "queue.view",
  "GET /duty": "duty.view",
  "POST /duty": "duty.manage",
  "GET /handover": "duty.view",
  "POST /handover": "handover.give",
  "GET /handover/history": "handover.view", // members: their own records; leads and steering: all
  "GET /handover/:id{[0-9]+}": "handover.view",
  "GET /handover/:id{[0-9]+}/print": "handover.view",
  "POST /handover/:id{[0-9]+}/acknowledge": "handover.receive", // only a recipient (others: 404)
  "GET /calls/new": "question.answer",
  "POST /calls": "question.answer",
  "GET /calls/callers": "question.answer",
  "POST /calls/lookup": "question.answer",
  "GET /callbacks": "question.answer",
  "POST /callbacks/:id/done": "question.answer",
  "GET /canned": "question.answer",
  "GET /canned/insert": "question.answer",
  "POST /canned": "question.answer",
  "POST /canned/:id": "question.answer",
  "POST /canned/:id/archive": "question.answer",
  "GET /kb": "kb.read",
  "GET /kb/suggest": "kb.read",
  "GET /kb/insert-link": "question.answer",
  "POST /kb/:id/deflect": "question.ask",
  "GET /kb/:id/print": "kb.read",
  "GET /kb/:id/qr.svg": "kb.read",
  "GET /kb/booklet": "kb.read",
  "GET /kb/poster": "poster.print",
  "GET /kb/:id{[0-9]+}": "kb.read",
  "POST /kb/:id{[0-9]+}/vote": "kb.read",
  "GET /kb/:id{[0-9]+}/versions": "kb.curate",
  "GET /kb/new": "kb.curate",
  "POST /kb": "kb.curate",
  "GET /kb/:id{[0-9]+}/edit": "kb.curate",
  "POST /kb/:id{[0-9]+}": "kb.curate",
  "POST /kb/:id{[0-9]+}/publish": "kb.curate",
  "POST /kb/:id{[0-9]+}/retire": "kb.curate",
  "POST /kb/:id{[0-9]+}/reviewed": "kb.curate",
  "POST /kb/:id{[0-9]+}/supersede": "kb.curate",
  "GET /review": "kb.curate",
  "POST /review/proposals/:id{[0-9]+}/dismiss": "kb.curate",
  "POST /review/second-reviews/:id{[0-9]+}/approve": "kb.curate",
  "POST /review/second-reviews/:id{[0-9]+}/return": "kb.curate",
  "GET /api/kb/search": "kb.read",
  "GET /law": "kb.read",
  "GET /law/insert-citation": "question.answer",
  "GET /law/citation-row": "kb.curate",
  "GET /api/law/search": "kb.read",
  "GET /regulations": "kb.read",
  "POST /regulations": "regulations.manage",
  "GET /regulations/unresolved": "regulations.manage",
  "GET /regulations/:id{[0-9]+}": "kb.read",
  "POST /regulations/:id{[0-9]+}": "regulations.manage",
  "POST /regulations/:id{[0-9]+}/status": "regulations.manage",
  "GET /regulations/:id{[0-9]+}/articles/:articleId{[0-9]+}": "kb.read",
  "POST /regulations/:id{[0-9]+}/articles/:articleId{[0-9]+}/status": "regulations.manage",
  "GET /dashboard": "dashboard.view",
  "GET /ratings": "ratings.view", // the answerer's own; ?answerer= another's needs ratings.view_team
  "GET /reports": "reports.export",
  "GET /reports/questions.csv": "reports.export",
  "GET /reports/questions.xlsx": "reports.export",
  "GET /audit": "audit.view",
  "GET /audit.csv": "audit.view",
  "GET /reports/monthly": "reports.view",
  "POST /reports/monthly/draft": "reports.issue",
  "POST /reports/monthly/issue": "reports.issue",
  "GET /reports/monthly/issued": "reports.view",
  "GET /reports/monthly/issued/:id": "reports.view",
  "POST /preview": "signed-in",
  "GET /events": "signed-in",
  "GET /notifications": "signed-in",
  "GET /notifications/bell": "signed-in",
  "POST /notifications/read": "signed-in",
  "GET /admin/users": "users.manage",
  "POST /admin/users": "users.manage",
  "POST /admin/users/:id/disable": "users.manage",
  "POST /admin/users/:id/enable": "users.manage",
  "POST /admin/users/:id/reset-password": "users.manage",
  "GET /admin/calendar": "calendar.manage",
  "POST /admin/calendar/week": "calendar.manage",
  "POST /admin/calendar/days": "calendar.manage",
  "POST /admin/calendar/days/:date/delete": "calendar.manage",
  "POST /admin/calendar/suggestions": "calendar.manage",
  "POST /admin/calendar/substitutes": "calendar.manage",
  "GET /admin/settings": "settings.manage",
  "POST /admin/settings/hotlines": "settings.manage",
  "POST /admin/settings/unit-scoring": "settings.manage",
  "POST /admin/settings/publishing": "settings.manage",
};

let desk: TestDesk;
const sessions = new Map<Role, Session>();
let questionId = 0;

beforeAll(async () => {
  desk = createTestDesk();
  for (const role of ROLES) {
    await desk.addUser(`walk-${role}`, [role]);
    sessions.set(role, await desk.login(`walk-${role}`));
  }
  const cat = desk.db.select().from(categories).get()!.id;
  questionId = idFromLocation(await sessions.get("officer")!.post("/questions", { title: "Câu hỏi để duyệt quyền", body: "Nội dung đủ dài", category: String(cat) }));
});
afterAll(() => desk.close());

function concrete(path: string): string {
  return path
    .replace(":id{[0-9]+}", "1")
    .replace(":articleId{[0-9]+}", "1")
    .replace("/questions/:id", `/questions/${questionId}`)
    .replace(":id", "1")
    .replace(":date", "2030-01-01")
    .replace(":file", "htmx.min.js");
}

async function call(s: Session, method: string, path: string): Promise<number> {
  const res = method === "GET" ? await s.get(path) : await s.post(path, {});
  await res.body?.cancel(); // /events streams forever
  return res.status;
}

describe("the route table", () => {
  it("names every route the app serves", () => {
    const served = new Set(desk.app.routes.filter((r) => r.method !== "ALL").map((r) => `${r.method} ${r.path}`));
    const missing = [...served].filter((r) => !(r in ROUTES));
    expect(missing).toEqual([]);
  });
});

describe.each(ROLES)("as %s", (role) => {
  it("every route answers as the table says", async () => {
    const s = sessions.get(role)!;
    const wrong: string[] = [];
    for (const [key, rule] of Object.entries(ROUTES)) {
      if (rule === "public" || key === "POST /logout" || key.includes("password")) continue; // would end the session
      const [method, path] = key.split(" ") as [string, string];
      const status = await call(s, method, concrete(path));
      const allowed = rule === "signed-in" || can([role], rule);
      if (allowed ? status === 403 || status >= 500 : status !== 403) wrong.push(`${key} → ${status}`);
    }
    expect(wrong).toEqual([]);
  }, 60_000);
});

describe("without a session", () => {
  it("every route that needs one sends pages to /login and the API to 401", async () => {
    const wrong: string[] = [];
    for (const [key, rule] of Object.entries(ROUTES)) {
      if (rule === "public") continue;
      const [method, path] = key.split(" ") as [string, string];
      const status = await call(anonymous(desk), method, concrete(path));
      const expected = path.startsWith("/api/") ? 401 : 303;
      if (status !== expected) wrong.push(`${key} → ${status}`);
    }
    expect(wrong).toEqual([]);
  });
});
