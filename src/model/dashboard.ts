// The overview for the command (Ban chỉ đạo) and the team leads, as src/services/dashboard.ts builds
// it: the dashboard page and the printed monthly report are both drawn from one Overview.
import type { Channel } from "../model.js";
import type { UnitFacts, UnitScore, UnitScoringSettings } from "./unit-scoring.js";

// A stretch of time the figures cover: [from, to).
export interface Period {
  from: Date;
  to: Date; // exclusive
}

export type PeriodKind = "week" | "month" | "last_month" | "custom";

// Local calendar days: [first day 00:00, day after the last 00:00).
export interface ChosenPeriod extends Period {
  kind: PeriodKind;
  firstDay: string; // "YYYY-MM-DD" local, inclusive
  lastDay: string; // inclusive
}

export interface AnswerFigures {
  answered: number;
  onTime: number;
  onTimeRate: number | null; // 0…1 of the answered
  medianMinutes: number | null;
  p90Minutes: number | null;
}

export interface PeriodSummary extends AnswerFigures {
  received: number;
  byChannel: Record<Channel, number>; // received, by the channel they came by
  phoneCalls: number; // hotline calls logged in the period
  onTheSpot: number; // of those, answered during the call
}

export interface TrendPoint extends Period {
  received: number;
  answered: number;
  onTime: number;
  onTimeRate: number | null;
}

export interface Backlog {
  total: number;
  on_time: number;
  due_soon: number;
  overdue: number;
  byAssignee: Map<number | null, number>;
}

export interface Satisfaction {
  average: number | null; // 1…5
  count: number;
}

export interface KbGrowth {
  published: number; // entries published for the first time in the period
  total: number; // entries in force (published, not retired) at the period's end
}

// Xin ý kiến Ban cố vấn in the period.
export interface ConsultationFigures {
  requested: number; // asked in the period
  answered: number; // advice given in the period
  waiting: number; // of those asked in the period, still without advice now (withdrawn ones left out)
  averageMinutes: number | null; // working minutes from request to advice, of those answered in the period
}

export interface MemberRow extends AnswerFigures {
  id: number;
  name: string;
  rank: string | null;
  lead: boolean;
  openNow: number;
  satisfaction: Satisfaction;
  onDutyToday: boolean;
}

export interface CategoryRow extends AnswerFigures {
  id: number;
  name: string;
  received: number;
}

// Bảng tổng sắp: units scored on how they use the desk (src/domain/unit-scoring.ts), never on how
// much they ask. A unit needs training (cần tập huấn) when it neither asked nor found anything in the
// knowledge base in the period, or when its score is graded trung bình.
export interface UnitRow {
  rank: number | null; // null: too little data to rank (chưa đủ dữ liệu)
  id: number;
  name: string;
  facts: UnitFacts;
  result: UnitScore;
  needsTraining: "none_engaged" | "low_grade" | null;
}

export interface Overview {
  period: ChosenPeriod;
  now: Date;
  summary: PeriodSummary;
  backlog: Backlog;
  deflections: number;
  satisfaction: Satisfaction;
  kb: KbGrowth;
  consultations: ConsultationFigures; // Xin ý kiến Ban cố vấn
  trend: (TrendPoint & { week: number })[];
  team: MemberRow[];
  categories: CategoryRow[];
  units: UnitRow[];
  unitScoring: UnitScoringSettings; // the criteria's weights and bands the units were scored with
}
