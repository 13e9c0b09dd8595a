// The forms on a question page: what the asker can do, and what the answer team can do.
import type { QuestionKbState, KbSearchHit, SimilarQuestion } from "../../src/model.js";
import type { Child } from "hono/jsx";
import { describedBy, type FieldErrors } from "./form.js";
import { AnswerForm } from "./answer-form.js";
import { AttachmentPicker, type UploadLimitsView } from "./attachments.js";
import { KbSuggestions } from "./kb-suggestions.js";
import { LawCitePicker } from "./law-results.js";
import { SimilarQuestions } from "./similar-questions.js";
import { dateTime, isoInstant } from "../format.js";

export interface FormState {
  form?: string;
  values?: Record<string, string>;
  errors?: FieldErrors;
}

export function own(state: FormState, form: string) {
  return state.form === form ? { values: state.values ?? {}, errors: state.errors ?? {} } : { values: {}, errors: {} as FieldErrors };
}

function TextForm(props: {
  id: string;
  action: string;
  label: string;
  hint?: string;
  submit: string;
  state: FormState;
  form: string;
  rows?: number;
  required?: boolean;
  name?: string;
  attach?: UploadLimitsView; // offers files with the text
  children?: Child;
}) {
  const { values, errors } = own(props.state, props.form);
  const name = props.name ?? "body";
  const error = errors[name];
  return (
    <form method="post" action={props.action} class="stack" id={`${props.id}-form`} enctype={props.attach ? "multipart/form-data" : undefined}>
      <div class={`field${error ? " field--invalid" : ""}`}>
        <label for={props.id}>{props.label}</label>
        {props.hint && (
          <p class="field__hint" id={`${props.id}-hint`}>
            {props.hint}
          </p>
        )}
        <textarea id={props.id} hx-preserve="true" name={name} rows={props.rows ?? 4} required={props.required !== false} aria-describedby={describedBy(props.id, props.hint, error)} aria-invalid={error ? "true" : undefined}>
          {values[name] ?? ""}
        </textarea>
        {error && (
          <p class="field__error" id={`${props.id}-error`}>
            {error}
          </p>
        )}
      </div>
      {props.attach && <AttachmentPicker id={`${props.id}-files`} limits={props.attach} error={errors.attachments} preserve />}
      {props.children}
      <div class="actions">
        <button type="submit" class="button button--primary">
          {props.submit}
        </button>
      </div>
    </form>
  );
}

