import { viewer } from "../viewer.js";
import type { EntryDetail, OpenReview, AttachmentView } from "../../src/model.js";
import type { Child } from "hono/jsx";
import { can } from "../../src/auth/permissions.js";
import type { FieldFinding } from "../../src/domain/pii.js";
import { renderMarkdown } from "../../src/markdown.js";
import { dateOnly } from "../format.js";
import { Layout } from "../layout.js";
import { PiiFindings, WaiverCheckbox } from "../partials/pii-findings.js";
import { Citations } from "../partials/citations.js";
import { AttachmentList } from "../partials/attachments.js";
import { LawChangeNote, LawChangeNotice, type ReviewFlagView } from "../partials/law-change-notice.js";
import { SecondReviewNotice } from "../partials/second-review.js";

interface EntryVotes {
  helpful: number;
  unhelpful: number;
  mine: boolean | null;
}

export function KbEntryPage(props: {
  entry: EntryDetail;
  flag: ReviewFlagView | null; // flagged for review: what changed in the law it cites
  votes: EntryVotes;
  findings?: FieldFinding[]; // publishing was refused: what the personal-data guard found
  supersedeError?: string;
  supersedeBy?: string;
  related?: { id: number; ref: string; title: string; flag: ReviewFlagView | null }[];
  deflected?: boolean;
  attachments: AttachmentView[];
  // Duyệt lần hai (the board only): whether publishing needs a second advisor, and this entry's
  // version waiting for one or sent back.
  secondReview?: { required: boolean; open: OpenReview | null };
}) {
  const user = viewer();
  const e = props.entry;
  const curator = can(user.roles, "kb.curate");
  const lastReview = e.reviewedAt ?? e.publishedAt;
  return (
    <Layout title={e.title} path="/kb">
      <EntryBanners entry={e} />
      {curator && props.secondReview?.open && <SecondReviewNotice review={props.secondReview.open} entry={e} />}
      {props.findings && props.findings.length > 0 && (
        <PiiFindings findings={props.findings} texts={e} blocking>
          <form method="post" action={`/kb/${e.id}/publish`} class="stack">
            <WaiverCheckbox />
            <div class="actions">
              <a class="button button--primary" href={`/kb/${e.id}/edit`}>
                Sửa để lược bỏ
              </a>
              <button type="submit" class="button">
                Đăng (đã đánh dấu bỏ qua)
              </button>
            </div>
          </form>
        </PiiFindings>
      )}
      <article class="card kb-entry">
        <p class="muted">
          {e.ref} · {e.categoryName} · phiên bản {e.version}
          {lastReview && <> · rà soát lần cuối {dateOnly(lastReview)}</>} · cập nhật {dateOnly(e.updatedAt)}
        </p>
        <h1>{e.title}</h1>
        {/* A retired entry says above that it no longer applies; under review is beside the point. */}
        {props.flag && e.status !== "retired" && <LawChangeNotice flag={props.flag} audience={curator ? "board" : "reader"} />}
        <section class="kb-entry__question" aria-label="Câu hỏi">
          <h2>Câu hỏi</h2>
          <p>{e.question}</p>
        </section>
        <section class="prose" aria-label="Trả lời">
          <h2>Trả lời</h2>
          {renderMarkdown(e.answer)}
        </section>
        <Citations citations={e.citations} markUnresolved={curator} />
        {props.attachments.length > 0 && (
          <section aria-labelledby="entry-files-title">
            <h2 id="entry-files-title">Tệp đính kèm</h2>
            <AttachmentList items={props.attachments} />
          </section>
        )}
        {e.tags.length > 0 && (
          <p class="tags">
            {e.tags.map((t) => (
              <span class="tag">{t}</span>
            ))}
          </p>
        )}
        {e.sourceQuestionId && can(user.roles, "question.see_all") && (
          <p class="muted">
            Soạn từ <a href={`/questions/${e.sourceQuestionId}`}>câu hỏi #{e.sourceQuestionId}</a>
          </p>
        )}
      </article>
      {props.deflected && (
        <p class="alert alert--success" role="status">
          Cảm ơn đồng chí: đã ghi nhận câu hỏi được giải đáp bằng mục hỏi – đáp này.
        </p>
      )}
      {e.status === "published" && (
        <p class="actions">
          <a href={`/kb/${e.id}/print`} class="button button--small">
            In tờ thông tin (có mã QR)
          </a>
        </p>
      )}
      {e.status === "published" && <Votes entryId={e.id} votes={props.votes} />}
      {props.related && props.related.length > 0 && (
        <section class="card" aria-labelledby="related-title">
          <h2 id="related-title">Mục hỏi – đáp liên quan</h2>
          <ul>
            {props.related.map((r) => (
              <li>
                <a href={`/kb/${r.id}`}>{r.title}</a> <span class="muted">({r.ref})</span>
                {r.flag && <LawChangeNote flag={r.flag} />}
              </li>
            ))}
          </ul>
        </section>
      )}
      {curator && <CuratorActions entry={e} error={props.supersedeError} by={props.supersedeBy} secondReview={props.secondReview} />}
    </Layout>
  );
}

