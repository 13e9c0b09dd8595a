// The team's canned answers: a page to keep them, and the htmx endpoint that inserts one into a draft.
import { Hono, type Context } from "hono";
import { z } from "zod";
import type { AuthedEnv } from "../context.js";
import { requirePermission } from "../auth/middleware.js";
import { activeCannedAnswers, archiveCannedAnswer, cannedAnswer, saveCannedAnswer } from "../services/canned-answers.js";
import { CannedPage } from "../../views/pages/canned.js";
import { AnswerTextarea } from "../../views/partials/answer-form.js";
import type { FieldErrors } from "../../views/partials/form.js";
import { pathId, queryId, queryText, validQuery } from "./request.js";
import { multilineText, requiredText, textValues, validForm } from "./validation.js";

export const cannedRoutes = new Hono<AuthedEnv>();
cannedRoutes.use(requirePermission("question.answer"));

const NOTICES: Record<string, string> = { saved: "Đã lưu mẫu trả lời.", archived: "Đã ngừng sử dụng mẫu trả lời." };

function page(c: Context<AuthedEnv>, extra: { values?: Record<string, string>; errors?: FieldErrors; notice?: string } = {}, status: 200 | 422 = 200) {
  return c.html(<CannedPage items={activeCannedAnswers(c.get("deps").db)} {...extra} />, status);
}

const cannedId = pathId("canned_answer");

cannedRoutes.get("/", validQuery({ done: queryText }), (c) => page(c, { notice: NOTICES[c.req.valid("query").done ?? ""] }));

// htmx: the draft comes in (hx-include), the same textarea goes back with the snippet appended.
cannedRoutes.get("/insert", validQuery({ body: queryText, canned: queryId }), (c) => {
  const { body, canned: id } = c.req.valid("query");
  const draft = (body ?? "").slice(0, 50_000);
  if (!id) return c.html(<AnswerTextarea body={draft} preserve={false} />);
  const snippet = cannedAnswer(c.get("deps").db, id).body;
  return c.html(<AnswerTextarea body={draft.trim() ? `${draft.trimEnd()}\n\n${snippet}` : snippet} preserve={false} />);
});

const cannedForm = z.object({ title: requiredText("tên mẫu", 150, 2), body: multilineText("nội dung mẫu", 20_000, 2) });

cannedRoutes.post("/", validForm(cannedForm, (c, raw, errors) => page(c, { values: textValues(raw), errors }, 422)), (c) => {
  saveCannedAnswer(c.get("deps").db, c.get("user"), c.req.valid("form"), c.get("deps").clock());
  return c.redirect("/canned?done=saved", 303);
});

cannedRoutes.post("/:id", validForm(cannedForm, (c, _raw, errors) => page(c, { errors }, 422)), cannedId, (c) => {
  saveCannedAnswer(c.get("deps").db, c.get("user"), { id: c.req.valid("param").id, ...c.req.valid("form") }, c.get("deps").clock());
  return c.redirect("/canned?done=saved", 303);
});

cannedRoutes.post("/:id/archive", cannedId, (c) => {
  archiveCannedAnswer(c.get("deps").db, c.get("user"), c.req.valid("param").id, c.get("deps").clock());
  return c.redirect("/canned?done=archived", 303);
});
