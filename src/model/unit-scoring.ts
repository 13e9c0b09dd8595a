// Bảng tổng sắp: the criteria a unit is scored on and the result, as the rules in
// src/domain/unit-scoring.ts compute them and the dashboard and the monthly report show them.

export const UNIT_CRITERIA = ["self_service", "kb_first", "ratings_given", "clarification_replies"] as const;
export type UnitCriterion = (typeof UNIT_CRITERIA)[number];

const GRADES = ["excellent", "good", "fair", "average"] as const; // xuất sắc, tốt, khá, trung bình
export type Grade = (typeof GRADES)[number];

export interface UnitScoringSettings {
  weights: Record<UnitCriterion, number>; // ≥ 0, at least one > 0; only their ratios matter
  bands: { excellent: number; good: number; fair: number }; // lowest score of each grade; below fair: trung bình
  minActivity: number; // questions + self-service finds a unit needs in the period to be ranked
  replyHours: number; // working hours an asker has to answer a clarification request
}

// What the desk recorded about one unit in the period.
export interface UnitFacts {
  asked: number; // questions sent (by any channel) in the period
  selfService: number; // "Đây là câu trả lời tôi cần" in the knowledge base instead of asking
  kbDuplicates: number; // of `asked`, closed by the team as a duplicate of a knowledge-base entry
  answered: number; // of `asked`, answered and open to the asker's rating (asker has an account)
  rated: number; // of `answered`, rated by the asker
  clarifications: number; // clarification requests judged (replied, or out of time)
  repliedInTime: number; // of those, replied within `replyHours` working hours
}

export interface CriterionResult {
  criterion: UnitCriterion;
  weight: number;
  numerator: number;
  denominator: number;
  score: number | null; // 0–100; null: nothing to judge, the criterion is left out of the mean
}

export interface UnitScore {
  criteria: CriterionResult[];
  activity: number; // asked + selfService
  enoughData: boolean; // activity ≥ minActivity and some weighted criterion has data
  score: number | null; // 0–100, one decimal; null when not enough data
  grade: Grade | null;
}
