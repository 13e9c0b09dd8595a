// The figure cards of the overview: the period's work, the backlog now, the knowledge base.
import type { Overview } from "../../src/model.js";
import { number1, percent, score, workTime } from "./dashboard-format.js";

export function Stat(props: { id: string; value: string | number; label: string; sub?: string; tone?: string }) {
  return (
    <p class={`stat${props.tone ? ` stat--${props.tone}` : ""}`} id={`stat-${props.id}`}>
      <span class="stat__value">{props.value}</span> <span class="stat__label">{props.label}</span>
      {props.sub && <span class="stat__sub">{props.sub}</span>}
    </p>
  );
}

export function PeriodFigures(props: { o: Overview }) {
  const { summary: s, satisfaction, kb, consultations: c } = props.o;
  return (
    <div class="stats">
      <Stat id="received" value={s.received} label="câu hỏi nhận được" sub={s.phoneCalls ? `trong đó ${s.phoneCalls} qua điện thoại` : undefined} />
      <Stat id="answered" value={s.answered} label="câu hỏi được trả lời lần đầu" />
      <Stat id="on-time" value={percent(s.onTimeRate)} label="trả lời đúng hạn 24 giờ làm việc" sub={s.answered ? `${s.onTime}/${s.answered} câu hỏi` : undefined} />
      <Stat id="median" value={workTime(s.medianMinutes)} label="thời gian trả lời (trung vị, giờ làm việc)" />
      <Stat id="p90" value={workTime(s.p90Minutes)} label="90% câu hỏi được trả lời trong (giờ làm việc)" />
      <Stat id="on-the-spot" value={s.onTheSpot} label="cuộc gọi trả lời ngay qua điện thoại" sub={s.phoneCalls ? `trên ${s.phoneCalls} cuộc gọi` : undefined} />
      <Stat id="deflections" value={props.o.deflections} label="lượt tự tìm được câu trả lời trong kho hỏi – đáp" />
      <Stat id="satisfaction" value={score(satisfaction)} label="mức hài lòng trung bình" sub={`${satisfaction.count} lượt đánh giá`} />
      <Stat id="kb" value={`+${kb.published}`} label="mục hỏi – đáp mới đăng" sub={`tổng ${number1(kb.total)} mục đang áp dụng`} />
      <Stat id="consultations" value={c.requested} label="lần xin ý kiến Ban cố vấn" sub={`${c.waiting} yêu cầu còn chờ ý kiến`} />
      <Stat id="advice" value={c.answered} label="ý kiến Ban cố vấn đã gửi" sub={c.answered ? `chờ trung bình ${workTime(c.averageMinutes)} làm việc` : undefined} />
    </div>
  );
}

export function BacklogFigures(props: { o: Overview }) {
  const b = props.o.backlog;
  return (
    <div class="stats">
      <Stat id="backlog" value={b.total} label="câu hỏi đang mở" />
      <Stat id="backlog-on-time" value={b.on_time} label="trong hạn" tone="on_time" />
      <Stat id="backlog-due-soon" value={b.due_soon} label="sắp đến hạn (đã dùng ≥ 75% thời hạn)" tone="due_soon" />
      <Stat id="backlog-overdue" value={b.overdue} label="quá hạn" tone="overdue" />
    </div>
  );
}
