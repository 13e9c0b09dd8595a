// The overview's tables: the answer team (the nine), categories, and the unit leaderboard (bảng
// tổng sắp). Shared by the dashboard and the printed monthly report. On a phone each row becomes a
// card (table--stack with data-label); the printed report keeps real tables (stack={false}).
import type { CategoryRow, MemberRow, UnitRow } from "../../src/services/dashboard.js";
import { LOW_SATISFACTION } from "../../src/services/dashboard.js";
import { number1, percent, Rated, workTime } from "./dashboard-format.js";

const memberName = (m: MemberRow) => (m.rank ? `${m.rank} ${m.name}` : m.name);
const tableClass = (stack: boolean | undefined) => `table table--figures${stack === false ? "" : " table--stack"}`;

export function TeamTable(props: { rows: MemberRow[]; showDuty?: boolean; stack?: boolean }) {
  const duty = props.showDuty !== false;
  if (props.rows.length === 0) return <p class="muted">Chưa có thành viên Tổ giải đáp nào đang hoạt động.</p>;
  return (
    <div class="table-wrap">
      <table class={tableClass(props.stack)} id="team-table">
        <thead>
          <tr>
            <th scope="col">Thành viên</th>
            {duty && <th scope="col">Trực hôm nay</th>}
            {duty && <th scope="col">Đang xử lý</th>}
            <th scope="col">Đã trả lời</th>
            <th scope="col">Đúng hạn</th>
            <th scope="col">Thời gian trả lời (trung vị)</th>
            <th scope="col">Hài lòng</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((m) => (
            <tr>
              <th scope="row" data-label="Thành viên">
                {memberName(m)}
                {m.lead && <span class="muted"> · Tổ trưởng</span>}
              </th>
              {duty && <td data-label="Trực hôm nay">{m.onDutyToday ? <span class="badge badge--duty">Đang trực</span> : "—"}</td>}
              {duty && <td data-label="Đang xử lý">{m.openNow}</td>}
              <td data-label="Đã trả lời">{m.answered}</td>
              <td data-label="Đúng hạn">{percent(m.onTimeRate)}</td>
              <td data-label="Thời gian trả lời (trung vị)">{workTime(m.medianMinutes)}</td>
              <td data-label="Hài lòng">
                <Rated s={m.satisfaction} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CategoryTable(props: { rows: CategoryRow[]; stack?: boolean }) {
  return (
    <div class="table-wrap">
      <table class={tableClass(props.stack)} id="category-table">
        <thead>
          <tr>
            <th scope="col">Lĩnh vực</th>
            <th scope="col">Nhận được</th>
            <th scope="col">Đã trả lời</th>
            <th scope="col">Đúng hạn</th>
            <th scope="col">Thời gian trả lời (trung vị)</th>
            <th scope="col">90% trả lời trong</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((c) => (
            <tr>
              <th scope="row" data-label="Lĩnh vực">{c.name}</th>
              <td data-label="Nhận được">{c.received}</td>
              <td data-label="Đã trả lời">{c.answered}</td>
              <td data-label="Đúng hạn">{percent(c.onTimeRate)}</td>
              <td data-label="Thời gian trả lời (trung vị)">{workTime(c.medianMinutes)}</td>
              <td data-label="90% trả lời trong">{workTime(c.p90Minutes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const TRAINING_TEXT: Record<NonNullable<UnitRow["needsTraining"]>, string> = {
  none_engaged: "Cần tập huấn: chưa hỏi, chưa tra cứu",
  low_satisfaction: `Cần tập huấn: hài lòng dưới ${number1(LOW_SATISFACTION)}/5`,
};

export function UnitLeaderboard(props: { rows: UnitRow[]; stack?: boolean }) {
  if (props.rows.length === 0) return <p class="muted">Chưa có đơn vị nào có cán bộ sử dụng.</p>;
  return (
    <div class="table-wrap">
      <table class={tableClass(props.stack)} id="unit-table">
        <thead>
          <tr>
            <th scope="col">Hạng</th>
            <th scope="col">Đơn vị</th>
            <th scope="col">Câu hỏi đã gửi</th>
            <th scope="col">Tự tìm được trong kho hỏi – đáp</th>
            <th scope="col">Hài lòng trung bình</th>
            <th scope="col">Ghi chú</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((u) => (
            <tr class={u.needsTraining ? "row--training" : undefined}>
              <td data-label="Hạng">{u.rank}</td>
              <th scope="row" data-label="Đơn vị">{u.name}</th>
              <td data-label="Câu hỏi đã gửi">{u.asked}</td>
              <td data-label="Tự tìm được trong kho hỏi – đáp">{u.deflected}</td>
              <td data-label="Hài lòng trung bình">
                <Rated s={u.satisfaction} />
              </td>
              <td data-label="Ghi chú">{u.needsTraining ? <span class="badge badge--training">{TRAINING_TEXT[u.needsTraining]}</span> : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
