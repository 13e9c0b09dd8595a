// A quarter of the desk's past for the demo (issue 15, item 14): hundreds of questions from the units
// over 13 weeks of the working calendar, asked on the web, by phone, Zalo or công văn, answered (a few
// late), clarified, rated, reopened, closed as already answered by the knowledge base, handed over at
// the end of the week, entries revised with a change note, officers finding answers themselves. Every
// step goes through the service the app uses, in time order, so routing, deadlines, audit and
// notifications are what three months of real use would have left. Deterministic: one seed.
import { and, eq, lt, isNull } from "drizzle-orm";
import { kbEntries, notifications, questions } from "../../db/schema.js";
import type { DemoKbEntry, DemoUser } from "../../db/seed/demo-content.js";
import * as phrases from "../../db/seed/demo-history.js";
import type { DB } from "../db.js";
import { localDateOf } from "../domain/local-date.js";
import { addWorkingMinutes, workingMinutesBetween, type WorkingCalendar } from "../domain/working-time.js";
import { callBackOfQuestion, completeCallBack } from "./call-backs.js";
import { logCall } from "./calls.js";
import { recordDeflection } from "./deflections.js";
import { giveHandover } from "./handovers.js";
import { issueMonthlyReport, nextReportNumber } from "./monthly-reports.js";
import { autoCloseAnswered } from "./deadline-watch.js";
import { monthPeriod } from "./dashboard.js";
import { editEntry } from "./knowledge-base.js";
import { proposeForKnowledgeBase } from "./kb-proposals.js";
import { askQuestion } from "./questions.js";
import { answerQuestion, replyToQuestion, requestClarification } from "./question-thread.js";
import { closeQuestion, markDuplicate, rateQuestion, reopenQuestion, withdrawQuestion } from "./question-closure.js";
import { REPORT_SYMBOL, type ReportHeader, type ReportSigner, type Actor } from "../model.js";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
export const HISTORY_WEEKS = 13;
const QUESTIONS_PER_WORKING_DAY = 7;

interface HistoryPeople {
  officers: (DemoUser & { actor: Actor & { unitId: number | null } })[];
  answerers: Actor[];
  advisors: Actor[];
  entries: { id: number; demo: DemoKbEntry; categoryId: number }[];
  // The head of the department issues the monthly reports, under the agency's header.
  steering: { actor: Actor; signer: ReportSigner; header: ReportHeader };
}

// mulberry32: a tiny seeded generator, so every demo start builds the same quarter.
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    chance: (p: number) => next() < p,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
  };
}

interface Step {
  at: number;
  order: number;
  run: () => void;
}

// The officer's question as they would type it: the entry's question, said their way.
function questionText(rng: ReturnType<typeof random>, e: DemoKbEntry): { title: string; body: string } {
  const first = e.question.split(/(?<=[?.])\s/)[0]!.trim();
  const title = first.length > 140 ? `${first.slice(0, 137).trimEnd()}…` : first;
  return { title, body: `${rng.pick(phrases.openings)}${e.question}${rng.pick(phrases.closings)}`.trim() };
}

function answerText(rng: ReturnType<typeof random>, e: DemoKbEntry): string {
  const gist = e.answer.split(/\n{2,}/).slice(0, 2).join("\n\n");
  return `${rng.pick(phrases.answerIntros)}\n\n${gist}\n\nĐồng chí xem đầy đủ tại mục ${e.ref} của Cơ sở tri thức.`;
}

function score(rng: ReturnType<typeof random>, late: boolean): 1 | 2 | 3 | 4 | 5 {
  const r = rng.next() + (late ? 0.35 : 0);
  if (r < 0.55) return 5;
  if (r < 0.85) return 4;
  if (r < 0.95) return 3;
  if (r < 1.15) return 2;
  return 1;
}

/**
 * Builds the quarter that ends at `end` (a little before the demo's hand-written current questions).
 * Steps later than `end` are not taken, so the newest questions are left as they would be: open.
 */
