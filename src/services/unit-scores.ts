// Bảng tổng sắp: what each unit did in a period, read from the rows the desk writes, scored by
// src/domain/unit-scoring.ts with the weights the admin set (settings key "unit_scoring").
import type { Actor, Period, UnitFacts, UnitScoringSettings } from "../model.js";
import { and, eq, gte, inArray, isNotNull, lt, sql } from "drizzle-orm";
import { messages, questionPauses, questions, ratings, settings } from "../../db/schema.js";
import type { DB, Tx } from "../db.js";
import { judgeClarification, NO_FACTS, readScoringSettings } from "../domain/unit-scoring.js";
import type { WorkingCalendar } from "../domain/working-time.js";
import { saveSetting } from "./desk-settings.js";
import { deflectionsIn } from "./metrics.js";

const KEY = "unit_scoring";

export function unitScoringSettings(db: Tx): UnitScoringSettings {
  const row = db.select({ value: settings.value }).from(settings).where(eq(settings.key, KEY)).get();
  try {
    return readScoringSettings(row ? JSON.parse(row.value) : null);
  } catch {
    return readScoringSettings(null);
  }
}

// Validated by the caller (scoringProblems); stored whole, audited with what it replaced.
export function saveUnitScoringSettings(db: DB, actor: Actor, value: UnitScoringSettings, now: Date): void {
  saveSetting(db, actor, { key: KEY, action: "settings.unit_scoring", read: unitScoringSettings, value }, now);
}

/**
 * Per unit, what it did in [from, to). Questions count for the unit the asker belonged to when asking
 * (questions.unit_id); self-service finds for the officer's unit now, as the dashboard counts them.
 * Ratings and replies given after the period's end still count for its questions, up to `now`.
 */
export function unitFacts(db: DB, p: Period, now: Date, cal: WorkingCalendar, replyHours: number): Map<number, UnitFacts> {
  const out = new Map<number, UnitFacts>();
  const of = (unitId: number | null) => {
    if (unitId === null) return null;
    if (!out.has(unitId)) out.set(unitId, { ...NO_FACTS });
    return out.get(unitId)!;
  };
  for (const d of deflectionsIn(db, p)) {
    const f = of(d.unitId);
    if (f) f.selfService++;
  }

  const sent = and(gte(questions.submittedAt, p.from), lt(questions.submittedAt, p.to), isNotNull(questions.unitId));
  const ratedIds = new Set(
    db.selectDistinct({ id: ratings.questionId }).from(ratings).innerJoin(questions, eq(questions.id, ratings.questionId)).where(sent).all().map((r) => r.id),
  );
  for (const q of db.select({ id: questions.id, unitId: questions.unitId, status: questions.status, askerId: questions.askerId, answeredAt: questions.answeredAt, kbDuplicate: questions.duplicateOfKbEntryId }).from(questions).where(sent).all()) {
    const f = of(q.unitId)!;
    f.asked++;
    if (q.kbDuplicate !== null) f.kbDuplicates++;
    // Open to rating: answered, with an asker account, in a state where the asker may rate (a
    // reopened question waits for its new answer); a rating already given always counts.
    const rated = ratedIds.has(q.id);
    const rateable = q.askerId !== null && q.answeredAt !== null && (q.status === "answered" || q.status === "closed");
    if (rated || rateable) f.answered++;
    if (rated) f.rated++;
  }

  for (const c of clarificationsIn(db, p)) {
    const verdict = judgeClarification(c, now, replyHours, cal);
    const f = verdict && of(c.unitId);
    if (!f) continue;
    f.clarifications++;
    if (verdict === "in_time") f.repliedInTime++;
  }
  return out;
}

// Clarification requests made in the period: each pause of a unit's question, with the asker's reply
// that ended it (a reply message written at the instant the pause ended) if there was one.
function clarificationsIn(db: DB, p: Period) {
  const pauses = db
    .select({ questionId: questionPauses.questionId, unitId: questions.unitId, requestedAt: questionPauses.startedAt, endedAt: questionPauses.endedAt })
    .from(questionPauses)
    .innerJoin(questions, eq(questions.id, questionPauses.questionId))
    .where(and(gte(questionPauses.startedAt, p.from), lt(questionPauses.startedAt, p.to), isNotNull(questions.unitId)))
    .all();
  const ids = [...new Set(pauses.map((x) => x.questionId))];
  const replies = new Set(
    ids.length
      ? db
          .select({ key: sql<string>`${messages.questionId} || ':' || ${messages.createdAt}` })
          .from(messages)
          .where(and(eq(messages.kind, "reply"), inArray(messages.questionId, ids)))
          .all()
          .map((m) => m.key)
      : [],
  );
  return pauses.map((x) => {
    const replied = x.endedAt !== null && replies.has(`${x.questionId}:${x.endedAt.getTime()}`);
    return { unitId: x.unitId, requestedAt: x.requestedAt, repliedAt: replied ? x.endedAt : null, endedAt: x.endedAt };
  });
}
