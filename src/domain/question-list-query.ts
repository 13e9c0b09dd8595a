// The question list's filters as they travel in the URL: shareable, kept by pagination, saved per
// user. A list never fails on a bad link: whatever cannot be read is dropped, the rest still applies.
import { QUESTION_CHANNELS, QUESTION_STATUSES, type QuestionChannel, type QuestionStatus, type SlaState } from "../model.js";
import { isCalendarDate } from "./local-date.js";
import { MAX_QUERY_CHARS, parseQuery } from "./search-query.js";

export const DUE_STATES = ["on_time", "due_soon", "overdue"] as const satisfies readonly SlaState[];
export const LIST_SORTS = ["deadline", "newest", "oldest", "relevance"] as const;
export type ListSort = (typeof LIST_SORTS)[number];
// "open": every state not yet finished (workflow's isOpen).
export type StatusFilter = QuestionStatus | "open";

export interface ListQuery {
  q: string; // full text; "" = none
  status: StatusFilter[]; // any of them; [] = all
  category?: number;
  unit?: number; // the asker's unit when asking
  channel?: QuestionChannel; // how it reached the desk
  assignee?: number | "me";
  from?: string; // YYYY-MM-DD, local, inclusive
  to?: string;
  due?: SlaState;
  sort?: ListSort; // absent: by relevance when searching, else newest first
  page: number;
}

const MAX_PAGE = 100_000;

const oneOf = <T extends string>(values: readonly T[], v: string | null): T | undefined =>
  values.includes(v as T) ? (v as T) : undefined;

function positiveId(v: string | null): number | undefined {
  if (!v || !/^\d{1,9}$/.test(v)) return undefined;
  const n = Number(v);
  return n > 0 ? n : undefined;
}

// A real calendar day (no 30 February).
function calendarDate(v: string | null): string | undefined {
  return v && isCalendarDate(v) ? v : undefined;
}

export function parseListQuery(params: URLSearchParams): ListQuery {
  const statuses = params.getAll("status").map((s) => oneOf<StatusFilter>([...QUESTION_STATUSES, "open"], s));
  const page = positiveId(params.get("page"));
  return {
    q: (params.get("q") ?? "").slice(0, MAX_QUERY_CHARS).trim(),
    status: [...new Set(statuses.filter((s) => s !== undefined))],
    category: positiveId(params.get("category")),
    unit: positiveId(params.get("unit")),
    channel: oneOf(QUESTION_CHANNELS, params.get("channel")),
    assignee: params.get("assignee") === "me" ? "me" : positiveId(params.get("assignee")),
    from: calendarDate(params.get("from")),
    to: calendarDate(params.get("to")),
    due: oneOf(DUE_STATES, params.get("due")),
    sort: oneOf(LIST_SORTS, params.get("sort")),
    page: page && page <= MAX_PAGE ? page : 1,
  };
}

// The canonical query string (without "?"): only what filters, in a fixed order, so the same list
// always has the same URL. The page is left out unless asked for.
export function listQueryString(f: ListQuery, page = 1): string {
  const p = new URLSearchParams();
  if (f.q) p.set("q", f.q);
  for (const s of f.status) p.append("status", s);
  const rest: [string, string | number | undefined][] = [
    ["category", f.category],
    ["unit", f.unit],
    ["channel", f.channel],
    ["assignee", f.assignee],
    ["from", f.from],
    ["to", f.to],
    ["due", f.due],
    ["sort", f.sort],
  ];
  for (const [k, v] of rest) if (v !== undefined) p.set(k, String(v));
  if (page > 1) p.set("page", String(page));
  return p.toString();
}

// Relevance needs words to be relevant to: odd text with none lists newest first.
export function effectiveSort(f: ListQuery): ListSort {
  const searching = parseQuery(f.q).words.length > 0;
  if (f.sort === "relevance") return searching ? "relevance" : "newest";
  return f.sort ?? (searching ? "relevance" : "newest");
}
