// Asking, reading and answering questions.
import { Hono } from "hono";
import { z } from "zod";
import type { AuthedEnv } from "../context.js";
import { requirePermission } from "../auth/middleware.js";
import { QUESTION_STATUSES } from "../../db/schema.js";
import { loadCalendar } from "../services/calendar.js";
import { deadlineInfo, explainDeadline } from "../services/deadlines.js";
import { activeCannedAnswers } from "../services/canned-answers.js";
import { searchKb } from "../services/kb-search.js";
import { isOpen } from "../domain/workflow.js";
import { askQuestion } from "../services/questions.js";
import { questionKbState } from "../services/kb-curation-queries.js";
import {
  activeCategories,
  getQuestion,
  holidayNames,
  lastScoreOf,
  listQuestions,
  questionTimeline,
  teamMembers,
} from "../services/question-queries.js";
import { can } from "../auth/permissions.js";
import { NotFound } from "../domain/errors.js";
import { AskPage } from "../../views/pages/ask.js";
import { QuestionPage, type QuestionFormState } from "../../views/pages/question.js";
import { QuestionsPage } from "../../views/pages/questions.js";
import type { Context } from "hono";
import { multilineText, requiredText, textValues, validForm } from "./validation.js";

export const questionRoutes = new Hono<AuthedEnv>();

export const idParam = (c: Context<AuthedEnv>) => {
  const id = Number(c.req.param("id"));
  if (!Number.isSafeInteger(id) || id <= 0) throw new NotFound("question");
  return id;
};

export const calendarOf = (c: Context<AuthedEnv>) => loadCalendar(c.var.deps.db, c.var.deps.config.timeZone);

questionRoutes.get("/new", requirePermission("question.ask"), (c) =>
  c.html(<AskPage user={c.var.user} categories={activeCategories(c.var.deps.db)} />),
);

const askForm = z.object({
  title: requiredText("tiêu đề", 200, 5),
  body: multilineText("nội dung câu hỏi", 20000, 10),
  category: z.coerce.number({ error: "Xin chọn lĩnh vực." }).int().positive("Xin chọn lĩnh vực."),
});

questionRoutes.post(
  "/",
  requirePermission("question.ask"),
  validForm(askForm, (c, raw, errors) =>
    c.html(<AskPage user={c.var.user} categories={activeCategories(c.var.deps.db)} values={textValues(raw)} errors={errors} />, 422),
  ),
  (c) => {
    const { db, clock } = c.var.deps;
    const form = c.req.valid("form");
    const categories = activeCategories(db);
    if (!categories.some((cat) => cat.id === form.category)) {
      const values = { title: form.title, body: form.body, category: String(form.category) };
      return c.html(<AskPage user={c.var.user} categories={categories} values={values} errors={{ category: "Lĩnh vực không hợp lệ, xin chọn lại." }} />, 422);
    }
    const id = askQuestion(db, c.var.user, { title: form.title, body: form.body, categoryId: form.category }, clock(), calendarOf(c));
    return c.redirect(`/questions/${id}`, 303);
  },
);

const listQuery = z.object({
  status: z.enum(QUESTION_STATUSES).optional().catch(undefined),
  category: z.coerce.number().int().positive().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100000).optional().catch(undefined),
});

questionRoutes.get("/", (c) => {
  const { db, clock } = c.var.deps;
  const user = c.var.user;
  if (!can(user.roles, "question.see_all") && !can(user.roles, "question.ask")) return c.redirect("/", 303);
  const f = listQuery.parse(c.req.query());
  const { rows, page, hasMore } = listQuestions(db, user, { status: f.status, categoryId: f.category, page: f.page });
  const now = clock();
  const cal = calendarOf(c);
  return c.html(
    <QuestionsPage
      user={user}
      rows={rows.map((q) => ({ q, deadline: deadlineInfo(q, now, cal) }))}
      categories={activeCategories(db)}
      filters={{ status: f.status, category: f.category ? String(f.category) : undefined }}
      page={page}
      hasMore={hasMore}
    />,
  );
});

export function renderQuestion(c: Context<AuthedEnv>, id: number, state: QuestionFormState = {}, status: 200 | 409 | 422 = 200) {
  const { db, clock } = c.var.deps;
  const user = c.var.user;
  const question = getQuestion(db, user, id);
  const now = clock();
  const cal = calendarOf(c);
  return c.html(
    <QuestionPage
      user={user}
      question={question}
      deadline={deadlineInfo(question, now, cal)}
      explanation={explainDeadline(db, question, now, cal, holidayNames(db))}
      timeline={questionTimeline(db, user, id)}
      team={can(user.roles, "question.answer") || can(user.roles, "question.assign") ? teamMembers(db) : []}
      lastScore={question.askerId === user.id ? lastScoreOf(db, id, user.id) : null}
      canned={can(user.roles, "question.answer") ? activeCannedAnswers(db) : []}
      suggestions={can(user.roles, "question.answer") && isOpen(question.status) ? searchKb(db, { q: `${question.title} ${question.body.slice(0, 500)}`, limit: 4 }).results : []}
      kb={questionKbState(db, id)}
      state={state}
    />,
    status,
  );
}

questionRoutes.get("/:id", (c) => renderQuestion(c, idParam(c)));
