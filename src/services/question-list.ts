// The question list (GET /questions): filters that combine, a count, a page. What the viewer may see
// comes first (officers: their own questions), every filter only narrows it.
import type { Actor, SlaState } from "../model.js";
import { and, asc, count, desc, eq, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import { questions } from "../../db/schema.js";
import type { DB } from "../db.js";
import { localDayStart } from "../domain/local-date.js";
import { effectiveSort, type ListQuery, type StatusFilter } from "../domain/question-list-query.js";
import { OPEN_STATUSES } from "../domain/workflow.js";
import type { WorkingCalendar } from "../domain/working-time.js";
import { deadlineInfo } from "./deadlines.js";
import { summaries, visibleTo } from "./question-queries.js";
import { matchesText, questionMatch, textRank } from "../search/index.js";

export const PAGE_SIZE = 30;

function statusCondition(status: StatusFilter[]): SQL | undefined {
  if (status.length === 0) return undefined;
  const states = status.flatMap((s) => (s === "open" ? OPEN_STATUSES : [s]));
  return inArray(questions.status, [...new Set(states)]);
}

// On time, due soon and overdue are decided by deadlineInfo, as in the queue: working time and the
// frozen clock of a waiting question do not fit in SQL. Only open questions have such a state, and
// they are the live backlog, so reading them all stays small.
function inDeadlineState(db: DB, where: SQL | undefined, state: SlaState, now: Date, cal: WorkingCalendar): number[] {
  return summaries(db)
    .where(and(where, inArray(questions.status, [...OPEN_STATUSES])))
    .all()
    .filter((q) => deadlineInfo(q, now, cal)?.state === state)
    .map((q) => q.id);
}

export function listQuestions(db: DB, actor: Actor, f: ListQuery, now: Date, cal: WorkingCalendar) {
  const match = questionMatch(f.q);
  let where = and(
    visibleTo(actor),
    statusCondition(f.status),
    f.category ? eq(questions.categoryId, f.category) : undefined,
    f.unit ? eq(questions.unitId, f.unit) : undefined,
    f.channel ? eq(questions.channel, f.channel) : undefined,
    f.assignee ? eq(questions.assigneeId, f.assignee === "me" ? actor.id : f.assignee) : undefined,
    f.from ? gte(questions.submittedAt, localDayStart(f.from, cal.timeZone)) : undefined,
    f.to ? lt(questions.submittedAt, localDayStart(f.to, cal.timeZone, 1)) : undefined,
    match ? matchesText(match) : undefined,
  );
  if (f.due) where = and(where, inArray(questions.id, inDeadlineState(db, where, f.due, now, cal)));
  const total = db.select({ n: count() }).from(questions).where(where).get()!.n;

  const sort = effectiveSort(f);
  const ranked = sort === "relevance" && match !== null;
  const query = ranked ? summaries(db).innerJoin(textRank(match), sql`text_rank.id = ${questions.id}`) : summaries(db);
  const order =
    ranked
      ? [sql`text_rank.rank`, desc(questions.submittedAt), desc(questions.id)]
      : sort === "oldest"
        ? [asc(questions.submittedAt), asc(questions.id)]
        : sort === "deadline"
          ? // open questions by their deadline, then the finished ones
            [sql`${inArray(questions.status, [...OPEN_STATUSES])} DESC`, asc(questions.deadlineAt), asc(questions.id)]
          : [desc(questions.submittedAt), desc(questions.id)];
  const rows = query
    .where(where)
    .orderBy(...order)
    .limit(PAGE_SIZE)
    .offset((f.page - 1) * PAGE_SIZE)
    .all();
  return { rows, total, page: f.page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}
