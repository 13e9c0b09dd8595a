// "How was this deadline computed?" — the 24-working-hour rule made visible.
import type { DeadlineExplanation } from "../../src/model.js";
import { dateOnlyLocal, dateTime, duration, isoInstant } from "../format.js";

export function DeadlineExplainer(props: { x: DeadlineExplanation; open?: boolean }) {
  const { x } = props;
  const left = x.allowanceMinutes - x.usedMinutes;
  return (
    <details class="explainer" open={props.open}>
      <summary>Cách tính hạn trả lời</summary>
      <dl class="explainer__list">
        <dt>Bắt đầu tính</dt>
        <dd>
          <time datetime={isoInstant(x.clockStartedAt)}>{dateTime(x.clockStartedAt)}</time>
          {x.reopened ? " (mở lại: thời hạn mới 24 giờ làm việc)" : " (khi câu hỏi được gửi)"}
        </dd>
        <dt>Thời hạn</dt>
        <dd>{duration(x.allowanceMinutes)} làm việc (thứ Hai – thứ Sáu, 08:00–12:00 và 13:00–17:00 theo lịch làm việc)</dd>
        <dt>Đã dùng</dt>
        <dd>{duration(x.usedMinutes)} làm việc</dd>
        <dt>{left >= 0 ? "Còn lại" : "Quá hạn"}</dt>
        <dd>{duration(Math.abs(left))} làm việc</dd>
        <dt>Tạm dừng chờ bổ sung</dt>
        <dd>
          {x.pauses.length === 0 ? (
            "Không có"
          ) : (
            <ul>
              {x.pauses.map((p) => (
                <li>
                  từ <time datetime={isoInstant(p.from)}>{dateTime(p.from)}</time>{" "}
                  {p.to ? (
                    <>
                      đến <time datetime={isoInstant(p.to)}>{dateTime(p.to)}</time>
                    </>
                  ) : (
                    "— đang tạm dừng"
                  )}{" "}
                  ({duration(p.workingMinutes)} làm việc không tính)
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Ngày nghỉ lễ được bỏ qua</dt>
        <dd>{dayList(x.holidaysSkipped)}</dd>
        <dt>Ngày làm bù được tính</dt>
        <dd>{dayList(x.makeUpDaysWorked)}</dd>
        <dt>Hạn trả lời</dt>
        <dd>
          <time datetime={isoInstant(x.deadlineAt)}>{dateTime(x.deadlineAt)}</time>
        </dd>
      </dl>
    </details>
  );
}

function dayList(days: { date: string; name: string }[]): string {
  return days.length === 0 ? "Không có" : days.map((d) => `${dateOnlyLocal(d.date)}${d.name ? ` (${d.name})` : ""}`).join("; ");
}
