// The advisory board's work on the knowledge base: the review page (/review) and writing entries
// (/kb/new, POST /kb, /kb/:id/edit, POST /kb/:id and its publish/retire/supersede/reviewed steps).
// Reading an entry, voting and the version history are in kb-entry.tsx.
import { Hono, type Context } from "hono";
import { z } from "zod";
import type { AuthedEnv } from "../context.js";
import { requirePermission } from "../auth/middleware.js";
import { Conflict, NotFound } from "../domain/errors.js";
import { findPersonalDataInEntry, PersonalDataFound } from "../domain/pii.js";
import { entryForViewer, entryIdFromReference, proposalPrefill, reviewQueue } from "../services/kb-curation-queries.js";
import { regulationNames } from "../services/regulation-queries.js";
import { dismissProposal } from "../services/kb-proposals.js";
import { createEntry, editEntry, markEntryReviewed, publishEntry, retireEntry, supersedeEntry, type EntryContent, type EntryFiles } from "../services/knowledge-base.js";
import { entryAttachments, proposalAttachments } from "../services/attachments.js";
import { activeCategories } from "../services/question-queries.js";
import { secondReviewRequired } from "../services/desk-settings.js";
import { workingCopyOf } from "../services/kb-second-review.js";
import { openReviewOf } from "../services/kb-second-review-queries.js";
import { EMPTY_EDITOR, KbEditorPage, type EditorValues } from "../../views/pages/kb-editor.js";
import { ReviewPage } from "../../views/pages/review.js";
import type { FieldErrors } from "../../views/partials/form.js";
import { showEntry } from "../view-models/kb-entry-page.js";
import { idOf, pathId, queryId, validQuery } from "./request.js";
import { filesToPickAgain, multilineText, formUploads, requiredText, textValues, uploadLimits, validForm, type RawForm } from "./validation.js";

export const reviewRoutes = new Hono<AuthedEnv>();
reviewRoutes.use(requirePermission("kb.curate"));

reviewRoutes.get("/", (c) => c.html(<ReviewPage queue={reviewQueue(c.get("deps").db)} />));

reviewRoutes.post("/proposals/:id{[0-9]+}/dismiss", pathId("proposal"), (c) => {
  dismissProposal(c.get("deps").db, c.get("user"), c.req.valid("param").id, c.get("deps").clock());
  return c.redirect("/review", 303);
});

export const kbCurationRoutes = new Hono<AuthedEnv>();
const curate = requirePermission("kb.curate");
const entryId = pathId("kb_entry");

// --- The entry form: repeated citation fields arrive as arrays (one value: a string).
const repeated = (max: number, message: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : [v].flat()).map((s) => s.trim()))
    .pipe(z.array(z.string().max(max, message)));

const TAG_SPLIT = /[,;\n]/;

// Checkboxes naming attachments: ids that are not numbers are ignored (they can only be tampering).
const ids = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : [v].flat()).map(Number).filter((n) => Number.isSafeInteger(n) && n > 0));

const entryForm = z
  .object({
    title: requiredText("tiêu đề", 200, 5),
    question: multilineText("câu hỏi", 20_000, 10),
    answer: multilineText("nội dung trả lời", 50_000, 10),
    category: z.coerce.number({ error: "Xin chọn lĩnh vực." }).int("Xin chọn lĩnh vực.").positive("Xin chọn lĩnh vực."),
    tags: z
      .string()
      .optional()
      .transform((s) => [...new Set((s ?? "").split(TAG_SPLIT).map((t) => t.trim().replace(/\s+/g, " ")).filter(Boolean))])
      .pipe(z.array(z.string().max(60, "Mỗi từ khóa không quá 60 ký tự.")).max(20, "Tối đa 20 từ khóa.")),
    citation_document: repeated(300, "Tên văn bản không quá 300 ký tự."),
    citation_article: repeated(200, "Điều, khoản không quá 200 ký tự."),
    source_question_id: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().positive("Câu hỏi nguồn không hợp lệ.").optional()),
    copy_attachment: ids,
    remove_attachment: ids,
    change_note: z.string().trim().max(500, "Ghi chú thay đổi không quá 500 ký tự.").optional(),
    publish: z.string().optional(),
    waive_pii: z.string().optional(),
  })
  .transform((f, ctx) => {
    const citations = pairCitations(f.citation_document, f.citation_article);
    const orphan = citations.findIndex((x) => !x.document);
    if (orphan >= 0) {
      ctx.addIssue({ code: "custom", path: ["citations"], message: `Căn cứ dòng ${orphan + 1}: xin ghi tên văn bản của điều, khoản đã nhập.` });
      return z.NEVER;
    }
    const content: EntryContent = { title: f.title, question: f.question, answer: f.answer, categoryId: f.category, tags: f.tags, citations };
    return {
      content,
      note: f.change_note ?? "",
      sourceQuestionId: f.source_question_id ?? null,
      choice: { publish: f.publish === "1", waivePii: f.waive_pii === "1" },
      files: { fromQuestion: f.copy_attachment, remove: f.remove_attachment },
    };
  });

