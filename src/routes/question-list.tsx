// Finding past questions: the list with its filters in the URL (htmx refreshes only the results) and
// each user's saved filters. Mounted at /questions beside questionRoutes (src/app.ts): /questions and /questions/filters….
import { Hono, type Context, type MiddlewareHandler } from "hono";
import { z } from "zod";
import type { AuthedEnv } from "../context.js";
import { can } from "../auth/permissions.js";
import { Conflict } from "../domain/errors.js";
import { listQueryString, parseListQuery, type ListQuery } from "../domain/question-list-query.js";
import { loadCalendar } from "../services/calendar.js";
import { deadlineInfo } from "../services/deadlines.js";
import { listQuestions } from "../services/question-list.js";
import { activeCategories, teamMembers } from "../services/question-queries.js";
import { deleteFilter, savedFiltersOf, saveFilter } from "../services/saved-filters.js";
import { listUnits } from "../services/users.js";
import { QuestionsPage } from "../../views/pages/questions.js";
import { listUrl, QuestionResults, type SaveFilterState } from "../../views/partials/question-results.js";
import { pathId } from "./request.js";
import { requiredText, textValues, validForm } from "./validation.js";

export const questionListRoutes = new Hono<AuthedEnv>();

// Officers list their own questions; the team, advisors and steering all of them; others have no list.
const mayList: MiddlewareHandler<AuthedEnv> = async (c, next) => {
  const roles = c.get("user").roles;
  if (!can(roles, "question.see_all") && !can(roles, "question.ask")) return c.redirect("/", 303);
  await next();
};

// Among an officer's own questions unit and assignee say nothing: they are dropped from the form,
// the links and saved filters alike.
function readFilters(c: Context<AuthedEnv>, params: URLSearchParams): ListQuery {
  const f = parseListQuery(params);
  return can(c.get("user").roles, "question.see_all") ? f : { ...f, unit: undefined, assignee: undefined };
}

function listPage(c: Context<AuthedEnv>, f: ListQuery, save: SaveFilterState = {}, status: 200 | 422 = 200) {
  const { db, clock, config } = c.get("deps");
  const user = c.get("user");
  const now = clock();
  const cal = loadCalendar(db, config.timeZone);
  const list = listQuestions(db, user, f, now, cal);
  const results = {
    ...list,
    filters: f,
    rows: list.rows.map((q) => ({ q, deadline: deadlineInfo(q, now, cal) })),
    own: !can(user.roles, "question.see_all"),
    save,
  };
  c.header("Vary", "HX-Request");
  // htmx asks for the results alone, except when it restores a page missing from its history cache.
  if (c.req.header("HX-Request") && !c.req.header("HX-History-Restore-Request")) {
    c.header("HX-Push-Url", listUrl(f, f.page)); // the canonical URL, not the form's every empty field
    return c.html(<QuestionResults {...results} />);
  }
  return c.html(
    <QuestionsPage
      results={results}
      categories={activeCategories(db)}
      units={results.own ? [] : listUnits(db)}
      team={results.own ? [] : teamMembers(db)}
      saved={savedFiltersOf(db, user)}
    />,
    status,
  );
}

questionListRoutes.get("/", mayList, (c) => listPage(c, readFilters(c, new URL(c.req.url).searchParams)));

const filterForm = z.object({
  name: requiredText("tên bộ lọc", 60),
  query: z.string().max(5000).catch(""),
});

questionListRoutes.post(
  "/filters",
  mayList,
  validForm(filterForm, (c, raw, errors) => {
    const values = textValues(raw);
    return listPage(c, readFilters(c, new URLSearchParams(values.query ?? "")), { name: values.name, errors }, 422);
  }),
  (c) => {
    const { name, query } = c.req.valid("form");
    const f = readFilters(c, new URLSearchParams(query));
    try {
      saveFilter(c.get("deps").db, c.get("user"), name, listQueryString(f), c.get("deps").clock());
    } catch (e) {
      if (!(e instanceof Conflict)) throw e;
      return listPage(c, f, { name, errors: { name: "Đồng chí đã có một bộ lọc mang tên này." } }, 422);
    }
    return c.redirect(listUrl(f), 303);
  },
);

questionListRoutes.post("/filters/:id/delete", mayList, pathId("saved_filter"), (c) => {
  deleteFilter(c.get("deps").db, c.get("user"), c.req.valid("param").id);
  return c.redirect("/questions", 303);
});
