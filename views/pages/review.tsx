// Ban cố vấn's desk: proposals from the answer team, versions waiting for a second advisor (Duyệt lần
// hai), entries flagged for review, drafts in progress.
import { viewer } from "../viewer.js";
import type { ReviewQueue, PendingReview } from "../../src/model.js";
import type { Child } from "hono/jsx";
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

// A decision that was refused comes back to its item: why, and the reason typed so far.
export type ReviewDecisionState = { reviewId: number; message?: string; reasonError?: string; reason: string };

function SecondReviewActions(props: { r: PendingReview; userId: number; decision?: ReviewDecisionState }) {
  const { r } = props;
  const d = props.decision?.reviewId === r.id ? props.decision : undefined;
  const own = r.authorIds.includes(props.userId);
  return (
    <>
      {d?.message && (
        <p class="alert alert--error" role="alert">
          {d.message}
        </p>
      )}
      {own ? (
        <p class="muted">Đồng chí đã soạn phiên bản này; cần một cố vấn khác duyệt.</p>
      ) : (
        <>
          <form method="post" action={`/review/second-reviews/${r.id}/approve`} class="inline">
            <button type="submit" class="button button--primary button--small">
              Duyệt và đăng
            </button>
          </form>
          <details class="return-review" open={d?.reasonError !== undefined}>
            <summary class="button button--ghost button--small">Trả lại…</summary>
            <form method="post" action={`/review/second-reviews/${r.id}/return`} class="stack">
              <div class={`field${d?.reasonError ? " field--invalid" : ""}`}>
                <label for={`return-reason-${r.id}`}>Lý do trả lại (người soạn sẽ nhận được)</label>
                <textarea
                  id={`return-reason-${r.id}`}
                  name="reason"
                  rows={3}
                  required
                  maxlength={1000}
                  aria-invalid={d?.reasonError ? "true" : undefined}
                  aria-describedby={d?.reasonError ? `return-reason-${r.id}-error` : undefined}
                >
                  {d?.reason ?? ""}
                </textarea>
                {d?.reasonError && (
                  <p class="field__error" id={`return-reason-${r.id}-error`}>
                    {d.reasonError}
                  </p>
                )}
              </div>
              <button type="submit" class="button button--small">
                Trả lại người soạn
              </button>
            </form>
          </details>
        </>
      )}
    </>
  );
}

export function ReviewPage(props: { queue: ReviewQueue; decision?: ReviewDecisionState }) {
  const user = viewer();
  const { proposals, secondReviews, flagged, drafts } = props.queue;
  return (
    <Layout title="Duyệt hỏi – đáp" path="/review">
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
        id="second-reviews"
        title="Chờ duyệt lần hai"
        empty="Không có phiên bản nào chờ duyệt lần hai."
        items={secondReviews}
        render={(r) => (
          <Item
            id={`second-review-${r.id}`}
            href={r.isNew ? `/kb/${r.entryId}` : `/kb/${r.entryId}/versions?a=${r.publishedVersion}&b=${r.version}`}
            title={`${r.ref} · ${r.title}`}
            meta={
              <>
                {r.isNew ? "Mục mới" : `Phiên bản ${r.version} thay phiên bản ${r.publishedVersion} đang đăng`} · gửi bởi {r.requesterName} ·{" "}
                <time datetime={isoInstant(r.requestedAt)}>{dateTime(r.requestedAt)}</time>
              </>
            }
            note={
              <>
                Ghi chú thay đổi: {r.note ?? "(không ghi)"}
                {r.piiWaived && <strong> · Người soạn đã xác nhận đăng dù có cảnh báo thông tin cá nhân.</strong>}
              </>
            }
            actions={<SecondReviewActions r={r} userId={user.id} decision={props.decision} />}
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
