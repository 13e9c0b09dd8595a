// Ban cố vấn's desk: proposals from the answer team, entries flagged for review, drafts in progress.
import type { Child } from "hono/jsx";
import type { ReviewQueue } from "../../src/services/kb-curation-queries.js";
import type { CurrentUser } from "../../src/services/users.js";
import { dateOnly, dateTime, isoInstant } from "../format.js";
import { Layout } from "../layout.js";

function Section<T>(props: { id: string; title: string; empty: string; items: T[]; render: (item: T) => Child }) {
  return (
    <section class="review-section" aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`}>
        {props.title} <span class="count">{props.items.length}</span>
      </h2>
      {props.items.length === 0 ? <p class="empty">{props.empty}</p> : <ul class="review-list">{props.items.map(props.render)}</ul>}
    </section>
  );
}

function Item(props: { id: string; href: string; title: string; meta: Child; note?: Child; flagged?: boolean; actions: Child }) {
  return (
    <li class={`review-item${props.flagged ? " review-item--flagged" : ""}`} id={props.id}>
      <div class="review-item__body">
        <a class="review-item__title" href={props.href}>
          {props.title}
        </a>
        <p class="review-item__meta">{props.meta}</p>
        {props.note && <p class="review-item__note">{props.note}</p>}
      </div>
      <div class="review-item__actions">{props.actions}</div>
    </li>
  );
}

const editLink = (id: number) => (
  <a class="button button--small" href={`/kb/${id}/edit`}>
    Sửa
  </a>
);

export function ReviewPage(props: { user: CurrentUser; queue: ReviewQueue }) {
  const { proposals, flagged, drafts } = props.queue;
  return (
    <Layout title="Duyệt hỏi – đáp" user={props.user} path="/review">
      <div class="page-head">
        <h1>Duyệt hỏi – đáp</h1>
        <a class="button button--primary" href="/kb/new">
          Soạn mục mới
        </a>
      </div>
      <p>
        <a href="/regulations/unresolved">Căn cứ chưa khớp với danh mục văn bản</a> · <a href="/regulations">Văn bản quy phạm</a>
      </p>
      <Section
        id="proposals"
        title="Đề xuất từ Tổ giải đáp"
        empty="Không có đề xuất nào đang chờ."
        items={proposals}
        render={(p) => (
          <Item
            id={`proposal-${p.id}`}
            href={`/questions/${p.questionId}`}
            title={`#${p.questionId} ${p.questionTitle}`}
            meta={
              <>
                {p.categoryName} · đề xuất bởi {p.proposerRank ? `${p.proposerRank} ${p.proposerName}` : p.proposerName} ·{" "}
                <time datetime={isoInstant(p.createdAt)}>{dateTime(p.createdAt)}</time>
              </>
            }
            note={p.note && `“${p.note}”`}
            actions={
              <>
                <a class="button button--primary button--small" href={`/kb/new?proposal=${p.id}`}>
                  Soạn mục hỏi – đáp
                </a>
                <form method="post" action={`/review/proposals/${p.id}/dismiss`} class="inline">
                  <button type="submit" class="button button--ghost button--small">
                    Bỏ qua đề xuất
                  </button>
                </form>
              </>
            }
          />
        )}
      />
      <Section
        id="flagged"
        title="Mục cần rà soát lại"
        empty="Không có mục nào cần rà soát."
        items={flagged}
        render={(e) => (
          <Item
            id={`flagged-${e.id}`}
            flagged
            href={`/kb/${e.id}`}
            title={`${e.ref} · ${e.title}`}
            meta={
              <>
                {e.categoryName} · đánh dấu ngày {dateOnly(e.flaggedAt!)}
              </>
            }
            note={`Lý do: ${e.flagReason ?? "văn bản được trích dẫn đã thay đổi"}`}
            actions={
              <>
                {editLink(e.id)}
                <form method="post" action={`/kb/${e.id}/reviewed`} class="inline">
                  <input type="hidden" name="next" value="/review" />
                  <button type="submit" class="button button--small">
                    Đã rà soát, giữ nguyên
                  </button>
                </form>
              </>
            }
          />
        )}
      />
      <Section
        id="drafts"
        title="Bản nháp"
        empty="Không có bản nháp nào."
        items={drafts}
        render={(e) => (
          <Item
            id={`draft-${e.id}`}
            href={`/kb/${e.id}`}
            title={`${e.ref} · ${e.title}`}
            meta={
              <>
                {e.categoryName}
                {e.authorName && <> · soạn bởi {e.authorName}</>} · cập nhật <time datetime={isoInstant(e.updatedAt)}>{dateTime(e.updatedAt)}</time>
              </>
            }
            actions={editLink(e.id)}
          />
        )}
      />
    </Layout>
  );
}
