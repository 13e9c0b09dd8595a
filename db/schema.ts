// The desk's data. Times are instants (epoch ms, UTC); they become Asia/Ho_Chi_Minh only in views.
// States carry who and when: an answer, an assignment, a disabling are rows or (who, when) pairs.
import { sql } from "drizzle-orm";
import {
  sqliteTable,
  blob,
  integer,
  text,
  primaryKey,
  index,
  uniqueIndex,
  type AnySQLiteColumn,
} from "drizzle-orm/sqlite-core";
import {
  ATTACHMENT_TYPES,
  CALENDAR_DAY_KINDS,
  CONSULTATION_STATUSES,
  KB_STATUSES,
  MESSAGE_KINDS,
  NOTIFICATION_KINDS,
  PROPOSAL_STATUSES,
  QUESTION_CHANNELS,
  QUESTION_STATUSES,
  REGULATION_STATUSES,
  ROLES,
  SECOND_REVIEW_STATUSES,
} from "../src/model.js";

// The lists of states and kinds live in the model, which depends on nothing; the tables use them.
export {
  ATTACHMENT_TYPES,
  CONSULTATION_STATUSES,
  KB_STATUSES,
  MESSAGE_KINDS,
  NOTIFICATION_KINDS,
  QUESTION_CHANNELS,
  QUESTION_STATUSES,
  REGULATION_STATUSES,
  ROLES,
};
export type {
  AttachmentType,
  MessageKind,
  NotificationKind,
  QuestionChannel,
  QuestionStatus,
  RegulationStatus,
  Role,
} from "../src/model.js";

const instant = (name: string) => integer(name, { mode: "timestamp_ms" });

// Đơn vị: wards, districts, departments the officers work in.
export const units = sqliteTable("units", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  code: text("code").notNull().unique(),
  name: text("name").notNull().unique(),
  createdAt: instant("created_at").notNull(),
});

// Lĩnh vực: what a question is about; answerers specialise in some.
export const categories = sqliteTable("categories", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  code: text("code").notNull().unique(),
  name: text("name").notNull(),
  sortOrder: integer("sort_order").notNull().default(100),
  archivedAt: instant("archived_at"),
});

export const users = sqliteTable("users", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  username: text("username").notNull().unique(),
  name: text("name").notNull(),
  rank: text("rank"), // cấp bậc, e.g. "Thiếu tá"
  position: text("position"), // chức vụ
  unitId: integer("unit_id").references(() => units.id),
  passwordHash: text("password_hash").notNull(),
  // Set when an admin resets the password: the user must choose a new one before anything else.
  passwordResetAt: instant("password_reset_at"),
  passwordResetBy: integer("password_reset_by"),
  disabledAt: instant("disabled_at"),
  disabledBy: integer("disabled_by"),
  createdAt: instant("created_at").notNull(),
});


export const userRoles = sqliteTable(
  "user_roles",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    role: text("role", { enum: ROLES }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] })],
);

export const userSpecialties = sqliteTable(
  "user_specialties",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    categoryId: integer("category_id")
      .notNull()
      .references(() => categories.id),
  },
  (t) => [primaryKey({ columns: [t.userId, t.categoryId] })],
);

// Only the SHA-256 of the session token is stored, so a leaked database opens no sessions.
export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    expiresAt: instant("expires_at").notNull(),
    createdAt: instant("created_at").notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

// The working calendar: weekly periods plus dated exceptions. One calendar for the desk.
export const workPeriods = sqliteTable("work_periods", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  weekday: integer("weekday").notNull(), // ISO 1 = Monday … 7 = Sunday
  start: text("start").notNull(), // "HH:mm"
  end: text("end").notNull(),
});

export const calendarDays = sqliteTable("calendar_days", {
  date: text("date").primaryKey(), // "YYYY-MM-DD" local
  kind: text("kind", { enum: CALENDAR_DAY_KINDS }).notNull(),
  name: text("name").notNull(),
  createdAt: instant("created_at").notNull(),
  createdBy: integer("created_by"),
});

