// The admin's form for the unit leaderboard's criteria (Cài đặt → Bảng tổng sắp): fields as typed,
// read into UnitScoringSettings, and checked by the domain's rules with Vietnamese messages.
import { UNIT_CRITERIA, type UnitScoringSettings } from "../model.js";
import { z } from "zod";
import { MAX_MIN_ACTIVITY, MAX_REPLY_HOURS, scoringProblems, type ScoringProblem } from "../domain/unit-scoring.js";

const FIELDS = [...UNIT_CRITERIA.map((c) => `weight_${c}`), "band_excellent", "band_good", "band_fair", "min_activity", "reply_hours"] as const;
export type ScoringFormValues = Record<(typeof FIELDS)[number], string>;

const MESSAGES: Record<ScoringProblem, string> = {
  negative_weight: "Trọng số phải là số không âm.",
  no_weight: "Cần ít nhất một tiêu chí có trọng số lớn hơn 0 (tổng trọng số phải lớn hơn 0).",
  band_range: "Ngưỡng xếp loại phải nằm trong khoảng 0–100.",
  bands_order: "Ngưỡng phải giảm dần: xuất sắc > tốt > khá.",
  min_activity: `Số lượt sử dụng tối thiểu phải là số nguyên từ 1 đến ${MAX_MIN_ACTIVITY}.`,
  reply_hours: `Thời hạn bổ sung thông tin phải lớn hơn 0 và không quá ${MAX_REPLY_HOURS} giờ làm việc.`,
};

// "2,5" as Vietnamese write it, or "2.5"; anything else is not a number.
const toNumber = (v: string) => (/^\s*-?\d+([.,]\d+)?\s*$/.test(v) ? Number(v.trim().replace(",", ".")) : NaN);

export function settingsOf(v: ScoringFormValues): UnitScoringSettings {
  return {
    weights: Object.fromEntries(UNIT_CRITERIA.map((c) => [c, toNumber(v[`weight_${c}`])])) as UnitScoringSettings["weights"],
    bands: { excellent: toNumber(v.band_excellent), good: toNumber(v.band_good), fair: toNumber(v.band_fair) },
    minActivity: toNumber(v.min_activity),
    replyHours: toNumber(v.reply_hours),
  };
}

export function valuesOf(s: UnitScoringSettings): ScoringFormValues {
  const weights = Object.fromEntries(UNIT_CRITERIA.map((c) => [`weight_${c}`, String(s.weights[c])]));
  return { ...weights, band_excellent: String(s.bands.excellent), band_good: String(s.bands.good), band_fair: String(s.bands.fair), min_activity: String(s.minActivity), reply_hours: String(s.replyHours) } as ScoringFormValues;
}

export const scoringForm = z.object(Object.fromEntries(FIELDS.map((f) => [f, z.string().trim().max(20, "Giá trị dài quá 20 ký tự.").default("")]))).superRefine((f, ctx) => {
  for (const p of scoringProblems(settingsOf(f as ScoringFormValues))) ctx.addIssue({ code: "custom", path: [p.field], message: MESSAGES[p.problem] });
});
