// The one table of who may do what. Routes, views (which links to show) and tests all read it.
import type { Role } from "../../db/schema.js";

const TEAM: Role[] = ["answerer", "lead"]; // Tổ giải đáp nghiệp vụ
const EVERYONE: Role[] = ["officer", "answerer", "lead", "advisor", "steering", "admin"];

export const PERMISSIONS = {
  "question.ask": ["officer"],
  "question.see_all": [...TEAM, "advisor", "steering"],
  "question.answer": TEAM,
  "question.note": [...TEAM, "advisor", "steering"],
  "question.assign": ["lead"],
  "queue.view": TEAM,
  "duty.view": TEAM, // Lịch trực, Bàn giao ca
  "duty.manage": ["lead"],
  // Bàn giao ca as a record: a member hands their open questions and a note to the next shift, the
  // incoming member acknowledges. Members read the hand-overs they gave or received; leads and the
  // command read all (the steering board only reads: it holds no questions).
  "handover.give": TEAM,
  "handover.receive": TEAM,
  "handover.view": [...TEAM, "steering"],
  "handover.view_all": ["lead", "steering"],
  "kb.read": EVERYONE, // also the printed booklet of published entries (niêm yết)
  // Niêm yết: the notice-board poster sends every officer to the desk; those who run it print it.
  "poster.print": [...TEAM, "admin"],
  "kb.propose": TEAM, // đề xuất đưa câu hỏi đã trả lời vào kho hỏi – đáp
  "regulations.manage": ["advisor", "admin"], // văn bản quy phạm được viện dẫn
  "kb.curate": ["advisor"], // Ban cố vấn: soạn, đăng, sửa, ngừng áp dụng mục hỏi – đáp
  // Xin ý kiến Ban cố vấn: the team asks (and may take back its own request), a lead may take back
  // any; only the advisor addressed answers. The list page: advisors see theirs, leads and steering all.
  "consultation.request": TEAM,
  "consultation.withdraw_any": ["lead"],
  "consultation.answer": ["advisor"],
  "consultation.view": ["advisor", "lead", "steering"],
  "consultation.view_all": ["lead", "steering"],
  "dashboard.view": ["steering", "lead"],
  // Đánh giá: the ratings page. Each team member reads the ratings of their own answers; leads and
  // the command read anyone's (the dashboard already shows them each member's average).
  "ratings.view": [...TEAM, "steering"],
  "ratings.view_team": ["lead", "steering"],
  "reports.view": ["steering", "lead"],
  "reports.export": ["steering", "lead"], // CSV/XLSX of questions for a period
  // Ban hành báo cáo tháng: number, signatory, assessment, then issued for the record. Leads read
  // issued reports (reports.view) but the command signs them.
  "reports.issue": ["steering"],
  "audit.view": ["admin", "steering"], // Nhật ký: the audit trail and its export
  "users.manage": ["admin"],
  "calendar.manage": ["admin"],
  "settings.manage": ["admin"], // Cài đặt: the hotline numbers shown to officers
} satisfies Record<string, Role[]>;

export type Action = keyof typeof PERMISSIONS;

export function can(roles: readonly Role[], action: Action): boolean {
  const allowed: readonly Role[] = PERMISSIONS[action];
  return roles.some((r) => allowed.includes(r));
}
