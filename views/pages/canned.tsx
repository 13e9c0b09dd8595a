import { renderMarkdown } from "../../src/markdown.js";
import { Layout } from "../layout.js";
import { ErrorSummary, Field, type FieldErrors } from "../partials/form.js";

export function CannedPage(props: {
  items: { id: number; title: string; body: string }[];
  values?: Record<string, string>;
  errors?: FieldErrors;
  notice?: string;
}) {
  const { values = {}, errors = {} } = props;
  return (
    <Layout title="Mẫu trả lời" path="/canned">
      <h1>Mẫu trả lời dùng chung</h1>
      <p class="muted">Các đoạn trả lời mẫu của Tổ giải đáp; chèn nhanh vào ô trả lời trên trang câu hỏi.</p>
      {props.notice && (
        <p class="alert alert--success" role="status">
          {props.notice}
        </p>
      )}
      {props.items.length === 0 && <p class="empty">Chưa có mẫu trả lời nào.</p>}
      {props.items.map((item) => (
        <article class="card" id={`canned-${item.id}`}>
          <h2>{item.title}</h2>
          <div class="prose">{renderMarkdown(item.body)}</div>
          <details>
            <summary>Sửa mẫu</summary>
            <form method="post" action={`/canned/${item.id}`} class="stack">
              <div class="field">
                <label for={`t-${item.id}`}>Tên mẫu</label>
                <input id={`t-${item.id}`} name="title" required maxlength={150} value={item.title} />
              </div>
              <div class="field">
                <label for={`b-${item.id}`}>Nội dung (Markdown)</label>
                <textarea id={`b-${item.id}`} name="body" rows={6} required maxlength={20000}>
                  {item.body}
                </textarea>
              </div>
              <div class="actions">
                <button type="submit" class="button button--primary">
                  Lưu
                </button>
              </div>
            </form>
            <form method="post" action={`/canned/${item.id}/archive`} class="inline">
              <button type="submit" class="button button--ghost">
                Ngừng sử dụng mẫu này
              </button>
            </form>
          </details>
        </article>
      ))}
      <section class="card" aria-labelledby="new-canned">
        <h2 id="new-canned">Thêm mẫu mới</h2>
        <ErrorSummary errors={errors} />
        <form method="post" action="/canned" class="stack">
          <Field id="canned-title" label="Tên mẫu" error={errors.title}>
            <input id="canned-title" name="title" required maxlength={150} value={values.title ?? ""} />
          </Field>
          <Field id="canned-body" label="Nội dung (Markdown)" error={errors.body}>
            <textarea id="canned-body" name="body" rows={6} required maxlength={20000}>
              {values.body ?? ""}
            </textarea>
          </Field>
          <button type="submit" class="button button--primary">
            Thêm mẫu
          </button>
        </form>
      </section>
    </Layout>
  );
}
