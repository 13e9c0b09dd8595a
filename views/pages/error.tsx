import type { CurrentUser } from "../../src/model.js";
import { Layout } from "../layout.js";

export function ErrorPage(props: { user?: CurrentUser | null; title: string; message: string; status: number }) {
  return (
    <Layout title={props.title} user={props.user}>
      <section class="card card--narrow">
        <p class="muted">Mã lỗi {props.status}</p>
        <h1>{props.title}</h1>
        <p>{props.message}</p>
        <p>
          <a href="/" class="button">
            Về trang chính
          </a>
        </p>
      </section>
    </Layout>
  );
}
