import type { CurrentUser } from "../../src/services/users.js";
import { Layout } from "../layout.js";
import { describedBy, ErrorSummary, Field, type FieldErrors } from "../partials/form.js";
import { CategorySelect } from "../partials/category-select.js";

export function CallPage(props: {
  user: CurrentUser;
  categories: { id: number; name: string }[];
  units: { id: number; name: string }[];
  values?: Record<string, string>;
  errors?: FieldErrors;
  logged?: { id: number; answered: boolean };
}) {
  const { values = {}, errors = {} } = props;
  const answerHint = "Nếu đã trả lời ngay qua điện thoại, ghi tóm tắt nội dung đã trả lời rồi bấm “Đã trả lời ngay”.";
  return (
    <Layout title="Ghi nhận cuộc gọi" user={props.user} path="/calls/new">
      <section class="card">
        <h1>Ghi nhận cuộc gọi</h1>
        <p class="muted">“Hỏi trực tiếp – Trả lời ngay”: ghi lại cuộc gọi đến đường dây nóng. Câu hỏi chưa trả lời được ngay sẽ được tính thời hạn 24 giờ làm việc.</p>
        {props.logged && (
          <p class="alert alert--success" role="status">
            Đã ghi nhận cuộc gọi thành <a href={`/questions/${props.logged.id}`}>câu hỏi #{props.logged.id}</a>
            {props.logged.answered ? " (đã trả lời ngay)." : " và chuyển xử lý."}
          </p>
        )}
        <ErrorSummary errors={errors} />
        <form method="post" action="/calls" class="stack">
          <div class="grid-2">
            <Field id="caller" label="Người gọi (cấp bậc, họ tên)" error={errors.caller}>
              <input id="caller" name="caller" required maxlength={150} value={values.caller ?? ""} autocomplete="off" />
            </Field>
            <Field id="unit" label="Đơn vị" error={errors.unit}>
              <input id="unit" name="unit" list="call-units" maxlength={150} value={values.unit ?? ""} autocomplete="off" />
              <datalist id="call-units">
                {props.units.map((u) => (
                  <option value={u.name} />
                ))}
              </datalist>
            </Field>
            <Field id="caller_username" label="Tài khoản của người gọi (nếu có, để họ theo dõi trên hệ thống)" error={errors.caller_username}>
              <input id="caller_username" name="caller_username" maxlength={50} autocapitalize="none" value={values.caller_username ?? ""} />
            </Field>
            <Field id="category" label="Lĩnh vực" error={errors.category}>
              <CategorySelect id="category" categories={props.categories} value={values.category} invalid={!!errors.category} />
            </Field>
          </div>
          <Field id="title" label="Câu hỏi (tóm tắt)" error={errors.title}>
            <input id="title" name="title" required maxlength={200} value={values.title ?? ""} />
          </Field>
          <Field id="body" label="Nội dung câu hỏi" error={errors.body}>
            <textarea id="body" name="body" rows={4} required maxlength={20000}>
              {values.body ?? ""}
            </textarea>
          </Field>
          <Field id="answer" label="Nội dung đã trả lời" hint={answerHint} error={errors.answer}>
            <textarea id="answer" name="answer" rows={4} maxlength={50000} aria-describedby={describedBy("answer", answerHint, errors.answer)}>
              {values.answer ?? ""}
            </textarea>
          </Field>
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
