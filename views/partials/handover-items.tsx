// The questions of a hand-over record: each with its state and deadline as they were at the
// hand-over (what the next shift took on), who took it, and its state now.
import type { HandoverItem } from "../../src/model.js";
import { dateTime, isoInstant } from "../format.js";
import { personName } from "./handover-summary.js";
import { SlaBadge, STATUS_LABELS, TimeLeft } from "./status.js";

export function HandoverItems(props: { items: HandoverItem[]; links?: boolean }) {
  if (props.items.length === 0) return <p class="empty">Không bàn giao câu hỏi nào, chỉ có nội dung bàn giao.</p>;
  return (
    <div class="table-wrap">
      <table class="table handover-items">
        <thead>
          <tr>
            <th scope="col">TT</th>
            <th scope="col">Câu hỏi</th>
            <th scope="col">Lúc bàn giao</th>
            <th scope="col">Hạn trả lời</th>
            <th scope="col">Người nhận</th>
            <th scope="col">Hiện nay</th>
          </tr>
        </thead>
        <tbody>
          {props.items.map((i, n) => {
            const info = { deadlineAt: i.deadlineAt, state: i.slaState, leftMinutes: i.leftMinutes, overdueMinutes: i.overdueMinutes, paused: i.paused };
            return (
              <tr>
                <td>{n + 1}</td>
                <td>
                  {props.links ? <a href={`/questions/${i.questionId}`}>#{i.questionId}</a> : `#${i.questionId}`} {i.title}
                </td>
                <td>
                  {STATUS_LABELS[i.status]} <SlaBadge info={info} />
                </td>
                <td>
                  <time datetime={isoInstant(i.deadlineAt)}>{dateTime(i.deadlineAt)}</time>
                  <br />
                  <TimeLeft info={info} />
                </td>
                <td>{personName(i.to)}</td>
                <td>{STATUS_LABELS[i.statusNow]}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
