import type { CurrentUser } from "../../src/services/users.js";
import { renderMarkdown } from "../../src/markdown.js";
import { dateOnly } from "../format.js";
import { Layout } from "../layout.js";

export function KbListPage(props: {
  user: CurrentUser;
  q: string;
  entries: { id: number; ref: string; title: string; question: string; categoryName: string }[];
}) {
  return (
    <Layout title="Tra cứu" user={props.user} path="/kb">
      <h1>Tra cứu hỏi – đáp nghiệp vụ</h1>
      <form method="get" action="/kb" class="searchbar" role="search">
        <label for="kb-q" class="visually-hidden">
          Từ khóa tra cứu
        </label>
        <input id="kb-q" type="search" name="q" value={props.q} placeholder="Ví dụ: xóa án tích, phiếu lý lịch tư pháp số 2" />
        <button type="submit" class="button button--primary">
          Tìm
        </button>
      </form>
      {props.entries.length === 0 ? (
        <p class="empty">Không tìm thấy mục hỏi – đáp phù hợp.</p>
      ) : (
        <ul class="kb-list">
          {props.entries.map((e) => (
            <li>
              <a href={`/kb/${e.id}`} class="kb-list__title">
                {e.title}
              </a>
              <p class="muted">
                {e.ref} · {e.categoryName}
              </p>
              <p class="kb-list__question">{e.question}</p>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

export function KbEntryPage(props: {
  user: CurrentUser;
  entry: {
    ref: string;
    title: string;
    question: string;
    answer: string;
    version: number;
    updatedAt: Date;
    categoryName: string;
    tags: string[];
    citations: { document: string; article: string }[];
  };
}) {
  const e = props.entry;
  return (
    <Layout title={e.title} user={props.user} path="/kb">
      <article class="card kb-entry">
        <p class="muted">
          {e.ref} · {e.categoryName} · phiên bản {e.version} · cập nhật {dateOnly(e.updatedAt)}
        </p>
        <h1>{e.title}</h1>
        <section class="kb-entry__question" aria-label="Câu hỏi">
          <h2>Câu hỏi</h2>
          <p>{e.question}</p>
        </section>
        <section class="prose" aria-label="Trả lời">
          <h2>Trả lời</h2>
          {renderMarkdown(e.answer)}
        </section>
        {e.citations.length > 0 && (
          <section aria-label="Căn cứ pháp lý">
            <h2>Căn cứ</h2>
            <ul>
              {e.citations.map((c) => (
                <li>
                  {c.article ? `${c.article}, ` : ""}
                  {c.document}
                </li>
              ))}
            </ul>
          </section>
        )}
        {e.tags.length > 0 && (
          <p class="tags">
            {e.tags.map((t) => (
              <span class="tag">{t}</span>
            ))}
          </p>
        )}
      </article>
    </Layout>
  );
}