export const settings = sqliteTable("settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});



export const questions = sqliteTable(
  "questions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    title: text("title").notNull(),
    body: text("body").notNull(),
    categoryId: integer("category_id")
      .notNull()
      .references(() => categories.id),
    // The officer who asked, when they have an account. Null: someone without an account called or
    // wrote, and the team logged it (callerName…); they cannot follow it online, so nobody gets the
    // asker's actions and answering leaves a call-back for the team instead (callBacks).
    askerId: integer("asker_id").references(() => users.id),
    // The asker's unit when asking: units answer for their questions even if the officer moves.
    unitId: integer("unit_id").references(() => units.id),
    channel: text("channel", { enum: QUESTION_CHANNELS }).notNull().default("web"),
    status: text("status", { enum: QUESTION_STATUSES }).notNull(),
    assigneeId: integer("assignee_id").references(() => users.id),
    submittedAt: instant("submitted_at").notNull(),
    // Derived from submittedAt and the calendar; stored so the queue can sort by it in SQL.
    deadlineAt: instant("deadline_at").notNull(),
    // A reopened question gets a fresh allowance counted from here; the first one stays in the audit log.
    reopenedAt: instant("reopened_at"),
    answeredAt: instant("answered_at"),
    closedAt: instant("closed_at"),
    // Questions logged by the team (any channel but web). submittedAt is when it reached the desk
    // (the call's time, which may be before it was logged); the deadline counts from there.
    // callerName and callerRank: who called or wrote, when they have no account.
    callerName: text("caller_name"),
    callerRank: text("caller_rank"),
    callerPhone: text("caller_phone"), // the number to call back, with or without an account
    callMinutes: integer("call_minutes"), // phone: how long the call took
    channelRef: text("channel_ref"), // số công văn, mã hồ sơ on iHanoi or the portal
    loggedBy: integer("logged_by").references((): AnySQLiteColumn => users.id),
    loggedAt: instant("logged_at"),
    duplicateOfQuestionId: integer("duplicate_of_question_id").references((): AnySQLiteColumn => questions.id),
    duplicateOfKbEntryId: integer("duplicate_of_kb_entry_id"),
    updatedAt: instant("updated_at").notNull(),
  },
  (t) => [
    index("questions_status_deadline_idx").on(t.status, t.deadlineAt),
    index("questions_asker_idx").on(t.askerId, t.submittedAt),
    index("questions_assignee_idx").on(t.assigneeId, t.status),
  ],
);

// Everything said on a question (MESSAGE_KINDS in src/model.ts).
export const messages = sqliteTable(
  "messages",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    questionId: integer("question_id")
      .notNull()
      .references(() => questions.id),
    authorId: integer("author_id")
      .notNull()
      .references(() => users.id),
    kind: text("kind", { enum: MESSAGE_KINDS }).notNull(),
    body: text("body").notNull(),
    createdAt: instant("created_at").notNull(),
  },
  (t) => [index("messages_question_idx").on(t.questionId, t.createdAt)],
);

// Gọi lại: the answer to a question from someone without an account must reach them through the
// team, by phone (or the channel it came by). Created with the answer, done with who and when.
export const callBacks = sqliteTable(
  "call_backs",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    questionId: integer("question_id")
      .notNull()
      .references(() => questions.id),
    // The answer to pass on; null when the question was closed as a duplicate of another answer.
    messageId: integer("message_id").references(() => messages.id),
    createdAt: instant("created_at").notNull(),
    doneAt: instant("done_at"),
    doneBy: integer("done_by").references(() => users.id),
    note: text("note"), // what came of the call, if worth saying
  },
  // A question is answered once (no reopening without an asker), so it owes at most one call-back.
  (t) => [uniqueIndex("call_backs_question_idx").on(t.questionId), index("call_backs_open_idx").on(t.doneAt, t.createdAt)],
);

