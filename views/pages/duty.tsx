// Lịch trực: who of the answer team is on duty on the coming working days; leads set a day's roster.
import type { DutyDay, DutyMember } from "../../src/model.js";
import { dateOnlyLocal } from "../format.js";
import { Layout } from "../layout.js";
import { ErrorSummary, Field, describedBy, type FieldErrors } from "../partials/form.js";

export interface DutyFormValues {
  date?: string;
  members?: string[];
}

// "thứ Ba 24/11/2026" starting a line.
export const dayText = (date: string) => {
  const s = dateOnlyLocal(date);
  return s.charAt(0).toUpperCase() + s.slice(1);
};

export const memberName = (m: DutyMember) => (m.rank ? `${m.rank} ${m.name}` : m.name);

export function DutyMembers(props: { members: DutyMember[] }) {
  if (props.members.length === 0) return <span class="muted">Chưa phân công trực</span>;
  return <span>{props.members.map(memberName).join(", ")}</span>;
}

export function DutyPage(props: {
  today: string;
  roster: DutyDay[];
  canEdit: boolean;
  team: DutyMember[]; // checkboxes, for leads
  values: DutyFormValues;
  errors?: FieldErrors;
  notice?: string; // after a lead saves; shown above the form
}) {
  const { values, errors = {} } = props;
  const checked = values.members ?? [];
  return (
    <Layout title="Lịch trực" path="/duty">
      <div class="page-head">
        <h1>Lịch trực Tổ giải đáp</h1>
        <a href="/handover">Bàn giao ca</a>
      </div>
      <section class="card" aria-labelledby="roster-title">
        <h2 id="roster-title">{props.roster.length} ngày làm việc tới</h2>
        <p class="muted">Ngày nghỉ, ngày lễ theo lịch làm việc không có ca trực nên không hiện ở đây.</p>
        <ul class="duty-list">
          {props.roster.map((day) => (
            <li class={`duty-day${day.date === props.today ? " duty-day--today" : ""}`}>
              <span class="duty-day__date">
                <time datetime={day.date}>{dayText(day.date)}</time>
                {day.date === props.today && <span class="badge badge--new">Hôm nay</span>}
              </span>
              <span class="duty-day__members">
                <DutyMembers members={day.members} />
              </span>
              {props.canEdit && (
                <a class="duty-day__edit" href={`/duty?date=${day.date}#duty-form`} aria-label={`Sửa lịch trực ${dateOnlyLocal(day.date)}`}>
                  Sửa
                </a>
              )}
            </li>
          ))}
        </ul>
      </section>
      {props.canEdit ? (
        <section class="card" id="duty-form" aria-labelledby="duty-form-title">
          <h2 id="duty-form-title">Phân công trực</h2>
          {props.notice && (
            <p class="alert alert--success" role="status">
              {props.notice}
            </p>
          )}
          <ErrorSummary errors={errors} />
          {/* Back to this card after saving or on an error, not to the top of a long page. */}
          <form method="post" action="/duty#duty-form" class="stack">
            <Field id="duty-date" label="Ngày trực" error={errors.date}>
              <input
                id="duty-date"
                name="date"
                type="date"
                required
                value={values.date ?? ""}
                class="duty-date"
                aria-invalid={errors.date ? "true" : undefined}
                aria-describedby={describedBy("duty-date", undefined, errors.date)}
              />
            </Field>
            <fieldset class={errors.members ? "field--invalid" : undefined} aria-describedby="duty-members-hint">
              <legend>Cán bộ trực</legend>
              <p class="field__hint" id="duty-members-hint">
                Lưu sẽ thay toàn bộ danh sách trực của ngày đã chọn; bỏ chọn hết để xóa lịch trực ngày đó.
              </p>
              {errors.members && <p class="field__error">{errors.members}</p>}
              <div class="checks">
                {props.team.map((m) => (
                  <label>
                    <input type="checkbox" name="members" value={String(m.id)} checked={checked.includes(String(m.id))} /> {memberName(m)}
                  </label>
                ))}
              </div>
            </fieldset>
            <button type="submit" class="button button--primary">
              Lưu lịch trực
            </button>
          </form>
        </section>
      ) : (
        <p class="muted">Lịch trực do tổ trưởng sắp xếp.</p>
      )}
    </Layout>
  );
}
