// Weekly trends: questions received and answered (bars), the on-time rate (line), each with its table.
import type { Overview } from "../../src/model.js";
import { dateOnly } from "../format.js";
import { BarChart, PercentLineChart } from "./charts.js";
import { percent } from "./dashboard-format.js";

type Week = Overview["trend"][number];

const RECEIVED = "#0d4a6b"; // the app's primary blue
const ANSWERED = "#2e7d4f"; // green, lighter than the blue so the pair reads apart without colour too
const RATE = "#8a4b00"; // brown: the rate is not a count

const start = (w: Week) => dateOnly(w.from).slice(0, 5);
const end = (w: Week) => dateOnly(new Date(w.to.getTime() - 1)).slice(0, 5);
// "16/11 – 22/11"; a week cut to one day by the report's month reads as that day.
const range = (w: Week) => (start(w) === end(w) ? start(w) : `${start(w)} – ${end(w)}`);

export function WeekTable(props: { weeks: Week[]; caption: string }) {
  return (
    <table class="table">
      <caption class="visually-hidden">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Tuần</th>
          <th scope="col">Thời gian</th>
          <th scope="col">Nhận</th>
          <th scope="col">Trả lời</th>
          <th scope="col">Đúng hạn</th>
          <th scope="col">Tỷ lệ</th>
        </tr>
      </thead>
      <tbody>
        {props.weeks.map((w) => (
          <tr>
            <th scope="row">{w.week}</th>
            <td class="nowrap">{range(w)}</td>
            <td>{w.received}</td>
            <td>{w.answered}</td>
            <td>{w.onTime}</td>
            <td>{percent(w.onTimeRate)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function TrendCharts(props: { weeks: Week[]; idPrefix?: string }) {
  const { weeks } = props;
  const id = props.idPrefix ?? "trend";
  const labels = weeks.map(start);
  const span = weeks.length ? `${dateOnly(weeks[0]!.from)} đến ${dateOnly(new Date(weeks.at(-1)!.to.getTime() - 1))}` : "";
  return (
    <div class="charts">
      <BarChart
        id={`${id}-volume`}
        title="Câu hỏi nhận được và đã trả lời theo tuần"
        description={`Biểu đồ cột, ${weeks.length} tuần từ ${span}: ${weeks.map((w) => `tuần ${start(w)} nhận ${w.received}, trả lời ${w.answered}`).join("; ")}.`}
        labels={labels}
        series={[
          { name: "Nhận được", values: weeks.map((w) => w.received), colour: RECEIVED },
          { name: "Đã trả lời", values: weeks.map((w) => w.answered), colour: ANSWERED },
        ]}
        xLabel="Tuần (ngày thứ Hai đầu tuần)"
        yLabel="Số câu hỏi"
        table={<WeekTable weeks={weeks} caption="Câu hỏi nhận được và đã trả lời theo tuần" />}
      />
      <PercentLineChart
        id={`${id}-ontime`}
        title="Tỷ lệ trả lời đúng hạn 24 giờ làm việc theo tuần"
        description={`Biểu đồ đường, ${weeks.length} tuần từ ${span}: ${weeks.map((w) => `tuần ${start(w)} ${percent(w.onTimeRate)}`).join("; ")}.`}
        labels={labels}
        series={[{ name: "Tỷ lệ đúng hạn", values: weeks.map((w) => (w.onTimeRate === null ? null : Math.round(w.onTimeRate * 1000) / 10)), colour: RATE }]}
        xLabel="Tuần (ngày thứ Hai đầu tuần)"
        yLabel="Tỷ lệ đúng hạn"
        table={<WeekTable weeks={weeks} caption="Tỷ lệ trả lời đúng hạn theo tuần" />}
      />
    </div>
  );
}