function EntryBanners(props: { entry: EntryDetail }) {
  const e = props.entry;
  const banners: Child[] = [];
  if (e.status === "draft") banners.push(<p class="alert alert--info">Bản nháp – chưa đăng, chỉ Ban cố vấn xem được.</p>);
  if (e.supersededBy) {
    banners.push(
      <p class="alert alert--info kb-banner--superseded">
        Đã được thay thế bởi{" "}
        <a href={`/kb/${e.supersededBy.id}`}>
          {e.supersededBy.ref} – {e.supersededBy.title}
        </a>
        .
      </p>,
    );
  } else if (e.status === "retired") {
    banners.push(<p class="alert alert--info">Mục này đã ngừng áp dụng{e.retiredAt ? ` từ ngày ${dateOnly(e.retiredAt)}` : ""}.</p>);
  }
  return <>{banners}</>;
}

function Votes(props: { entryId: number; votes: EntryVotes }) {
  const { votes } = props;
  return (
    <section class="card kb-votes" id="votes" aria-labelledby="votes-title">
      <h2 id="votes-title">Nội dung này có giúp ích cho đồng chí không?</h2>
      <form method="post" action={`/kb/${props.entryId}/vote`} class="actions">
        <button type="submit" name="helpful" value="1" class={`button${votes.mine === true ? " button--chosen" : ""}`} aria-pressed={votes.mine === true ? "true" : "false"}>
          Có ích ({votes.helpful})
        </button>
        <button type="submit" name="helpful" value="0" class={`button${votes.mine === false ? " button--chosen" : ""}`} aria-pressed={votes.mine === false ? "true" : "false"}>
          Chưa có ích ({votes.unhelpful})
        </button>
      </form>
      {votes.mine !== null && <p class="muted">Đồng chí đã đánh giá; có thể đổi ý bất cứ lúc nào.</p>}
    </section>
  );
}

function CuratorActions(props: { entry: EntryDetail; error?: string; by?: string; secondReview?: { required: boolean; open: OpenReview | null } }) {
  const e = props.entry;
  const waiting = props.secondReview?.open?.status === "pending";
  const post = (action: string, label: string, primary = false) => (
    <form method="post" action={`/kb/${e.id}/${action}`} class="inline">
      <button type="submit" class={`button button--small${primary ? " button--primary" : ""}`}>
        {label}
      </button>
    </form>
  );
  return (
    <section class="card" aria-labelledby="curate-title" id="curate">
      <h2 id="curate-title">Thao tác của Ban cố vấn</h2>
      <div class="actions">
        {e.status !== "retired" && (
          <a class="button button--small" href={`/kb/${e.id}/edit`}>
            Sửa (tạo phiên bản mới)
          </a>
        )}
        <a class="button button--small" href={`/kb/${e.id}/versions`}>
          Lịch sử phiên bản
        </a>
        {e.status === "draft" && !waiting && post("publish", props.secondReview?.required ? "Gửi duyệt lần hai" : "Đăng", true)}
        {e.status === "published" && post("reviewed", "Đánh dấu đã rà soát")}
        {e.status !== "retired" && post("retire", "Ngừng áp dụng")}
      </div>
      {e.status === "published" && (
        <form method="post" action={`/kb/${e.id}/supersede`} class="stack supersede-form">
          <div class={`field${props.error ? " field--invalid" : ""}`}>
            <label for="supersede-by">Thay thế bằng mục khác</label>
            <p class="field__hint" id="supersede-by-hint">
              Nhập số hoặc mã của mục mới đã đăng, ví dụ 34 hoặc KB-0034. Mục này sẽ ngừng áp dụng và dẫn người đọc sang mục mới.
            </p>
            <div class="inline-form">
              <input id="supersede-by" name="by" required value={props.by ?? ""} aria-describedby={props.error ? "supersede-by-hint supersede-by-error" : "supersede-by-hint"} aria-invalid={props.error ? "true" : undefined} />
              <button type="submit" class="button button--small">
                Thay thế
              </button>
            </div>
            {props.error && (
              <p class="field__error" id="supersede-by-error">
                {props.error}
              </p>
            )}
          </div>
        </form>
      )}
    </section>
  );
}
