// Bảng tổng sắp: how a unit is scored for the period. The desk's model is "look in the knowledge
// base first, ask when it has no answer, then follow up" — so a unit is judged on how it uses the
// desk, never on how much it asks (which once made sending more questions the way to the top).
// Every criterion is a share of the unit's own cases (0–100), so a unit twice the size is not
// favoured; the score is their weighted mean. Plain data in, plain data out: the figures come from
// src/services/unit-scores.ts, the weights from the admin's settings (docs/decisions/012).
import { UNIT_CRITERIA, type Grade, type UnitCriterion, type UnitScoringSettings, type UnitFacts, type UnitScore } from "../model.js";
import { workingMinutesBetween, type WorkingCalendar } from "./working-time.js";

export const DEFAULT_UNIT_SCORING: UnitScoringSettings = {
  weights: { self_service: 30, kb_first: 25, ratings_given: 25, clarification_replies: 20 },
  bands: { excellent: 90, good: 75, fair: 60 },
  minActivity: 5,
  replyHours: 8, // one working day
};

export const NO_FACTS: UnitFacts = { asked: 0, selfService: 0, kbDuplicates: 0, answered: 0, rated: 0, clarifications: 0, repliedInTime: 0 };

/** The share behind each criterion, as a fraction numerator / denominator of the unit's own cases. */
function criterionFraction(c: UnitCriterion, f: UnitFacts): { numerator: number; denominator: number } {
  switch (c) {
    // Of every need the unit had (found in the base or asked), the share it met itself.
    case "self_service":
      return { numerator: f.selfService, denominator: f.selfService + f.asked };
    // Of the cases the base already answered, the share the unit found there before asking. A plain
    // question the base could not answer changes nothing here, so asking more cannot dilute it.
    case "kb_first":
      return { numerator: f.selfService, denominator: f.selfService + f.kbDuplicates };
    case "ratings_given":
      return { numerator: f.rated, denominator: f.answered };
    case "clarification_replies":
      return { numerator: f.repliedInTime, denominator: f.clarifications };
  }
}

const oneDecimal = (x: number) => Math.round(x * 10) / 10;

export function gradeOf(score: number, bands: UnitScoringSettings["bands"]): Grade {
  if (score >= bands.excellent) return "excellent";
  if (score >= bands.good) return "good";
  if (score >= bands.fair) return "fair";
  return "average";
}

/**
 * The weighted mean of the criteria that have data. A criterion without cases (no clarification was
 * asked of the unit) is neither a merit nor a fault, so it drops out and the others carry its weight.
 * The score is rounded to one decimal before grading, so the grade matches the number shown.
 */
export function scoreUnit(f: UnitFacts, s: UnitScoringSettings): UnitScore {
  const shares = UNIT_CRITERIA.map((criterion) => {
    const { numerator, denominator } = criterionFraction(criterion, f);
    return { criterion, weight: s.weights[criterion], numerator, denominator, share: denominator > 0 ? numerator / denominator : null };
  });
  const criteria = shares.map(({ share, ...c }) => ({ ...c, score: share === null ? null : oneDecimal(100 * share) }));
  const activity = f.asked + f.selfService;
  const counted = shares.filter((c) => c.share !== null && c.weight > 0);
  const weight = counted.reduce((sum, c) => sum + c.weight, 0);
  const enoughData = activity >= s.minActivity && weight > 0;
  if (!enoughData) return { criteria, activity, enoughData, score: null, grade: null };
  // From the unrounded shares, so the score does not depend on how its parts are displayed.
  const score = oneDecimal(counted.reduce((sum, c) => sum + c.weight * 100 * c.share!, 0) / weight);
  return { criteria, activity, enoughData, score, grade: gradeOf(score, s.bands) };
}

/**
 * Ranks by score, best first; equal scores share a rank (1, 2, 2, 4) and are listed by name. Units
 * without enough data come last, unranked (rank null), by name.
 */
