// Lịch trực and the hand-over screen: who is on duty, and the open work grouped by urgency.
import type { QuestionListItem } from "./questions.js";

export interface DutyMember {
  id: number;
  name: string;
  rank: string | null;
}

export interface DutyDay {
  date: string; // "YYYY-MM-DD" local
  members: DutyMember[];
}

export interface Shifts {
  today: DutyDay & { working: boolean };
  next: DutyDay | null; // Ca tiếp theo: the first working day after today
}

export interface HandoverGroups {
  overdue: QuestionListItem[]; // quá hạn
  dueSoon: QuestionListItem[]; // sắp đến hạn
  waiting: QuestionListItem[]; // chờ người hỏi bổ sung
  other: QuestionListItem[];
}
