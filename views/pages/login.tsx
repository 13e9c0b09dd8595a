import { Layout } from "../layout.js";

export function LoginPage(props: { username?: string; error?: string; next?: string }) {
  return (
    <Layout title="Đăng nhập" guest>
      <section class="card card--narrow">
        <h1>Đăng nhập</h1>
        <p class="muted">Tài khoản do quản trị viên cấp. Nếu quên mật khẩu, đồng chí liên hệ quản trị viên để được cấp lại.</p>
        {props.error && (
          <div class="alert alert--error" role="alert">
            {props.error}
          </div>
        )}
        <form method="post" action="/login" class="stack">
          {props.next && <input type="hidden" name="next" value={props.next} />}
          <div class="field">
            <label for="username">Tên đăng nhập</label>
            <input id="username" name="username" type="text" autocomplete="username" autocapitalize="none" spellcheck={false} required value={props.username ?? ""} autofocus={!props.username} />
          </div>
          <div class="field">
            <label for="password">Mật khẩu</label>
            <input id="password" name="password" type="password" autocomplete="current-password" required autofocus={!!props.username} />
          </div>
          <button type="submit" class="button button--primary button--block">
            Đăng nhập
          </button>
        </form>
      </section>
    </Layout>
  );
}
