// Every saved version of an entry, and a word-level comparison of two of them.
import type { EntryVersion } from "../../src/model.js";
import type { DiffPart } from "../../src/domain/text-diff.js";
import { dateTime, isoInstant } from "../format.js";
import { Layout } from "../layout.js";

// Duyệt lần hai: what became of a version that waited for a second advisor (approved ones are
// simply versions that were published).
const REVIEW_BADGES = { pending: "chờ duyệt lần hai", returned: "bị trả lại", withdrawn: "đã rút khỏi hàng chờ duyệt" } as const;

export interface FieldDiff {
  label: string;
  parts: DiffPart[];
}

export function KbVersionsPage(props: {
  entry: { id: number; ref: string; title: string; version: number };
  versions: EntryVersion[];
  compare: { a: number; b: number; fields: FieldDiff[] } | null;
}) {
  const { entry, versions, compare } = props;
  return (
    <Layout title={`Lịch sử phiên bản ${entry.ref}`} path="/review">
      <p class="crumbs">
        <a href="/review">Duyệt hỏi – đáp</a> › <a href={`/kb/${entry.id}`}>{entry.ref}</a>
      </p>
      <h1>Lịch sử phiên bản: {entry.title}</h1>
      {versions.length === 0 ? (
        <p class="empty">Mục này chưa có phiên bản nào được lưu (mục nhập từ tệp, chưa sửa lần nào).</p>
      ) : (
        <div class="table-wrap card">
          <table class="table table--stack">
            <thead>
              <tr>
                <th scope="col">Phiên bản</th>
                <th scope="col">Người lưu</th>
                <th scope="col">Thời điểm</th>
                <th scope="col">Tiêu đề</th>
                <th scope="col">Ghi chú thay đổi</th>
              </tr>
            </thead>
            <tbody>
              {[...versions].reverse().map((v) => (
                <tr>
                  <td data-label="Phiên bản">
                    {v.version}
                    {v.version === entry.version && <span class="badge badge--new">hiện hành</span>}
                    {v.reviewStatus && v.reviewStatus !== "approved" && <span class="badge">{REVIEW_BADGES[v.reviewStatus]}</span>}
                  </td>
                  <td data-label="Người lưu">{v.editorName ?? "hệ thống"}</td>
                  <td data-label="Thời điểm">
                    <time datetime={isoInstant(v.createdAt)}>{dateTime(v.createdAt)}</time>
                  </td>
                  <td data-label="Tiêu đề">{v.title}</td>
                  <td data-label="Ghi chú thay đổi">
                    {v.note ?? <span class="muted">(không ghi)</span>}
                    {v.reviewStatus === "returned" && v.reviewReason && <p class="muted">Lý do trả lại: {v.reviewReason}</p>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {versions.length >= 2 && (
        <form method="get" action={`/kb/${entry.id}/versions`} class="inline-form card compare-form">
          {(["a", "b"] as const).map((side) => (
            <>
              <label for={`cmp-${side}`}>{side === "a" ? "So sánh phiên bản" : "với"}</label>
              <select id={`cmp-${side}`} name={side}>
                {versions.map((v) => (
                  <option value={String(v.version)} selected={compare?.[side] === v.version}>
                    {v.version}
                  </option>
                ))}
              </select>
            </>
          ))}
          <button type="submit" class="button">
            So sánh
          </button>
        </form>
      )}
      {compare && (
        <section class="card" aria-labelledby="diff-title">
          <h2 id="diff-title">
            Thay đổi từ phiên bản {compare.a} đến phiên bản {compare.b}
          </h2>
          <p class="muted diff-legend">
            <del>Chữ bị xóa</del> · <ins>chữ được thêm</ins>
          </p>
          {compare.fields.map((f) => {
            const changed = f.parts.some((p) => p.type !== "same");
            return (
              <div class="diff-field">
                <h3>
                  {f.label}
                  {!changed && <span class="muted"> – không thay đổi</span>}
                </h3>
                {changed && (
                  <div class="diff">
                    {f.parts.map((p) => (p.type === "add" ? <ins>{p.text}</ins> : p.type === "del" ? <del>{p.text}</del> : p.text))}
                  </div>
                )}
              </div>
            );
          })}
        </section>
      )}
    </Layout>
  );
}
