// The vocabulary that domain, services and views share, depending on nothing: a view renders these,
// a service returns them. The lists of states and kinds are here; the shapes of what services hand
// to pages are in src/model/, one file per area, and everyone imports them from this one module.
export * from "./model/attachments.js";
export * from "./model/consultations.js";
export * from "./model/dashboard.js";
export * from "./model/duty.js";
export * from "./model/knowledge-base.js";
export * from "./model/questions.js";
export * from "./model/records.js";
export * from "./model/regulations.js";
export * from "./model/unit-scoring.js";
export * from "./model/users.js";
import type { SlaState } from "./model/questions.js";

// A number of the desk's hotline ("đường dây nóng") as officers dial it, with what it is for.
export interface Hotline {
  label: string; // "Trực ban", "Tổ giải đáp"
  number: string; // as written for people: "069.234.5678"
}

export const ROLES = ["officer", "answerer", "lead", "advisor", "steering", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const QUESTION_STATUSES = [
  "new",
  "assigned",
  "waiting_info",
  "answered",
  "closed",
  "reopened",
  "withdrawn",
  "duplicate",
] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

// Kênh: how a question reached the desk. "web": asked here by the officer; the others are logged by
// the answer team (Điện thoại, Zalo, iHanoi, Cổng dịch vụ công, Công văn). Stored as text: adding a
// channel needs no migration.
export const QUESTION_CHANNELS = ["web", "phone", "zalo", "ihanoi", "public_portal", "letter"] as const;
export type Channel = (typeof QUESTION_CHANNELS)[number];
export type QuestionChannel = Channel;

// Everything said on a question: answers, internal notes, clarification requests, the asker's replies.
// consultation (an answerer asks an advisor) and advice (the advisor's reply) are internal, like notes.
export const MESSAGE_KINDS = ["answer", "note", "clarification", "reply", "consultation", "advice"] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export const KB_STATUSES = ["draft", "published", "retired"] as const;
export type KbStatus = (typeof KB_STATUSES)[number];

// Đề xuất đưa vào kho: a question proposed for the knowledge base, and what the board made of it.
export const PROPOSAL_STATUSES = ["open", "accepted", "dismissed"] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

// Duyệt lần hai: a version waiting for a second advisor, and its outcome.
export const SECOND_REVIEW_STATUSES = ["pending", "approved", "returned", "withdrawn"] as const;
export type SecondReviewStatus = (typeof SECOND_REVIEW_STATUSES)[number];

export const REGULATION_STATUSES = ["in_force", "amended", "replaced"] as const;
export type RegulationStatus = (typeof REGULATION_STATUSES)[number];

export const ATTACHMENT_TYPES = ["pdf", "jpeg", "png", "webp", "docx", "xlsx"] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

export const CONSULTATION_STATUSES = ["open", "answered", "withdrawn"] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];

export const NOTIFICATION_KINDS = [
  "assigned",
  "answered",
  "clarification_requested",
  "reply_received",
  "due_soon",
  "overdue",
  "reopened",
  "kb_published", // the asker's question became a knowledge-base entry (text column: no migration)
  "consultation_requested", // an advisor is asked for an opinion
  "consultation_answered", // the advisor replied
  "handover_received", // Bàn giao ca: a hand-over waits for this person's acknowledgement
  "handover_acknowledged", // an incoming person acknowledged the hand-over this person gave
  "kb_review_requested", // Duyệt lần hai: a version waits for a second advisor (kbReviewId)
  "kb_approved", // the author's waiting version was approved and published
  "kb_returned", // … or sent back with a reason
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

// An officer's account offered as the caller of a logged question.
export interface CallerAccount {
  id: number;
  username: string;
  name: string;
  rank: string | null;
  unitId: number | null;
  unitName: string | null;
}

// Gọi lại: an answer the team must pass on to someone without an account.
export interface CallBackItem {
  id: number;
  questionId: number;
  questionTitle: string;
  channel: Channel;
  callerName: string | null;
  callerRank: string | null;
  callerPhone: string | null;
  channelRef: string | null;
  unitName: string | null;
  answer: { body: string; authorName: string; at: Date } | null; // null: closed as a duplicate
  duplicateOf: { questionId: number | null; kbEntryId: number | null } | null;
  createdAt: Date;
  done: { at: Date; byName: string; note: string | null } | null;
}

// Bàn giao ca: a shift hand-over record, as pages and the printed sheet show it.
export interface HandoverPerson {
  id: number;
  name: string;
  rank: string | null;
}

export interface HandoverRecipient extends HandoverPerson {
  acknowledgedAt: Date | null; // "Đã nhận bàn giao"; null: not yet
}

// One question handed over, with where it stood at that moment and its state now.
export interface HandoverItem {
  questionId: number;
  title: string;
  to: HandoverPerson;
  status: QuestionStatus; // at the hand-over
  deadlineAt: Date;
  slaState: SlaState;
  leftMinutes: number;
  overdueMinutes: number;
  paused: boolean;
  statusNow: QuestionStatus;
}

export interface HandoverSummary {
  id: number;
  from: HandoverPerson;
  note: string;
  createdAt: Date;
  questionCount: number;
  recipients: HandoverRecipient[];
}

export interface HandoverRecord extends HandoverSummary {
  items: HandoverItem[];
}

// A picked question that can no longer be handed over as the form showed it. gone: no such
// question; not_yours: someone else holds it now; settled: answered, closed, withdrawn or a
// duplicate; changed: still open, but its state moved (the asker replied, a clarification went out).
export interface StaleQuestion {
  questionId: number;
  reason: "gone" | "not_yours" | "settled" | "changed";
  status: QuestionStatus | null; // as it is now
}

// Ký hiệu: the report's symbol after its number when the board types none ("12/BC-HSNV").
export const REPORT_SYMBOL = "BC-HSNV";

// Báo cáo tháng: what the steering board fills in and signs when it issues (ban hành) a month's
// report, kept with the issued report as it was printed.
export interface ReportSigner {
  authority: string | null; // thẩm quyền ký: "KT. TRƯỞNG PHÒNG"; null when the head signs
  position: string; // "PHÓ TRƯỞNG PHÒNG"
  rank: string | null; // cấp bậc: "Thượng tá"
  name: string;
}

// The agency heading every report (Quốc hiệu aside): configured once, kept with each issued report.
export interface ReportHeader {
  parentAgency: string; // cơ quan chủ quản
  agency: string;
  place: string; // địa danh of the date line
}

export interface ReportIssue {
  number: number; // số: 12 in "12/BC-HSNV", restarting each year of issue
  symbol: string; // ký hiệu: "BC-HSNV"
  place: string; // địa danh in the date line
  issuedOn: string; // "YYYY-MM-DD" local: the date printed
  signer: ReportSigner;
  recipients: string[]; // Nơi nhận, one per line
  assessment: string; // Nhận xét, đánh giá
  direction: string; // Phương hướng, nhiệm vụ
  // A correction: the issued report this one replaces, as it was printed, and why.
  replaces: { id: number; number: number; symbol: string; issuedOn: string; reason: string } | null;
}

// One issued report in the department's list of records.
export interface IssuedReportSummary {
  id: number;
  month: string; // "YYYY-MM" reported on
  number: number;
  symbol: string;
  issuedOn: string;
  signerName: string;
  signerPosition: string;
  issuedAt: Date;
  issuedBy: { name: string; rank: string | null };
  replacesId: number | null;
  replacedBy: { id: number; number: number; symbol: string; issuedOn: string } | null;
}
