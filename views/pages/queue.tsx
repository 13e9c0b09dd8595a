import type { CurrentUser } from "../../src/services/users.js";
import { Layout } from "../layout.js";
import { QuestionList, type QuestionRow } from "../partials/question-list.js";

export function QueuePage(props: { user: CurrentUser; rows: QuestionRow[]; mine: boolean; counts: Record<string, number> }) {
  const { counts } = props;
  return (
    <Layout title="Hàng đợi" user={props.user} path="/queue">
      <div class="page-head">
        <h1>Hàng đợi câu hỏi</h1>
        <nav class="tabs" aria-label="Lọc hàng đợi">
          <a href="/queue" aria-current={!props.mine ? "page" : undefined}>
            Tất cả
          </a>
          <a href="/queue?mine=1" aria-current={props.mine ? "page" : undefined}>
            Của tôi
          </a>
        </nav>
      </div>
      <p class="summary" aria-live="polite">
        <span class="badge badge--sla-overdue">Quá hạn: {counts.overdue ?? 0}</span>{" "}
        <span class="badge badge--sla-due_soon">Sắp đến hạn: {counts.due_soon ?? 0}</span>{" "}
        <span class="badge badge--sla-on_time">Trong hạn: {counts.on_time ?? 0}</span>
      </p>
      <QuestionList rows={props.rows} empty="Không có câu hỏi nào đang chờ. Tốt lắm!" />
    </Layout>
  );
}
