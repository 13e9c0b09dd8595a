// Over an answer whose cited law has changed since: which article of which document, and since when.
import { articleUrl } from "./law-results.js";

export interface ChangedCitationView {
  regulationId: number;
  articleId: number | null;
  label: string | null;
  documentTitle: string;
  documentNumber: string | null;
  status: "amended" | "replaced";
  since: string | null;
}

const dayMonthYear = (date: string) => date.split("-").reverse().join("/");

export function CitedLawNotice(props: { changes: ChangedCitationView[] }) {
  if (props.changes.length === 0) return null;
  return (
    <div class="alert alert--warn" role="note">
      <p>
        <strong>Lưu ý:</strong> căn cứ pháp lý được viện dẫn trong câu trả lời đã thay đổi sau khi trả lời. Đồng chí đối chiếu văn bản hiện hành trước khi áp dụng:
      </p>
      <ul>
        {props.changes.map((c) => (
          <li>
            <a href={c.articleId ? articleUrl({ regulationId: c.regulationId, articleId: c.articleId }) : `/regulations/${c.regulationId}`}>
              {c.label ? `${c.label} ` : ""}
              {c.documentTitle}
              {c.documentNumber ? ` (${c.documentNumber})` : ""}
            </a>{" "}
            {c.status === "amended" ? "đã được sửa đổi, bổ sung" : "đã bị thay thế"}
            {c.since ? ` từ ngày ${dayMonthYear(c.since)}` : ""}.
          </li>
        ))}
      </ul>
    </div>
  );
}
