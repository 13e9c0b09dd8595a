// Everything done to one question after it is filed: each handler validates, calls one use case
// with the acting user, and goes back to the question page (303), or re-renders it with the input
// kept and a Vietnamese message (422).
import { Hono, type Context } from "hono";
import { z } from "zod";
import type { AuthedEnv } from "../context.js";
import { requirePermission } from "../auth/middleware.js";
import { getQuestion } from "../services/question-queries.js";
import { assignQuestion, handOverQuestion } from "../services/questions.js";
import { addInternalNote, answerQuestion, replyToQuestion, requestClarification } from "../services/question-thread.js";
import { closeQuestion, markDuplicate, rateQuestion, reopenQuestion, withdrawQuestion } from "../services/question-closure.js";
import { NotFound } from "../domain/errors.js";
import { proposeForKnowledgeBase } from "../services/kb-proposals.js";
import type { FieldErrors } from "../../views/partials/form.js";
import { showQuestion } from "../view-models/question-page.js";
import { calendarOf, idOf, pathId } from "./request.js";
import { filesToPickAgain, multilineText, formUploads, textValues, validForm, type RawForm } from "./validation.js";
import type { Upload } from "../services/uploads.js";

export const questionActionRoutes = new Hono<AuthedEnv>();

const back = (c: Context<AuthedEnv>, id: number, anchor = "") => c.redirect(`/questions/${id}${anchor}`, 303);

// Re-show the question with this form's input and messages.
const again = (form: string) => (c: Context<AuthedEnv>, raw: RawForm, errors: FieldErrors) =>
  showQuestion(c, idOf(c), { form, values: textValues(raw), errors: filesToPickAgain(raw, errors) }, 422);

// The files sent with a message, checked (by content) before anything is written; refused ones bring
// the form back with the text as typed: 413 past the size limit, else 422.
async function withUploads(c: Context<AuthedEnv>, id: number, form: string, typed: object, write: (uploads: Upload[]) => Response): Promise<Response> {
  const { uploads, refused } = await formUploads(c);
  if (!refused) return write(uploads);
  return showQuestion(c, id, { form, values: textValues(typed), errors: { attachments: refused.message } }, refused.status);
}

const questionId = pathId("question");

// Loads the question within what the actor may see first: a 404 comes before any other answer.
function visible(c: Context<AuthedEnv>, id: number): number {
  getQuestion(c.get("deps").db, c.get("user"), id);
  return id;
}

// A reference the user typed that points nowhere is their input error (422), not a missing page.
function orInputError(c: Context<AuthedEnv>, id: number, typed: object, form: string, field: string, message: string, run: () => void) {
  try {
    run();
  } catch (e) {
    if (e instanceof NotFound && (e.what === "assignee" || e.what === "original")) {
      return showQuestion(c, id, { form, values: textValues(typed), errors: { [field]: message } }, 422);
    }
    throw e;
  }
  return back(c, id);
}

const bodyOf = (label: string, max = 50_000, min = 2) => z.object({ body: multilineText(label, max, min) });

questionActionRoutes.post("/:id/answers", requirePermission("question.answer"), questionId, validForm(bodyOf("nội dung trả lời"), again("answer")), (c) => {
  const id = visible(c, c.req.valid("param").id);
  return withUploads(c, id, "answer", c.req.valid("form"), (uploads) => {
    answerQuestion(c.get("deps").db, c.get("user"), id, c.req.valid("form").body, c.get("deps").clock(), uploads);
    return back(c, id);
  });
});

questionActionRoutes.post("/:id/clarify", requirePermission("question.answer"), questionId, validForm(bodyOf("nội dung đề nghị bổ sung", 10_000), again("clarify")), (c) => {
  const id = visible(c, c.req.valid("param").id);
  return withUploads(c, id, "clarify", c.req.valid("form"), (uploads) => {
    requestClarification(c.get("deps").db, c.get("user"), id, c.req.valid("form").body, c.get("deps").clock(), uploads);
    return back(c, id);
  });
});

questionActionRoutes.post("/:id/notes", requirePermission("question.note"), questionId, validForm(bodyOf("nội dung ghi chú", 10_000), again("note")), (c) => {
  const id = visible(c, c.req.valid("param").id);
  return withUploads(c, id, "note", c.req.valid("form"), (uploads) => {
    addInternalNote(c.get("deps").db, c.get("user"), id, c.req.valid("form").body, c.get("deps").clock(), uploads);
    return back(c, id);
  });
});

questionActionRoutes.post("/:id/replies", questionId, validForm(bodyOf("nội dung bổ sung", 20_000), again("reply")), (c) => {
  const id = visible(c, c.req.valid("param").id);
  return withUploads(c, id, "reply", c.req.valid("form"), (uploads) => {
    replyToQuestion(c.get("deps").db, c.get("user"), id, c.req.valid("form").body, c.get("deps").clock(), calendarOf(c), uploads);
    return back(c, id);
  });
});