// Who held a question when; routing reads the latest per answerer for its tie-break.
export const assignments = sqliteTable(
  "assignments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    questionId: integer("question_id")
      .notNull()
      .references(() => questions.id),
    assigneeId: integer("assignee_id")
      .notNull()
      .references(() => users.id),
    assignedBy: integer("assigned_by").references(() => users.id), // null: routed automatically
    reason: text("reason", { enum: ["routed", "reassigned", "handed_over"] }).notNull(),
    createdAt: instant("created_at").notNull(),
  },
  (t) => [index("assignments_assignee_idx").on(t.assigneeId, t.createdAt)],
);

export const ratings = sqliteTable("ratings", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  questionId: integer("question_id")
    .notNull()
    .references(() => questions.id),
  raterId: integer("rater_id")
    .notNull()
    .references(() => users.id),
  score: integer("score").notNull(),
  comment: text("comment"),
  createdAt: instant("created_at").notNull(),
});

// Append-only: who did what to which object, from which state to which, when.
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    actorId: integer("actor_id").references(() => users.id), // null: the system (routing, jobs, CLI)
    action: text("action").notNull(),
    objectType: text("object_type").notNull(),
    objectId: text("object_id").notNull(),
    fromState: text("from_state"),
    toState: text("to_state"),
    data: text("data", { mode: "json" }).$type<Record<string, unknown>>(),
    at: instant("at").notNull(),
  },
  (t) => [
    index("audit_object_idx").on(t.objectType, t.objectId, t.at),
    index("audit_actor_idx").on(t.actorId, t.at),
  ],
);

export const kbEntries = sqliteTable(
  "kb_entries",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    ref: text("ref").notNull(),
    title: text("title").notNull(),
    question: text("question").notNull(),
    answer: text("answer").notNull(),
    categoryId: integer("category_id")
      .notNull()
      .references(() => categories.id),
    status: text("status", { enum: KB_STATUSES }).notNull(),
    version: integer("version").notNull().default(1),
    sourceQuestionId: integer("source_question_id").references(() => questions.id),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: instant("created_at").notNull(),
    updatedAt: instant("updated_at").notNull(),
    publishedAt: instant("published_at"),
    retiredAt: instant("retired_at"),
    retiredBy: integer("retired_by").references(() => users.id),
    supersededById: integer("superseded_by_id").references((): AnySQLiteColumn => kbEntries.id),
    // Set when a cited regulation is amended or replaced: the board must review the entry.
    flaggedAt: instant("flagged_at"),
    flagReason: text("flag_reason"),
    reviewedAt: instant("reviewed_at"),
    reviewedBy: integer("reviewed_by").references(() => users.id),
  },
  (t) => [uniqueIndex("kb_entries_ref_idx").on(t.ref), index("kb_entries_status_idx").on(t.status)],
);

// Every saved state of an entry, so edits can be compared and nothing an advisor wrote is lost.
export const kbEntryVersions = sqliteTable(
  "kb_entry_versions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    entryId: integer("entry_id")
      .notNull()
      .references(() => kbEntries.id),
    version: integer("version").notNull(),
    title: text("title").notNull(),
    question: text("question").notNull(),
    answer: text("answer").notNull(),
    categoryId: integer("category_id").notNull(),
    tags: text("tags", { mode: "json" }).$type<string[]>().notNull(),
    citations: text("citations", { mode: "json" }).$type<{ document: string; article: string }[]>().notNull(),
    editedBy: integer("edited_by").references(() => users.id),
    createdAt: instant("created_at").notNull(),
    // Ghi chú thay đổi: what this version changed and why. Null for versions saved before notes
    // existed, for an imported text kept aside, and (optionally) for an entry's first version.
    note: text("note"),
  },
  (t) => [uniqueIndex("kb_entry_versions_idx").on(t.entryId, t.version)],
);

