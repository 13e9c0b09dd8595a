// Writing a knowledge-base entry: a new one (from a proposal or from scratch) or a new version of
// an existing one. Works without JavaScript; htmx adds the live Markdown preview of the answer.
import type { OpenReview, AttachmentView } from "../../src/model.js";
import type { FieldFinding } from "../../src/domain/pii.js";
import { Layout } from "../layout.js";
import { AnswerTextarea, PreviewPane, type MarkdownBox } from "../partials/answer-form.js";
import { describedBy, ErrorSummary, Field, type FieldErrors } from "../partials/form.js";
import { PiiFindings, WaiverCheckbox } from "../partials/pii-findings.js";
import { CategorySelect } from "../partials/category-select.js";
import { CitationRow } from "../partials/citation-row.js";
import { LawCitePicker } from "../partials/law-results.js";
import { AttachmentLink, AttachmentPicker, type UploadLimitsView } from "../partials/attachments.js";
import { SecondReviewNotice } from "../partials/second-review.js";

export interface EditorValues {
  title: string;
  question: string;
  answer: string;
  category: string;
  tags: string;
  citations: { document: string; article: string }[];
  source_question_id: string;
  copy_attachments: string[]; // files of the source question the advisor picked
  remove_attachments: string[]; // files to take off the entry
  change_note: string; // ghi chú thay đổi of the version being saved
}

export const EMPTY_EDITOR: EditorValues = {
  title: "",
  question: "",
  answer: "",
  category: "",
  tags: "",
  citations: [],
  source_question_id: "",
  copy_attachments: [],
  remove_attachments: [],
  change_note: "",
};

const EMPTY_CITATION_ROWS = 3;

const ANSWER_BOX: MarkdownBox = { id: "kb-answer", name: "answer", rows: 12, previewId: "kb-answer-preview" };

const ANSWER_HINT = "Viết theo Markdown: **đậm**, *nghiêng*, danh sách bắt đầu bằng “- ”. Viết chung cho mọi trường hợp tương tự, không nêu thông tin của người hỏi.";

