// An entry flagged for review because the law it cites changed: whoever reads it — on its page, in a
// list of results, on paper — is told which document (or article) changed and since when before
// relying on it. "Lưu ý" in words leads every notice, so it does not rest on colour and reads the
// same printed in black and white and to a screen reader.
import { calendarDate, dateOnly } from "../format.js";
import { articleUrl } from "./law-results.js";

interface LawChangeView {
  regulationId: number;
  articleId: number | null; // null: the whole document changed
  document: string;
  number: string | null;
  article: string | null;
  status: "amended" | "replaced";
  since: string | null; // "YYYY-MM-DD"
}

export interface ReviewFlagView {
  flaggedAt: Date;
  reason: string | null; // stored with the flag, for when the register shows no change any more
  changes: LawChangeView[];
}

export const lawChangeUrl = (c: LawChangeView) => (c.articleId ? articleUrl({ regulationId: c.regulationId, articleId: c.articleId }) : `/regulations/${c.regulationId}`);

// "Điều 20 Luật Cư trú (68/2020/QH14)"
const lawName = (c: LawChangeView) => `${c.article ? `${c.article} ` : ""}${c.document}${c.number ? ` (${c.number})` : ""}`;

// "đã được sửa đổi, bổ sung từ ngày 01/07/2025"
const whatHappened = (c: LawChangeView) => `${c.status === "amended" ? "đã được sửa đổi, bổ sung" : "đã bị thay thế"}${c.since ? ` từ ngày ${calendarDate(c.since)}` : ""}`;

const UNKNOWN_CHANGE = "Một văn bản được trích dẫn đã được sửa đổi hoặc thay thế";

// "Điều 20 Luật Cư trú (68/2020/QH14) đã được sửa đổi, bổ sung từ ngày 01/07/2025", the name linked
// to the register.
export function ChangedLaw(props: { change: LawChangeView; link: boolean }) {
  const c = props.change;
  return (
    <>
      {props.link ? <a href={lawChangeUrl(c)}>{lawName(c)}</a> : lawName(c)} {whatHappened(c)}
    </>
  );
}

// The whole notice, under the entry's title: "reader" on its page, "board" for the advisory board
// (who must act on it), "print" on the sheet (no links on paper). A page with several entries (the
// booklet) gives each notice its own id and the heading level under the entry's title.
export function LawChangeNotice(props: { flag: ReviewFlagView; audience: "reader" | "board" | "print"; id?: string; headingLevel?: 2 | 3 | 4 }) {
  const { flag, audience, id = "law-change-title" } = props;
  const board = audience === "board";
  const Heading = `h${props.headingLevel ?? 2}` as "h2" | "h3" | "h4";
  return (
    <div class="alert alert--warn law-change" role="note" aria-labelledby={id}>
      <Heading id={id} class="law-change__title">
        {board ? "Cần rà soát lại" : "Lưu ý"}: văn bản được trích dẫn đã thay đổi
      </Heading>
      {flag.changes.length > 0 ? (
        <ul>
          {flag.changes.map((c) => (
            <li>
              <ChangedLaw change={c} link={audience !== "print"} />.
            </li>
          ))}
        </ul>
      ) : (
        <p>{flag.reason ?? UNKNOWN_CHANGE}.</p>
      )}
      <p>
        {board
          ? `Đánh dấu cần rà soát ngày ${dateOnly(flag.flaggedAt)}; rà soát xong, bấm “Đánh dấu đã rà soát”.`
          : "Nội dung mục này đang được Ban cố vấn rà soát; đồng chí đối chiếu văn bản hiện hành trước khi áp dụng."}
      </p>
    </div>
  );
}

// A few changes are named in a list of results; the entry's page names them all.
const LISTED = 2;

// One line under a result or a suggestion.
export function LawChangeNote(props: { flag: ReviewFlagView }) {
  const { changes, reason } = props.flag;
  const shown = changes.slice(0, LISTED);
  const more = changes.length - shown.length;
  return (
    <p class="law-change-note" role="note">
      <strong>Lưu ý:</strong>{" "}
      {shown.length > 0
        ? shown.map((c, i) => (
            <>
              {i > 0 && "; "}
              <ChangedLaw change={c} link={false} />
            </>
          ))
        : (reason ?? UNKNOWN_CHANGE)}
      {more > 0 && ` và ${more} căn cứ khác đã thay đổi`}; mục này đang được Ban cố vấn rà soát.
    </p>
  );
}
