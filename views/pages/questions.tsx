import { viewer } from "../viewer.js";
import { QUESTION_CHANNELS, QUESTION_STATUSES, type SavedFilter } from "../../src/model.js";
import { can } from "../../src/auth/permissions.js";
import { DUE_STATES, LIST_SORTS, listQueryString, type ListQuery, type ListSort } from "../../src/domain/question-list-query.js";
import { Layout } from "../layout.js";
import { CategorySelect } from "../partials/category-select.js";
import { listUrl, QuestionResults, type QuestionResultsProps } from "../partials/question-results.js";
import { SLA_LABELS, STATUS_LABELS } from "../partials/status.js";
import { CHANNEL_LABELS } from "../partials/channel.js";

const SORT_LABELS: Record<ListSort, string> = {
  relevance: "Phù hợp nhất với nội dung tìm",
  newest: "Mới gửi trước",
  oldest: "Gửi lâu nhất trước",
  deadline: "Hạn trả lời gần nhất trước",
};

// Offered to the answer team before they save anything of their own.
const OVERDUE_MINE: ListQuery = { q: "", status: [], assignee: "me", due: "overdue", page: 1 };

export function QuestionsPage(props: {
  results: QuestionResultsProps;
  categories: { id: number; name: string }[];
  units: { id: number; name: string }[];
  team: { id: number; name: string; rank: string | null }[];
  saved: SavedFilter[];
}) {
  const user = viewer();
  const { results } = props;
  const f = results.filters;
  const activeFilters = [f.status.length > 0, f.category, f.unit, f.channel, f.assignee, f.from, f.to, f.due, f.sort].filter(Boolean).length;
  const own = results.own;
  const title = own ? "Câu hỏi của tôi" : "Tất cả câu hỏi";
  const suggestOverdue = can(user.roles, "question.answer") && !props.saved.some((s) => s.query === listQueryString(OVERDUE_MINE));
  return (
    <Layout title={own ? "Câu hỏi của tôi" : "Câu hỏi"} path="/questions">
      <div class="page-head">
        <h1>{title}</h1>
        {can(user.roles, "question.ask") && (
          <a class="button button--primary" href="/questions/new">
            Đặt câu hỏi mới
          </a>
        )}
      </div>
      {(suggestOverdue || props.saved.length > 0) && (
        <nav class="saved-filters" aria-label="Bộ lọc đã lưu">
          <ul>
            {suggestOverdue && (
              <li>
                <a href={listUrl(OVERDUE_MINE)}>Việc quá hạn của tôi</a>
              </li>
            )}
            {props.saved.map((s) => (
              <li>
                <a href={s.query ? `/questions?${s.query}` : "/questions"}>{s.name}</a>
                <form method="post" action={`/questions/filters/${s.id}/delete`} class="inline">
                  <button type="submit" class="button button--ghost button--small" aria-label={`Xóa bộ lọc “${s.name}”`}>
                    ×
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {/* hx-history="false": Back asks the server for the page, since a snapshot would lose what was
          typed and ticked (values, not attributes) and show filters that disagree with the list. */}
      <form
        method="get"
        action="/questions"
        class="filters question-filters"
        role="search"
        aria-label="Lọc câu hỏi"
        hx-get="/questions"
        hx-target="#question-results"
        hx-swap="outerHTML"
        hx-push-url="true"
        hx-trigger="submit, change, keyup changed delay:400ms from:#f-q"
        hx-history="false"
      >
        <div class="field question-filters__text">
          <label for="f-q">Tìm trong tiêu đề, nội dung và câu trả lời</label>
          <input id="f-q" type="search" name="q" value={f.q} maxlength={2000} autocomplete="off" placeholder="Có dấu hay không dấu đều được; cụm từ đặt trong ngoặc kép" />
        </div>
        {/* Closed unless a filter is in use: on a phone the list, not the form, should fill the screen. */}
        <details class="question-filters__more" open={activeFilters > 0}>
          <summary>
            Lọc theo trạng thái, lĩnh vực, thời gian{activeFilters > 0 ? ` (đang dùng ${activeFilters} bộ lọc)` : ""}
          </summary>
          <div class="filters">
        <fieldset class="question-filters__status">
          <legend>Trạng thái</legend>
          <div class="checks">
            <label>
              <input type="checkbox" name="status" value="open" checked={f.status.includes("open")} /> Chưa xong (mọi trạng thái đang xử lý)
            </label>
            {QUESTION_STATUSES.map((s) => (
              <label>
                <input type="checkbox" name="status" value={s} checked={f.status.includes(s)} /> {STATUS_LABELS[s]}
              </label>
            ))}
          </div>
        </fieldset>
        <div class="field">
          <label for="f-category">Lĩnh vực</label>
          <CategorySelect id="f-category" categories={props.categories} value={f.category ? String(f.category) : undefined} filter />
        </div>
        {!own && (
          <div class="field">
            <label for="f-unit">Đơn vị hỏi</label>
            <select id="f-unit" name="unit">
              <option value="">Tất cả</option>
              {props.units.map((u) => (
                <option value={String(u.id)} selected={f.unit === u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </div>
        )}
        {!own && (
          <div class="field">
            <label for="f-channel">Kênh tiếp nhận</label>
            <select id="f-channel" name="channel">
              <option value="">Tất cả</option>
              {QUESTION_CHANNELS.map((ch) => (
                <option value={ch} selected={f.channel === ch}>
                  {CHANNEL_LABELS[ch]}
                </option>
              ))}
            </select>
          </div>
        )}
        {!own && (
          <div class="field">
            <label for="f-assignee">Cán bộ giải đáp</label>
            <select id="f-assignee" name="assignee">
              <option value="">Tất cả</option>
              {can(user.roles, "question.answer") && (
                <option value="me" selected={f.assignee === "me"}>
                  Tôi
                </option>
              )}
              {props.team.map((m) => (
                <option value={String(m.id)} selected={f.assignee === m.id}>
                  {m.rank ? `${m.rank} ${m.name}` : m.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div class="field">
          <label for="f-from">Gửi từ ngày</label>
          <input id="f-from" type="date" name="from" value={f.from ?? ""} />
        </div>
        <div class="field">
          <label for="f-to">Đến ngày</label>
          <input id="f-to" type="date" name="to" value={f.to ?? ""} />
        </div>
        <div class="field">
          <label for="f-due">Thời hạn (câu hỏi chưa xong)</label>
          <select id="f-due" name="due">
            <option value="">Tất cả</option>
            {DUE_STATES.map((d) => (
              <option value={d} selected={f.due === d}>
                {SLA_LABELS[d]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-sort">Sắp xếp</label>
          <select id="f-sort" name="sort">
            <option value="">Mặc định (phù hợp nhất khi tìm, còn lại mới nhất)</option>
            {LIST_SORTS.map((s) => (
              <option value={s} selected={f.sort === s}>
                {SORT_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
          </div>
        </details>
        <div class="actions">
          <button type="submit" class="button">
            Lọc
          </button>
          <a class="button button--ghost" href="/questions">
            Bỏ lọc
          </a>
        </div>
      </form>
      <QuestionResults {...results} />
    </Layout>
  );
}