export function KbEditorPage(props: {
  entry?: { id: number; ref: string; status: "draft" | "published" | "retired"; version: number };
  categories: { id: number; name: string }[];
  regulations: string[];
  values: EditorValues;
  errors?: FieldErrors;
  findings?: FieldFinding[];
  blocking?: boolean; // publishing was refused because of the findings: offer the waiver
  attachments: AttachmentView[]; // the entry's files
  sourceAttachments: AttachmentView[]; // the source question's, offered but never copied unasked
  limits: UploadLimitsView;
  // Duyệt lần hai: publishing waits for a second advisor; the entry's waiting or returned version.
  secondReview: { required: boolean; open: OpenReview | null };
}) {
  const { entry, values: v, errors = {}, secondReview } = props;
  const title = entry ? `Sửa mục ${entry.ref}` : "Soạn mục hỏi – đáp mới";
  const rows = [...v.citations, ...Array.from({ length: EMPTY_CITATION_ROWS }, () => ({ document: "", article: "" }))];
  const canPublish = !entry || entry.status === "draft";
  return (
    <Layout title={title} path="/review">
      <p class="crumbs">
        <a href="/review">Duyệt hỏi – đáp</a>
        {entry && (
          <>
            {" "}
            › <a href={`/kb/${entry.id}`}>{entry.ref}</a>
          </>
        )}
      </p>
      <h1>{title}</h1>
      {entry && (
        <p class="muted">
          Đang ở phiên bản {entry.version}
          {entry.status === "draft"
            ? " – bản nháp."
            : secondReview.required
              ? " – đã đăng; khi lưu, phiên bản mới chờ một cố vấn khác duyệt lần hai, người đọc vẫn thấy phiên bản đang đăng cho đến khi được duyệt."
              : " – đã đăng; khi lưu, nội dung mới hiển thị ngay cho mọi người."}
        </p>
      )}
      {entry && secondReview.open && <SecondReviewNotice review={secondReview.open} entry={entry} editing />}
      {v.source_question_id && (
        <p class="alert alert--info">
          Soạn từ <a href={`/questions/${v.source_question_id}`}>câu hỏi #{v.source_question_id}</a>. Xin viết lại thành câu hỏi – trả lời chung, lược bỏ thông tin về người
          hỏi và vụ việc cụ thể.
        </p>
      )}
      <ErrorSummary errors={errors} />
      <form method="post" action={entry ? `/kb/${entry.id}` : "/kb"} class="stack card kb-editor" enctype="multipart/form-data">
        {props.findings && props.findings.length > 0 && (
          <PiiFindings findings={props.findings} texts={v} blocking={!!props.blocking}>
            {props.blocking && <WaiverCheckbox />}
          </PiiFindings>
        )}
        <input type="hidden" name="source_question_id" value={v.source_question_id} />
        <Field id="kb-title" label="Tiêu đề" error={errors.title} hint="Ngắn gọn, nêu đúng vấn đề, ví dụ “Thời hạn xóa án tích đối với án treo”.">
          <input id="kb-title" name="title" required maxlength={200} value={v.title} aria-describedby={describedBy("kb-title", "hint", errors.title)} aria-invalid={errors.title ? "true" : undefined} />
        </Field>
        <Field id="kb-question" label="Câu hỏi" error={errors.question}>
          <textarea id="kb-question" name="question" rows={4} required maxlength={20000} aria-invalid={errors.question ? "true" : undefined} aria-describedby={describedBy("kb-question", undefined, errors.question)}>
            {v.question}
          </textarea>
        </Field>
        <div class={`field${errors.answer ? " field--invalid" : ""}`}>
          <label for="kb-answer">Trả lời</label>
          <p class="field__hint" id="kb-answer-hint">
            {ANSWER_HINT}
          </p>
          <AnswerTextarea body={v.answer} error={errors.answer} preserve={false} box={ANSWER_BOX} />
          {errors.answer && (
            <p class="field__error" id="kb-answer-error">
              {errors.answer}
            </p>
          )}
        </div>
        <PreviewPane id="kb-answer-preview" />
        <div class="grid-2">
          <Field id="kb-category" label="Lĩnh vực" error={errors.category}>
            <CategorySelect id="kb-category" categories={props.categories} value={v.category} invalid={!!errors.category} />
          </Field>
          <Field id="kb-tags" label="Từ khóa" error={errors.tags} hint="Cách nhau bằng dấu phẩy, ví dụ: xóa án tích, án treo">
            <input id="kb-tags" name="tags" maxlength={1000} value={v.tags} aria-describedby={describedBy("kb-tags", "hint", errors.tags)} aria-invalid={errors.tags ? "true" : undefined} />
          </Field>
        </div>
        <fieldset class={`citations${errors.citations ? " field--invalid" : ""}`} aria-describedby="citations-hint">
          <legend>Căn cứ pháp lý</legend>
          <p class="field__hint" id="citations-hint">
            Mỗi dòng một căn cứ: tên văn bản (số hiệu) và điều, khoản. Dòng để trống được bỏ qua.
          </p>
          {errors.citations && <p class="field__error">{errors.citations}</p>}
          {props.regulations.length > 0 && (
            <datalist id="regulation-numbers">
              {props.regulations.map((r) => (
                <option value={r} />
              ))}
            </datalist>
          )}
          <ol class="citation-rows" id="citation-rows">
            {rows.map((c, i) => (
              <CitationRow id={String(i)} labelled={i === 0} line={i + 1} document={c.document} article={c.article} withNames={props.regulations.length > 0} />
            ))}
          </ol>
        </fieldset>
        {props.sourceAttachments.length > 0 && (
          <fieldset class="source-files alert alert--warn" aria-describedby="source-files-hint">
            <legend>Tệp của câu hỏi gốc</legend>
            <p id="source-files-hint">
              Tệp của người hỏi thường chứa thông tin cá nhân (ảnh giấy tờ, số định danh, họ tên): <strong>không tệp nào được đưa vào mục hỏi – đáp</strong> trừ khi
              đồng chí chọn. Xin mở xem từng tệp trước khi chọn.
            </p>
            <ul class="checklist">
              {props.sourceAttachments.map((a) => (
                <li>
                  <input type="checkbox" id={`copy-${a.id}`} name="copy_attachment" value={String(a.id)} checked={v.copy_attachments.includes(String(a.id))} />{" "}
                  <label for={`copy-${a.id}`}>Đính kèm vào mục:</label> <AttachmentLink a={a} />
                </li>
              ))}
            </ul>
          </fieldset>
        )}
        {props.attachments.length > 0 && (
          <fieldset class="entry-files">
            <legend>Tệp đính kèm của mục</legend>
            <ul class="checklist">
              {props.attachments.map((a) => (
                <li>
                  <AttachmentLink a={a} /> –{" "}
                  <input type="checkbox" id={`remove-${a.id}`} name="remove_attachment" value={String(a.id)} checked={v.remove_attachments.includes(String(a.id))} />{" "}
                  <label for={`remove-${a.id}`}>gỡ khỏi mục</label>
                </li>
              ))}
            </ul>
          </fieldset>
        )}
        <AttachmentPicker id="kb-files" label="Thêm tệp (mẫu biểu, văn bản)" limits={props.limits} error={errors.attachments} />
        <Field
          id="kb-change-note"
          label={entry ? "Ghi chú thay đổi (bắt buộc khi sửa nội dung)" : "Ghi chú thay đổi (không bắt buộc với phiên bản đầu)"}
          error={errors.change_note}
          hint="Sửa gì và vì sao, ví dụ “Cập nhật thời hạn theo Thông tư 44 sửa đổi”. Hiện trong lịch sử phiên bản của mục."
        >
          <textarea
            id="kb-change-note"
            name="change_note"
            rows={2}
            maxlength={500}
            aria-describedby={describedBy("kb-change-note", "hint", errors.change_note)}
            aria-invalid={errors.change_note ? "true" : undefined}
          >
            {v.change_note}
          </textarea>
        </Field>
        <div class="actions">
          {canPublish ? (
            <>
              {/* First in the form, so pressing Enter in a field saves a draft rather than publishing. */}
              <button type="submit" class="button">
                Lưu bản nháp
              </button>
              <button type="submit" class="button button--primary" name="publish" value="1">
                {secondReview.required ? "Lưu và gửi duyệt lần hai" : "Lưu và đăng"}
              </button>
            </>
          ) : (
            <button type="submit" class="button button--primary">
              {secondReview.required ? "Lưu và gửi duyệt lần hai" : "Lưu thay đổi"}
            </button>
          )}
          <a class="button button--ghost" href={entry ? `/kb/${entry.id}` : "/review"}>
            Hủy
          </a>
        </div>
      </form>
      <LawCitePicker target="entry" />
    </Layout>
  );
}