// Duyệt lần hai: under the desk's second-review rule, a saved version waits here for an advisor
// other than its authors. One request per version; it is decided (approved, returned with a
// reason) or withdrawn when a later save, a retirement or an import replaces what it would publish.
export const kbSecondReviews = sqliteTable(
  "kb_second_reviews",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    entryId: integer("entry_id")
      .notNull()
      .references(() => kbEntries.id),
    version: integer("version").notNull(),
    status: text("status", { enum: SECOND_REVIEW_STATUSES }).notNull(),
    requestedBy: integer("requested_by")
      .notNull()
      .references(() => users.id),
    requestedAt: instant("requested_at").notNull(),
    // The author checked the personal-data findings and asked to publish anyway (audited then).
    piiWaived: integer("pii_waived", { mode: "boolean" }).notNull().default(false),
    decidedBy: integer("decided_by").references(() => users.id),
    decidedAt: instant("decided_at"),
    reason: text("reason"), // why it was sent back
  },
  (t) => [uniqueIndex("kb_second_reviews_version_idx").on(t.entryId, t.version), index("kb_second_reviews_status_idx").on(t.status, t.requestedAt)],
);

// The team proposes an answered question for the knowledge base; the board accepts or dismisses it.
export const kbProposals = sqliteTable(
  "kb_proposals",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    questionId: integer("question_id")
      .notNull()
      .references(() => questions.id),
    proposedBy: integer("proposed_by")
      .notNull()
      .references(() => users.id),
    note: text("note"),
    createdAt: instant("created_at").notNull(),
    status: text("status", { enum: PROPOSAL_STATUSES }).notNull(),
    resolvedAt: instant("resolved_at"),
    resolvedBy: integer("resolved_by").references(() => users.id),
    entryId: integer("entry_id").references(() => kbEntries.id),
  },
  (t) => [index("kb_proposals_status_idx").on(t.status, t.createdAt)],
);

// Văn bản quy phạm: the register citations point at. A document whose number, date or text is not
// known yet is kept as an incomplete placeholder (number may then be empty) that an admin completes:
// nothing about a document is ever made up to fill the gap.
export const regulations = sqliteTable("regulations", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  number: text("number").unique(), // "28/2009/QH12"; null only on an incomplete placeholder
  title: text("title").notNull(),
  issuer: text("issuer"),
  effectiveDate: text("effective_date"), // "YYYY-MM-DD"
  status: text("status", { enum: REGULATION_STATUSES }).notNull().default("in_force"),
  statusSince: text("status_since"), // "YYYY-MM-DD": the day the amendment or replacement applies
  statusChangedAt: instant("status_changed_at"),
  // Other names citations use: "Luật Lý lịch tư pháp 2009" for 28/2009/QH12.
  aliases: text("aliases", { mode: "json" }).$type<string[]>().notNull().default([]),
  incomplete: integer("incomplete", { mode: "boolean" }).notNull().default(false),
  createdAt: instant("created_at").notNull(),
});

// Điều: one article of a register document, in the document's order. Clauses stay in the text.
export const regulationArticles = sqliteTable(
  "regulation_articles",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    regulationId: integer("regulation_id")
      .notNull()
      .references(() => regulations.id),
    label: text("label").notNull(), // "Điều 5"
    heading: text("heading").notNull().default(""),
    text: text("text").notNull().default(""),
    position: integer("position").notNull(),
    status: text("status", { enum: REGULATION_STATUSES }).notNull().default("in_force"),
    statusSince: text("status_since"),
    statusChangedAt: instant("status_changed_at"),
  },
  (t) => [uniqueIndex("regulation_articles_label_idx").on(t.regulationId, t.label)],
);

