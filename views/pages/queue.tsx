import { Layout } from "../layout.js";
import { QuestionList } from "../partials/question-list.js";
import type { CallBackItem, QuestionListItem } from "../../src/model.js";
import { CallBackList } from "../partials/call-back-list.js";

// The queue shows the few oldest call-backs; the rest wait on their own page.
const CALL_BACKS_SHOWN = 5;

export function QueuePage(props: { rows: QuestionListItem[]; mine: boolean; counts: Record<string, number>; callBacks: CallBackItem[] }) {
  const { counts } = props;
  return (
    <Layout title="Hàng đợi" path="/queue">
      <div class="page-head">
        <h1>Hàng đợi câu hỏi</h1>
        <a href="/canned" class="button button--small">
          Mẫu trả lời
        </a>
        <nav class="tabs" aria-label="Lọc hàng đợi">
          <a href="/queue" aria-current={!props.mine ? "page" : undefined}>
            Tất cả
          </a>
          <a href="/queue?mine=1" aria-current={props.mine ? "page" : undefined}>
            Của tôi
          </a>
        </nav>
      </div>
      {/* Live: the wrapper stays, its content is replaced when the queue changes. */}
      <div id="queue-live" hx-get={props.mine ? "/queue?mine=1" : "/queue"} hx-trigger="sse:queue" hx-select="#queue-list" hx-swap="innerHTML">
      <div id="queue-list">
      <p class="summary" aria-live="polite">
        <span class="badge badge--sla-overdue">Quá hạn: {counts.overdue ?? 0}</span>{" "}
        <span class="badge badge--sla-due_soon">Sắp đến hạn: {counts.due_soon ?? 0}</span>{" "}
        <span class="badge badge--sla-on_time">Trong hạn: {counts.on_time ?? 0}</span>
      </p>
      {props.callBacks.length > 0 && (
        <section class="queue-callbacks" aria-labelledby="callbacks-title">
          <div class="page-head">
            <h2 id="callbacks-title">Cần gọi lại ({props.callBacks.length})</h2>
            <a href="/callbacks">Xem tất cả và nội dung trả lời</a>
          </div>
          <CallBackList items={props.callBacks.slice(0, CALL_BACKS_SHOWN)} back="/queue" empty="" />
          <h2 class="queue-callbacks__next">Câu hỏi đang xử lý</h2>
        </section>
      )}
      <QuestionList rows={props.rows} empty="Không có câu hỏi nào đang chờ. Tốt lắm!" />
      </div>
      </div>
    </Layout>
  );
}
