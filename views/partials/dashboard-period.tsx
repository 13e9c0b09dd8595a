// The period picker: a plain GET form, so a period is a link that can be bookmarked or sent on.
import type { ChosenPeriod, PeriodKind } from "../../src/model.js";

const KINDS: { kind: PeriodKind; label: string }[] = [
  { kind: "week", label: "Tuần này" },
  { kind: "month", label: "Tháng này" },
  { kind: "last_month", label: "Tháng trước" },
  { kind: "custom", label: "Tự chọn ngày" },
];

export function PeriodPicker(props: { period: ChosenPeriod; error: boolean }) {
  const p = props.period;
  return (
    <form method="get" action="/dashboard" class="card period-picker" aria-labelledby="period-picker-title">
      <h2 id="period-picker-title" class="visually-hidden">
        Chọn kỳ xem số liệu
      </h2>
      {props.error && (
        <div class="alert alert--error" role="alert">
          <p>Khoảng ngày không hợp lệ: cần có cả ngày bắt đầu và ngày kết thúc, ngày bắt đầu không sau ngày kết thúc, tối đa 366 ngày. Đang hiển thị tháng này.</p>
        </div>
      )}
      <fieldset class="period-picker__kinds">
        <legend>Kỳ báo cáo</legend>
        {KINDS.map((k) => (
          <label class="period-picker__kind">
            <input type="radio" name="period" value={k.kind} checked={p.kind === k.kind} /> {k.label}
          </label>
        ))}
      </fieldset>
      <div class="period-picker__range">
        <div>
          <label for="period-from">Từ ngày</label>
          <input type="date" id="period-from" name="from" value={p.firstDay} />
        </div>
        <div>
          <label for="period-to">Đến ngày</label>
          <input type="date" id="period-to" name="to" value={p.lastDay} />
        </div>
        <button type="submit" class="button button--primary">
          Xem số liệu
        </button>
      </div>
      <p class="field__hint">Ngày bắt đầu và kết thúc chỉ dùng khi chọn “Tự chọn ngày”; cả hai ngày đều được tính.</p>
    </form>
  );
}
