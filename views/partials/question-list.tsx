import type { QuestionListItem, DeadlineInfo, QuestionSummary } from "../../src/model.js";
import type { Child } from "hono/jsx";
import { dateTime, isoInstant, shortDateTime } from "../format.js";
import { StatusBadge, TimeLeft, SlaBadge } from "./status.js";
import { CHANNEL_LABELS } from "./channel.js";

// One list for the queue and the question list; urgency shows as colour and as words.
// `pick`: controls drawn under a row's details (the hand-over form's choice of questions).
export function QuestionList(props: { rows: QuestionListItem[]; empty: string; showAsker?: boolean; pick?: (q: QuestionSummary) => Child }) {
  if (props.rows.length === 0) return <p class="empty">{props.empty}</p>;
  return (
    <ul class="qlist">
      {props.rows.map(({ q, deadline }) => (
        <li class={`qlist__item${deadline ? ` qlist__item--${deadline.state}` : ""}`}>
          <div class="qlist__main">
            <a class="qlist__title" href={`/questions/${q.id}`}>
              <span class="muted">#{q.id}</span> {q.title}
            </a>
            <p class="qlist__meta">
              <StatusBadge status={q.status} /> {q.categoryName}
              {props.showAsker !== false && (
                <>
                  {" · "}
                  {q.unitName ?? q.askerName ?? q.callerName}
                </>
              )}
              {q.channel !== "web" && <> · {CHANNEL_LABELS[q.channel]}</>}
              {" · "}
              {q.assigneeName ? `Giải đáp: ${q.assigneeName}` : "Chưa phân công"}
            </p>
            {props.pick?.(q)}
          </div>
          <div class="qlist__time">
            {deadline ? (
              <>
                <SlaBadge info={deadline} />
                <span>
                  Hạn <time datetime={isoInstant(deadline.deadlineAt)} title={dateTime(deadline.deadlineAt)}>{shortDateTime(deadline.deadlineAt)}</time>
                </span>
                <TimeLeft info={deadline} />
              </>
            ) : (
              <span class="muted">
                Gửi <time datetime={isoInstant(q.submittedAt)}>{shortDateTime(q.submittedAt)}</time>
              </span>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