export function AskerActions(props: { questionId: number; status: string; state: FormState; lastScore: number | null; limits: UploadLimitsView }) {
  const { questionId: id, status, state } = props;
  const base = `/questions/${id}`;
  const open = ["new", "assigned", "waiting_info", "reopened"].includes(status);
  const settled = status === "answered" || status === "closed";
  const rate = own(state, "rate");
  if (!open && !settled) return null; // withdrawn or a duplicate: nothing left for the asker to do
  return (
    <section class="card" aria-labelledby="asker-actions-title">
      <h2 id="asker-actions-title">{status === "waiting_info" ? "Tổ giải đáp đề nghị đồng chí bổ sung thông tin" : "Thao tác của người hỏi"}</h2>
      {(open || status === "answered") && (
        <TextForm
          id="reply-body"
          action={`${base}/replies`}
          form="reply"
          state={state}
          label={status === "waiting_info" ? "Thông tin bổ sung" : "Gửi thêm thông tin cho Tổ giải đáp"}
          hint={status === "waiting_info" ? "Khi đồng chí gửi, thời hạn trả lời tiếp tục được tính." : undefined}
          submit="Gửi bổ sung"
          attach={props.limits}
        />
      )}
      {settled && (
        <form method="post" action={`${base}/rate`} class="stack rating" id="rating">
          <fieldset class={rate.errors.score ? "field--invalid" : undefined}>
            <legend>Đánh giá câu trả lời{props.lastScore ? ` (đồng chí đã chấm ${props.lastScore}/5)` : ""}</legend>
            {rate.errors.score && <p class="field__error">{rate.errors.score}</p>}
            <div class="rating__scale">
              {[1, 2, 3, 4, 5].map((n) => (
                <label>
                  <input type="radio" name="score" value={String(n)} required checked={rate.values.score === String(n)} /> {n}
                </label>
              ))}
            </div>
            <p class="field__hint">1 = chưa đáp ứng, 5 = rất hài lòng</p>
          </fieldset>
          <div class="field">
            <label for="rate-comment">Nhận xét (không bắt buộc)</label>
            <textarea id="rate-comment" name="comment" rows={2} maxlength={2000}>
              {rate.values.comment ?? ""}
            </textarea>
          </div>
          <div class="actions">
            <button type="submit" class="button">
              Gửi đánh giá
            </button>
          </div>
        </form>
      )}
      <div class="actions actions--spaced">
        {status === "answered" && (
          <form method="post" action={`${base}/close`} class="inline">
            <button type="submit" class="button button--primary">
              Đã rõ, đóng câu hỏi
            </button>
          </form>
        )}
        {open && (
          // One tap opens the question, a second confirms: a withdrawn question cannot be reopened.
          <details class="withdraw">
            <summary class="button button--ghost">Rút câu hỏi</summary>
            <form method="post" action={`${base}/withdraw`} class="stack">
              <p>Câu hỏi đã rút sẽ không được Tổ giải đáp xử lý tiếp và không thể mở lại; nếu cần, đồng chí gửi câu hỏi mới.</p>
              <button type="submit" class="button button--danger">
                Xác nhận rút câu hỏi
              </button>
            </form>
          </details>
        )}
      </div>
      {settled && (
        <details class="reopen">
          <summary>Chưa thỏa đáng? Mở lại câu hỏi</summary>
          <TextForm id="reopen-reason" action={`${base}/reopen`} form="reopen" state={state} name="reason" required={false} label="Lý do mở lại" hint="Câu hỏi được tính thời hạn mới 24 giờ làm việc." submit="Mở lại câu hỏi" />
        </details>
      )}
    </section>
  );
}

