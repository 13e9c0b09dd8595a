// Gọi lại: answers the team still has to pass on to people without an account, with the number to
// call and the answer to read out; and the calls already made, with who made them and when.
import type { CallBackItem } from "../../src/model.js";
import { renderMarkdown } from "../../src/markdown.js";
import { dateTime, isoInstant, shortDateTime } from "../format.js";
import { CALL_BACK_TASK, CHANNEL_LABELS, withRank } from "./channel.js";

// Where "Đã gọi lại" leaves the team member: the page they pressed it on.
type CallBackReturn = "/queue" | "/callbacks" | `/questions/${number}`;

function Caller(props: { item: CallBackItem }) {
  const c = props.item;
  return (
    <p class="callback__who">
      <strong>{c.callerName ? withRank(c.callerRank, c.callerName) : "Người hỏi không có tài khoản"}</strong>
      {c.unitName && <> · {c.unitName}</>}
      {" · "}
      {c.callerPhone ? (
        <a class="callback__phone" href={`tel:${c.callerPhone.replace(/[^\d+]/g, "")}`}>
          {c.callerPhone}
        </a>
      ) : (
        <span class="muted">chưa có số điện thoại</span>
      )}
    </p>
  );
}

function WhatToPassOn(props: { item: CallBackItem; open: boolean }) {
  const { answer, duplicateOf } = props.item;
  if (answer) {
    return (
      <details class="callback__answer" open={props.open}>
        <summary>
          Câu trả lời của {answer.authorName} lúc <time datetime={isoInstant(answer.at)}>{dateTime(answer.at)}</time>
        </summary>
        <div class="prose">{renderMarkdown(answer.body)}</div>
      </details>
    );
  }
  if (!duplicateOf) return null;
  return (
    <p class="callback__answer">
      Trùng với{" "}
      {duplicateOf.questionId ? <a href={`/questions/${duplicateOf.questionId}`}>câu hỏi #{duplicateOf.questionId}</a> : <a href={`/kb/${duplicateOf.kbEntryId}`}>mục hỏi – đáp đã có</a>}
      : báo người hỏi nội dung trả lời tại đó.
    </p>
  );
}

export function CallBackDoneForm(props: { item: CallBackItem; back: CallBackReturn }) {
  const task = CALL_BACK_TASK[props.item.channel];
  const id = `callback-note-${props.item.id}`;
  return (
    <form method="post" action={`/callbacks/${props.item.id}/done`} class="inline-form callback__done">
      <input type="hidden" name="back" value={props.back} />
      <label for={id} class="visually-hidden">
        Ghi chú cuộc gọi lại (không bắt buộc)
      </label>
      <input id={id} name="note" maxlength={500} placeholder="Ghi chú (nếu có)" hx-preserve="true" />
      <button type="submit" class="button button--primary button--small">
        {task.button}
      </button>
    </form>
  );
}

export function CallBackList(props: { items: CallBackItem[]; back: CallBackReturn; openAnswers?: boolean; empty: string }) {
  if (props.items.length === 0) return <p class="empty">{props.empty}</p>;
  return (
    <ul class="callbacks">
      {props.items.map((c) => (
        <li class={`callback${c.done ? " callback--done" : ""}`} id={`callback-${c.id}`}>
          <Caller item={c} />
          <p class="callback__question">
            <a href={`/questions/${c.questionId}`}>
              <span class="muted">#{c.questionId}</span> {c.questionTitle}
            </a>
            <span class="muted">
              {" · "}
              {CHANNEL_LABELS[c.channel]}
              {c.channelRef && <> {c.channelRef}</>}
              {" · "}chờ từ <time datetime={isoInstant(c.createdAt)}>{shortDateTime(c.createdAt)}</time>
            </span>
          </p>
          <WhatToPassOn item={c} open={!!props.openAnswers && !c.done} />
          {c.done ? (
            <p class="callback__status">
              <span class="badge badge--status-answered">{CALL_BACK_TASK[c.channel].done}</span> lúc{" "}
              <time datetime={isoInstant(c.done.at)}>{dateTime(c.done.at)}</time> · {c.done.byName}
              {c.done.note && <> · “{c.done.note}”</>}
            </p>
          ) : (
            <CallBackDoneForm item={c} back={props.back} />
          )}
        </li>
      ))}
    </ul>
  );
}