type EntryForm = z.infer<typeof entryForm>;

function pairCitations(documents: string[], articles: string[]) {
  return Array.from({ length: Math.max(documents.length, articles.length) }, (_, i) => ({ document: documents[i] ?? "", article: articles[i] ?? "" })).filter(
    (x) => x.document || x.article,
  );
}

// What the user typed, to put back into the form after a refusal.
function typedValues(raw: RawForm): EditorValues {
  const one = (k: string) => [raw[k]].flat().find((v): v is string => typeof v === "string") ?? "";
  const all = (k: string) => [raw[k]].flat().filter((v): v is string => typeof v === "string");
  return {
    title: one("title"),
    question: one("question"),
    answer: one("answer"),
    category: one("category"),
    tags: one("tags"),
    citations: pairCitations(all("citation_document"), all("citation_article")),
    source_question_id: one("source_question_id"),
    copy_attachments: all("copy_attachment"),
    remove_attachments: all("remove_attachment"),
    change_note: one("change_note"),
  };
}

function valuesOf(c: EntryContent, sourceQuestionId: number | null, files?: EntryForm["files"], note = ""): EditorValues {
  return {
    title: c.title,
    question: c.question,
    answer: c.answer,
    category: String(c.categoryId),
    tags: c.tags.join(", "),
    citations: c.citations.map(({ document, article }) => ({ document, article })),
    source_question_id: sourceQuestionId ? String(sourceQuestionId) : "",
    copy_attachments: (files?.fromQuestion ?? []).map(String),
    remove_attachments: (files?.remove ?? []).map(String),
    change_note: note,
  };
}

type EditorState = { values: EditorValues; errors?: FieldErrors; blocking?: boolean; findings?: PersonalDataFound["findings"] };

function editor(c: Context<AuthedEnv>, state: EditorState, status: 200 | 413 | 422 = 200, entry?: ReturnType<typeof entryForViewer>) {
  const db = c.get("deps").db;
  const source = Number(state.values.source_question_id);
  const onEntry = entry ? entryAttachments(db, entry.id) : [];
  // Opening the form already warns about what publishing would refuse.
  const findings = state.findings ?? findPersonalDataInEntry(state.values);
  return c.html(
    <KbEditorPage
      entry={entry && { id: entry.id, ref: entry.ref, status: entry.status, version: entry.version }}
      secondReview={{ required: secondReviewRequired(db), open: entry ? openReviewOf(db, entry.id) : null }}
      categories={activeCategories(db)}
      regulations={regulationNames(db)}
      {...state}
      findings={findings}
      attachments={onEntry}
      sourceAttachments={Number.isSafeInteger(source) && source > 0 ? proposalAttachments(db, source).filter((a) => !onEntry.some((e) => e.sha256 === a.sha256)) : []}
      limits={uploadLimits(c)}
    />,
    status,
  );
}

const CHANGE_NOTE_REQUIRED = "Xin ghi chú thay đổi: đã sửa gì và vì sao (ví dụ: “Cập nhật thời hạn theo Thông tư 44 sửa đổi”). Mỗi phiên bản sau phiên bản đầu đều cần ghi chú.";

// Runs a save; refusals the user can fix come back as the form with everything kept (422; 413 for a
// file past the size limit). Files are checked by their content before anything is written.
async function save(c: Context<AuthedEnv>, form: EntryForm, run: (files: EntryFiles) => Response, entry?: ReturnType<typeof entryForViewer>) {
  const values = valuesOf(form.content, form.sourceQuestionId, form.files, form.note);
  const { uploads, refused } = await formUploads(c);
  if (refused) return editor(c, { values, errors: { attachments: refused.message } }, refused.status, entry);
  try {
    return run({ ...form.files, uploads });
  } catch (e) {
    if (e instanceof PersonalDataFound) return editor(c, { values, findings: e.findings, blocking: true }, 422, entry);
    if (e instanceof NotFound && e.what === "category") return editor(c, { values, errors: { category: "Lĩnh vực không hợp lệ, xin chọn lại." } }, 422, entry);
    if (e instanceof NotFound && e.what === "source_question") return editor(c, { values, errors: { source_question_id: "Không tìm thấy câu hỏi nguồn." } }, 422, entry);
    if (e instanceof Conflict && e.code === "kb_change_note_required") return editor(c, { values, errors: { change_note: CHANGE_NOTE_REQUIRED } }, 422, entry);
    throw e;
  }
}

