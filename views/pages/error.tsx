import { Layout } from "../layout.js";

export function ErrorPage(props: { title: string; message: string; status: number }) {
  return (
    <Layout title={props.title}>
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
