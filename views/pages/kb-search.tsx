import { viewer } from "../viewer.js";
import type { KbSearchHit } from "../../src/model.js";
import { can } from "../../src/auth/permissions.js";
import { Layout } from "../layout.js";
import { Highlight } from "../partials/highlight.js";
import { LawResults, type LawHitView } from "../partials/law-results.js";
import { CategorySelect } from "../partials/category-select.js";
import { LawChangeNote, type ReviewFlagView } from "../partials/law-change-notice.js";

type BrowseEntry = { id: number; ref: string; title: string; question: string; categoryName: string; flag: ReviewFlagView | null };

interface KbSearchFilters {
  q: string;
  category?: string;
  tag?: string;
  regulation?: string;
  page: number;
}

export function KbSearchPage(props: {
  filters: KbSearchFilters;
  categories: { id: number; name: string }[];
  tags: string[];
  documents: string[];
  hits: KbSearchHit[];
  total: number;
  pageSize: number;
  browse: BrowseEntry[];
  law: LawHitView[]; // articles of the register matching the query
}) {
  const user = viewer();
  const f = props.filters;
  return (
    <Layout title={f.q ? `Tra cứu: ${f.q}` : "Tra cứu"} path="/kb">
      <div class="page-head">
        <h1>Tra cứu hỏi – đáp nghiệp vụ</h1>
        <p class="actions">
          <a href="/regulations" class="button button--small">
            Văn bản được viện dẫn
          </a>
          <a href="/kb/booklet" class="button button--small">
            In sổ tay hỏi – đáp
          </a>
          {can(user.roles, "poster.print") && (
            <a href="/kb/poster" class="button button--small">
              In áp phích niêm yết
            </a>
          )}
        </p>
      </div>
      <form method="get" action="/kb" class="kb-search" role="search" hx-get="/kb" hx-target="#kb-results" hx-select="#kb-results" hx-swap="outerHTML" hx-push-url="true" hx-trigger="submit, input changed delay:350ms from:#kb-q, change from:select">
        <div class="searchbar">
          <label for="kb-q" class="visually-hidden">
            Nội dung cần tra cứu
          </label>
          <input id="kb-q" type="search" name="q" value={f.q} maxlength={2000} autocomplete="off" placeholder="Gõ từ khóa hoặc dán nguyên câu hỏi, có dấu hay không dấu đều được" />
          <button type="submit" class="button button--primary">
            Tìm
          </button>
        </div>
        <div class="filters">
          <div class="field">
            <label for="kb-category">Lĩnh vực</label>
            <CategorySelect id="kb-category" categories={props.categories} value={f.category} filter />
          </div>
          <div class="field">
            <label for="kb-tag">Từ khóa (thẻ)</label>
            <select id="kb-tag" name="tag">
              <option value="">Tất cả</option>
              {props.tags.map((t) => (
                <option value={t} selected={f.tag === t}>
                  {t}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="kb-regulation">Văn bản được viện dẫn</label>
            <select id="kb-regulation" name="regulation">
              <option value="">Tất cả</option>
              {props.documents.map((d) => (
                <option value={d} selected={f.regulation === d}>
                  {d}
                </option>
              ))}
            </select>
          </div>
        </div>
        <p class="field__hint">Mẹo: đặt cụm từ trong ngoặc kép để tìm đúng cụm, ví dụ "án treo".</p>
      </form>
      <section id="kb-results" aria-live="polite" aria-label="Kết quả tra cứu">
        {f.q ? <Results {...props} /> : <Browse entries={props.browse} />}
        {f.q && props.law.length > 0 && <LawSection hits={props.law} query={f.q} open={props.hits.length === 0} />}
      </section>
    </Layout>
  );
}

function Results(props: { filters: KbSearchFilters; hits: KbSearchHit[]; total: number; pageSize: number }) {
  const f = props.filters;
  if (props.hits.length === 0) {
    return (
      <div class="empty">
        <p>Không tìm thấy mục hỏi – đáp phù hợp với “{f.q}”.</p>
        <p>
          Đồng chí có thể thử ít từ hơn, bỏ bộ lọc, hoặc <a href="/questions/new">gửi câu hỏi cho Tổ giải đáp</a>.
        </p>
      </div>
    );
  }
  const link = (page: number) => {
    const p = new URLSearchParams({ q: f.q });
    if (f.category) p.set("category", f.category);
    if (f.tag) p.set("tag", f.tag);
    if (f.regulation) p.set("regulation", f.regulation);
    if (page > 1) p.set("page", String(page));
    return `/kb?${p}`;
  };
  const pages = Math.ceil(props.total / props.pageSize);
  return (
    <>
      <p class="muted">{props.total} mục phù hợp, sắp xếp theo mức độ liên quan.</p>
      <ol class="kb-list" start={(f.page - 1) * props.pageSize + 1}>
        {props.hits.map((h) => (
          <li>
            <a href={`/kb/${h.id}`} class="kb-list__title">
              <Highlight text={h.title} terms={h.highlights} />
            </a>
            <p class="muted">
              {h.ref} · {h.categoryName}
            </p>
            {h.flag && <LawChangeNote flag={h.flag} />}
            <p class="kb-list__question">
              <Highlight text={h.snippet} terms={h.highlights} />
            </p>
          </li>
        ))}
      </ol>
      {pages > 1 && (
        <nav class="pager" aria-label="Phân trang kết quả">
          {f.page > 1 && <a href={link(f.page - 1)}>← Trang trước</a>}
          <span>
            Trang {f.page}/{pages}
          </span>
          {f.page < pages && <a href={link(f.page + 1)}>Trang sau →</a>}
        </nav>
      )}
    </>
  );
}

// Where no entry answers, the law may: the matching articles in a section of their own, open when
// there is no entry at all, folded under the entries otherwise.
function LawSection(props: { hits: LawHitView[]; query: string; open: boolean }) {
  return (
    <details class="law-section" open={props.open}>
      <summary>
        <h2>Điều khoản văn bản pháp luật liên quan</h2>
      </summary>
      <p class="muted">Trích từ văn bản gốc trong danh mục; chưa phải câu trả lời của Tổ giải đáp.</p>
      <LawResults hits={props.hits} query={props.query} mode="read" />
      <p>
        <a href={`/law?q=${encodeURIComponent(props.query)}`}>Xem thêm trong tra cứu văn bản →</a>
      </p>
    </details>
  );
}

function Browse(props: { entries: BrowseEntry[] }) {
  if (props.entries.length === 0) return <p class="empty">Kho hỏi – đáp chưa có mục nào.</p>;
  return (
    <>
      <h2>Mục mới cập nhật</h2>
      <ul class="kb-list">
        {props.entries.map((e) => (
          <li>
            <a href={`/kb/${e.id}`} class="kb-list__title">
              {e.title}
            </a>
            <p class="muted">
              {e.ref} · {e.categoryName}
            </p>
            {e.flag && <LawChangeNote flag={e.flag} />}
            <p class="kb-list__question">{e.question}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
