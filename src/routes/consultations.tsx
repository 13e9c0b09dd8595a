// Xin ý kiến Ban cố vấn: the team asks from the question page, the advisor answers there; the
// advisor's page lists what waits for them. Refused input comes back on the question page (422).
import { Hono, type Context } from "hono";
import { z } from "zod";
import type { AuthedEnv } from "../context.js";
import { requirePermission } from "../auth/middleware.js";
import { can } from "../auth/permissions.js";
import { NotFound } from "../domain/errors.js";
import { consultationDesk, openConsultationCount, questionOfConsultation } from "../services/consultation-queries.js";
import { answerConsultation, requestConsultation, withdrawConsultation } from "../services/consultations.js";
import { deadlineInfo } from "../services/deadlines.js";
import { getQuestion } from "../services/question-queries.js";
import { ConsultationsPage, OpenCount } from "../../views/pages/consultations.js";
import { showQuestion } from "../view-models/question-page.js";
import { calendarOf, idOf, pathId } from "./request.js";
import { multilineText, textValues, validForm } from "./validation.js";

const toQuestion = (c: Context<AuthedEnv>, questionId: number) => c.redirect(`/questions/${questionId}#consultations`, 303);

const consultationId = pathId("consultation");

// On a question: POST /questions/:id/consult
export const questionConsultRoutes = new Hono<AuthedEnv>();

const ADVISOR_MISSING = "Xin chọn một đồng chí trong Ban cố vấn.";
const consultForm = z.object({
  advisor: z.coerce.number({ error: ADVISOR_MISSING }).int(ADVISOR_MISSING).positive(ADVISOR_MISSING),
  body: multilineText("nội dung xin ý kiến", 10_000, 10),
});

questionConsultRoutes.post(
  "/:id/consult",
  requirePermission("consultation.request"),
  pathId("question"),
  validForm(consultForm, (c, raw, errors) => showQuestion(c, idOf(c), { form: "consult", values: textValues(raw), errors }, 422)),
  (c) => {
    const id = c.req.valid("param").id;
    getQuestion(c.get("deps").db, c.get("user"), id); // a 404 comes before any other answer
    const form = c.req.valid("form");
    try {
      requestConsultation(c.get("deps").db, c.get("user"), id, { advisorId: form.advisor, body: form.body }, c.get("deps").clock());
    } catch (e) {
      if (!(e instanceof NotFound && e.what === "advisor")) throw e;
      const values = { advisor: String(form.advisor), body: form.body };
      return showQuestion(c, id, { form: "consult", values, errors: { advisor: "Người được chọn không thuộc Ban cố vấn hoặc tài khoản đã bị khóa." } }, 422);
    }
    return toQuestion(c, id);
  },
);

// /consultations: the advisor's page, the header count, answering and withdrawing.
export const consultationRoutes = new Hono<AuthedEnv>();

consultationRoutes.get("/", requirePermission("consultation.view"), (c) => {
  const { db, clock } = c.get("deps");
  const user = c.get("user");
  const now = clock();
  const cal = calendarOf(c);
  const { open, answered } = consultationDesk(db, user);
  const waiting = open.map((r) => ({ ...r, deadline: deadlineInfo({ status: r.questionStatus, deadlineAt: r.deadlineAt, pausedAt: r.pausedAt }, now, cal) }));
  return c.html(<ConsultationsPage open={waiting} answered={answered} seesAll={can(user.roles, "consultation.view_all")} />);
});

// The number beside the navigation link (htmx, refreshed with the notification bell).
consultationRoutes.get("/count", requirePermission("consultation.answer"), (c) => c.html(<OpenCount count={openConsultationCount(c.get("deps").db, c.get("user").id)} />));

const adviceForm = z.object({ body: multilineText("ý kiến", 20_000, 2) });

consultationRoutes.post(
  "/:id/answer",
  requirePermission("consultation.answer"),
  consultationId,
  validForm(adviceForm, (c, raw, errors) => {
    const id = idOf(c);
    return showQuestion(c, questionOfConsultation(c.get("deps").db, id), { form: `advice-${id}`, values: textValues(raw), errors }, 422);
  }),
  (c) => toQuestion(c, answerConsultation(c.get("deps").db, c.get("user"), c.req.valid("param").id, c.req.valid("form"), c.get("deps").clock())),
);

consultationRoutes.post("/:id/withdraw", requirePermission("consultation.request"), consultationId, (c) =>
  toQuestion(c, withdrawConsultation(c.get("deps").db, c.get("user"), c.req.valid("param").id, c.get("deps").clock())),
);
