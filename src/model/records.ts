// The desk's records as the admin and the command read them: the working calendar's days, the
// audit trail, notifications, and the rows and columns of downloads.
import type { Channel, NotificationKind, QuestionStatus } from "../model.js";

// Lịch làm việc: a day off declared by the state (nghỉ lễ) or a weekend day worked in exchange (làm bù).
export const CALENDAR_DAY_KINDS = ["holiday", "make_up"] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

export interface CalendarDayRow {
  date: string; // "YYYY-MM-DD"
  kind: CalendarDayKind;
  name: string;
}

// One row of the audit trail (Nhật ký) with who acted.
export interface AuditRow {
  id: number;
  at: Date;
  actorId: number | null; // null: the system (routing, jobs, CLI)
  actorName: string | null;
  actorRank: string | null;
  actorUsername: string | null;
  action: string;
  objectType: string;
  objectId: string;
  fromState: string | null;
  toState: string | null;
  data: Record<string, unknown> | null;
}

// The notifications page: each with its question, hand-over or entry.
export interface NotificationFeedItem {
  id: number;
  kind: NotificationKind;
  questionId: number | null;
  handoverId: number | null; // Bàn giao ca: links to the record
  questionTitle: string | null;
  entryId: number | null; // Duyệt lần hai: the entry concerned, and why it was sent back
  entryRef: string | null;
  entryTitle: string | null;
  returnReason: string | null;
  createdAt: Date;
  readAt: Date | null;
}

// A cell of a CSV or XLSX download.
export type Cell = string | number | Date | null;

export interface ExportColumn<T> {
  header: string;
  value: (row: T) => Cell;
  width?: number; // XLSX column width in characters
}

// One question of a period in the reports download.
export interface QuestionExportRow {
  id: number;
  title: string;
  categoryName: string;
  unitName: string | null;
  askerName: string | null; // null: no asker account (a call or letter the team logged)
  askerRank: string | null;
  callerName: string | null; // logged by the team: who called or wrote, without an account
  callerRank: string | null;
  channel: Channel;
  status: QuestionStatus;
  assigneeName: string | null;
  assigneeRank: string | null;
  submittedAt: Date;
  /** The deadline of the first allowance, the one "on time" is measured against. */
  deadlineAt: Date;
  firstAnsweredAt: Date | null;
  /** Working minutes from submission to the first answer, less the minutes paused waiting for the asker. */
  answerMinutes: number | null;
  /** null: not decided yet (open and within its deadline) or never to be answered (withdrawn, duplicate). */
  onTime: boolean | null;
  closedAt: Date | null;
  rating: number | null; // the latest rating: a later one supersedes the earlier
}
