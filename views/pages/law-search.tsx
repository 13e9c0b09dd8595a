// Tra cứu văn bản pháp luật: the register's articles, searched like the knowledge base.
import { Layout } from "../layout.js";
import { LawResults, type LawHitView } from "../partials/law-results.js";

export function LawSearchPage(props: { q: string; hits: LawHitView[]; total: number }) {
  return (
    <Layout title={props.q ? `Tra cứu văn bản: ${props.q}` : "Tra cứu văn bản pháp luật"} path="/regulations">
      <div class="page-head">
        <h1>Tra cứu văn bản pháp luật</h1>
        <a href="/regulations" class="button button--small">
          Danh mục văn bản
        </a>
      </div>
      <form method="get" action="/law" class="kb-search" role="search" hx-get="/law" hx-target="#law-results" hx-select="#law-results" hx-swap="outerHTML" hx-push-url="true" hx-trigger="submit, input changed delay:350ms from:#law-q">
        <div class="searchbar">
          <label for="law-q" class="visually-hidden">
            Điều khoản cần tìm
          </label>
          <input id="law-q" type="search" name="q" value={props.q} maxlength={2000} autocomplete="off" placeholder="Số điều, tên văn bản, hoặc dán nguyên câu hỏi; có dấu hay không dấu đều được" />
          <button type="submit" class="button button--primary">
            Tìm
          </button>
        </div>
      </form>
      <section id="law-results" aria-live="polite" aria-label="Điều khoản phù hợp">
        {props.q && <p class="muted">{props.total > props.hits.length ? `${props.hits.length} điều khoản phù hợp nhất` : `${props.hits.length} điều khoản phù hợp`}.</p>}
        <LawResults hits={props.hits} query={props.q} mode="read" />
      </section>
    </Layout>
  );
}
