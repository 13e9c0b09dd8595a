// Entries that may already answer what is being typed: beside the ask form (officers can say "this
// answers my question") and beside the answer box (answerers can insert a link to the entry).
import type { KbSearchHit } from "../../src/model.js";
import { Highlight } from "./highlight.js";
import { LawChangeNote } from "./law-change-notice.js";

export function KbSuggestions(props: { hits: KbSearchHit[]; query: string; mode: "ask" | "answer" }) {
  if (props.hits.length === 0) {
    return props.mode === "ask" && props.query.trim() ? <p class="muted">Chưa thấy mục hỏi – đáp nào phù hợp; đồng chí cứ gửi câu hỏi.</p> : null;
  }
  return (
    <div class="suggestions">
      <h2 class="suggestions__title">{props.mode === "ask" ? "Có thể đã có câu trả lời" : "Mục hỏi – đáp liên quan"}</h2>
      <ul>
        {props.hits.map((h) => (
          <li>
            <a href={`/kb/${h.id}`} target="_blank" rel="noopener">
              <Highlight text={h.title} terms={h.highlights} />
            </a>
            {h.flag && <LawChangeNote flag={h.flag} />}
            <p class="muted">
              <Highlight text={h.snippet} terms={h.highlights} />
            </p>
            {props.mode === "ask" ? (
              // Inside the ask form: the button posts that form (title, body) to the deflection route.
              <button type="submit" formaction={`/kb/${h.id}/deflect`} formnovalidate class="button button--small">
                Mục này đã giải đáp thắc mắc của tôi
              </button>
            ) : (
              <button
                type="button"
                class="button button--small"
                hx-get={`/kb/insert-link?entry=${h.id}`}
                hx-include="#answer-body"
                hx-target="#answer-body"
                hx-swap="outerHTML"
              >
                Chèn liên kết vào câu trả lời
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