const assigneeForm = z.object({ assignee: z.coerce.number({ error: "Xin chọn cán bộ." }).int().positive("Xin chọn cán bộ.") });

questionActionRoutes.post("/:id/assign", requirePermission("question.assign"), questionId, validForm(assigneeForm, again("assign")), (c) => {
  const id = visible(c, c.req.valid("param").id);
  return orInputError(c, id, c.req.valid("form"), "assign", "assignee", "Cán bộ được chọn không thuộc Tổ giải đáp hoặc đã bị khóa.", () =>
    assignQuestion(c.get("deps").db, c.get("user"), id, c.req.valid("form").assignee, c.get("deps").clock()),
  );
});

questionActionRoutes.post("/:id/handover", requirePermission("question.answer"), questionId, validForm(assigneeForm, again("handover")), (c) => {
  const id = visible(c, c.req.valid("param").id);
  return orInputError(c, id, c.req.valid("form"), "handover", "assignee", "Cán bộ được chọn không thuộc Tổ giải đáp hoặc đã bị khóa.", () =>
    handOverQuestion(c.get("deps").db, c.get("user"), id, c.req.valid("form").assignee, c.get("deps").clock()),
  );
});

questionActionRoutes.post("/:id/close", questionId, (c) => {
  const id = visible(c, c.req.valid("param").id);
  closeQuestion(c.get("deps").db, c.get("user"), id, c.get("deps").clock());
  return back(c, id);
});

const reopenForm = z.object({ reason: z.string().trim().max(2000, "Lý do dài quá 2000 ký tự.").optional().default("") });

questionActionRoutes.post("/:id/reopen", questionId, validForm(reopenForm, again("reopen")), (c) => {
  const id = visible(c, c.req.valid("param").id);
  reopenQuestion(c.get("deps").db, c.get("user"), id, c.req.valid("form").reason, c.get("deps").clock(), calendarOf(c));
  return back(c, id);
});

const rateForm = z.object({
  score: z.coerce.number({ error: "Xin chọn mức đánh giá từ 1 đến 5." }).int("Xin chọn mức đánh giá từ 1 đến 5.").min(1, "Xin chọn mức đánh giá từ 1 đến 5.").max(5, "Xin chọn mức đánh giá từ 1 đến 5."),
  comment: z.string().trim().max(2000, "Nhận xét dài quá 2000 ký tự.").optional(),
});

questionActionRoutes.post("/:id/rate", questionId, validForm(rateForm, again("rate")), (c) => {
  const id = visible(c, c.req.valid("param").id);
  const { score, comment } = c.req.valid("form");
  rateQuestion(c.get("deps").db, c.get("user"), id, score, comment || null, c.get("deps").clock());
  return back(c, id, "#rating");
});

questionActionRoutes.post("/:id/withdraw", questionId, (c) => {
  const id = visible(c, c.req.valid("param").id);
  withdrawQuestion(c.get("deps").db, c.get("user"), id, c.get("deps").clock());
  return back(c, id);
});

// "#123" or "123" is a question; "KB 45", "kb:45" or "/kb/45" a knowledge-base entry.
const duplicateForm = z.object({
  of: z
    .string({ error: "Xin nhập số câu hỏi hoặc mục hỏi – đáp trùng." })
    .trim()
    .regex(/^(#?\d+|(kb[\s:#-]*|\/kb\/)\d+)$/i, "Xin nhập số câu hỏi (ví dụ 123) hoặc mục hỏi – đáp (ví dụ KB 45)."),
});

questionActionRoutes.post("/:id/duplicate", requirePermission("question.answer"), questionId, validForm(duplicateForm, again("duplicate")), (c) => {
  const id = visible(c, c.req.valid("param").id);
  const ref = c.req.valid("form").of;
  const n = Number(ref.match(/\d+/)![0]);
  const of = /kb/i.test(ref) ? { kbEntryId: n } : { questionId: n };
  return orInputError(c, id, c.req.valid("form"), "duplicate", "of", "Không tìm thấy câu hỏi hoặc mục hỏi – đáp này.", () =>
    markDuplicate(c.get("deps").db, c.get("user"), id, of, c.get("deps").clock()),
  );
});

// The answer team proposes a settled question for the knowledge base (409 if not settled or already proposed).
const proposeForm = z.object({ note: z.string().trim().max(2000, "Ghi chú dài quá 2000 ký tự.").optional().default("") });

questionActionRoutes.post("/:id/propose", requirePermission("kb.propose"), questionId, validForm(proposeForm, again("propose")), (c) => {
  const id = visible(c, c.req.valid("param").id);
  proposeForKnowledgeBase(c.get("deps").db, c.get("user"), id, c.req.valid("form").note.replace(/\r\n?/g, "\n") || null, c.get("deps").clock());
  return back(c, id);
});
