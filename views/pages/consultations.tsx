// Xin ý kiến Ban cố vấn: what waits for the advisor (the longest waiting first), then what they
// answered lately. Leads and steering see every request, with whom it was addressed to.
import { viewer } from "../viewer.js";
import type { ConsultationDesk, DeadlineInfo } from "../../src/model.js";
import { dateTime, isoInstant } from "../format.js";
import { Layout } from "../layout.js";
import { personName } from "../partials/consultation.js";
import { Deadline, StatusBadge } from "../partials/status.js";

type Waiting = ConsultationDesk["open"][number] & { deadline: DeadlineInfo | null };
type Answered = ConsultationDesk["answered"][number];

export function ConsultationsPage(props: { open: Waiting[]; answered: Answered[]; seesAll: boolean }) {
  const user = viewer();
  const { open, answered, seesAll } = props;
  const addressedTo = (c: Answered) => (seesAll ? ` ${personName(c.advisorName, c.advisorRank)}` : "");
  return (
    <Layout title="Xin ý kiến Ban cố vấn" path="/consultations">
      <div class="page-head">
        <h1>Xin ý kiến Ban cố vấn</h1>
      </div>
      <p class="muted">
        {seesAll ? "Mọi yêu cầu Tổ giải đáp gửi Ban cố vấn." : "Các yêu cầu Tổ giải đáp gửi đồng chí."} Thời hạn trả lời câu hỏi vẫn tiếp tục tính trong khi chờ ý kiến.
      </p>
      <section class="review-section" aria-labelledby="waiting-title" id="consultations-open">
        <h2 id="waiting-title">
          Đang chờ ý kiến <span class="count">{open.length}</span>
        </h2>
        {open.length === 0 ? (
          <p class="empty">Không có yêu cầu nào đang chờ.</p>
        ) : (
          <ul class="review-list">
            {open.map((c) => (
              <li class={`review-item${c.deadline?.state === "overdue" ? " review-item--flagged" : ""}`} id={`consultation-${c.id}`}>
                <div class="review-item__body">
                  <a class="review-item__title" href={`/questions/${c.questionId}#consultation-${c.id}`}>
                    #{c.questionId} {c.questionTitle}
                  </a>
                  <p class="review-item__meta">
                    {personName(c.requesterName, c.requesterRank)} xin ý kiến{addressedTo(c)} lúc <time datetime={isoInstant(c.createdAt)}>{dateTime(c.createdAt)}</time>
                  </p>
                  <p class="review-item__meta">{c.deadline ? <Deadline info={c.deadline} /> : <StatusBadge status={c.questionStatus} />}</p>
                </div>
                <div class="review-item__actions">
                  <a class="button button--primary button--small" href={`/questions/${c.questionId}#consultation-${c.id}`}>
                    {c.advisorId === user.id ? "Xem câu hỏi và cho ý kiến" : "Xem câu hỏi"}
                  </a>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section class="review-section" aria-labelledby="answered-title" id="consultations-answered">
        <h2 id="answered-title">Đã cho ý kiến gần đây</h2>
        {answered.length === 0 ? (
          <p class="empty">Chưa có ý kiến nào.</p>
        ) : (
          <ul class="review-list">
            {answered.map((c) => (
              <li class="review-item" id={`consultation-${c.id}`}>
                <div class="review-item__body">
                  <a class="review-item__title" href={`/questions/${c.questionId}#message-${c.answerMessageId}`}>
                    #{c.questionId} {c.questionTitle}
                  </a>
                  <p class="review-item__meta">
                    {personName(c.requesterName, c.requesterRank)} xin ý kiến{addressedTo(c)} lúc <time datetime={isoInstant(c.createdAt)}>{dateTime(c.createdAt)}</time>; đã cho ý kiến lúc{" "}
                    <time datetime={isoInstant(c.answeredAt!)}>{dateTime(c.answeredAt!)}</time> · <StatusBadge status={c.questionStatus} />
                  </p>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Layout>
  );
}

// Beside the navigation link: nothing when no request waits.
export function OpenCount(props: { count: number }) {
  if (props.count === 0) return <></>;
  return (
    <span class="count">
      <span class="visually-hidden">đang chờ </span>
      {props.count}
    </span>
  );
}
