// The overview for the command (Ban chỉ đạo) and the team leads: the period's figures, weekly
// trends, the nine (Tổ giải đáp), categories and the unit leaderboard (bảng tổng sắp). The dashboard
// page and the printed monthly report are both built from one Overview.
import type { PeriodKind, ChosenPeriod, UnitRow, Overview, Period, UnitFacts, UnitScoringSettings } from "../model.js";
import { TZDate } from "@date-fns/tz";
import { addDays, addMonths, addWeeks, getISOWeek, startOfISOWeek, startOfMonth } from "date-fns";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { categories, units, userRoles, users, type Role } from "../../db/schema.js";
import type { DB } from "../db.js";
import { isCalendarDate, localDateOf } from "../domain/local-date.js";
import { NO_FACTS, rankByScore, scoreUnit } from "../domain/unit-scoring.js";
import type { WorkingCalendar } from "../domain/working-time.js";
import { consultationFigures } from "./consultation-queries.js";
import { onDutyUserIds } from "./duty.js";
import { unitFacts, unitScoringSettings } from "./unit-scores.js";
import { answerFigures, answeredIn, backlogNow, deflectionsIn, kbGrowth, loadQuestionFacts, periodSummary, ratingsIn, receivedIn, satisfaction, trend, type RatingFact } from "./metrics.js";

// ---------------------------------------------------------------------------------------------
// Periods: local calendar days, [first day 00:00, day after the last 00:00).

const MAX_CUSTOM_DAYS = 366;

const dayStart = (date: string, tz: string) => {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new TZDate(y, m - 1, d, tz);
};

function chosen(kind: PeriodKind, from: TZDate, to: TZDate, tz: string): ChosenPeriod {
  return { kind, from: new Date(from.getTime()), to: new Date(to.getTime()), firstDay: localDateOf(from, tz), lastDay: localDateOf(addDays(to, -1), tz) };
}

export function monthPeriod(month: string, tz: string): ChosenPeriod {
  const from = dayStart(`${month}-01`, tz);
  return chosen("month", from, addMonths(from, 1), tz);
}

/** The period a query string asks for; an unusable custom range gives the default and an error code. */
export function resolvePeriod(q: { period?: string; from?: string; to?: string }, now: Date, tz: string): { period: ChosenPeriod; error: "invalid_range" | null } {
  const local = new TZDate(now.getTime(), tz);
  const thisMonth = startOfMonth(local);
  const kind = q.period ?? (q.from || q.to ? "custom" : "month");
  if (kind === "week") {
    const from = startOfISOWeek(local);
    return { period: chosen("week", from, addWeeks(from, 1), tz), error: null };
  }
  if (kind === "last_month") return { period: chosen("last_month", addMonths(thisMonth, -1), thisMonth, tz), error: null };
  const fallback = chosen("month", thisMonth, addMonths(thisMonth, 1), tz);
  if (kind !== "custom") return { period: fallback, error: null };
  const { from = "", to = "" } = q;
  if (!isCalendarDate(from) || !isCalendarDate(to) || from > to) return { period: fallback, error: "invalid_range" };
  const start = dayStart(from, tz);
  const end = addDays(dayStart(to, tz), 1);
  if (end.getTime() - start.getTime() > MAX_CUSTOM_DAYS * 86_400_000) return { period: fallback, error: "invalid_range" };
  return { period: chosen("custom", start, end, tz), error: null };
}

/**
 * ISO weeks (Monday 00:00 local) covering [from, to), ending with to's week: at least `minWeeks` of
 * them, or, when clipped, exactly the period's weeks cut at its first and last instant.
 */
