// The question lifecycle: which event may happen in which state, and where it leads.
// new → assigned → (waiting_info ⇄ assigned) → answered → closed, plus reopened, withdrawn, duplicate.
import type { QuestionStatus } from "../model.js";
import { InvalidTransition } from "./errors.js";

export type QuestionEvent =
  | "route"
  | "assign"
  | "clarify"
  | "reply"
  | "answer"
  | "close"
  | "reopen"
  | "withdraw"
  | "mark_duplicate";

const OPEN: QuestionStatus[] = ["new", "assigned", "waiting_info", "reopened"];

const TRANSITIONS: Record<QuestionEvent, { from: QuestionStatus[]; to: QuestionStatus | null }> = {
  route: { from: ["new"], to: "assigned" },
  // Reassigning keeps a paused question paused: `to: null` means "stay in the current state",
  // except that an unassigned new question becomes assigned (see nextStatus).
  assign: { from: OPEN, to: null },
  clarify: { from: ["assigned", "reopened"], to: "waiting_info" },
  reply: { from: ["waiting_info"], to: "assigned" },
  answer: { from: ["new", "assigned", "reopened"], to: "answered" },
  close: { from: ["answered"], to: "closed" },
  reopen: { from: ["answered", "closed"], to: "reopened" },
  withdraw: { from: OPEN, to: "withdrawn" },
  mark_duplicate: { from: OPEN, to: "duplicate" },
};

export function isOpen(status: QuestionStatus): boolean {
  return OPEN.includes(status);
}

export const OPEN_STATUSES: readonly QuestionStatus[] = OPEN;

export function canHappen(status: QuestionStatus, event: QuestionEvent): boolean {
  return TRANSITIONS[event].from.includes(status);
}

// The state after `event`, or InvalidTransition when the event is not allowed in `status`.
export function nextStatus(status: QuestionStatus, event: QuestionEvent): QuestionStatus {
  const rule = TRANSITIONS[event];
  if (!rule.from.includes(status)) throw new InvalidTransition(status, event);
  if (rule.to) return rule.to;
  return status === "new" ? "assigned" : status;
}
