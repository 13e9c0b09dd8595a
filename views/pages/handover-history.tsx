// Biên bản đã lập: past hand-overs, newest first, a page at a time. Members see those they gave or
// received; leads and the steering board all of the team's.
import { viewer } from "../viewer.js";
import type { HandoverSummary } from "../../src/model.js";
import { can } from "../../src/auth/permissions.js";
import { Layout } from "../layout.js";
import { HandoverSummaryList } from "../partials/handover-summary.js";

export function HandoverHistoryPage(props: { items: HandoverSummary[]; total: number; page: number; pages: number }) {
  const user = viewer();
  const { page, pages } = props;
  const whose = can(user.roles, "handover.view_all") ? "của cả Tổ giải đáp" : "đồng chí đã giao hoặc đã nhận";
  return (
    <Layout title="Biên bản bàn giao ca" path={can(user.roles, "duty.view") ? "/handover" : "/handover/history"}>
      <div class="page-head">
        <h1>Biên bản bàn giao ca</h1>
        {can(user.roles, "duty.view") && <a href="/handover">← Bàn giao ca</a>}
      </div>
      <p class="muted">
        {props.total} biên bản {whose}, mới nhất trước.
      </p>
      {props.items.length === 0 ? <p class="card">Chưa có biên bản bàn giao nào.</p> : <HandoverSummaryList items={props.items} />}
      {pages > 1 && (
        <nav class="pager" aria-label="Phân trang">
          {page > 1 && <a href={`/handover/history?page=${page - 1}`}>← Trang trước</a>}
          <span>
            Trang {page}/{pages}
          </span>
          {page < pages && <a href={`/handover/history?page=${page + 1}`}>Trang sau →</a>}
        </nav>
      )}
    </Layout>
  );
}
