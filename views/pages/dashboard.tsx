// Tổng quan: the command's and the leads' view of the desk for a chosen period.
import { viewer } from "../viewer.js";
import type { Overview } from "../../src/model.js";
import { can } from "../../src/auth/permissions.js";
import { dateTime } from "../format.js";
import { ChannelTable } from "../partials/dashboard-channels.js";
import { Layout } from "../layout.js";
import { periodTitle } from "../partials/dashboard-format.js";
import { BacklogFigures, PeriodFigures } from "../partials/dashboard-figures.js";
import { Definitions } from "../partials/dashboard-definitions.js";
import { PeriodPicker } from "../partials/dashboard-period.js";
import { CategoryTable, TeamTable } from "../partials/dashboard-tables.js";
import { UnitLeaderboard, UnitScoringMethod } from "../partials/unit-leaderboard.js";
import { TrendCharts } from "../partials/dashboard-trends.js";
import { FeedbackSection, type PeriodFeedbackView } from "../partials/dashboard-feedback.js";

export function DashboardPage(props: {
  o: Overview;
  feedback: PeriodFeedbackView; // low ratings and reopen reasons of the same period
  periodError: boolean;
  reportMonth: string;
  canReport: boolean;
}) {
  const user = viewer();
  const { o } = props;
  const title = periodTitle(o.period);
  return (
    <Layout title="Tổng quan" path="/dashboard">
      <div class="page-head">
        <h1>Tổng quan</h1>
        {props.canReport && (
          <a class="button" href={`/reports/monthly?month=${props.reportMonth}`}>
            Báo cáo tháng {props.reportMonth.slice(5)}/{props.reportMonth.slice(0, 4)} (bản in)
          </a>
        )}
      </div>
      <PeriodPicker period={o.period} error={props.periodError} />

      <section aria-labelledby="period-title" class="dash-section">
        <h2 id="period-title">{title}</h2>
        <PeriodFigures o={o} />
        <h3 id="channels-title">Theo kênh tiếp nhận</h3>
        <ChannelTable byChannel={o.summary.byChannel} received={o.summary.received} />
        {can(user.roles, "consultation.view") && (
          <p>
            <a href="/consultations">Các yêu cầu xin ý kiến Ban cố vấn đang chờ và đã trả lời</a>
          </p>
        )}
      </section>

      <section aria-labelledby="backlog-title" class="dash-section">
        <h2 id="backlog-title">Câu hỏi đang mở lúc {dateTime(o.now)}</h2>
        <BacklogFigures o={o} />
      </section>

      <section aria-labelledby="trend-title" class="dash-section">
        <h2 id="trend-title">Xu hướng theo tuần</h2>
        <TrendCharts weeks={o.trend} />
      </section>

      <section aria-labelledby="team-title" class="dash-section">
        <h2 id="team-title">Tổ giải đáp nghiệp vụ</h2>
        <p class="muted">Số câu hỏi đang xử lý và lịch trực tính tại thời điểm xem; các cột khác tính trong kỳ ({title.toLowerCase()}).</p>
        <TeamTable rows={o.team} />
      </section>

      <FeedbackSection feedback={props.feedback} linkAnswerers={can(user.roles, "ratings.view_team")} />

      <section aria-labelledby="category-title" class="dash-section">
        <h2 id="category-title">Theo lĩnh vực</h2>
        <CategoryTable rows={o.categories} />
      </section>

      <section aria-labelledby="units-title" class="dash-section">
        <h2 id="units-title">Bảng tổng sắp các đơn vị</h2>
        <details class="card definitions-card" id="unit-method">
          <summary>Cách chấm điểm và xếp loại</summary>
          <UnitScoringMethod scoring={o.unitScoring} />
        </details>
        <UnitLeaderboard rows={o.units} scoring={o.unitScoring} />
      </section>

      <Definitions />
    </Layout>
  );
}
