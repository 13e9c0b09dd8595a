import type { CurrentUser } from "../../src/services/users.js";
import { dateOnly } from "../format.js";
import { Layout } from "../layout.js";

export function DashboardPage(props: {
  user: CurrentUser;
  backlog: { total: number; on_time: number; due_soon: number; overdue: number };
  period: { from: Date; to: Date; received: number; answered: number; onTime: number };
}) {
  const { backlog, period } = props;
  const rate = period.answered ? Math.round((period.onTime / period.answered) * 100) : null;
  return (
    <Layout title="Tổng quan" user={props.user} path="/dashboard">
      <h1>Tổng quan</h1>
      <section aria-labelledby="backlog-title">
        <h2 id="backlog-title">Câu hỏi đang mở</h2>
        <div class="stats">
          <p class="stat">
            <span class="stat__value">{backlog.total}</span> <span class="stat__label">đang mở</span>
          </p>
          <p class="stat stat--on_time">
            <span class="stat__value">{backlog.on_time}</span> <span class="stat__label">trong hạn</span>
          </p>
          <p class="stat stat--due_soon">
            <span class="stat__value">{backlog.due_soon}</span> <span class="stat__label">sắp đến hạn</span>
          </p>
          <p class="stat stat--overdue">
            <span class="stat__value">{backlog.overdue}</span> <span class="stat__label">quá hạn</span>
          </p>
        </div>
      </section>
      <section aria-labelledby="period-title">
        <h2 id="period-title">
          7 ngày qua ({dateOnly(period.from)} – {dateOnly(period.to)})
        </h2>
        <div class="stats">
          <p class="stat">
            <span class="stat__value">{period.received}</span> <span class="stat__label">câu hỏi nhận được</span>
          </p>
          <p class="stat">
            <span class="stat__value">{period.answered}</span> <span class="stat__label">đã trả lời</span>
          </p>
          <p class="stat">
            <span class="stat__value">{rate === null ? "—" : `${rate}%`}</span> <span class="stat__label">trả lời đúng hạn 24 giờ làm việc</span>
          </p>
        </div>
      </section>
    </Layout>
  );
}
