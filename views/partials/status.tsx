import type { DeadlineInfo, SlaState, QuestionStatus } from "../../src/model.js";
import { dateTime, duration, isoInstant } from "../format.js";

export const STATUS_LABELS: Record<QuestionStatus, string> = {
  new: "Mới",
  assigned: "Đang xử lý",
  waiting_info: "Chờ bổ sung thông tin",
  answered: "Đã trả lời",
  closed: "Đã đóng",
  reopened: "Mở lại",
  withdrawn: "Đã rút",
  duplicate: "Trùng lặp",
};

export const SLA_LABELS: Record<SlaState, string> = {
  on_time: "Trong hạn",
  due_soon: "Sắp đến hạn",
  overdue: "Quá hạn",
};

export function StatusBadge(props: { status: QuestionStatus }) {
  return <span class={`badge badge--status-${props.status}`}>{STATUS_LABELS[props.status]}</span>;
}

export function SlaBadge(props: { info: DeadlineInfo }) {
  return <span class={`badge badge--sla-${props.info.state}`}>{SLA_LABELS[props.info.state]}</span>;
}

// "còn 13 giờ 20 phút làm việc" / "quá hạn 2 giờ làm việc"
export function TimeLeft(props: { info: DeadlineInfo }) {
  const { info } = props;
  if (info.paused) return <span class="time-left time-left--paused">tạm dừng, còn {duration(info.leftMinutes)} làm việc</span>;
  if (info.state === "overdue") return <span class="time-left time-left--overdue">quá hạn {duration(info.overdueMinutes)} làm việc</span>;
  return <span class={`time-left time-left--${info.state}`}>còn {duration(info.leftMinutes)} làm việc</span>;
}

export function Deadline(props: { info: DeadlineInfo }) {
  return (
    <span class="deadline">
      <SlaBadge info={props.info} /> Hạn trả lời: <time datetime={isoInstant(props.info.deadlineAt)}>{dateTime(props.info.deadlineAt)}</time>
      {" · "}
      <TimeLeft info={props.info} />
    </span>
  );
}
