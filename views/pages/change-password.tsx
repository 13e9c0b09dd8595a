import { viewer } from "../viewer.js";
import { Layout } from "../layout.js";
import { ErrorSummary, Field, type FieldErrors } from "../partials/form.js";

export function ChangePasswordPage(props: { errors?: FieldErrors }) {
  const user = viewer();
  const { errors = {} } = props;
  return (
    <Layout title="Đổi mật khẩu">
      <section class="card card--narrow">
        <h1>Đổi mật khẩu</h1>
        {user.mustChangePassword && (
          <p class="alert alert--info">Mật khẩu của đồng chí vừa được quản trị viên cấp lại. Xin đặt mật khẩu mới trước khi tiếp tục.</p>
        )}
        <ErrorSummary errors={errors} />
        <form method="post" action="/account/password" class="stack">
          <Field id="password" label="Mật khẩu mới (ít nhất 8 ký tự)" error={errors.password}>
            <input id="password" name="password" type="password" autocomplete="new-password" required minlength={8} />
          </Field>
          <Field id="confirm" label="Nhập lại mật khẩu mới" error={errors.confirm}>
            <input id="confirm" name="confirm" type="password" autocomplete="new-password" required minlength={8} />
          </Field>
          <button type="submit" class="button button--primary">
            Lưu mật khẩu mới
          </button>
        </form>
      </section>
    </Layout>
  );
}
