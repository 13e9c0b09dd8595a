// Lịch làm việc: the weekly hours, holidays and make-up days the 24-working-hour deadline counts on.
import type { CalendarDayRow, CalendarDayKind } from "../../src/model.js";
import type { Child } from "hono/jsx";
import type { HolidaySuggestion, SubstituteSuggestion } from "../../src/domain/holidays.js";
import { dateOnlyLocal } from "../format.js";
import { Layout } from "../layout.js";
import { ErrorSummary, Field, type FieldErrors } from "../partials/form.js";

export const WEEKDAY_LABELS: Record<number, string> = {
  1: "Thứ Hai",
  2: "Thứ Ba",
  3: "Thứ Tư",
  4: "Thứ Năm",
  5: "Thứ Sáu",
  6: "Thứ Bảy",
  7: "Chủ nhật",
};

export const DAY_KIND_LABELS: Record<CalendarDayKind, string> = {
  holiday: "Ngày nghỉ lễ",
  make_up: "Ngày làm bù",
};

type PeriodRow = { start: string; end: string };
/** The week form's rows per ISO weekday, as stored or as typed. */
export type WeekValues = Record<number, PeriodRow[]>;

export interface DayValues {
  date?: string;
  kind?: string;
  name?: string;
}

interface SuggestionYear {
  year: number;
  items: HolidaySuggestion[];
  substitutes: SubstituteSuggestion[];
}

export const NO_SUBSTITUTE = "Không có ngày nghỉ bù nào cho ngày này: chỉ ngày lễ theo luật trùng ngày nghỉ hằng tuần mới được nghỉ bù.";

export function substituteTaken(holiday: string): string {
  return `Ngày nghỉ bù cho ngày lễ ${dateOnlyLocal(holiday)} đã có trong lịch; không thêm lần nữa.`;
}

// "thứ Năm 01/01/2026" starts a line here.
const dayText = (date: string) => {
  const s = dateOnlyLocal(date);
  return s.charAt(0).toUpperCase() + s.slice(1);
};

export function savedNotice(moved: number): string {
  return moved > 0
    ? `Đã lưu. Hạn trả lời của ${moved} câu hỏi đang mở đã được tính lại.`
    : "Đã lưu. Không có câu hỏi đang mở nào phải đổi hạn trả lời.";
}

export function AdminCalendarPage(props: {
  week: WeekValues;
  weekErrors?: FieldErrors;
  days: CalendarDayRow[];
  dayValues?: DayValues;
  dayErrors?: FieldErrors;
  suggestErrors?: FieldErrors;
  suggestions: SuggestionYear[];
  thisYear: number;
  chosenYear?: number;
  notice?: string;
}) {
  return (
    <Layout title="Lịch làm việc" path="/admin/calendar">
      <h1>Lịch làm việc</h1>
      <p class="muted">
        Hạn trả lời (24 giờ làm việc) được tính theo lịch này. Mỗi thay đổi được lưu ngay và tính lại hạn trả lời của mọi câu hỏi đang mở.
      </p>
      {props.notice && (
        <p class="alert alert--success" role="status">
          {props.notice}
        </p>
      )}
      <WeekSection week={props.week} errors={props.weekErrors ?? {}} chosenYear={props.chosenYear} />
      <DaysSection days={props.days} values={props.dayValues ?? {}} errors={props.dayErrors ?? {}} thisYear={props.thisYear} chosenYear={props.chosenYear} />
      <SuggestionsSection suggestions={props.suggestions} errors={props.suggestErrors ?? {}} chosenYear={props.chosenYear} />
    </Layout>
  );
}

// Carries the suggestion year across a POST, so the page comes back as the admin left it.
function YearField(props: { year?: number }) {
  return props.year ? <input type="hidden" name="year" value={String(props.year)} /> : null;
}

function WeekSection(props: { week: WeekValues; errors: FieldErrors; chosenYear?: number }) {
  return (
    <section class="card" aria-labelledby="week-title">
      <h2 id="week-title">Giờ làm việc trong tuần</h2>
      <p class="field__hint">
        Mỗi ngày có thể có nhiều khoảng giờ (ví dụ sáng 08:00–12:00, chiều 13:00–17:00). Xóa trống cả hai ô để bỏ một khoảng; ngày không có khoảng
        nào là ngày nghỉ. Lưu xong, ô trống mới hiện ra để thêm khoảng nữa.
      </p>
      <ErrorSummary errors={props.errors} />
      <form method="post" action="/admin/calendar/week" class="stack">
        <YearField year={props.chosenYear} />
        <div class="cal-week">
          {[1, 2, 3, 4, 5, 6, 7].map((wd) => (
            <WeekdayFields weekday={wd} rows={props.week[wd] ?? []} error={props.errors[`day_${wd}`]} />
          ))}
        </div>
        <button type="submit" class="button button--primary">
          Lưu giờ làm việc
        </button>
      </form>
    </section>
  );
}

