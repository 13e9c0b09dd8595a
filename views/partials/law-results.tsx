// Articles of the register that match a search: on the law search page, beside the answer box (each
// with a button that cites it in the draft) and on the officers' search page when no entry answers.
import type { RegulationStatus } from "../../src/model.js";
import { Highlight } from "./highlight.js";
import { StatusBadge } from "./regulation.js";

export interface LawHitView {
  articleId: number;
  regulationId: number;
  label: string;
  heading: string;
  documentTitle: string;
  documentNumber: string | null;
  status: string;
  statusSince: string | null;
  snippet: string;
  highlights: string[];
}

export const articleUrl = (h: Pick<LawHitView, "regulationId" | "articleId">) => `/regulations/${h.regulationId}/articles/${h.articleId}`;

// "cite": into the answer draft; "cite-entry": as a new citation row of the entry being edited.
type LawResultsMode = "read" | "cite" | "cite-entry";

const CITE: Record<Exclude<LawResultsMode, "read">, { label: string; get: (articleId: number) => string; target: string; swap: string; include?: string }> = {
  cite: { label: "Trích dẫn vào câu trả lời", get: (id) => `/law/insert-citation?article=${id}`, target: "#answer-body", swap: "outerHTML", include: "#answer-body" },
  "cite-entry": { label: "Thêm vào căn cứ pháp lý", get: (id) => `/law/citation-row?article=${id}`, target: "#citation-rows", swap: "beforeend" },
};

export function LawResults(props: { hits: LawHitView[]; query: string; mode: LawResultsMode }) {
  const cite = props.mode === "read" ? null : CITE[props.mode];
  if (!props.query.trim()) return <p class="muted">Gõ nội dung cần tìm: số điều, tên văn bản hoặc nguyên câu hỏi.</p>;
  if (props.hits.length === 0) return <p class="muted">Không tìm thấy điều khoản nào phù hợp với “{props.query}”.</p>;
  return (
    <ol class="kb-list law-list">
      {props.hits.map((h) => (
        <li>
          <a href={articleUrl(h)} class="kb-list__title" target={cite ? "_blank" : undefined} rel={cite ? "noopener" : undefined}>
            <Highlight text={`${h.label}. ${h.heading}`} terms={h.highlights} />
          </a>
          <p class="muted">
            {h.documentTitle}
            {h.documentNumber ? ` (${h.documentNumber})` : ""} {h.status !== "in_force" && <StatusBadge status={h.status as RegulationStatus} since={h.statusSince} />}
          </p>
          <p class="kb-list__question">
            <Highlight text={h.snippet} terms={h.highlights} />
          </p>
          {cite && (
            <button type="button" class="button button--small" hx-get={cite.get(h.articleId)} hx-include={cite.include} hx-target={cite.target} hx-swap={cite.swap}>
              {cite.label}
            </button>
          )}
        </li>
      ))}
    </ol>
  );
}

// Beside the answer box (and under the entry editor): search the law, results below, each citable
// into the draft (or the entry's citations). Without JavaScript the form opens the law search page.
export function LawCitePicker(props: { target: "answer" | "entry" }) {
  return (
    <details class="law-cite">
      <summary>{props.target === "answer" ? "Tra cứu và trích dẫn văn bản pháp luật" : "Tra cứu điều khoản để thêm vào căn cứ pháp lý"}</summary>
      <form method="get" action="/law" target="_blank" role="search" class="stack" hx-get={`/law?mode=${props.target === "answer" ? "cite" : "cite-entry"}`} hx-target="#law-cite-results" hx-swap="innerHTML" hx-trigger="submit, input changed delay:400ms from:#law-cite-q">
        <div class="searchbar">
          <label for="law-cite-q" class="visually-hidden">
            Điều khoản cần tìm
          </label>
          <input id="law-cite-q" type="search" name="q" maxlength={2000} autocomplete="off" placeholder="Ví dụ: điều 20 luật cư trú, hoặc dán câu hỏi" />
          <button type="submit" class="button button--small">
            Tìm
          </button>
        </div>
      </form>
      <div id="law-cite-results" aria-live="polite"></div>
    </details>
  );
}
