// Asking a question and reading one (the list is question-list.tsx, what is done to one
// question-actions.tsx).
import { Hono } from "hono";
import { z } from "zod";
import type { AuthedEnv } from "../context.js";
import { requirePermission } from "../auth/middleware.js";
import { askQuestion } from "../services/questions.js";
import { activeCategories } from "../services/question-queries.js";
import { showQuestion } from "../view-models/question-page.js";
import { calendarOf, pathId } from "./request.js";
import { AskPage } from "../../views/pages/ask.js";
import { filesToPickAgain, formUploads, multilineText, requiredText, textValues, uploadLimits, validForm } from "./validation.js";
import type { FieldErrors } from "../../views/partials/form.js";

export const questionRoutes = new Hono<AuthedEnv>();

questionRoutes.get("/new", requirePermission("question.ask"), (c) =>
  c.html(<AskPage categories={activeCategories(c.get("deps").db)} limits={uploadLimits(c)} />),
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
    c.html(<AskPage categories={activeCategories(c.get("deps").db)} limits={uploadLimits(c)} values={textValues(raw)} errors={filesToPickAgain(raw, errors)} />, 422),
  ),
  async (c) => {
    const { db, clock } = c.get("deps");
    const form = c.req.valid("form");
    const categories = activeCategories(db);
    const values = { title: form.title, body: form.body, category: String(form.category) };
    const refuse = (errors: FieldErrors, status: 413 | 422) =>
      c.html(<AskPage categories={categories} limits={uploadLimits(c)} values={values} errors={errors} />, status);
    if (!categories.some((cat) => cat.id === form.category)) return refuse({ category: "Lĩnh vực không hợp lệ, xin chọn lại." }, 422);
    const { uploads, refused } = await formUploads(c);
    if (refused) return refuse({ attachments: refused.message }, refused.status);
    const id = askQuestion(db, c.get("user"), { title: form.title, body: form.body, categoryId: form.category }, clock(), calendarOf(c), uploads);
    return c.redirect(`/questions/${id}`, 303);
  },
);

questionRoutes.get("/:id{[0-9]+}", pathId("question"), (c) => showQuestion(c, c.req.valid("param").id));
