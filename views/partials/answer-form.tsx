// The answer box with a live preview (htmx posts the draft to /preview as the answerer types) and
// the team's canned answers, inserted at the end of the draft.
import { AttachmentPicker, type UploadLimitsView } from "./attachments.js";
import { describedBy } from "./form.js";

const HINT = "Viết theo Markdown: **đậm**, *nghiêng*, danh sách bắt đầu bằng “- ”. Nêu rõ căn cứ (văn bản, điều, khoản).";

// Which textarea and which preview pane: the answer box by default; the knowledge-base editor has its own.
export interface MarkdownBox {
  id: string;
  name: string;
  rows: number;
  previewId: string;
}

const ANSWER_BOX: MarkdownBox = { id: "answer-body", name: "body", rows: 10, previewId: "answer-preview" };

// `preserve`: a live refresh of the page keeps the draft being typed; the canned-answer insertion
// replaces the textarea on purpose, so its fragment comes without it.
export function AnswerTextarea(props: { body?: string; error?: string; preserve?: boolean; box?: MarkdownBox }) {
  const box = props.box ?? ANSWER_BOX;
  return (
    <textarea
      id={box.id}
      hx-preserve={props.preserve === false ? undefined : "true"}
      name={box.name}
      rows={box.rows}
      required
      maxlength={50000}
      aria-describedby={describedBy(box.id, HINT, props.error)}
      aria-invalid={props.error ? "true" : undefined}
      hx-post="/preview"
      hx-trigger="input changed delay:400ms, load"
      hx-target={`#${box.previewId}`}
      hx-swap="innerHTML"
    >
      {props.body ?? ""}
    </textarea>
  );
}

export function AnswerForm(props: {
  questionId: number;
  body?: string;
  error?: string;
  filesError?: string;
  canned?: { id: number; title: string }[];
  limits: UploadLimitsView;
}) {
  return (
    <form method="post" action={`/questions/${props.questionId}/answers`} class="stack answer-form" id="answer-form" enctype="multipart/form-data">
      {props.canned && props.canned.length > 0 && (
        <div class="field canned-picker">
          <label for="canned-pick">Chèn mẫu trả lời</label>
          <select
            id="canned-pick"
            name="canned"
            hx-get="/canned/insert"
            hx-trigger="change"
            hx-include="#answer-body"
            hx-target="#answer-body"
            hx-swap="outerHTML"
          >
            <option value="">— Chọn mẫu —</option>
            {props.canned.map((c) => (
              <option value={String(c.id)}>{c.title}</option>
            ))}
          </select>
          <noscript>
            <p class="field__hint">
              Xem và sao chép mẫu tại <a href="/canned">Mẫu trả lời</a>.
            </p>
          </noscript>
        </div>
      )}
      <div class={`field${props.error ? " field--invalid" : ""}`}>
        <label for="answer-body">Nội dung trả lời</label>
        <p class="field__hint" id="answer-body-hint">
          {HINT}
        </p>
        <AnswerTextarea body={props.body} error={props.error} />
        {props.error && (
          <p class="field__error" id="answer-body-error">
            {props.error}
          </p>
        )}
      </div>
      <PreviewPane id="answer-preview" />
      <AttachmentPicker id="answer-files" label="Tệp gửi kèm trả lời (mẫu biểu, văn bản)" limits={props.limits} error={props.filesError} preserve />
      <div class="actions">
        <button type="submit" class="button button--primary">
          Gửi trả lời
        </button>
      </div>
    </form>
  );
}

// Where /preview's rendering of a Markdown textarea lands (its hx-target); the knowledge-base
// editor uses it too.
export function PreviewPane(props: { id: string }) {
  return (
    <section class="preview" aria-live="polite" aria-label="Xem trước câu trả lời">
      <p class="preview__title">Xem trước</p>
      <div id={props.id} class="prose">
        <p class="muted">Nội dung xem trước hiện ở đây khi đồng chí gõ.</p>
      </div>
    </section>
  );
}
