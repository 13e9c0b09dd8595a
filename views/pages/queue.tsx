import type { CurrentUser } from "../../src/services/users.js";
import { Layout } from "../layout.js";
import { QuestionList, type QuestionRow } from "../partials/question-list.js";

export function QueuePage(props: { user: CurrentUser; rows: QuestionRow[]; mine: boolean; counts: Record<string, number> }) {
  const { counts } = props;
  return (
    <Layout title="Hàng đợi" user={props.user} path="/queue">
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
      <QuestionList rows={props.rows} empty="Không có câu hỏi nào đang chờ. Tốt lắm!" />
      </div>
      </div>
    </Layout>
  );
}
