// The answer box with a live preview: htmx posts the draft to /preview as the answerer types.
import { describedBy } from "./form.js";

export function AnswerForm(props: { questionId: number; body?: string; error?: string }) {
  const hint = "Viết theo Markdown: **đậm**, *nghiêng*, danh sách bắt đầu bằng “- ”. Nêu rõ căn cứ (văn bản, điều, khoản).";
  return (
    <form method="post" action={`/questions/${props.questionId}/answers`} class="stack answer-form" id="answer-form">
      <div class={`field${props.error ? " field--invalid" : ""}`}>
        <label for="answer-body">Nội dung trả lời</label>
        <p class="field__hint" id="answer-body-hint">
          {hint}
        </p>
        <textarea
          id="answer-body"
          name="body"
          rows={10}
          required
          maxlength={50000}
          aria-describedby={describedBy("answer-body", hint, props.error)}
          hx-post="/preview"
          hx-trigger="input changed delay:400ms, load"
          hx-target="#answer-preview"
          hx-swap="innerHTML"
        >
          {props.body ?? ""}
        </textarea>
        {props.error && (
          <p class="field__error" id="answer-body-error">
            {props.error}
          </p>
        )}
      </div>
      <section class="preview" aria-live="polite" aria-label="Xem trước câu trả lời">
        <h3 class="preview__title">Xem trước</h3>
        <div id="answer-preview" class="prose">
          <p class="muted">Nội dung xem trước hiện ở đây khi đồng chí gõ.</p>
        </div>
      </section>
      <div class="actions">
        <button type="submit" class="button button--primary">
          Gửi trả lời
        </button>
      </div>
    </form>
  );
}
