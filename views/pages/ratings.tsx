// Đánh giá: the ratings and comments askers gave on one answerer's answers, newest first.
import { Layout } from "../layout.js";
import { personName } from "../partials/consultation.js";
import { score } from "../partials/dashboard-format.js";
import { Stat } from "../partials/dashboard-figures.js";
import { FeedbackCard } from "../partials/feedback.js";

interface AnswererRatingsView {
  answerer: { id: number; name: string; rank: string | null };
  satisfaction: { average: number | null; count: number };
  low: number;
  total: number;
  page: number;
  pageCount: number;
  items: { id: number; questionId: number; title: string; at: Date; score: number; comment: string | null; superseded: boolean }[];
}

export function RatingsPage(props: {
  own: boolean; // the viewer's own answers
  ratings: AnswererRatingsView | null; // null: the viewer has no answers and has not picked anyone yet
  team: { id: number; name: string; rank: string | null }[]; // whom the viewer may pick; empty: nobody else
}) {
  const r = props.ratings;
  const title = props.own || !r ? "Đánh giá câu trả lời của tôi" : `Đánh giá câu trả lời – ${personName(r.answerer.name, r.answerer.rank)}`;
  return (
    <Layout title={props.own || !r ? "Đánh giá" : title} path="/ratings">
      <div class="page-head">
        <h1>{r ? title : "Đánh giá câu trả lời"}</h1>
      </div>
      {props.team.length > 0 && <AnswererPicker team={props.team} chosen={r?.answerer.id ?? null} />}
      {r ? <Ratings r={r} own={props.own} /> : <p class="card">Xin chọn một thành viên Tổ giải đáp để xem đánh giá.</p>}
    </Layout>
  );
}

function AnswererPicker(props: { team: { id: number; name: string; rank: string | null }[]; chosen: number | null }) {
  return (
    <form method="get" action="/ratings" class="inline-form ratings-picker">
      <label for="answerer">Xem đánh giá của</label>
      <select id="answerer" name="answerer" required>
        {props.chosen === null && (
          <option value="" disabled selected>
            Chọn thành viên
          </option>
        )}
        {props.team.map((m) => (
          <option value={String(m.id)} selected={m.id === props.chosen}>
            {personName(m.name, m.rank)}
          </option>
        ))}
      </select>
      <button type="submit" class="button button--small">
        Xem
      </button>
    </form>
  );
}

function Ratings(props: { r: AnswererRatingsView; own: boolean }) {
  const { r } = props;
  const pageUrl = (n: number) => `/ratings?${props.own ? "" : `answerer=${r.answerer.id}&`}page=${n}`;
  return (
    <>
      <p class="muted">
        Mỗi câu hỏi được tính vào điểm trung bình một lần, theo lần đánh giá sau cùng của người hỏi; đánh giá được ghi cho người viết câu trả lời
        mới nhất trước lúc đánh giá.
      </p>
      <div class="stats">
        <Stat id="average" value={score(r.satisfaction)} label="điểm trung bình" />
        <Stat id="rated" value={r.satisfaction.count} label="câu hỏi được đánh giá" />
        <Stat id="low" value={r.low} label="đánh giá thấp (dưới 3 điểm)" tone={r.low > 0 ? "overdue" : undefined} />
      </div>
      <h2>Các lần đánh giá ({r.total})</h2>
      {r.items.length === 0 ? (
        <p class="card">{props.own ? "Chưa có đánh giá nào cho câu trả lời của đồng chí." : "Chưa có đánh giá nào cho câu trả lời của đồng chí này."}</p>
      ) : (
        <ol class="feedback-list" id="ratings-list">
          {r.items.map((i) => (
            <FeedbackCard questionId={i.questionId} title={i.title} score={i.score} text={i.comment} none="Không có nhận xét." at={i.at}>
              {i.superseded && " · đã được thay bằng đánh giá sau, không tính vào điểm trung bình"}
            </FeedbackCard>
          ))}
        </ol>
      )}
      {r.pageCount > 1 && (
        <nav class="pager" aria-label="Phân trang">
          {r.page > 1 && <a href={pageUrl(r.page - 1)}>← Trang trước</a>}
          <span>
            Trang {r.page}/{r.pageCount}
          </span>
          {r.page < r.pageCount && <a href={pageUrl(r.page + 1)}>Trang sau →</a>}
        </nav>
      )}
    </>
  );
}
