import { UNIT_CRITERIA, type UnitCriterion, type UnitFacts, type UnitScoringSettings } from "../../../src/model.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultCalendar } from "../../../src/domain/holidays.js";
import { DEFAULT_UNIT_SCORING, gradeOf, judgeClarification, rankByScore, readScoringSettings, scoreUnit, scoringProblems } from "../../../src/domain/unit-scoring.js";

const vn = (s: string) => new Date(`${s}+07:00`);
const cal = defaultCalendar(); // Mon–Fri 08:00–12:00, 13:00–17:00

const facts = (f: Partial<UnitFacts>): UnitFacts => ({ asked: 0, selfService: 0, kbDuplicates: 0, answered: 0, rated: 0, clarifications: 0, repliedInTime: 0, ...f });
const withWeights = (weights: Partial<Record<UnitCriterion, number>>, extra: Partial<UnitScoringSettings> = {}): UnitScoringSettings => ({
  ...DEFAULT_UNIT_SCORING,
  ...extra,
  weights: { ...DEFAULT_UNIT_SCORING.weights, ...weights },
});

describe("scoreUnit, worked by hand", () => {
  it("the defaults (30/25/25/20) on a unit with every kind of case", () => {
    // self-service 8 / (8 + 12) = 40; KB first 8 / (8 + 2) = 80; rated 6 / 8 = 75; replies 3 / 4 = 75.
    // (30×40 + 25×80 + 25×75 + 20×75) / 100 = (1200 + 2000 + 1875 + 1500) / 100 = 65.75 → 65.8, khá.
    const r = scoreUnit(facts({ asked: 12, selfService: 8, kbDuplicates: 2, answered: 8, rated: 6, clarifications: 4, repliedInTime: 3 }), DEFAULT_UNIT_SCORING);
    expect(r.criteria.map((c) => [c.criterion, c.numerator, c.denominator, c.score, c.weight])).toEqual([
      ["self_service", 8, 20, 40, 30],
      ["kb_first", 8, 10, 80, 25],
      ["ratings_given", 6, 8, 75, 25],
      ["clarification_replies", 3, 4, 75, 20],
    ]);
    expect(r).toMatchObject({ activity: 20, enoughData: true, score: 65.8, grade: "fair" });
  });

  it("a criterion without cases drops out and the others carry its weight", () => {
    // No clarification asked, nothing in the base was missed: self-service 5/10 = 50 (30), rated 4/4 = 100 (25);
    // KB first 5/5 = 100 (25) → (1500 + 2500 + 2500) / 80 = 81.25 → 81.3, tốt.
    const r = scoreUnit(facts({ asked: 5, selfService: 5, answered: 4, rated: 4 }), DEFAULT_UNIT_SCORING);
    expect(r.criteria.find((c) => c.criterion === "clarification_replies")!.score).toBeNull();
    expect(r).toMatchObject({ score: 81.3, grade: "good" });
  });

  it("too little activity: listed, not scored", () => {
    const r = scoreUnit(facts({ asked: 2, selfService: 2, answered: 2, rated: 2 }), DEFAULT_UNIT_SCORING);
    expect(r).toMatchObject({ activity: 4, enoughData: false, score: null, grade: null });
    expect(scoreUnit(facts({ asked: 3, selfService: 2 }), DEFAULT_UNIT_SCORING).enoughData).toBe(true);
  });

  it("only weighted criteria without data: not enough data", () => {
    const r = scoreUnit(facts({ asked: 9 }), withWeights({ self_service: 0, kb_first: 0, ratings_given: 1, clarification_replies: 0 }));
    expect(r).toMatchObject({ enoughData: false, score: null });
  });
});

describe("grades", () => {
  it("≥ 90 xuất sắc, ≥ 75 tốt, ≥ 60 khá, below trung bình", () => {
    const b = DEFAULT_UNIT_SCORING.bands;
    expect([100, 90, 89.9, 75, 74.9, 60, 59.9, 0].map((s) => gradeOf(s, b))).toEqual(["excellent", "excellent", "good", "good", "fair", "fair", "average", "average"]);
  });

  it("grades the score as shown: 89.96 is shown 90.0 and is xuất sắc", () => {
    // One criterion: 2249 / 2500 = 89.96 %.
    const r = scoreUnit(facts({ asked: 251, selfService: 2249 }), withWeights({ self_service: 1, kb_first: 0, ratings_given: 0, clarification_replies: 0 }));
    expect(r).toMatchObject({ score: 90, grade: "excellent" });
  });
});