function WeekdayFields(props: { weekday: number; rows: PeriodRow[]; error?: string }) {
  const { weekday: wd } = props;
  const label = WEEKDAY_LABELS[wd]!;
  const off = !props.rows.some((r) => r.start || r.end);
  return (
    <fieldset class={`cal-day${off ? " cal-day--off" : ""}${props.error ? " field--invalid" : ""}`} aria-describedby={props.error ? `day-${wd}-error` : undefined}>
      <legend>
        {label} {off && <span class="badge cal-badge--off">Nghỉ</span>}
      </legend>
      {props.rows.map((r, i) => (
        <div class="cal-period">
          <label class="visually-hidden" for={`start-${wd}-${i}`}>
            {label}, khoảng {i + 1}, từ
          </label>
          <input type="time" id={`start-${wd}-${i}`} name={`start_${wd}`} value={r.start} />
          <span aria-hidden="true">–</span>
          <label class="visually-hidden" for={`end-${wd}-${i}`}>
            {label}, khoảng {i + 1}, đến
          </label>
          <input type="time" id={`end-${wd}-${i}`} name={`end_${wd}`} value={r.end} />
        </div>
      ))}
      {props.error && (
        <p class="field__error" id={`day-${wd}-error`}>
          {props.error}
        </p>
      )}
    </fieldset>
  );
}