kbCurationRoutes.get("/new", curate, validQuery({ proposal: queryId }), (c) => {
  const { proposal } = c.req.valid("query");
  if (!proposal) return editor(c, { values: EMPTY_EDITOR });
  const p = proposalPrefill(c.get("deps").db, proposal);
  return editor(c, { values: { ...EMPTY_EDITOR, title: p.title, question: p.question, answer: p.answer, category: String(p.categoryId), source_question_id: String(p.questionId) } });
});

kbCurationRoutes.post(
  "/",
  curate,
  validForm(entryForm, (c, raw, errors) => editor(c, { values: typedValues(raw), errors: filesToPickAgain(raw, errors) }, 422)),
  (c) => {
    const form = c.req.valid("form");
    return save(c, form, (files) => {
      const id = createEntry(c.get("deps").db, c.get("user"), { ...form.content, note: form.note, sourceQuestionId: form.sourceQuestionId }, form.choice, c.get("deps").clock(), files);
      return c.redirect(`/kb/${id}`, 303);
    });
  },
);

kbCurationRoutes.get("/:id{[0-9]+}/edit", curate, entryId, (c) => {
  const entry = entryForViewer(c.get("deps").db, c.get("user"), c.req.valid("param").id);
  // A version waiting for (or sent back from) the second review is where the author goes on from.
  return editor(c, { values: valuesOf(workingCopyOf(c.get("deps").db, entry.id), entry.sourceQuestionId) }, 200, entry);
});

kbCurationRoutes.post(
  "/:id{[0-9]+}",
  curate,
  entryId,
  validForm(entryForm, (c, raw, errors) => editor(c, { values: typedValues(raw), errors: filesToPickAgain(raw, errors) }, 422, entryForViewer(c.get("deps").db, c.get("user"), idOf(c)))),
  (c) => {
    const entry = entryForViewer(c.get("deps").db, c.get("user"), c.req.valid("param").id);
    const form = c.req.valid("form");
    return save(
      c,
      form,
      (files) => {
        editEntry(c.get("deps").db, c.get("user"), entry.id, { ...form.content, note: form.note }, form.choice, c.get("deps").clock(), files);
        return c.redirect(`/kb/${entry.id}`, 303);
      },
      entry,
    );
  },
);

const waiverForm = z.object({ waive_pii: z.string().optional() });

kbCurationRoutes.post("/:id{[0-9]+}/publish", curate, entryId, validForm(waiverForm, (c) => showEntry(c, idOf(c), {}, 422)), (c) => {
  const id = c.req.valid("param").id;
  try {
    publishEntry(c.get("deps").db, c.get("user"), id, c.req.valid("form").waive_pii === "1", c.get("deps").clock());
  } catch (e) {
    if (e instanceof PersonalDataFound) return showEntry(c, id, { findings: e.findings }, 422);
    throw e;
  }
  return c.redirect(`/kb/${id}`, 303);
});

kbCurationRoutes.post("/:id{[0-9]+}/retire", curate, entryId, (c) => {
  const id = c.req.valid("param").id;
  retireEntry(c.get("deps").db, c.get("user"), id, c.get("deps").clock());
  return c.redirect(`/kb/${id}`, 303);
});

// From the review page the board goes back to the list; from the entry page, to the entry.
const reviewedForm = z.object({ next: z.string().optional() });

kbCurationRoutes.post("/:id{[0-9]+}/reviewed", curate, entryId, validForm(reviewedForm, (c) => showEntry(c, idOf(c), {}, 422)), (c) => {
  const id = c.req.valid("param").id;
  markEntryReviewed(c.get("deps").db, c.get("user"), id, c.get("deps").clock());
  return c.redirect(c.req.valid("form").next === "/review" ? "/review" : `/kb/${id}`, 303);
});

const supersedeForm = z.object({ by: requiredText("số hoặc mã của mục thay thế", 50) });

kbCurationRoutes.post(
  "/:id{[0-9]+}/supersede",
  curate,
  entryId,
  validForm(supersedeForm, (c, raw, errors) => showEntry(c, idOf(c), { supersedeError: errors.by, supersedeBy: textValues(raw).by }, 422)),
  (c) => {
    const id = c.req.valid("param").id;
    const by = c.req.valid("form").by;
    const refused = (message: string) => showEntry(c, id, { supersedeError: message, supersedeBy: by }, 422);
    const byId = entryIdFromReference(c.get("deps").db, by);
    if (byId === null) return refused("Không tìm thấy mục hỏi – đáp này.");
    try {
      supersedeEntry(c.get("deps").db, c.get("user"), id, byId, c.get("deps").clock());
    } catch (e) {
      if (e instanceof NotFound && e.what === "successor") return refused("Mục thay thế phải là một mục khác, đang được đăng.");
      throw e;
    }
    return c.redirect(`/kb/${id}`, 303);
  },
);