describe("rankByScore", () => {
  const row = (name: string, score: number | null) => ({ name, result: { criteria: [], activity: 0, enoughData: score !== null, score, grade: null } });
  it("best first, ties share the rank and go by name, the unscored last without a rank", () => {
    const out = rankByScore([row("Phường Ô", 70), row("Chưa đủ B", null), row("Phường Ă", 82.5), row("Phường A", 70), row("Chưa đủ A", null), row("Phường Z", 10)]);
    expect(out.map((r) => [r.rank, r.name])).toEqual([
      [1, "Phường Ă"],
      [2, "Phường A"],
      [2, "Phường Ô"],
      [4, "Phường Z"],
      [null, "Chưa đủ A"],
      [null, "Chưa đủ B"],
    ]);
  });
});

describe("judgeClarification (working hours)", () => {
  const asked = vn("2026-11-20T16:00"); // Friday 16:00: one working hour left that day
  it("replied within the hours is in time, the weekend does not count", () => {
    expect(judgeClarification({ requestedAt: asked, repliedAt: vn("2026-11-23T16:00"), endedAt: vn("2026-11-23T16:00") }, vn("2026-11-30T08:00"), 8, cal)).toBe("in_time"); // Fri 1 h + Mon 4 h + 3 h = 8 h
    expect(judgeClarification({ requestedAt: asked, repliedAt: vn("2026-11-23T16:01"), endedAt: vn("2026-11-23T16:01") }, vn("2026-11-30T08:00"), 8, cal)).toBe("late");
  });

  it("still waiting: not judged until the hours run out, then late", () => {
    const waiting = { requestedAt: asked, repliedAt: null, endedAt: null };
    expect(judgeClarification(waiting, vn("2026-11-23T16:00"), 8, cal)).toBeNull();
    expect(judgeClarification(waiting, vn("2026-11-23T16:30"), 8, cal)).toBe("late");
  });

  it("ended without a reply (withdrawn, duplicate): not judged if in time, late if after", () => {
    expect(judgeClarification({ requestedAt: asked, repliedAt: null, endedAt: vn("2026-11-23T09:00") }, vn("2026-12-30T08:00"), 8, cal)).toBeNull();
    expect(judgeClarification({ requestedAt: asked, repliedAt: null, endedAt: vn("2026-11-24T09:00") }, vn("2026-12-30T08:00"), 8, cal)).toBe("late");
  });
});