function DaysSection(props: { days: CalendarDayRow[]; values: DayValues; errors: FieldErrors; thisYear: number; chosenYear?: number }) {
  const { values, errors } = props;
  const years = [...new Set(props.days.map((d) => Number(d.date.slice(0, 4))))];
  return (
    <section class="card" aria-labelledby="days-title">
      <h2 id="days-title">Ngày nghỉ lễ và ngày làm bù</h2>
      <p class="field__hint">Ngày nghỉ lễ không tính giờ làm việc. Ngày làm bù (thường là thứ Bảy) làm việc theo giờ của thứ Hai.</p>
      <ErrorSummary errors={errors} />
      <form method="post" action="/admin/calendar/days" class="stack" id="add-day">
        <YearField year={props.chosenYear} />
        <div class="cal-add">
          <Field id="day-date" label="Ngày" error={errors.date}>
            <input type="date" id="day-date" name="date" required value={values.date ?? ""} />
          </Field>
          <Field id="day-kind" label="Loại ngày" error={errors.kind}>
            <select id="day-kind" name="kind" required>
              {(Object.keys(DAY_KIND_LABELS) as CalendarDayKind[]).map((k) => (
                <option value={k} selected={values.kind === k}>
                  {DAY_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </Field>
          <Field id="day-name" label="Tên gọi" error={errors.name}>
            <input id="day-name" name="name" required maxlength={100} value={values.name ?? ""} placeholder="Nghỉ bù Quốc khánh" />
          </Field>
        </div>
        <button type="submit" class="button button--primary">
          Thêm vào lịch
        </button>
      </form>
      {years.length === 0 && <p class="empty">Lịch chưa có ngày nghỉ lễ hay ngày làm bù nào.</p>}
      {years.map((y) => {
        const days = props.days.filter((d) => d.date.startsWith(`${y}-`));
        return (
          <details class="cal-year" open={y >= props.thisYear}>
            <summary>
              Năm {y} <span class="muted">({days.length} ngày)</span>
            </summary>
            {/* Holidays are most of the list: only the exception, a make-up day, wears a badge. */}
            <ul class="cal-list">
              {days.map((d) => (
                <CalendarItem date={d.date} name={d.name} badge={d.kind === "make_up" && <span class="badge cal-badge--make_up">{DAY_KIND_LABELS.make_up}</span>}>
                  <form method="post" action={`/admin/calendar/days/${d.date}/delete`} class="inline">
                    <YearField year={props.chosenYear} />
                    <button type="submit" class="button button--small" aria-label={`Xóa ${d.name} (${dayText(d.date)})`}>
                      Xóa
                    </button>
                  </form>
                </CalendarItem>
              ))}
            </ul>
          </details>
        );
      })}
    </section>
  );
}

// One dated line: the day, its name and badge, and what can be done with it.
function CalendarItem(props: { date: string; name: string; badge?: Child; muted?: boolean; children: Child }) {
  return (
    <li class={`cal-item${props.muted ? " cal-item--muted" : ""}`}>
      <span class="cal-item__text">
        <time datetime={props.date}>{dayText(props.date)}</time>
        <span>
          {props.name} {props.badge}
        </span>
      </span>
      <span class="cal-item__action">{props.children}</span>
    </li>
  );
}

function SuggestionsSection(props: { suggestions: SuggestionYear[]; errors: FieldErrors; chosenYear?: number }) {
  return (
    <section class="card" aria-labelledby="suggest-title" id="goi-y">
      <h2 id="suggest-title">Gợi ý ngày nghỉ lễ theo luật</h2>
      <p class="field__hint">
        Các ngày nghỉ lễ, Tết theo Điều 112 Bộ luật Lao động 2019; Tết Nguyên đán và Giỗ Tổ Hùng Vương được tính theo âm lịch. Ngày lễ trùng ngày
        nghỉ hằng tuần thì được nghỉ bù vào ngày làm việc kế tiếp (khoản 3 Điều 112): ngày nghỉ bù được gợi ý dưới mỗi năm. Ngày hoán đổi do
        Chính phủ quyết định hằng năm: xin thêm ở mục trên. Chưa ngày nào được thêm nếu quản trị chưa bấm thêm.
      </p>
      <ErrorSummary errors={props.errors} />
      <form method="get" action="/admin/calendar#goi-y" class="inline-form cal-year-form">
        <label for="suggest-year">Xem năm</label>
        <input type="number" id="suggest-year" name="year" min={2000} max={2100} required value={props.chosenYear ? String(props.chosenYear) : ""} />
        <button type="submit" class="button button--small">
          Xem gợi ý
        </button>
      </form>
      {props.suggestions.map(({ year, items, substitutes }) => {
        const missing = items.filter((s) => !s.inCalendar).length;
        return (
          <div class="cal-suggest">
            <div class="page-head">
              <h3>Năm {year}</h3>
              {missing > 0 ? (
                <form method="post" action="/admin/calendar/suggestions" class="inline">
                  <input type="hidden" name="suggest" value={String(year)} />
                  <YearField year={props.chosenYear} />
                  <button type="submit" class="button button--small">
                    Thêm cả {missing} ngày còn thiếu
                  </button>
                </form>
              ) : (
                <span class="badge cal-badge--present">Đã có đủ trong lịch</span>
              )}
            </div>
            <ul class="cal-list">
              {items.map((s) => (
                <CalendarItem date={s.date} name={s.name} muted={!!s.inCalendar} badge={s.lunar && <span class="badge cal-badge--lunar">Âm lịch</span>}>
                  {s.inCalendar ? (
                    <span class="badge cal-badge--present">{s.inCalendar === "holiday" ? "Đã có trong lịch" : "Đang là ngày làm bù"}</span>
                  ) : (
                    <form method="post" action="/admin/calendar/days" class="inline">
                      <input type="hidden" name="date" value={s.date} />
                      <input type="hidden" name="kind" value="holiday" />
                      <input type="hidden" name="name" value={s.name} />
                      <YearField year={props.chosenYear} />
                      <button type="submit" class="button button--small" aria-label={`Thêm ${s.name} (${dayText(s.date)})`}>
                        Thêm
                      </button>
                    </form>
                  )}
                </CalendarItem>
              ))}
            </ul>
            <Substitutes year={year} items={substitutes} chosenYear={props.chosenYear} />
          </div>
        );
      })}
    </section>
  );
}

function Substitutes(props: { year: number; items: SubstituteSuggestion[]; chosenYear?: number }) {
  return (
    <>
      <h4>Ngày nghỉ bù năm {props.year}</h4>
      {props.items.length === 0 ? (
        <p class="muted">Không có ngày lễ nào trùng ngày nghỉ hằng tuần.</p>
      ) : (
        <ul class="cal-list">
          {props.items.map((s) => (
            <CalendarItem date={s.date} name={s.name} muted={!!s.inCalendar} badge={<span class="muted">(ngày lễ trùng {dateOnlyLocal(s.holiday.date)})</span>}>
              {s.inCalendar ? (
                <span class="badge cal-badge--present">{s.inCalendar === "holiday" ? "Đã thêm vào lịch" : "Đang là ngày làm bù"}</span>
              ) : (
                <form method="post" action="/admin/calendar/substitutes" class="inline">
                  <input type="hidden" name="holiday" value={s.holiday.date} />
                  <YearField year={props.chosenYear} />
                  <button type="submit" class="button button--small" aria-label={`Thêm ngày nghỉ bù ${dayText(s.date)} (${s.holiday.name})`}>
                    Thêm
                  </button>
                </form>
              )}
            </CalendarItem>
          ))}
        </ul>
      )}
    </>
  );
}
