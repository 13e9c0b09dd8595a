// The vocabulary that domain, services and views share, depending on nothing: a view renders these,
// a service returns them.

// A number of the desk's hotline ("đường dây nóng") as officers dial it, with what it is for.
export interface Hotline {
  label: string; // "Trực ban", "Tổ giải đáp"
  number: string; // as written for people: "069.234.5678"
}

// Kênh: how a question reached the desk (db/schema.ts QUESTION_CHANNELS holds the list).
export type Channel = "web" | "phone" | "zalo" | "ihanoi" | "public_portal" | "letter";

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