describe("settings", () => {
  it("the defaults are valid", () => {
    expect(scoringProblems(DEFAULT_UNIT_SCORING)).toEqual([]);
  });

  it.each([
    ["a negative weight", withWeights({ ratings_given: -1 }), [{ field: "weight_ratings_given", problem: "negative_weight" }]],
    ["all weights zero", withWeights({ self_service: 0, kb_first: 0, ratings_given: 0, clarification_replies: 0 }), [{ field: "weight_self_service", problem: "no_weight" }]],
    ["bands out of order", withWeights({}, { bands: { excellent: 90, good: 90, fair: 60 } }), [{ field: "band_good", problem: "bands_order" }]],
    ["a band above 100", withWeights({}, { bands: { excellent: 101, good: 75, fair: 60 } }), [{ field: "band_excellent", problem: "band_range" }]],
    ["zero minimum", withWeights({}, { minActivity: 0 }), [{ field: "min_activity", problem: "min_activity" }]],
    ["a fractional minimum", withWeights({}, { minActivity: 2.5 }), [{ field: "min_activity", problem: "min_activity" }]],
    ["zero reply hours", withWeights({}, { replyHours: 0 }), [{ field: "reply_hours", problem: "reply_hours" }]],
  ])("%s", (_name, s, problems) => {
    expect(scoringProblems(s)).toEqual(problems);
  });

  it("reads what is stored, and falls back to the defaults on nothing or nonsense", () => {
    const stored = withWeights({ self_service: 50, clarification_replies: 0 }, { minActivity: 3 });
    expect(readScoringSettings(JSON.parse(JSON.stringify(stored)))).toEqual(stored);
    expect(readScoringSettings(null)).toEqual(DEFAULT_UNIT_SCORING);
    expect(readScoringSettings({ weights: { self_service: "x" } })).toEqual(DEFAULT_UNIT_SCORING);
    expect(readScoringSettings({ weights: { self_service: 0, kb_first: 0, ratings_given: 0, clarification_replies: 0 } })).toEqual(DEFAULT_UNIT_SCORING);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties over any unit and any valid settings.

const unitFacts = fc
  .record({ asked: fc.nat(60), selfService: fc.nat(60), dup: fc.nat(), ans: fc.nat(), rat: fc.nat(), clarifications: fc.nat(20), rep: fc.nat() })
  .map(({ asked, selfService, dup, ans, rat, clarifications, rep }): UnitFacts => {
    const kbDuplicates = dup % (asked + 1);
    const answered = ans % (asked - kbDuplicates + 1);
    return { asked, selfService, kbDuplicates, answered, rated: rat % (answered + 1), clarifications, repliedInTime: rep % (clarifications + 1) };
  });

const settings = fc
  .record({
    w: fc.tuple(...UNIT_CRITERIA.map(() => fc.integer({ min: 0, max: 100 }))),
    fair: fc.integer({ min: 0, max: 98 }),
    minActivity: fc.integer({ min: 1, max: 10 }),
  })
  .filter(({ w }) => w.some((x) => x > 0))
  .map(({ w, fair, minActivity }): UnitScoringSettings => ({
    weights: Object.fromEntries(UNIT_CRITERIA.map((c, i) => [c, w[i]!])) as Record<UnitCriterion, number>,
    bands: { excellent: 100, good: fair + 1, fair },
    minActivity,
    replyHours: 8,
  }));

const score = (f: UnitFacts, s: UnitScoringSettings) => scoreUnit(f, s).score;

// Improvements a unit can make, each a single change to what it did.
const better: [string, (f: UnitFacts) => UnitFacts | null][] = [
  ["one more self-service find", (f) => ({ ...f, selfService: f.selfService + 1 })],
  ["one more answer rated", (f) => (f.rated < f.answered ? { ...f, rated: f.rated + 1 } : null)],
  ["one more reply in time", (f) => (f.repliedInTime < f.clarifications ? { ...f, repliedInTime: f.repliedInTime + 1 } : null)],
  ["one question fewer that the base already answered", (f) => (f.kbDuplicates > 0 ? { ...f, kbDuplicates: f.kbDuplicates - 1 } : null)],
];

// More questions and nothing else: plain, answered but not rated, already answered in the base.
const moreQuestions: [string, (f: UnitFacts) => UnitFacts][] = [
  ["a plain question", (f) => ({ ...f, asked: f.asked + 1 })],
  ["an answered, unrated question", (f) => ({ ...f, asked: f.asked + 1, answered: f.answered + 1 })],
  ["a question the base already answered", (f) => ({ ...f, asked: f.asked + 1, kbDuplicates: f.kbDuplicates + 1 })],
  ["ten plain questions", (f) => ({ ...f, asked: f.asked + 10 })],
];

describe("properties", () => {
  it("the score lies in 0..100 and every sub-score too", () => {
    fc.assert(
      fc.property(unitFacts, settings, (f, s) => {
        const r = scoreUnit(f, s);
        if (r.score !== null) expect(r.score).toBeGreaterThanOrEqual(0);
        if (r.score !== null) expect(r.score).toBeLessThanOrEqual(100);
        for (const c of r.criteria) if (c.score !== null) expect(c.score >= 0 && c.score <= 100).toBe(true);
      }),
    );
  });

  it.each(better)("monotone: %s never lowers the score", (_name, improve) => {
    fc.assert(
      fc.property(unitFacts, settings, (f, s) => {
        const g = improve(f);
        fc.pre(g !== null);
        const [before, after] = [score(f, s), score(g!, s)];
        fc.pre(before !== null && after !== null);
        expect(after!).toBeGreaterThanOrEqual(before!);
      }),
    );
  });

  it.each(moreQuestions)("sending %s alone never raises the score", (_name, send) => {
    fc.assert(
      fc.property(unitFacts, settings, (f, s) => {
        const [before, after] = [score(f, s), score(send(f), s)];
        fc.pre(before !== null && after !== null);
        expect(after!).toBeLessThanOrEqual(before!);
      }),
    );
  });

  it("a criterion with weight 0 is ignored, whatever its figures", () => {
    const only: Record<string, (f: UnitFacts, g: UnitFacts) => UnitFacts> = {
      ratings_given: (f, g) => ({ ...f, rated: Math.min(g.rated, f.answered) }),
      clarification_replies: (f, g) => ({ ...f, clarifications: g.clarifications, repliedInTime: g.repliedInTime }),
    };
    fc.assert(
      fc.property(unitFacts, unitFacts, settings, fc.constantFrom("ratings_given", "clarification_replies"), (f, g, s, c) => {
        const zeroed = { ...s, weights: { ...s.weights, [c]: 0 } };
        fc.pre(Object.values(zeroed.weights).some((w) => w > 0));
        expect(score(only[c]!(f, g), zeroed)).toBe(score(f, zeroed));
      }),
    );
  });

  it("size alone does not count: a unit with every figure doubled scores the same", () => {
    fc.assert(
      fc.property(unitFacts, settings, (f, s) => {
        const doubled = Object.fromEntries(Object.entries(f).map(([k, v]) => [k, v * 2])) as unknown as UnitFacts;
        const [a, b] = [score(f, s), score(doubled, s)];
        fc.pre(a !== null && b !== null);
        expect(b).toBe(a);
      }),
    );
  });
});
