// A question as lists, the question page and the hand-over show it, and its deadline.
import type { Channel, MessageKind, QuestionStatus } from "../model.js";

// Where a question stands against its answer deadline (SLA).
export type SlaState = "on_time" | "due_soon" | "overdue";

export interface DeadlineInfo {
  deadlineAt: Date;
  state: SlaState;
  leftMinutes: number; // working minutes until the deadline (0 once past)
  overdueMinutes: number; // working minutes past it (0 before)
  paused?: boolean; // waiting for the asker: the clock is stopped, figures frozen
}

// Why the deadline is what it is: the question page's "how was this computed" section.
export interface DeadlineExplanation {
  clockStartedAt: Date;
  reopened: boolean;
  allowanceMinutes: number;
  usedMinutes: number;
  pauses: { from: Date; to: Date | null; workingMinutes: number }[];
  holidaysSkipped: { date: string; name: string }[];
  makeUpDaysWorked: { date: string; name: string }[]; // normally days off, worked by the calendar
  deadlineAt: Date;
}

// One row of the queue, the question list and the hand-over, with its deadline (none once settled).
export interface QuestionListItem {
  q: QuestionSummary;
  deadline: DeadlineInfo | null;
}

// An answered question like the one being answered (Câu hỏi tương tự).
export interface SimilarQuestion {
  id: number;
  title: string;
  answer: string; // the latest answer, in Markdown
}

// A question as lists show it (queue, question list, hand-over, dashboard backlog).
export interface QuestionSummary {
  id: number;
  title: string;
  status: QuestionStatus;
  channel: Channel;
  submittedAt: Date;
  deadlineAt: Date;
  answeredAt: Date | null;
  categoryName: string;
  askerName: string | null; // null: no asker account; callerName says who called or wrote
  askerRank: string | null;
  callerName: string | null;
  callerRank: string | null;
  unitName: string | null;
  assigneeId: number | null;
  assigneeName: string | null;
  pausedAt: Date | null; // the open pause (waiting for the asker): the clock is frozen there
}

// One message of a question's thread, as far as the viewer may see it.
export interface ThreadMessage {
  id: number;
  kind: MessageKind;
  body: string;
  createdAt: Date;
  authorName: string;
  authorRank: string | null;
}

// A question as its page shows it.
export interface QuestionDetail extends QuestionSummary {
  body: string;
  askerId: number | null;
  categoryId: number;
  reopenedAt: Date | null;
  duplicateOfQuestionId: number | null;
  duplicateOfKbEntryId: number | null;
  callerPhone: string | null;
  callMinutes: number | null;
  channelRef: string | null;
  loggedAt: Date | null;
  loggedByName: string | null; // the team member who logged a call or letter
  thread: ThreadMessage[];
}

// A saved filter of the question list: a name and the list's query string, without "?".
export interface SavedFilter {
  id: number;
  name: string;
  query: string;
}