export function rankByScore<T extends { name: string; result: UnitScore }>(rows: T[]): (T & { rank: number | null })[] {
  const byName = (a: T, b: T) => a.name.localeCompare(b.name, "vi");
  const scored = rows.filter((r) => r.result.score !== null).sort((a, b) => b.result.score! - a.result.score! || byName(a, b));
  const ranked: (T & { rank: number | null })[] = [];
  scored.forEach((r, i) => {
    const prev = ranked[i - 1];
    ranked.push({ ...r, rank: prev && prev.result.score === r.result.score ? prev.rank : i + 1 });
  });
  const unranked = rows.filter((r) => r.result.score === null).sort(byName);
  return [...ranked, ...unranked.map((r) => ({ ...r, rank: null }))];
}

// ---------------------------------------------------------------------------------------------
// Clarification requests (yêu cầu bổ sung thông tin): replied in time or not, in working hours.

interface ClarificationFact {
  requestedAt: Date;
  repliedAt: Date | null; // the asker's reply that ended the wait
  endedAt: Date | null; // the wait ended otherwise (withdrawn, closed as duplicate); null: still waiting
}

/**
 * "in_time" or "late" once it can be judged; null while the asker still has time, or when the
 * question ended in time without needing the reply (withdrawn, closed as a duplicate).
 */
export function judgeClarification(c: ClarificationFact, now: Date, replyHours: number, cal: WorkingCalendar): "in_time" | "late" | null {
  const used = (until: Date) => workingMinutesBetween(c.requestedAt, until, cal);
  const limit = replyHours * 60;
  if (c.repliedAt) return used(c.repliedAt) <= limit ? "in_time" : "late";
  return used(c.endedAt ?? now) > limit ? "late" : null;
}

// ---------------------------------------------------------------------------------------------
// Settings as stored (JSON) and as the admin types them.

export type ScoringProblem = "negative_weight" | "no_weight" | "bands_order" | "band_range" | "min_activity" | "reply_hours";

export const MAX_MIN_ACTIVITY = 1000;
export const MAX_REPLY_HOURS = 200;

/** What is wrong with a set of settings, field by field; empty when it can be saved. */
export function scoringProblems(s: UnitScoringSettings): { field: string; problem: ScoringProblem }[] {
  const out: { field: string; problem: ScoringProblem }[] = [];
  for (const c of UNIT_CRITERIA) {
    const w = s.weights[c];
    if (!Number.isFinite(w) || w < 0) out.push({ field: `weight_${c}`, problem: "negative_weight" });
  }
  if (out.length === 0 && UNIT_CRITERIA.every((c) => s.weights[c] === 0)) out.push({ field: "weight_self_service", problem: "no_weight" });
  const { excellent, good, fair } = s.bands;
  for (const [field, v] of [["band_excellent", excellent], ["band_good", good], ["band_fair", fair]] as const) {
    if (!Number.isFinite(v) || v < 0 || v > 100) out.push({ field, problem: "band_range" });
  }
  if (!out.some((p) => p.problem === "band_range") && !(excellent > good && good > fair)) out.push({ field: "band_good", problem: "bands_order" });
  if (!Number.isInteger(s.minActivity) || s.minActivity < 1 || s.minActivity > MAX_MIN_ACTIVITY) out.push({ field: "min_activity", problem: "min_activity" });
  if (!Number.isFinite(s.replyHours) || s.replyHours <= 0 || s.replyHours > MAX_REPLY_HOURS) out.push({ field: "reply_hours", problem: "reply_hours" });
  return out;
}

/** Stored settings, or the defaults when nothing (or nothing usable) is stored. */
export function readScoringSettings(raw: unknown): UnitScoringSettings {
  if (!raw || typeof raw !== "object") return DEFAULT_UNIT_SCORING;
  const r = raw as Partial<UnitScoringSettings>;
  const s: UnitScoringSettings = {
    weights: { ...DEFAULT_UNIT_SCORING.weights, ...r.weights },
    bands: { ...DEFAULT_UNIT_SCORING.bands, ...r.bands },
    minActivity: r.minActivity ?? DEFAULT_UNIT_SCORING.minActivity,
    replyHours: r.replyHours ?? DEFAULT_UNIT_SCORING.replyHours,
  };
  return scoringProblems(s).length === 0 ? s : DEFAULT_UNIT_SCORING;
}
