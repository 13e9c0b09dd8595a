// Demo data for an empty database, so the desk looks alive on first start (SEED_DEMO=0 skips it).
// It goes through the same service functions as the app, so it also exercises routing and audit.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { count, eq } from "drizzle-orm";
import { categories, questions, users as usersTable } from "../../db/schema.js";
import * as demo from "../../db/seed/demo-content.js";
import * as history from "../../db/seed/demo-history.js";
import type { DB } from "../db.js";
import { loadConfig, type Config } from "../config.js";
import { loadCalendar } from "./calendar.js";
import { saveHotlines } from "./desk-settings.js";
import { upsertPublishedEntries } from "./kb-entries.js";
import { askQuestion } from "./questions.js";
import { answerQuestion } from "./question-thread.js";
import { requestConsultation } from "./consultations.js";
import { closeQuestion, rateQuestion } from "./question-closure.js";
import { createUser, rolesOf } from "./users.js";
import { importRegulations, parseRegulationsJsonl } from "./regulation-import.js";
import { PROJECT_ROOT } from "../paths.js";
import { HISTORY_WEEKS, seedDemoHistory } from "./demo-history.js";
import { addWorkingMinutes, workingMinutesBetween, type WorkingCalendar } from "../domain/working-time.js";

const HOUR = 60 * 60 * 1000;

// The latest instant t with `hours` working hours in [t, now): demo questions arrive in office hours,
// whatever time of day the demo is started. Binary search works because the count is monotone in t.
function workingHoursBefore(now: Date, hours: number, cal: WorkingCalendar): Date {
  const target = hours * 60;
  let lo = now.getTime() - 60 * 24 * HOUR; // far enough back for a few days of work and a holiday
  let hi = now.getTime();
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (workingMinutesBetween(new Date(mid), now, cal) >= target) lo = mid;
    else hi = mid;
  }
  return new Date(Math.round(lo / 60_000) * 60_000);
}

interface DemoLogins {
  password: string;
  accounts: { username: string; label: string }[];
}

const SHOWN: Record<string, string> = {
  canbo: "Cán bộ đơn vị – đặt câu hỏi",
  giaidap: "Tổ giải đáp nghiệp vụ",
  totruong: "Tổ trưởng Tổ giải đáp (phân công lại)",
  covan: "Ban cố vấn",
  chihuy: "Ban chỉ đạo",
  admin: "Quản trị",
};

export async function seedDemoIfEmpty(
  db: DB,
  now: Date,
  { timeZone, report, autoCloseWorkingDays }: Pick<Config, "timeZone" | "report" | "autoCloseWorkingDays"> = loadConfig({}),
): Promise<DemoLogins | null> {
  if (db.select({ n: count() }).from(usersTable).get()!.n > 0) return null;
  const ids = new Map<string, number>();
  for (const u of [...demo.users, ...history.moreOfficers]) {
    const unit = demo.units.find((x) => x.code === u.unit)?.name;
    const id = await createUser(
      db,
      null,
      { username: u.username, name: u.name, password: demo.DEMO_PASSWORD, roles: u.roles, unit, rank: u.rank, position: u.position, specialties: u.specialties },
      now,
    );
    ids.set(u.username, id);
  }
  const cal = loadCalendar(db, timeZone);
  const head = demo.users.find((u) => u.username === "chihuy")!;
  const quarterStart = new Date(now.getTime() - HISTORY_WEEKS * 7 * 24 * HOUR);
  const categoryId = (code: string) => db.select().from(categories).where(eq(categories.code, code)).get()!.id;
  const actor = (username: string) => {
    const id = ids.get(username)!;
    const unitId = db.select({ unitId: usersTable.unitId }).from(usersTable).where(eq(usersTable.id, id)).get()!.unitId;
    return { id, roles: rolesOf(db, id), unitId };
  };
  // The register and the knowledge base as the desk had them when the quarter began; the register
  // first, so that the entries' citations point at it as they are written.
  const register = parseRegulationsJsonl(readFileSync(join(PROJECT_ROOT, "db/seed/regulations.jsonl")));
  if (register.errors.length) throw new Error(`db/seed/regulations.jsonl:${register.errors[0]!.line}: ${register.errors[0]!.message}`);
  importRegulations(db, ids.get("admin")!, register.entries, quarterStart, timeZone);
  // The desk's numbers, so the ask page, the footer, the sheets and the poster show them.
  saveHotlines(db, actor("admin"), demo.hotlines, quarterStart);
  const entryIds = upsertPublishedEntries(db, null, demo.kbEntries, quarterStart).ids;
  seedDemoHistory(
    db,
    {
      officers: [...demo.users, ...history.moreOfficers].filter((u) => u.roles.includes("officer")).map((u) => ({ ...u, actor: actor(u.username) })),
      answerers: demo.users.filter((u) => u.roles.includes("answerer")).map((u) => actor(u.username)),
      advisors: demo.users.filter((u) => u.roles.includes("advisor")).map((u) => actor(u.username)),
      entries: demo.kbEntries.map((e, i) => ({ id: entryIds[i]!, demo: e, categoryId: categoryId(e.category) })),
      steering: { actor: actor(head.username), signer: { authority: null, position: "TRƯỞNG PHÒNG", rank: head.rank, name: head.name }, header: report },
    },
    now,
    cal,
    autoCloseWorkingDays,
  );
  // The hand-written questions of the last days, oldest first, so ids grow with time as they would.
  const ordered = [...demo.questions].sort((a, b) => b.submittedHoursAgo - a.submittedHoursAgo);
  for (const dq of ordered) {
    const submittedAt = workingHoursBefore(now, dq.submittedHoursAgo, cal);
    const asker = actor(dq.askedBy);
    const id = askQuestion(db, asker, { title: dq.title, body: dq.body, categoryId: categoryId(dq.category) }, submittedAt, cal);
    if (dq.consultation) {
      const holder = db.select({ a: questions.assigneeId }).from(questions).where(eq(questions.id, id)).get()!.a!;
      const askedAt = new Date(Math.min(now.getTime(), submittedAt.getTime() + 2 * HOUR));
      requestConsultation(db, { id: holder, roles: rolesOf(db, holder) }, id, { advisorId: ids.get(dq.consultation.advisor)!, body: dq.consultation.body }, askedAt);
    }
    if (!dq.answer || dq.state === "new" || dq.state === "assigned") continue;
    const answeredAt = new Date(Math.min(now.getTime(), addWorkingMinutes(submittedAt, dq.answer.hoursAfterSubmit * 60, cal).getTime()));
    // The routed assignee answers, so the demo's history is consistent with routing.
    const assigneeId = db.select({ a: questions.assigneeId }).from(questions).where(eq(questions.id, id)).get()!.a;
    const answerer = assigneeId ? { id: assigneeId, roles: rolesOf(db, assigneeId) } : actor(dq.answer.by);
    answerQuestion(db, answerer, id, dq.answer.body, answeredAt);
    const later = new Date(Math.min(now.getTime(), answeredAt.getTime() + 2 * HOUR));
    if (dq.state === "closed") closeQuestion(db, asker, id, later);
    if (dq.rating) rateQuestion(db, asker, id, dq.rating.score, dq.rating.comment ?? null, later);
  }
  return {
    password: demo.DEMO_PASSWORD,
    accounts: Object.entries(SHOWN).map(([username, label]) => ({ username, label })),
  };
}
