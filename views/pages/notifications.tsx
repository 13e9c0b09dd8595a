import type { NotificationFeedItem, NotificationKind } from "../../src/model.js";
import { dateTime, isoInstant } from "../format.js";
import { Layout } from "../layout.js";

const TEXTS: Record<NotificationKind, (ref: string) => string> = {
  assigned: (q) => `Câu hỏi ${q} được giao cho đồng chí`,
  answered: (q) => `Câu hỏi ${q} đã có trả lời`,
  clarification_requested: (q) => `Tổ giải đáp đề nghị bổ sung thông tin cho câu hỏi ${q}`,
  reply_received: (q) => `Người hỏi đã bổ sung thông tin cho câu hỏi ${q}`,
  due_soon: (q) => `Câu hỏi ${q} sắp đến hạn trả lời`,
  overdue: (q) => `Câu hỏi ${q} đã quá hạn trả lời`,
  reopened: (q) => `Câu hỏi ${q} được mở lại`,
  kb_published: (q) => `Câu hỏi ${q} của đồng chí đã được đưa vào kho hỏi – đáp`,
  consultation_requested: (q) => `Tổ giải đáp xin ý kiến Ban cố vấn về câu hỏi ${q}`,
  consultation_answered: (q) => `Ban cố vấn đã cho ý kiến về câu hỏi ${q}`,
  handover_received: (h) => `Biên bản bàn giao ca ${h} chờ đồng chí xác nhận đã nhận`,
  handover_acknowledged: (h) => `Biên bản bàn giao ca ${h} của đồng chí đã được xác nhận đã nhận`,
  kb_review_requested: (e) => `Mục hỏi – đáp ${e} chờ một cố vấn khác duyệt lần hai`,
  kb_approved: (e) => `Mục hỏi – đáp ${e} của đồng chí đã được duyệt và đăng`,
  kb_returned: (e) => `Mục hỏi – đáp ${e} của đồng chí được trả lại, chưa đăng`,
};

function notificationText(n: Pick<NotificationFeedItem, "kind" | "questionId" | "handoverId" | "entryRef">): string {
  if (n.entryRef) return TEXTS[n.kind](n.entryRef);
  const id = n.handoverId ?? n.questionId;
  return TEXTS[n.kind](id ? `#${id}` : "");
}

// Where a notification leads: the hand-over record, the knowledge-base entry, or the question.
const targetOf = (n: NotificationFeedItem) =>
  n.handoverId ? `/handover/${n.handoverId}` : n.entryId ? `/kb/${n.entryId}` : n.questionId ? `/questions/${n.questionId}` : null;

export function NotificationsPage(props: { items: NotificationFeedItem[]; unread: number }) {
  const { items, unread } = props;
  return (
    <Layout title="Thông báo" path="/notifications">
      <div class="page-head">
        <h1>Thông báo</h1>
        {unread > 0 && (
          <form method="post" action="/notifications/read" class="inline">
            <button type="submit" class="button button--small">
              Đánh dấu tất cả đã đọc
            </button>
          </form>
        )}
      </div>
      <p class="muted">{unread > 0 ? `Đồng chí có ${unread} thông báo chưa đọc.` : "Đồng chí đã đọc hết thông báo."}</p>
      {items.length === 0 ? (
        <p class="card">Chưa có thông báo nào.</p>
      ) : (
        <ol class="notification-list">
          {items.map((n) => (
            <li class={n.readAt ? "notification" : "notification notification--unread"}>
              <div class="notification__text">
                {targetOf(n) ? <a href={targetOf(n)!}>{notificationText(n)}</a> : notificationText(n)}
                {!n.readAt && <span class="badge badge--new">Mới</span>}
              </div>
              {(n.questionTitle ?? n.entryTitle) && <div class="notification__title">{n.questionTitle ?? n.entryTitle}</div>}
              {n.kind === "kb_returned" && n.returnReason && <div class="notification__title">Lý do trả lại: {n.returnReason}</div>}
              <time class="notification__time muted" datetime={isoInstant(n.createdAt)}>
                {dateTime(n.createdAt)}
              </time>
            </li>
          ))}
        </ol>
      )}
    </Layout>
  );
}
