import { CallUsNotice } from "../partials/hotlines.js";
import { Layout } from "../layout.js";
import { describedBy, ErrorSummary, Field, type FieldErrors } from "../partials/form.js";
import { CategorySelect } from "../partials/category-select.js";
import { AttachmentPicker, type UploadLimitsView } from "../partials/attachments.js";

interface AskFormValues {
  title?: string;
  body?: string;
  category?: string;
}

export function AskPage(props: {
  categories: { id: number; name: string }[];
  limits: UploadLimitsView;
  values?: AskFormValues;
  errors?: FieldErrors;
}) {
  const { values = {}, errors = {} } = props;
  const titleHint = "Một câu ngắn nêu vấn đề, ví dụ: “Thời hạn đương nhiên xóa án tích với án treo?”";
  const bodyHint = "Trình bày tình huống cụ thể, văn bản đã tham khảo. Không ghi số định danh, số điện thoại của công dân.";
  return (
    <Layout title="Đặt câu hỏi" path="/questions/new">
      <section class="card">
        <h1>Đặt câu hỏi</h1>
        <p class="muted">Câu hỏi được chuyển ngay tới cán bộ Tổ giải đáp phụ trách lĩnh vực và được trả lời chậm nhất trong 24 giờ làm việc.</p>
        <CallUsNotice />
        <ErrorSummary errors={errors} />
        <form method="post" action="/questions" class="stack" enctype="multipart/form-data">
          <Field id="title" label="Tiêu đề câu hỏi" hint={titleHint} error={errors.title}>
            <input
              id="title"
              name="title"
              type="text"
              required
              maxlength={200}
              value={values.title ?? ""}
              aria-describedby={describedBy("title", titleHint, errors.title)}
              aria-invalid={errors.title ? "true" : undefined}
              hx-get="/kb/suggest"
              hx-trigger="input changed delay:500ms, load"
              hx-include="#body"
              hx-target="#kb-suggestions"
              hx-swap="innerHTML"
            />
          </Field>
          <section id="kb-suggestions" aria-live="polite" aria-label="Mục hỏi – đáp có thể đã trả lời"></section>
          <Field id="category" label="Lĩnh vực" error={errors.category}>
            <CategorySelect id="category" categories={props.categories} value={values.category} invalid={!!errors.category} />
          </Field>
          <Field id="body" label="Nội dung" hint={bodyHint} error={errors.body}>
            <textarea id="body" name="body" rows={8} required maxlength={20000} aria-describedby={describedBy("body", bodyHint, errors.body)} aria-invalid={errors.body ? "true" : undefined}>
              {values.body ?? ""}
            </textarea>
          </Field>
          <AttachmentPicker id="attachments" limits={props.limits} error={errors.attachments} />
          <div class="actions">
            <button type="submit" class="button button--primary">
              Gửi câu hỏi
            </button>
            <a href="/questions" class="button button--ghost">
              Hủy
            </a>
          </div>
        </form>
      </section>
    </Layout>
  );
}
