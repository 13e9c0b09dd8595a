// For the advisory board: citations that point at no document of the register (or at an article
// the register's copy lacks), so that the entry or the register can be put right.
import { viewer } from "../viewer.js";
import { can } from "../../src/auth/permissions.js";
import { Layout } from "../layout.js";

// A citation that points at nothing in the register, as the page lists it.
interface UnresolvedCitation {
  entryId: number;
  ref: string;
  title: string;
  status: string;
  document: string;
  article: string;
  problem: "unknown_article" | "unknown_document" | "ambiguous_document";
}

const PROBLEMS: Record<UnresolvedCitation["problem"], string> = {
  unknown_document: "Không khớp văn bản nào trong danh mục",
  ambiguous_document: "Khớp nhiều văn bản: cần ghi rõ số hiệu",
  unknown_article: "Văn bản không có điều này trong danh mục",
};

export function UnresolvedCitationsPage(props: { items: UnresolvedCitation[]; total: number }) {
  const user = viewer();
  const curator = can(user.roles, "kb.curate");
  return (
    <Layout title="Căn cứ chưa khớp văn bản" path="/regulations">
      <p class="crumbs">
        <a href="/regulations">Văn bản quy phạm</a>
      </p>
      <h1>Căn cứ chưa khớp với danh mục văn bản</h1>
      <p class="muted">
        Căn cứ được ghi như người soạn đã gõ. Sửa căn cứ trong mục hỏi – đáp (ghi đúng số hiệu hoặc tên văn bản), hoặc thêm văn bản, tên gọi khác vào danh mục; căn cứ khớp
        sẽ tự trỏ tới văn bản và được đánh dấu khi văn bản thay đổi.
      </p>
      {props.total > props.items.length && (
        <p class="muted">
          Hiển thị {props.items.length} trong số {props.total} căn cứ chưa khớp.
        </p>
      )}
      {props.items.length === 0 ? (
        <p class="empty">Mọi căn cứ đều đã khớp với văn bản trong danh mục.</p>
      ) : (
        <div class="table-wrap">
          <table class="table table--stack">
            <thead>
              <tr>
                <th scope="col">Mục hỏi – đáp</th>
                <th scope="col">Văn bản (như đã ghi)</th>
                <th scope="col">Điều</th>
                <th scope="col">Vấn đề</th>
              </tr>
            </thead>
            <tbody>
              {props.items.map((u) => (
                <tr>
                  <td data-label="Mục hỏi – đáp">
                    <a href={`/kb/${u.entryId}`}>{u.title}</a> <span class="muted">({u.ref})</span>
                    {curator && (
                      <>
                        {" "}
                        · <a href={`/kb/${u.entryId}/edit`}>Sửa</a>
                      </>
                    )}
                  </td>
                  <td data-label="Văn bản">{u.document}</td>
                  <td data-label="Điều">{u.article || "—"}</td>
                  <td data-label="Vấn đề">{PROBLEMS[u.problem]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}
