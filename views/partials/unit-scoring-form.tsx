// Cài đặt → Bảng tổng sắp: the weight of each criterion, the grade thresholds, the minimum use for a
// unit to be ranked and the working hours an asker has to answer a clarification request.
import { UNIT_CRITERIA } from "../../src/model.js";
import { describedBy, ErrorSummary, Field, type FieldErrors } from "./form.js";
import { CRITERION_NAME } from "./unit-leaderboard.js";

// The fields as typed: weight_<criterion>, band_excellent, band_good, band_fair, min_activity, reply_hours.
export type ScoringFormValues = Record<string, string>;

function NumberField(props: { name: string; label: string; value: string; errors: FieldErrors; hint?: string }) {
  const error = props.errors[props.name];
  return (
    <Field id={props.name} label={props.label} error={error} hint={props.hint}>
      <input type="text" inputmode="decimal" id={props.name} name={props.name} value={props.value} maxlength={20} aria-invalid={error ? "true" : undefined} aria-describedby={describedBy(props.name, props.hint, error)} />
    </Field>
  );
}

export function UnitScoringForm(props: { values: ScoringFormValues; errors?: FieldErrors }) {
  const errors = props.errors ?? {};
  const v = props.values;
  return (
    <section class="card" aria-labelledby="unit-scoring-title" id="unit-scoring">
      <h2 id="unit-scoring-title">Bảng tổng sắp các đơn vị: tiêu chí chấm điểm</h2>
      <p class="muted">
        Điểm của đơn vị là trung bình có trọng số của các tiêu chí (mỗi tiêu chí 0–100). Chỉ tỷ lệ giữa các trọng số có ý nghĩa; trọng số 0 là không xét tiêu chí đó. Cách tính hiện trên trang Tổng quan và trong báo cáo tháng.
      </p>
      <ErrorSummary errors={errors} />
      <form method="post" action="/admin/settings/unit-scoring" class="stack">
        <fieldset>
          <legend>Trọng số (số không âm, tổng lớn hơn 0)</legend>
          {UNIT_CRITERIA.map((c) => (
            <NumberField name={`weight_${c}`} label={CRITERION_NAME[c]} value={v[`weight_${c}`] ?? ""} errors={errors} />
          ))}
        </fieldset>
        <fieldset>
          <legend>Ngưỡng xếp loại (điểm 0–100, giảm dần; dưới ngưỡng khá là trung bình)</legend>
          <NumberField name="band_excellent" label="Xuất sắc từ" value={v.band_excellent} errors={errors} />
          <NumberField name="band_good" label="Tốt từ" value={v.band_good} errors={errors} />
          <NumberField name="band_fair" label="Khá từ" value={v.band_fair} errors={errors} />
        </fieldset>
        <NumberField
          name="min_activity"
          label="Số lượt sử dụng tối thiểu để xếp hạng"
          value={v.min_activity}
          errors={errors}
          hint="Câu hỏi đã gửi cộng số lần tự tìm được câu trả lời trong kỳ; đơn vị ít hơn được ghi “chưa đủ dữ liệu”."
        />
        <NumberField
          name="reply_hours"
          label="Thời hạn bổ sung thông tin (giờ làm việc)"
          value={v.reply_hours}
          errors={errors}
          hint="Người hỏi trả lời yêu cầu bổ sung trong số giờ làm việc này thì được tính là kịp thời."
        />
        <div class="actions">
          <button type="submit" class="button button--primary">
            Lưu tiêu chí chấm điểm
          </button>
        </div>
      </form>
    </section>
  );
}
