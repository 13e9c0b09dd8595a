// Cần gọi lại: the answer team's list of answers to pass on by phone (or the channel they came by).
import type { CallBackItem } from "../../src/model.js";
import { Layout } from "../layout.js";
import { CallBackList } from "../partials/call-back-list.js";

export function CallBacksPage(props: { pending: CallBackItem[]; recent: CallBackItem[] }) {
  return (
    <Layout title="Cần gọi lại" path="/callbacks">
      <div class="page-head">
        <h1>Cần gọi lại ({props.pending.length})</h1>
        <a href="/calls/new" class="button button--small">
          Tiếp nhận câu hỏi
        </a>
      </div>
      <p class="muted">
        Câu hỏi của người không có tài khoản đã được trả lời: gọi lại (hoặc phản hồi qua kênh họ đã dùng) để báo nội dung trả lời, rồi bấm “Đã gọi lại”. Hệ thống ghi lại người gọi và thời điểm.
      </p>
      <div id="callbacks-live" hx-get="/callbacks" hx-trigger="sse:queue" hx-select="#callbacks-pending" hx-swap="innerHTML">
        <section id="callbacks-pending" aria-labelledby="pending-title">
          <h2 id="pending-title" class="visually-hidden">
            Chưa gọi lại
          </h2>
          <CallBackList items={props.pending} back="/callbacks" openAnswers empty="Không còn ai cần gọi lại." />
        </section>
      </div>
      <section aria-labelledby="recent-title" class="callbacks-recent">
        <h2 id="recent-title">Đã gọi lại gần đây</h2>
        <CallBackList items={props.recent} back="/callbacks" empty="Chưa có cuộc gọi lại nào." />
      </section>
    </Layout>
  );
}
