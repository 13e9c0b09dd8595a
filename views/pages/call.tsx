// Tiếp nhận câu hỏi: the team logs a call, a Zalo message, an iHanoi or portal request or a công văn.
// Phone-only and other-channel fields show by the chosen channel where the browser can (CSS :has);
// without it every field shows and the server ignores what does not apply.
import type { CallerAccount } from "../../src/model.js";
import { dateTimeInputValue } from "../format.js";
import { Layout } from "../layout.js";
import { CallerMatches } from "../partials/caller-picker.js";
import { CategorySelect } from "../partials/category-select.js";
import { CHANNEL_LABELS, LOGGED_CHANNELS } from "../partials/channel.js";
import { describedBy, ErrorSummary, Field, type FieldErrors } from "../partials/form.js";

export function CallPage(props: {
  categories: { id: number; name: string }[];
  units: { id: number; name: string }[];
  callers: CallerAccount[]; // accounts matching the search, and the one picked
  now: Date;
  values?: Record<string, string>;
  errors?: FieldErrors;
  logged?: { id: number; answered: boolean };
}) {
  const { values = {}, errors = {} } = props;
  const channel = values.channel || "phone";
  const now = dateTimeInputValue(props.now);
  const hints = {
    called_at: "Giờ gọi đến, giờ nhận tin nhắn hoặc ngày nhận văn bản. Ghi sau thì sửa lại cho đúng: hạn trả lời tính từ thời điểm này.",
    caller_q: "Gõ họ tên, tên đăng nhập hoặc đơn vị (có dấu hay không dấu đều được).",
    caller_phone: "Người hỏi không có tài khoản: bắt buộc với điện thoại và Zalo, để gọi lại báo kết quả.",
    answer: "Nếu đã trả lời ngay (trong cuộc gọi, qua Zalo…), ghi tóm tắt nội dung đã trả lời rồi bấm “Đã trả lời ngay”.",
  };
  return (
    <Layout title="Tiếp nhận câu hỏi" path="/calls/new">
      <section class="card">
        <div class="page-head">
          <h1>Tiếp nhận câu hỏi</h1>
          <a href="/callbacks" class="button button--small">
            Danh sách cần gọi lại
          </a>
        </div>
        <p class="muted">
          “Hỏi trực tiếp – Trả lời ngay”: ghi lại cuộc gọi đến đường dây nóng, hoặc câu hỏi nhận qua Zalo, iHanoi, Cổng dịch vụ công, công văn. Câu hỏi chưa trả lời được ngay
          được tính thời hạn 24 giờ làm việc.
        </p>
        {props.logged && (
          <p class="alert alert--success" role="status">
            Đã ghi nhận thành <a href={`/questions/${props.logged.id}`}>câu hỏi #{props.logged.id}</a>
            {props.logged.answered ? " (đã trả lời ngay)." : " và chuyển xử lý."}
          </p>
        )}
        <ErrorSummary errors={errors} />
        <form method="post" action="/calls" class="stack intake">
          <fieldset class="stack">
            <legend>Kênh và thời điểm nhận</legend>
            <div class="grid-2">
              <Field id="channel" label="Kênh tiếp nhận" error={errors.channel}>
                <select id="channel" name="channel">
                  {LOGGED_CHANNELS.map((ch) => (
                    <option value={ch} selected={ch === channel}>
                      {CHANNEL_LABELS[ch]}
                    </option>
                  ))}
                </select>
              </Field>
              <Field id="called_at" label="Thời điểm nhận" hint={hints.called_at} error={errors.called_at}>
                <input
                  id="called_at"
                  name="called_at"
                  type="datetime-local"
                  value={values.called_at || now}
                  max={now}
                  aria-describedby={describedBy("called_at", hints.called_at, errors.called_at)}
                  aria-invalid={errors.called_at ? "true" : undefined}
                />
              </Field>
              <div class="intake__phone">
                <Field id="duration" label="Thời lượng cuộc gọi (phút)" error={errors.duration}>
                  <input id="duration" name="duration" type="number" min={0} max={600} inputmode="numeric" value={values.duration ?? ""} />
                </Field>
              </div>
              <div class="intake__written">
                <Field id="channel_ref" label="Số văn bản / mã hồ sơ (nếu có)" error={errors.channel_ref}>
                  <input id="channel_ref" name="channel_ref" maxlength={100} value={values.channel_ref ?? ""} />
                </Field>
              </div>
            </div>
          </fieldset>

          <fieldset class="stack">
            <legend>Người hỏi</legend>
            <div class="field">
              <label for="caller_q">Tìm cán bộ có tài khoản</label>
              <p class="field__hint" id="caller_q-hint">
                {hints.caller_q}
              </p>
              <div class="searchbar intake__search">
                <input
                  id="caller_q"
                  name="caller_q"
                  type="search"
                  maxlength={100}
                  autocomplete="off"
                  value={values.caller_q ?? ""}
                  aria-describedby="caller_q-hint"
                  aria-controls="caller-matches"
                  hx-get="/calls/callers"
                  hx-trigger="input changed delay:300ms, search"
                  hx-target="#caller-matches"
                  hx-swap="outerHTML"
                  hx-include="[name='caller_username']:checked"
                />
                {/* The form's first button, so Enter in any field searches rather than sends. */}
                <button type="submit" formaction="/calls/lookup" formnovalidate class="button">
                  Tìm
                </button>
              </div>
            </div>
            <CallerMatches query={values.caller_q ?? ""} matches={props.callers} picked={values.caller_username} />
            {errors.caller_username && (
              <p class="field__error" id="caller_username-error">
                {errors.caller_username}
              </p>
            )}
            <p class="field__hint">Đã chọn tài khoản thì họ tên, cấp bậc, đơn vị lấy theo tài khoản (ghi đơn vị nếu khác).</p>
            <div class="grid-2">
              <Field id="caller" label="Họ tên người hỏi" error={errors.caller}>
                <input id="caller" name="caller" maxlength={150} value={values.caller ?? ""} autocomplete="off" />
              </Field>
              <Field id="caller_rank" label="Cấp bậc" error={errors.caller_rank}>
                <input id="caller_rank" name="caller_rank" maxlength={50} list="call-ranks" value={values.caller_rank ?? ""} autocomplete="off" />
                <datalist id="call-ranks">
                  {RANKS.map((r) => (
                    <option value={r} />
                  ))}
                </datalist>
              </Field>
              <Field id="unit" label="Đơn vị" error={errors.unit}>
                <input id="unit" name="unit" list="call-units" maxlength={150} value={values.unit ?? ""} autocomplete="off" />
                <datalist id="call-units">
                  {props.units.map((u) => (
                    <option value={u.name} />
                  ))}
                </datalist>
              </Field>
              <Field id="caller_phone" label="Số điện thoại" hint={hints.caller_phone} error={errors.caller_phone}>
                <input
                  id="caller_phone"
                  name="caller_phone"
                  type="tel"
                  inputmode="tel"
                  maxlength={30}
                  autocomplete="off"
                  value={values.caller_phone ?? ""}
                  aria-describedby={describedBy("caller_phone", hints.caller_phone, errors.caller_phone)}
                  aria-invalid={errors.caller_phone ? "true" : undefined}
                />
              </Field>
            </div>
          </fieldset>

          <fieldset class="stack">
            <legend>Câu hỏi</legend>
            <Field id="category" label="Lĩnh vực" error={errors.category}>
              <CategorySelect id="category" categories={props.categories} value={values.category} invalid={!!errors.category} />
            </Field>
            <Field id="title" label="Câu hỏi (tóm tắt)" error={errors.title}>
              <input id="title" name="title" required maxlength={200} value={values.title ?? ""} />
            </Field>
            <Field id="body" label="Nội dung câu hỏi" error={errors.body}>
              <textarea id="body" name="body" rows={4} required maxlength={20000}>
                {values.body ?? ""}
              </textarea>
            </Field>
            <Field id="answer" label="Nội dung đã trả lời" hint={hints.answer} error={errors.answer}>
              <textarea id="answer" name="answer" rows={4} maxlength={50000} aria-describedby={describedBy("answer", hints.answer, errors.answer)}>
                {values.answer ?? ""}
              </textarea>
            </Field>
          </fieldset>
          <div class="actions">
            <button type="submit" name="outcome" value="answered" class="button button--primary">
              Đã trả lời ngay
            </button>
            <button type="submit" name="outcome" value="question" class="button">
              Chuyển thành câu hỏi (hạn 24 giờ làm việc)
            </button>
          </div>
        </form>
      </section>
    </Layout>
  );
}

// Cấp bậc hàm of the People's Public Security, offered while typing (any text is accepted).
const RANKS = ["Hạ sĩ", "Trung sĩ", "Thượng sĩ", "Thiếu úy", "Trung úy", "Thượng úy", "Đại úy", "Thiếu tá", "Trung tá", "Thượng tá", "Đại tá"];
