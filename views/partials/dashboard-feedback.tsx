// The dashboard's "Phản hồi của người hỏi": the period's low ratings and reopen reasons, newest
// first, as cards (comments run long; a table would be unreadable on a phone).
import type { Child } from "hono/jsx";
import { personName } from "./consultation.js";
import { FeedbackCard } from "./feedback.js";

interface AnsweredView {
  questionId: number;
  title: string;
  at: Date;
  answerer: { id: number; name: string; rank: string | null } | null;
}

export interface PeriodFeedbackView {
  lowRatings: { total: number; items: (AnsweredView & { score: number; comment: string | null })[] };
  reopens: { total: number; items: (AnsweredView & { reason: string | null })[] };
}

export function FeedbackSection(props: { feedback: PeriodFeedbackView; linkAnswerers: boolean }) {
  const { lowRatings, reopens } = props.feedback;
  const answerer = (a: AnsweredView) =>
    a.answerer && (
      <>
        {" · Trả lời: "}
        {props.linkAnswerers ? <a href={`/ratings?answerer=${a.answerer.id}`}>{personName(a.answerer.name, a.answerer.rank)}</a> : personName(a.answerer.name, a.answerer.rank)}
      </>
    );
  return (
    <section aria-labelledby="feedback-title" class="dash-section">
      <h2 id="feedback-title">Phản hồi của người hỏi</h2>
      <div class="feedback-columns">
        <div>
          <h3>Đánh giá thấp (1–2 điểm)</h3>
          <p class="muted">Mỗi câu hỏi tính lần đánh giá sau cùng, như mức hài lòng ở trên.</p>
          <List id="low-ratings" total={lowRatings.total} shown={lowRatings.items.length} none="Không có đánh giá thấp nào trong kỳ." rest="đánh giá thấp">
            {lowRatings.items.map((r) => (
              <FeedbackCard questionId={r.questionId} title={r.title} score={r.score} text={r.comment} none="Không có nhận xét." at={r.at}>
                {answerer(r)}
              </FeedbackCard>
            ))}
          </List>
        </div>
        <div>
          <h3>Lý do mở lại</h3>
          <p class="muted">Người hỏi chưa hài lòng, mở lại câu hỏi để được trả lời lại.</p>
          <List id="reopen-reasons" total={reopens.total} shown={reopens.items.length} none="Không có câu hỏi nào được mở lại trong kỳ." rest="lần mở lại">
            {reopens.items.map((r) => (
              <FeedbackCard questionId={r.questionId} title={r.title} text={r.reason} none="Không nêu lý do." at={r.at}>
                {answerer(r)}
              </FeedbackCard>
            ))}
          </List>
        </div>
      </div>
    </section>
  );
}

function List(props: { id: string; total: number; shown: number; none: string; rest: string; children: Child }) {
  if (props.total === 0) return <p class="card">{props.none}</p>;
  return (
    <>
      <ol class="feedback-list" id={props.id}>
        {props.children}
      </ol>
      {props.total > props.shown && (
        <p class="muted">
          Còn {props.total - props.shown} {props.rest} khác trong kỳ, cũ hơn.
        </p>
      )}
    </>
  );
}