export const kbVotes = sqliteTable(
  "kb_votes",
  {
    entryId: integer("entry_id")
      .notNull()
      .references(() => kbEntries.id),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    helpful: integer("helpful", { mode: "boolean" }).notNull(),
    createdAt: instant("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.entryId, t.userId] })],
);

// "This answers my question": an officer found the answer instead of asking.
export const deflections = sqliteTable(
  "deflections",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    entryId: integer("entry_id")
      .notNull()
      .references(() => kbEntries.id),
    query: text("query").notNull(),
    createdAt: instant("created_at").notNull(),
  },
  (t) => [index("deflections_created_idx").on(t.createdAt)],
);

export const kbTags = sqliteTable(
  "kb_tags",
  {
    entryId: integer("entry_id")
      .notNull()
      .references(() => kbEntries.id),
    tag: text("tag").notNull(),
  },
  (t) => [primaryKey({ columns: [t.entryId, t.tag] }), index("kb_tags_tag_idx").on(t.tag)],
);

export const kbCitations = sqliteTable(
  "kb_citations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    entryId: integer("entry_id")
      .notNull()
      .references(() => kbEntries.id),
    document: text("document").notNull(),
    article: text("article").notNull().default(""),
    // What the typed text resolves to in the register (null: not resolved; the board fixes it).
    regulationId: integer("regulation_id").references(() => regulations.id),
    articleId: integer("article_id").references(() => regulationArticles.id),
  },
  (t) => [index("kb_citations_entry_idx").on(t.entryId), index("kb_citations_link_idx").on(t.regulationId, t.articleId)],
);

// The clock stops while a question waits for the asker (waiting_info): one row per pause.
export const questionPauses = sqliteTable(
  "question_pauses",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    questionId: integer("question_id")
      .notNull()
      .references(() => questions.id),
    startedAt: instant("started_at").notNull(),
    startedBy: integer("started_by").references(() => users.id),
    endedAt: instant("ended_at"),
    endedBy: integer("ended_by").references(() => users.id),
  },
  (t) => [index("question_pauses_question_idx").on(t.questionId, t.startedAt)],
);

// Mẫu trả lời: the team's shared snippets.
export const cannedAnswers = sqliteTable("canned_answers", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  title: text("title").notNull(),
  body: text("body").notNull(),
  createdBy: integer("created_by")
    .notNull()
    .references(() => users.id),
  createdAt: instant("created_at").notNull(),
  updatedAt: instant("updated_at").notNull(),
  archivedAt: instant("archived_at"),
});

export const notifications = sqliteTable(
  "notifications",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    kind: text("kind", { enum: NOTIFICATION_KINDS }).notNull(),
    questionId: integer("question_id").references(() => questions.id),
    handoverId: integer("handover_id").references((): AnySQLiteColumn => handovers.id),
    kbReviewId: integer("kb_review_id").references((): AnySQLiteColumn => kbSecondReviews.id),
    createdAt: instant("created_at").notNull(),
    readAt: instant("read_at"),
  },
  (t) => [index("notifications_user_idx").on(t.userId, t.readAt, t.createdAt)],
);

// Deadline alerts already settled: the job may run any number of times, each alert goes out once
// per allowance (a reopened question has a new one, keyed by when its clock started). Who was told
// is in `notifications`; a new assignee is told later against those rows.
export const slaAlerts = sqliteTable(
  "sla_alerts",
  {
    questionId: integer("question_id")
      .notNull()
      .references(() => questions.id),
    kind: text("kind", { enum: ["due_soon", "overdue"] }).notNull(),
    clockStartedAt: instant("clock_started_at").notNull(),
    sentAt: instant("sent_at").notNull(), // or, when superseded, when it was settled unsent
    // "superseded": the question was already overdue when first seen past 75 % (say, after downtime),
    // so "due soon" would be stale; it is settled unsent and never goes out for this allowance.
    outcome: text("outcome", { enum: ["sent", "superseded"] }).notNull().default("sent"),
  },
  (t) => [primaryKey({ columns: [t.questionId, t.kind, t.clockStartedAt] })],
);

