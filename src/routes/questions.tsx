// Asking, reading and answering questions.
import { Hono } from "hono";
import { z } from "zod";
import type { AuthedEnv } from "../context.js";
import { requirePermission } from "../auth/middleware.js";
import { loadCalendar } from "../services/calendar.js";
import { deadlineInfo, explainDeadline } from "../services/deadlines.js";
import { activeCannedAnswers } from "../services/canned-answers.js";
import { searchKb, similarAnsweredQuestions } from "../search/index.js";
import { isOpen } from "../domain/workflow.js";
import { askQuestion } from "../services/questions.js";
import { questionKbState } from "../services/kb-curation-queries.js";
import { consultationPanel } from "../services/consultation-queries.js";
import { callBackOfQuestion } from "../services/call-backs.js";
import {
  activeCategories,
  getQuestion,
  holidayNames,
  lastScoreOf,
  questionTimeline,
  teamMembers,
} from "../services/question-queries.js";
import { can } from "../auth/permissions.js";
import { NotFound } from "../domain/errors.js";
import { AskPage } from "../../views/pages/ask.js";
import { QuestionPage, type QuestionFormState } from "../../views/pages/question.js";
import { questionListRoutes } from "./question-list.js";
import type { Context } from "hono";
import { filesToPickAgain, formUploads, multilineText, requiredText, textValues, uploadLimits, validForm } from "./validation.js";
import { questionAttachments } from "../services/attachments.js";
import type { FieldErrors } from "../../views/partials/form.js";
import { changedCitations } from "../services/cited-law.js";
import { questionFeedback } from "../services/feedback.js";

export const questionRoutes = new Hono<AuthedEnv>();

export const idParam = (c: Context<AuthedEnv>) => {
  const id = Number(c.req.param("id"));
  if (!Number.isSafeInteger(id) || id <= 0) throw new NotFound("question");
  return id;
};

export const calendarOf = (c: Context<AuthedEnv>) => loadCalendar(c.var.deps.db, c.var.deps.config.timeZone);

questionRoutes.get("/new", requirePermission("question.ask"), (c) =>
  c.html(<AskPage user={c.var.user} categories={activeCategories(c.var.deps.db)} limits={uploadLimits(c)} />),
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
    c.html(<AskPage user={c.var.user} categories={activeCategories(c.var.deps.db)} limits={uploadLimits(c)} values={textValues(raw)} errors={filesToPickAgain(raw, errors)} />, 422),
  ),
  async (c) => {
    const { db, clock } = c.var.deps;
    const form = c.req.valid("form");
    const categories = activeCategories(db);
    const values = { title: form.title, body: form.body, category: String(form.category) };
    const refuse = (errors: FieldErrors, status: 413 | 422) =>
      c.html(<AskPage user={c.var.user} categories={categories} limits={uploadLimits(c)} values={values} errors={errors} />, status);
    if (!categories.some((cat) => cat.id === form.category)) return refuse({ category: "Lĩnh vực không hợp lệ, xin chọn lại." }, 422);
    const { uploads, refused } = await formUploads(c);
    if (refused) return refuse({ attachments: refused.message }, refused.status);
    const id = askQuestion(db, c.var.user, { title: form.title, body: form.body, categoryId: form.category }, clock(), calendarOf(c), uploads);
    return c.redirect(`/questions/${id}`, 303);
  },
);

questionRoutes.route("/", questionListRoutes); // GET /questions, saved filters

export function renderQuestion(c: Context<AuthedEnv>, id: number, state: QuestionFormState = {}, status: 200 | 409 | 413 | 422 = 200) {
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
      similar={can(user.roles, "question.answer") && isOpen(question.status) ? similarAnsweredQuestions(db, question) : []}
      kb={questionKbState(db, id)}
      callBack={can(user.roles, "question.answer") ? callBackOfQuestion(db, id) : null}
      consultations={consultationPanel(db, user, id)}
      attachments={questionAttachments(db, user, id)}
      limits={uploadLimits(c)}
      citedLaw={changedCitations(db, question.thread.filter((m) => m.kind === "answer").map((m) => m.body))}
      feedback={questionFeedback(db, id)}
      state={state}
    />,
    status,
  );
}

questionRoutes.get("/:id", (c) => renderQuestion(c, idParam(c)));
