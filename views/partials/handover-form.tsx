// The hand-over form of "Bàn giao ca": a box and a "Giao cho" choice under each of the member's open
// questions (all ticked at first), then the incoming people (the next shift ticked) and the note.
// The questions' controls sit in the lists above and join the form by its id, so the lists stay
// printable (the print stylesheet hides forms).
import type { HandoverPerson, QuestionStatus, StaleQuestion, QuestionSummary } from "../../src/model.js";
import { ErrorSummary, type FieldErrors } from "./form.js";
import { personName } from "./handover-summary.js";
import { STATUS_LABELS } from "./status.js";

const HANDOVER_FORM_ID = "handover-form";

export interface HandoverFormValues {
  note: string;
  incoming: string[]; // user ids ticked as incoming
  picked: string[] | null; // question ids ticked; null: all of them (the form as first drawn)
  toOf: Record<string, string>; // question id → user id chosen in its row; "" or absent: shared out
}

export interface HandoverFormState {
  team: HandoverPerson[]; // who may receive: the answer team but the outgoing member
  nextShift: number[]; // on duty on the next working day: suggested
  values: HandoverFormValues;
  errors: FieldErrors;
  stale: StaleQuestion[]; // the last try was refused because these changed
}

export function PickControl(props: { q: QuestionSummary; form: HandoverFormState }) {
  const { q, form } = props;
  const id = String(q.id);
  const picked = form.values.picked === null || form.values.picked.includes(id);
  const chosen = form.values.toOf[id] ?? "";
  return (
    <div class="handover-pick">
      <label>
        {/* The state seen now travels with the id: a question that moved meanwhile refuses the hand-over. */}
        <input type="checkbox" name="question" value={`${q.id}:${q.status}`} checked={picked} form={HANDOVER_FORM_ID} /> Bàn giao câu hỏi #{q.id}
      </label>
      <label class="handover-pick__to">
        Giao cho{" "}
        <select name={`to_${q.id}`} form={HANDOVER_FORM_ID}>
          <option value="">Chia đều cho người nhận</option>
          {form.team.map((m) => (
            <option value={String(m.id)} selected={chosen === String(m.id)}>
              {personName(m)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

const STALE_TEXT: Record<StaleQuestion["reason"], (s: StaleQuestion) => string> = {
  gone: (s) => `Câu hỏi #${s.questionId} không còn trên hệ thống.`,
  settled: (s) => `Câu hỏi #${s.questionId} đã kết thúc (${label(s.status)}).`,
  not_yours: (s) => `Câu hỏi #${s.questionId} nay do đồng chí khác giải đáp.`,
  changed: (s) => `Câu hỏi #${s.questionId} đã chuyển sang trạng thái “${label(s.status)}”.`,
};
const label = (s: QuestionStatus | null) => (s ? STATUS_LABELS[s] : "");

function StaleNotice(props: { stale: StaleQuestion[] }) {
  if (props.stale.length === 0) return null;
  return (
    <div class="alert alert--error" role="alert" id="handover-stale">
      <p>
        <strong>Chưa bàn giao câu hỏi nào:</strong> những câu hỏi sau đã thay đổi từ lúc đồng chí mở trang. Danh sách bên dưới đã được cập nhật; xin xem lại rồi
        bấm “Bàn giao” lần nữa.
      </p>
      <ul>
        {props.stale.map((s) => (
          <li>{STALE_TEXT[s.reason](s)}</li>
        ))}
      </ul>
    </div>
  );
}

export function HandoverGiveCard(props: { form: HandoverFormState; questionCount: number }) {
  const { form } = props;
  const { values, errors } = form;
  return (
    <section class="card" id="handover-give" aria-labelledby="handover-give-title">
      <h2 id="handover-give-title">Lập biên bản bàn giao</h2>
      <p class="muted">
        {props.questionCount > 0
          ? `Các câu hỏi đánh dấu “Bàn giao” ở trên (${props.questionCount} câu, mặc định chọn tất cả) chuyển cho người nhận ngay khi gửi; mỗi câu ghi vào lịch sử xử lý và người nhận được thông báo.`
          : "Đồng chí không còn câu hỏi đang mở; vẫn có thể bàn giao nội dung cần lưu ý cho ca sau."}
      </p>
      <StaleNotice stale={form.stale} />
      <ErrorSummary errors={errors} />
      <form method="post" action="/handover#handover-give" id={HANDOVER_FORM_ID} class="stack">
        <fieldset class={errors.incoming ? "field--invalid" : undefined} aria-describedby="handover-incoming-hint">
          <legend>Người nhận bàn giao</legend>
          <p class="field__hint" id="handover-incoming-hint">
            Đã chọn sẵn người trực ca tiếp theo. Nhiều người nhận: câu hỏi “Chia đều” lần lượt giao cho người đang nhận ít nhất, câu khẩn cấp trước.
          </p>
          {errors.incoming && <p class="field__error">{errors.incoming}</p>}
          <div class="checks">
            {form.team.map((m) => (
              <label>
                <input type="checkbox" name="incoming" value={String(m.id)} checked={values.incoming.includes(String(m.id))} /> {personName(m)}
                {form.nextShift.includes(m.id) && <span class="badge badge--duty">Ca tiếp theo</span>}
              </label>
            ))}
          </div>
        </fieldset>
        <div class={`field${errors.note ? " field--invalid" : ""}`}>
          <label for="handover-note">Nội dung bàn giao</label>
          <p class="field__hint" id="handover-note-hint">
            Việc đang dở, điều ca sau cần lưu ý (hẹn gọi lại, hồ sơ chờ bổ sung…). Có thể dùng Markdown.
          </p>
          <textarea id="handover-note" name="note" rows={5} maxlength={10000} aria-describedby="handover-note-hint" aria-invalid={errors.note ? "true" : undefined}>
            {values.note}
          </textarea>
          {errors.note && <p class="field__error">{errors.note}</p>}
        </div>
        <button type="submit" class="button button--primary">
          Bàn giao
        </button>
      </form>
    </section>
  );
}