// Lịch trực: who is on duty on a working day.
export const dutyShifts = sqliteTable(
  "duty_shifts",
  {
    date: text("date").notNull(), // "YYYY-MM-DD" local
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: instant("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.date, t.userId] })],
);

// Login attempts, kept in the database so throttling survives a restart.
export const loginAttempts = sqliteTable(
  "login_attempts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    username: text("username").notNull(), // as typed, lower-cased: unknown names are throttled alike
    address: text("address").notNull(),
    succeeded: integer("succeeded", { mode: "boolean" }).notNull(),
    at: instant("at").notNull(),
    // The known device it came from (login_devices.token_hash), if any: such attempts count apart
    // from their address (docs/decisions/009).
    device: text("device"),
  },
  (t) => [
    index("login_attempts_user_idx").on(t.username, t.address, t.at),
    index("login_attempts_address_idx").on(t.address, t.at),
    index("login_attempts_device_idx").on(t.device, t.at),
  ],
);

// Known devices: a browser that has signed in to an account keeps a random token in a cookie; only
// its SHA-256 is stored, once per account that signed in from it (a shared desk computer).
export const loginDevices = sqliteTable(
  "login_devices",
  {
    tokenHash: text("token_hash").notNull(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    createdAt: instant("created_at").notNull(),
    lastUsedAt: instant("last_used_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tokenHash, t.userId] })],
);

// Files, stored once per content (SHA-256) inside the database, so a backup of the one SQLite file
// carries them and two officers sending the same scan store it once.
export const blobs = sqliteTable("blobs", {
  sha256: text("sha256").primaryKey(),
  size: integer("size").notNull(),
  data: blob("data", { mode: "buffer" }).notNull(),
  createdAt: instant("created_at").notNull(),
});

// A file attached to a question (its body, or one message of its thread) or to a knowledge-base
// entry. The type is the one decided from the content, never the browser's claim; the name is the
// sender's, kept for the download.
export const attachments = sqliteTable(
  "attachments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    sha256: text("sha256")
      .notNull()
      .references(() => blobs.sha256),
    fileName: text("file_name").notNull(),
    type: text("type", { enum: ATTACHMENT_TYPES }).notNull(),
    size: integer("size").notNull(),
    // Images: a small WebP made at upload, shown on the question page instead of the full photo.
    thumbSha256: text("thumb_sha256").references(() => blobs.sha256),
    questionId: integer("question_id").references(() => questions.id),
    messageId: integer("message_id").references(() => messages.id),
    kbEntryId: integer("kb_entry_id").references(() => kbEntries.id),
    uploadedBy: integer("uploaded_by")
      .notNull()
      .references(() => users.id),
    createdAt: instant("created_at").notNull(),
  },
  (t) => [
    index("attachments_question_idx").on(t.questionId, t.messageId),
    index("attachments_kb_entry_idx").on(t.kbEntryId),
    index("attachments_sha_idx").on(t.sha256),
  ],
);

// Bộ lọc đã lưu: a named question-list query string per user ("việc quá hạn của tôi").
export const savedFilters = sqliteTable(
  "saved_filters",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    name: text("name").notNull(),
    query: text("query").notNull(), // the list's query string, without "?"
    createdAt: instant("created_at").notNull(),
  },
  (t) => [uniqueIndex("saved_filters_user_name_idx").on(t.userId, t.name)],
);

// Xin ý kiến Ban cố vấn: an answerer asks an advisor's opinion on a hard question. The request and
// the advice are internal messages of the question's thread; this row tracks who owes an answer.
export const consultations = sqliteTable(
  "consultations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    questionId: integer("question_id")
      .notNull()
      .references(() => questions.id),
    requestedBy: integer("requested_by")
      .notNull()
      .references(() => users.id),
    advisorId: integer("advisor_id")
      .notNull()
      .references(() => users.id),
    requestMessageId: integer("request_message_id")
      .notNull()
      .references(() => messages.id),
    answerMessageId: integer("answer_message_id").references(() => messages.id),
    status: text("status", { enum: CONSULTATION_STATUSES }).notNull(),
    createdAt: instant("created_at").notNull(),
    answeredAt: instant("answered_at"),
  },
  (t) => [index("consultations_advisor_idx").on(t.advisorId, t.status), index("consultations_question_idx").on(t.questionId)],
);

// Bàn giao ca: the outgoing member's record of what the next shift takes over — a note, the
// recipients (each acknowledges: "Đã nhận bàn giao"), and the questions handed over with where they
// stood at that moment (the question itself moves on; the record keeps the hand-over as it was).
export const handovers = sqliteTable(
  "handovers",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    fromUserId: integer("from_user_id")
      .notNull()
      .references(() => users.id),
    note: text("note").notNull().default(""), // Markdown, sanitised on output; may be empty
    createdAt: instant("created_at").notNull(),
  },
  (t) => [index("handovers_from_idx").on(t.fromUserId, t.createdAt)],
);