export function weekBuckets(p: Period, tz: string, minWeeks: number, clip: boolean): (Period & { week: number })[] {
  const last = startOfISOWeek(new TZDate(p.to.getTime() - 1, tz));
  let first = startOfISOWeek(new TZDate(p.from.getTime(), tz));
  const earliest = addWeeks(last, -(minWeeks - 1));
  if (!clip && earliest.getTime() < first.getTime()) first = earliest; // weeks before a clipped period would be empty
  const out: (Period & { week: number })[] = [];
  for (let w = first; w.getTime() <= last.getTime(); w = addWeeks(w, 1)) {
    const from = clip ? Math.max(w.getTime(), p.from.getTime()) : w.getTime();
    const to = clip ? Math.min(addWeeks(w, 1).getTime(), p.to.getTime()) : addWeeks(w, 1).getTime();
    out.push({ from: new Date(from), to: new Date(to), week: getISOWeek(w) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The overview

export function buildOverview(
  db: DB,
  cal: WorkingCalendar,
  period: ChosenPeriod,
  now: Date,
  opts: { trendWeeks: number; clipWeeks: boolean },
): Overview {
  // The dashboard's trend stops at the current week rather than showing empty weeks to come.
  const trendEnd = new Date(Math.max(period.from.getTime() + 1, Math.min(period.to.getTime(), now.getTime() + 1)));
  const buckets = weekBuckets({ from: period.from, to: opts.clipWeeks ? period.to : trendEnd }, cal.timeZone, opts.trendWeeks, opts.clipWeeks);
  const since = new Date(Math.min(period.from.getTime(), buckets[0]!.from.getTime()));
  const facts = loadQuestionFacts(db, cal, since, new Date(Math.max(period.to.getTime(), buckets.at(-1)!.to.getTime())));
  const rated = ratingsIn(db, period);
  const deflected = deflectionsIn(db, period);
  const backlog = backlogNow(db, now, cal);
  const answered = answeredIn(facts, period);
  const received = receivedIn(facts, period);
  const scoring = unitScoringSettings(db);

  const onDuty = new Set(onDutyUserIds(db, localDateOf(now, cal.timeZone)));
  const team = teamOf(db).map((m) => {
    const theirs = answered.filter((f) => f.firstAnswererId === m.id);
    return {
      ...m,
      ...answerFigures(theirs),
      openNow: backlog.byAssignee.get(m.id) ?? 0,
      satisfaction: satisfaction(rated.filter((r) => r.answererId === m.id)),
      onDutyToday: onDuty.has(m.id),
    };
  });

  // Archived categories show only while they still have figures in the period.
  const categoryRows = db
    .select({ id: categories.id, name: categories.name, archivedAt: categories.archivedAt })
    .from(categories)
    .orderBy(asc(categories.sortOrder), asc(categories.name))
    .all()
    .map((c) => ({
      id: c.id,
      name: c.name,
      archived: c.archivedAt !== null,
      received: received.filter((f) => f.categoryId === c.id).length,
      ...answerFigures(answered.filter((f) => f.categoryId === c.id)),
    }))
    .filter((c) => !c.archived || c.received > 0 || c.answered > 0)
    .map(({ archived: _archived, ...c }) => c);

  return {
    period,
    now,
    summary: periodSummary(facts, period),
    backlog,
    deflections: deflected.length,
    satisfaction: satisfaction(rated),
    kb: kbGrowth(db, period),
    consultations: consultationFigures(db, cal, period),
    trend: trend(facts, buckets).map((t, i) => ({ ...t, week: buckets[i]!.week })),
    team,
    categories: categoryRows,
    units: unitLeaderboard(db, unitFacts(db, period, now, cal, scoring.replyHours), scoring),
    unitScoring: scoring,
  };
}

const TEAM_ROLES: Role[] = ["answerer", "lead"];

function teamOf(db: DB) {
  const rows = db
    .select({ id: users.id, name: users.name, rank: users.rank, role: userRoles.role })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(isNull(users.disabledAt), inArray(userRoles.role, TEAM_ROLES)))
    .orderBy(asc(users.name), asc(users.id))
    .all();
  const byId = new Map<number, { id: number; name: string; rank: string | null; lead: boolean }>();
  for (const r of rows) {
    const m = byId.get(r.id) ?? { id: r.id, name: r.name, rank: r.rank, lead: false };
    if (r.role === "lead") m.lead = true;
    byId.set(r.id, m);
  }
  return [...byId.values()];
}

// Units that have an active officer or did something in the period; the department's own units
// (only team accounts) would otherwise all show as "none engaged".
function unitLeaderboard(db: DB, facts: Map<number, UnitFacts>, scoring: UnitScoringSettings): UnitRow[] {
  const withOfficers = new Set(
    db
      .selectDistinct({ unitId: users.unitId })
      .from(users)
      .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, "officer")))
      .where(isNull(users.disabledAt))
      .all()
      .map((r) => r.unitId),
  );
  const rows = db
    .select({ id: units.id, name: units.name })
    .from(units)
    .all()
    .filter((u) => withOfficers.has(u.id) || facts.has(u.id))
    .map((u) => {
      const f = facts.get(u.id) ?? NO_FACTS;
      const result = scoreUnit(f, scoring);
      const needsTraining: UnitRow["needsTraining"] = result.activity === 0 ? "none_engaged" : result.grade === "average" ? "low_grade" : null;
      return { id: u.id, name: u.name, facts: f, result, needsTraining };
    });
  return rankByScore(rows);
}
