// Xin ý kiến Ban cố vấn on the question page (internal: the caller renders it only for people who
// see the internal thread). Each request shows its state; an open one keeps showing "Đang chờ ý kiến
// của …" until answered. The team asks here; the advisor addressed answers here.
import type { Actor, ConsultationItem, ConsultationPanelData } from "../../src/model.js";
import { can } from "../../src/auth/permissions.js";
import { dateTime, isoInstant } from "../format.js";
import { describedBy, Field } from "./form.js";
import { own, type FormState } from "./question-actions.js";

export const personName = (name: string, rank: string | null) => (rank ? `${rank} ${name}` : name);

export function ConsultationPanel(props: { questionId: number; questionOpen: boolean; data: ConsultationPanelData; user: Actor; state: FormState }) {
  const { questionId, data, user, state } = props;
  const mayAsk = props.questionOpen && can(user.roles, "consultation.request");
  if (data.items.length === 0 && !mayAsk) return null;
  return (
    <section class="card card--note" aria-labelledby="consultations-title" id="consultations">
      <h2 id="consultations-title">Xin ý kiến Ban cố vấn</h2>
      {data.items.length > 0 && (
        <ul class="consultation-list">
          {data.items.map((c) => (
            <Request c={c} user={user} state={state} />
          ))}
        </ul>
      )}
      {mayAsk && <RequestForm questionId={questionId} advisors={data.advisors} state={state} />}
    </section>
  );
}

function Request(props: { c: ConsultationItem; user: Actor; state: FormState }) {
  const { c, user } = props;
  const advisor = personName(c.advisorName, c.advisorRank);
  const asked = (
    <>
      {personName(c.requesterName, c.requesterRank)} xin ý kiến lúc <time datetime={isoInstant(c.createdAt)}>{dateTime(c.createdAt)}</time>
    </>
  );
  if (c.status === "answered") {
    return (
      <li id={`consultation-${c.id}`}>
        <span class="badge badge--status-answered">Đã có ý kiến</span> {advisor} cho ý kiến lúc <time datetime={isoInstant(c.answeredAt!)}>{dateTime(c.answeredAt!)}</time> (
        <a href={`#message-${c.answerMessageId}`}>xem ý kiến</a>) · <span class="muted">{asked}</span>
      </li>
    );
  }
  if (c.status === "withdrawn") {
    return (
      <li id={`consultation-${c.id}`} class="muted">
        <span class="badge badge--status-withdrawn">Đã rút</span> Yêu cầu gửi {advisor} · {asked}
      </li>
    );
  }
  const mayWithdraw = c.requestedBy === user.id || can(user.roles, "consultation.withdraw_any");
  return (
    <li id={`consultation-${c.id}`}>
      <p>
        <span class="badge badge--status-waiting_info">Đang chờ ý kiến của {advisor}</span> · {asked}
      </p>
      {c.advisorId === user.id && <AdviceForm id={c.id} state={props.state} />}
      {mayWithdraw && (
        <form method="post" action={`/consultations/${c.id}/withdraw`} class="inline">
          <button type="submit" class="button button--ghost button--small">
            Rút yêu cầu
          </button>
        </form>
      )}
    </li>
  );
}

function AdviceForm(props: { id: number; state: FormState }) {
  const { values, errors } = own(props.state, `advice-${props.id}`);
  return (
    <form method="post" action={`/consultations/${props.id}/answer`} class="stack">
      <BodyField id={`advice-body-${props.id}`} label="Ý kiến của đồng chí" hint="Ý kiến hiện trong trao đổi nội bộ; người hỏi không xem được." value={values.body} error={errors.body} />
      <div class="actions">
        <button type="submit" class="button button--primary">
          Gửi ý kiến
        </button>
      </div>
    </form>
  );
}

function RequestForm(props: { questionId: number; advisors: ConsultationPanelData["advisors"]; state: FormState }) {
  if (props.advisors.length === 0) return <p class="muted">Chưa có tài khoản Ban cố vấn nào đang hoạt động.</p>;
  const { values, errors } = own(props.state, "consult");
  return (
    <details open={props.state.form === "consult"}>
      <summary>Xin ý kiến một đồng chí trong Ban cố vấn</summary>
      <form method="post" action={`/questions/${props.questionId}/consult`} class="stack" id="consult-form">
        <Field id="consult-advisor" label="Đồng chí cố vấn" error={errors.advisor}>
          <select id="consult-advisor" name="advisor" required aria-invalid={errors.advisor ? "true" : undefined} aria-describedby={describedBy("consult-advisor", undefined, errors.advisor)}>
            <option value="">– Chọn –</option>
            {props.advisors.map((a) => (
              <option value={String(a.id)} selected={values.advisor === String(a.id)}>
                {personName(a.name, a.rank)}
              </option>
            ))}
          </select>
        </Field>
        <BodyField
          id="consult-body"
          label="Nội dung cần xin ý kiến"
          hint="Thời hạn trả lời câu hỏi vẫn tiếp tục tính trong khi chờ ý kiến. Người hỏi không xem được nội dung này."
          value={values.body}
          error={errors.body}
        />
        <div class="actions">
          <button type="submit" class="button">
            Gửi xin ý kiến
          </button>
        </div>
      </form>
    </details>
  );
}

// The text of a request or of advice; hx-preserve keeps a draft through live refreshes of the page.
function BodyField(props: { id: string; label: string; hint: string; value?: string; error?: string }) {
  return (
    <Field id={props.id} label={props.label} hint={props.hint} error={props.error}>
      <textarea id={props.id} name="body" rows={4} required hx-preserve="true" aria-describedby={describedBy(props.id, props.hint, props.error)} aria-invalid={props.error ? "true" : undefined}>
        {props.value ?? ""}
      </textarea>
    </Field>
  );
}
