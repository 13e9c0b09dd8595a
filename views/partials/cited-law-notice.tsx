// Over an answer whose cited law has changed since: which article of which document, and since when.
import { ChangedLaw } from "./law-change-notice.js";

export interface ChangedCitationView {
  regulationId: number;
  articleId: number | null;
  label: string | null;
  documentTitle: string;
  documentNumber: string | null;
  status: "amended" | "replaced";
  since: string | null;
}

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
            <ChangedLaw change={{ ...c, document: c.documentTitle, number: c.documentNumber, article: c.label }} link />.
          </li>
        ))}
      </ul>
    </div>
  );
}