export function TeamActions(props: {
  questionId: number;
  status: string;
  state: FormState;
  isAssignee: boolean;
  canAnswer: boolean;
  canAssign: boolean;
  canNote: boolean;
  assigneeId: number | null;
  team: { id: number; name: string; rank: string | null }[];
  meId: number;
  canned: { id: number; title: string }[];
  suggestions: KbSearchHit[];
  similar: SimilarQuestion[];
  canPropose: boolean;
  canCurate: boolean;
  kb: QuestionKbState;
  limits: UploadLimitsView;
  askerHasAccount: boolean; // without one nobody could reply here: the team phones instead
}) {
  const { questionId: id, status, state } = props;
  const base = `/questions/${id}`;
  const workable = ["new", "assigned", "reopened"].includes(status);
  const open = workable || status === "waiting_info";
  const answer = own(state, "answer");
  const dup = own(state, "duplicate");
  const teamOptions = (exclude?: number) =>
    props.team
      .filter((m) => m.id !== exclude)
      .map((m) => (
        <option value={String(m.id)} selected={m.id === props.assigneeId}>
          {m.rank ? `${m.rank} ${m.name}` : m.name}
        </option>
      ));
  return (
    <>
      {props.canAnswer && workable && (
        <section class="card" aria-labelledby="answer-title">
          <h2 id="answer-title">Trả lời câu hỏi</h2>
          <div class="answer-layout">
            <AnswerForm questionId={id} body={answer.values.body} error={answer.errors.body} filesError={answer.errors.attachments} canned={props.canned} limits={props.limits} />
            <section aria-label="Gợi ý khi trả lời">
              <LawCitePicker target="answer" />
              <KbSuggestions hits={props.suggestions} query="" mode="answer" />
              <SimilarQuestions questions={props.similar} />
            </section>
          </div>
        </section>
      )}
      {props.canAnswer && open && (
        <section class="card" aria-labelledby="more-title">
          <h2 id="more-title">Xử lý khác</h2>
          {workable && props.askerHasAccount && (
            <details open={state.form === "clarify"}>
              <summary>Đề nghị người hỏi bổ sung thông tin (tạm dừng thời hạn)</summary>
              <TextForm id="clarify-body" action={`${base}/clarify`} form="clarify" state={state} label="Nội dung cần bổ sung" submit="Gửi đề nghị bổ sung" attach={props.limits} />
            </details>
          )}
          {props.isAssignee && (
            <details open={state.form === "handover"}>
              <summary>Chuyển giao cho đồng chí khác trong Tổ</summary>
              <form method="post" action={`${base}/handover`} class="inline-form">
                <label for="handover-to">Chuyển cho</label>
                <select id="handover-to" name="assignee" required>
                  {teamOptions(props.meId)}
                </select>
                <button type="submit" class="button">
                  Chuyển giao
                </button>
              </form>
            </details>
          )}
          <details open={state.form === "duplicate"}>
            <summary>Đánh dấu trùng với câu hỏi hoặc mục hỏi – đáp đã có</summary>
            <form method="post" action={`${base}/duplicate`} class="inline-form">
              <label for="duplicate-of">Trùng với</label>
              <input id="duplicate-of" name="of" required placeholder="Số câu hỏi, ví dụ 123, hoặc KB 45" value={dup.values.of ?? ""} aria-invalid={dup.errors.of ? "true" : undefined} />
              <button type="submit" class="button">
                Đánh dấu trùng
              </button>
              {dup.errors.of && <p class="field__error">{dup.errors.of}</p>}
            </form>
          </details>
        </section>
      )}
      {props.canAssign && open && (
        <section class="card" aria-labelledby="assign-title">
          <h2 id="assign-title">Phân công</h2>
          <form method="post" action={`${base}/assign`} class="inline-form">
            <label for="assignee">Giao cho</label>
            <select id="assignee" name="assignee" required>
              {teamOptions()}
            </select>
            <button type="submit" class="button">
              Phân công
            </button>
            {own(state, "assign").errors.assignee && <p class="field__error">{own(state, "assign").errors.assignee}</p>}
          </form>
        </section>
      )}
      {(status === "answered" || status === "closed") && !props.kb.entry && (props.canPropose || (props.canCurate && props.kb.proposal)) && (
        <KbProposal questionId={id} kb={props.kb} state={state} canCurate={props.canCurate} />
      )}
      {props.canNote && (
        <section class="card card--note" aria-labelledby="note-title">
          <h2 id="note-title">Ghi chú nội bộ</h2>
          <TextForm id="note-body" action={`${base}/notes`} form="note" state={state} rows={3} label="Ghi chú (người hỏi không xem được)" submit="Lưu ghi chú" attach={props.limits} />
        </section>
      )}
    </>
  );
}

// A good answer goes to the advisory board for the knowledge base; once proposed, the state shows.
function KbProposal(props: { questionId: number; kb: QuestionKbState; state: FormState; canCurate: boolean }) {
  const p = props.kb.proposal;
  return (
    <section class="card" aria-labelledby="propose-title" id="propose">
      <h2 id="propose-title">Kho hỏi – đáp</h2>
      {p ? (
        <>
          <p class="kb-proposed">
            <span class="badge badge--status-answered">Đã đề xuất</span> {p.proposerName} đề xuất lúc <time datetime={isoInstant(p.createdAt)}>{dateTime(p.createdAt)}</time>
            {p.status === "accepted" ? "; Ban cố vấn đang biên tập mục hỏi – đáp." : "; chờ Ban cố vấn xem xét."}
          </p>
          {props.canCurate && p.status === "open" && (
            <div class="actions">
              <a class="button button--primary button--small" href={`/kb/new?proposal=${p.id}`}>
                Soạn mục hỏi – đáp
              </a>
            </div>
          )}
        </>
      ) : (
        <TextForm
          id="propose-note"
          action={`/questions/${props.questionId}/propose`}
          form="propose"
          state={props.state}
          name="note"
          rows={2}
          required={false}
          label="Ghi chú cho Ban cố vấn (không bắt buộc)"
          hint="Câu trả lời này dùng được cho nhiều người: đề xuất để Ban cố vấn biên tập thành mục hỏi – đáp chung."
          submit="Đề xuất đưa vào kho hỏi – đáp"
        />
      )}
    </section>
  );
}