export const handoverRecipients = sqliteTable(
  "handover_recipients",
  {
    handoverId: integer("handover_id")
      .notNull()
      .references(() => handovers.id),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    acknowledgedAt: instant("acknowledged_at"), // null: not yet received
  },
  (t) => [primaryKey({ columns: [t.handoverId, t.userId] }), index("handover_recipients_user_idx").on(t.userId, t.acknowledgedAt)],
);

export const handoverItems = sqliteTable(
  "handover_items",
  {
    handoverId: integer("handover_id")
      .notNull()
      .references(() => handovers.id),
    questionId: integer("question_id")
      .notNull()
      .references(() => questions.id),
    position: integer("position").notNull(), // the order the form listed them in: most urgent first
    toUserId: integer("to_user_id")
      .notNull()
      .references(() => users.id),
    // Where the question stood when handed over, for the printed record.
    status: text("status", { enum: QUESTION_STATUSES }).notNull(),
    deadlineAt: instant("deadline_at").notNull(),
    slaState: text("sla_state", { enum: ["on_time", "due_soon", "overdue"] }).notNull(),
    leftMinutes: integer("left_minutes").notNull(),
    overdueMinutes: integer("overdue_minutes").notNull(),
    paused: integer("paused", { mode: "boolean" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.handoverId, t.questionId] }), index("handover_items_question_idx").on(t.questionId)],
);

// Báo cáo tháng đã ban hành: the department's record of what it reported for a month. Never updated
// or deleted (triggers in migration 0019); a correction is a new row that replaces the old one, so
// a month has one original (replaces_id null) and at most one replacement per report: one current.
export const monthlyReports = sqliteTable(
  "monthly_reports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    month: text("month").notNull(), // "YYYY-MM" reported on
    year: integer("year").notNull(), // of the issue date: the register's numbers restart each year
    number: integer("number").notNull(), // số: 12 in "12/BC-HSNV"
    symbol: text("symbol").notNull(), // ký hiệu: "BC-HSNV"
    issuedOn: text("issued_on").notNull(), // "YYYY-MM-DD" local, the date printed
    signerName: text("signer_name").notNull(),
    signerPosition: text("signer_position").notNull(),
    replacesId: integer("replaces_id").references((): AnySQLiteColumn => monthlyReports.id),
    // JSON: the figures, header and text exactly as issued (src/services/monthly-reports.ts).
    snapshot: text("snapshot").notNull(),
    issuedBy: integer("issued_by")
      .notNull()
      .references(() => users.id),
    issuedAt: instant("issued_at").notNull(),
  },
  (t) => [
    uniqueIndex("monthly_reports_number_idx").on(t.year, t.number),
    uniqueIndex("monthly_reports_original_idx").on(t.month).where(sql`${t.replacesId} IS NULL`),
    uniqueIndex("monthly_reports_replaces_idx").on(t.replacesId),
  ],
);

// The steering board's unfinished report form for a month, whole or not; gone once issued.
export const monthlyReportDrafts = sqliteTable("monthly_report_drafts", {
  month: text("month").primaryKey(), // "YYYY-MM"
  fields: text("fields", { mode: "json" }).$type<Record<string, string>>().notNull(),
  savedBy: integer("saved_by")
    .notNull()
    .references(() => users.id),
  savedAt: instant("saved_at").notNull(),
});
