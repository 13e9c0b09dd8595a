// The overview's tables: the answer team (the nine) and categories (the unit leaderboard is in
// unit-leaderboard.tsx). Shared by the dashboard and the printed monthly report. On a phone each row becomes a
// card (table--stack with data-label); the printed report keeps real tables (stack={false}).
import type { CategoryRow, MemberRow } from "../../src/model.js";
import { percent, Rated, workTime } from "./dashboard-format.js";

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
