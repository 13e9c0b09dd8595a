// The question list's results: the count, the rows, the pages and the form that saves the filters.
// The whole page shows it under the filters; an htmx request gets it alone.
import type { QuestionListItem } from "../../src/model.js";
import { listQueryString, type ListQuery } from "../../src/domain/question-list-query.js";
import { describedBy, type FieldErrors } from "./form.js";
import { QuestionList } from "./question-list.js";

export interface SaveFilterState {
  name?: string;
  errors?: FieldErrors;
}

export interface QuestionResultsProps {
  filters: ListQuery;
  rows: QuestionListItem[];
  total: number;
  page: number;
  pages: number;
  own: boolean; // an officer's own questions
  save?: SaveFilterState;
}

export const listUrl = (f: ListQuery, page = 1) => {
  const query = listQueryString(f, page);
  return query ? `/questions?${query}` : "/questions";
};

export function QuestionResults(props: QuestionResultsProps) {
  const { filters: f, page, pages } = props;
  const query = listQueryString(f);
  const empty = props.own && !query ? "Đồng chí chưa gửi câu hỏi nào." : "Không có câu hỏi phù hợp với bộ lọc.";
  return (
    <section id="question-results" aria-label="Kết quả">
      <p class="results-count" role="status">{`${props.total} câu hỏi`}</p>
      <QuestionList rows={props.rows} empty={empty} showAsker={!props.own} />
      {pages > 1 && (
        <nav class="pager" aria-label="Phân trang">
          {page > 1 && <a href={listUrl(f, page - 1)}>← Trang trước</a>}
          <span>
            Trang {page}/{pages}
          </span>
          {page < pages && <a href={listUrl(f, page + 1)}>Trang sau →</a>}
        </nav>
      )}
      {query && <SaveFilterForm query={query} state={props.save ?? {}} />}
    </section>
  );
}

function SaveFilterForm(props: { query: string; state: SaveFilterState }) {
  const error = props.state.errors?.name;
  return (
    <form method="post" action="/questions/filters" class={`inline-form save-filter${error ? " field--invalid" : ""}`}>
      <input type="hidden" name="query" value={props.query} />
      <label for="filter-name">Lưu bộ lọc này với tên</label>
      <input
        id="filter-name"
        name="name"
        type="text"
        maxlength={60}
        required
        value={props.state.name ?? ""}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedBy("filter-name", undefined, error)}
      />
      <button type="submit" class="button button--small">
        Lưu bộ lọc
      </button>
      {error && (
        <p class="field__error" id="filter-name-error">
          {error}
        </p>
      )}
    </form>
  );
}