export function seedDemoHistory(db: DB, people: HistoryPeople, end: Date, cal: WorkingCalendar, autoCloseWorkingDays: number): void {
  const rng = random(20261205);
  const steps: Step[] = [];
  let order = 0;
  const at = (t: Date, run: () => void) => steps.push({ at: t.getTime(), order: order++, run });
  const later = (t: Date, workingHours: number) => addWorkingMinutes(t, Math.round(workingHours * 60), cal);

  const start = new Date(end.getTime() - HISTORY_WEEKS * 7 * 24 * HOUR);
  const span = workingMinutesBetween(start, end, cal);
  const count = Math.round((span / 60 / 8) * QUESTIONS_PER_WORKING_DAY);
  const weightByUnit = people.officers.map((o) => phrases.unitHabits[o.unit]?.share ?? 1);
  const totalWeight = weightByUnit.reduce((a, b) => a + b, 0);
  const officerFor = () => {
    let r = rng.next() * totalWeight;
    for (let i = 0; i < people.officers.length; i++) if ((r -= weightByUnit[i]!) < 0) return people.officers[i]!;
    return people.officers[people.officers.length - 1]!;
  };
  const holder = (id: number): Actor => {
    const a = db.select({ a: questions.assigneeId }).from(questions).where(eq(questions.id, id)).get()?.a;
    return people.answerers.find((x) => x.id === a) ?? people.answerers[0]!;
  };

  for (let i = 0; i < count; i++) {
    // Arrivals grow a little over the quarter, as a new desk becomes known.
    const asked = addWorkingMinutes(start, Math.floor(Math.sqrt(rng.next()) * span), cal);
    const officer = officerFor();
    const habit = phrases.unitHabits[officer.unit] ?? { share: 1, rates: 0.5, slowReply: 0.3, selfService: 0.3 };
    const entry = rng.pick(people.entries);
    const text = questionText(rng, entry.demo);
    const q = { id: 0 };
    const channelRoll = rng.next();
    const outside = channelRoll >= 0.8 && channelRoll < 0.85 ? rng.pick(phrases.outsideCallers) : null;
    const logger = rng.pick(people.answerers);
    const answeredOnTheSpot = outside !== null && rng.chance(0.6);

    at(asked, () => {
      if (channelRoll < 0.8) {
        q.id = askQuestion(db, officer.actor, { ...text, categoryId: entry.categoryId }, asked, cal);
      } else if (outside) {
        q.id = logCall(
          db,
          logger,
          {
            channel: "phone",
            callerName: outside.name,
            callerRank: outside.rank,
            callerPhone: outside.phone,
            unit: outside.unit,
            callMinutes: rng.int(3, 15),
            ...text,
            categoryId: entry.categoryId,
            answer: answeredOnTheSpot ? answerText(rng, entry.demo) : undefined,
          },
          asked,
          cal,
        );
      } else {
        const channel = channelRoll < 0.93 ? "phone" : channelRoll < 0.97 ? "zalo" : "letter";
        const ref = channel === "letter" ? `Công văn số ${rng.int(100, 999)}/${officer.unit}` : undefined;
        q.id = logCall(
          db,
          logger,
          { channel, callerUsername: officer.username, callMinutes: channel === "phone" ? rng.int(2, 12) : undefined, channelRef: ref, ...text, categoryId: entry.categoryId },
          asked,
          cal,
        );
      }
    });
    if (answeredOnTheSpot) continue;

    const fate = rng.next();
    if (fate < 0.02 && !outside) {
      const t = later(asked, rng.int(1, 3));
      at(t, () => withdrawQuestion(db, officer.actor, q.id, t));
      continue;
    }
    if (fate < 0.1) {
      const t = later(asked, 0.5 + rng.next() * 3);
      at(t, () => markDuplicate(db, holder(q.id), q.id, { kbEntryId: entry.id }, t));
      continue;
    }
    let t = later(asked, 0.5 + rng.next() * 2);
    if (fate < 0.17 && !outside) {
      const c = rng.pick(phrases.clarifications);
      const asks = t;
      at(asks, () => requestClarification(db, holder(q.id), q.id, c.ask, asks));
      const replies = later(asks, rng.chance(habit.slowReply) ? 9 + rng.next() * 8 : 0.5 + rng.next() * 5);
      at(replies, () => replyToQuestion(db, officer.actor, q.id, c.reply, replies, cal));
      t = later(replies, 0.5 + rng.next() * 3);
    }
    // Most answers within a working day; one in twenty past the 24 working hours.
    const late = rng.chance(0.05);
    const onTime = later(t, rng.next() * 12);
    const overdue = later(asked, 25 + rng.next() * 6);
    const answered = late && overdue > onTime ? overdue : onTime;
    at(answered, () => answerQuestion(db, holder(q.id), q.id, answerText(rng, entry.demo), answered));
    if (outside) {
      const called = later(answered, 0.5 + rng.next() * 2);
      at(called, () => {
        const cb = callBackOfQuestion(db, q.id);
        if (cb && !cb.done) completeCallBack(db, holder(q.id), cb.id, rng.pick(phrases.callBackNotes) || null, called);
      });
      continue;
    }
    if (rng.chance(0.05)) {
      const proposes = later(answered, 1 + rng.next() * 4);
      at(proposes, () => proposeForKnowledgeBase(db, holder(q.id), q.id, rng.pick(phrases.proposalNotes), proposes));
    }
    let settled = answered;
    if (rng.chance(0.04)) {
      const reopens = later(answered, 2 + rng.next() * 6);
      at(reopens, () => reopenQuestion(db, officer.actor, q.id, rng.pick(phrases.reopenReasons), reopens, cal));
      const again = later(reopens, 1 + rng.next() * 6);
      at(again, () => answerQuestion(db, holder(q.id), q.id, rng.pick(phrases.reopenAnswers), again));
      settled = again;
    }
    if (rng.chance(habit.rates)) {
      const rates = later(settled, 0.5 + rng.next() * 6);
      const s = score(rng, late);
      const comment = rng.pick(s <= 2 ? phrases.lowComments : s === 3 ? phrases.middleComments : phrases.goodComments) || null;
      at(rates, () => rateQuestion(db, officer.actor, q.id, s, comment, rates));
    }
    if (rng.chance(0.7)) {
      const closes = later(settled, 1 + rng.next() * 16);
      at(closes, () => closeQuestion(db, officer.actor, q.id, closes));
    }
  }

  // Officers who found the answer themselves ("Đây là câu trả lời tôi cần"), as often as their unit does.
  for (const officer of people.officers) {
    const habit = phrases.unitHabits[officer.unit];
    const finds = Math.round((count / people.officers.length) * (habit?.selfService ?? 0.3) * 0.8);
    for (let i = 0; i < finds; i++) {
      const t = addWorkingMinutes(start, Math.floor(rng.next() * span), cal);
      const e = rng.pick(people.entries);
      at(t, () => recordDeflection(db, officer.actor, e.id, e.demo.title.toLowerCase(), t));
    }
  }

  // The advisory board revises a few entries over the quarter, each with its change note.
  for (const [i, e] of people.entries.filter((_, k) => k % 6 === 2).entries()) {
    const t = addWorkingMinutes(start, Math.floor(((i + 1) / 7) * span), cal);
    const advisor = people.advisors[i % people.advisors.length]!;
    at(t, () => {
      const row = db.select().from(kbEntries).where(eq(kbEntries.id, e.id)).get()!;
      const answer = `${row.answer}\n\n> Lưu ý: trường hợp hồ sơ còn thiếu, hướng dẫn công dân bổ sung một lần, ghi rõ giấy tờ cần bổ sung.`;
      editEntry(
        db,
        advisor,
        e.id,
        { title: row.title, question: row.question, answer, categoryId: row.categoryId, tags: e.demo.tags, citations: e.demo.citations, note: "Bổ sung lưu ý khi hồ sơ còn thiếu giấy tờ, theo các câu hỏi gần đây." },
        { publish: true, waivePii: false },
        t,
      );
    });
  }

  // Friday afternoon: one member hands over what they still hold, with a note, to a colleague.
  for (let week = 0; week < HISTORY_WEEKS; week++) {
    const t = addWorkingMinutes(start, Math.min(span - 1, Math.floor(((week + 1) / HISTORY_WEEKS) * span) - 30), cal);
    const from = people.answerers[week % people.answerers.length]!;
    const to = people.answerers[(week + 3) % people.answerers.length]!;
    at(t, () => {
      const held = db
        .select({ id: questions.id, status: questions.status })
        .from(questions)
        .where(and(eq(questions.assigneeId, from.id), isNull(questions.closedAt)))
        .all()
        .filter((r) => r.status === "assigned" || r.status === "reopened" || r.status === "new");
      giveHandover(
        db,
        from,
        {
          note: held.length ? "Bàn giao các câu hỏi còn đang xử lý, đồng chí theo dõi hạn trả lời giúp." : "Cuối tuần không còn câu hỏi tồn; đã cập nhật sổ theo dõi.",
          incoming: [to.id],
          picked: held.map((r) => ({ questionId: r.id, seenStatus: r.status, toUserId: to.id })),
        },
        t,
        cal,
      );
    });
  }

  // Early in each month the steering board issues the last month's report (the desk's first month
  // too, though it began part way through), numbered in the year's sequence.
  const nextMonth = (m: string) => {
    const [y, mo] = m.split("-").map(Number) as [number, number];
    return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, "0")}`;
  };
  for (let month = localDateOf(start, cal.timeZone).slice(0, 7); monthPeriod(month, cal.timeZone).to < end; month = nextMonth(month)) {
    // The third working day of the next month, at nine.
    const t = addWorkingMinutes(monthPeriod(month, cal.timeZone).to, 2 * 8 * 60 + 60, cal);
    const { actor, signer, header } = people.steering;
    at(t, () => {
      const issuedOn = localDateOf(t, cal.timeZone);
      const issue = {
        number: nextReportNumber(db, Number(issuedOn.slice(0, 4))),
        symbol: REPORT_SYMBOL,
        place: header.place,
        issuedOn,
        signer,
        recipients: phrases.reportRecipients,
        assessment: rng.pick(phrases.reportAssessments),
        direction: rng.pick(phrases.reportDirections),
      };
      issueMonthlyReport(db, actor, { month, issue, replaces: null }, { cal, header, now: t });
    });
  }

  // The auto-close watch (src/jobs.ts) runs every minute on a live desk; here once each working
  // hour, so that answered questions nobody followed up close over the quarter as they would have,
  // not all at once, stamped with the first start.
  for (let t = later(start, 1); t < end; t = later(t, 1)) {
    const now = t;
    at(now, () => autoCloseAnswered(db, now, cal, autoCloseWorkingDays));
  }

  steps.sort((a, b) => a.at - b.at || a.order - b.order);
  for (const s of steps) if (s.at <= end.getTime()) s.run();

  // Three months of notices were read long ago; only the last day's are new.
  const readBefore = new Date(end.getTime() - 24 * HOUR);
  db.update(notifications).set({ readAt: readBefore }).where(and(isNull(notifications.readAt), lt(notifications.createdAt, readBefore))).run();
}
