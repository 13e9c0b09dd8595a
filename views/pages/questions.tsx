import type { QuestionStatus } from "../../db/schema.js";
import { can } from "../../src/auth/permissions.js";
import type { CurrentUser } from "../../src/services/users.js";
import { Layout } from "../layout.js";
import { QuestionList, type QuestionRow } from "../partials/question-list.js";
import { STATUS_LABELS } from "../partials/status.js";
import { CategorySelect } from "../partials/category-select.js";

export function QuestionsPage(props: {
  user: CurrentUser;
  rows: QuestionRow[];
  categories: { id: number; name: string }[];
  filters: { status?: string; category?: string };
  page: number;
  hasMore: boolean;
}) {
  const { user, filters } = props;
  const own = !can(user.roles, "question.see_all");
  const query = (page: number) => {
    const p = new URLSearchParams();
    if (filters.status) p.set("status", filters.status);
    if (filters.category) p.set("category", filters.category);
    if (page > 1) p.set("page", String(page));
    const s = p.toString();
    return s ? `/questions?${s}` : "/questions";
  };
  return (
    <Layout title={own ? "Câu hỏi của tôi" : "Câu hỏi"} user={user} path="/questions">
      <div class="page-head">
        <h1>{own ? "Câu hỏi của tôi" : "Tất cả câu hỏi"}</h1>
        {can(user.roles, "question.ask") && (
          <a class="button button--primary" href="/questions/new">
            Đặt câu hỏi mới
          </a>
        )}
      </div>
      <form method="get" action="/questions" class="filters" role="search" aria-label="Lọc câu hỏi">
        <div class="field">
          <label for="f-status">Trạng thái</label>
          <select id="f-status" name="status">
            <option value="">Tất cả</option>
            {(Object.keys(STATUS_LABELS) as QuestionStatus[]).map((s) => (
              <option value={s} selected={filters.status === s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-category">Lĩnh vực</label>
          <CategorySelect id="f-category" categories={props.categories} value={filters.category} filter />
        </div>
        <button type="submit" class="button">
          Lọc
        </button>
      </form>
      <QuestionList rows={props.rows} empty={own ? "Đồng chí chưa gửi câu hỏi nào." : "Không có câu hỏi phù hợp."} showAsker={!own} />
      <nav class="pager" aria-label="Phân trang">
        {props.page > 1 && <a href={query(props.page - 1)}>← Trang trước</a>}
        <span>Trang {props.page}</span>
        {props.hasMore && <a href={query(props.page + 1)}>Trang sau →</a>}
      </nav>
    </Layout>
  );
}
