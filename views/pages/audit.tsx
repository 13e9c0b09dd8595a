// Nhật ký: the audit trail for admins and the steering board, filterable and exportable.
import { viewer } from "../viewer.js";
import type { CurrentUser, AuditRow, ExportColumn } from "../../src/model.js";
import { can, type Action } from "../../src/auth/permissions.js";
import { dateTime, isoInstant } from "../format.js";
import { Layout } from "../layout.js";
import { ErrorSummary, type FieldErrors } from "../partials/form.js";
import { STATUS_LABELS } from "../partials/status.js";

// Every action the code writes (grep `action: "`); one missing here shows as its code.
export const ACTION_LABELS: Record<string, string> = {
  "question.submit": "Gửi câu hỏi",
  "question.log_call": "Ghi cuộc gọi",
  "question.log_incoming": "Ghi câu hỏi từ kênh khác (Zalo, iHanoi, Cổng DVC, công văn)",
  "question.call_back_due": "Cần gọi lại báo kết quả",
  "question.called_back": "Đã gọi lại báo kết quả",
  "question.asker_unlinked": "Bỏ người ghi cuộc gọi khỏi vai trò người hỏi (dữ liệu cũ)",
  "settings.hotlines": "Đổi số đường dây nóng",
  "settings.unit_scoring": "Đổi tiêu chí chấm điểm bảng tổng sắp các đơn vị",
  "question.route": "Phân công tự động",
  "question.assign": "Phân công / bàn giao",
  "question.clarify": "Đề nghị bổ sung thông tin",
  "question.reply": "Bổ sung thông tin",
  "question.follow_up": "Trao đổi thêm",
  "question.deadline_extended": "Lùi hạn (thời gian chờ bổ sung)",
  "question.answer": "Trả lời",
  "question.note": "Ghi chú nội bộ",
  "question.close": "Đóng câu hỏi",
  "question.reopen": "Mở lại câu hỏi",
  "question.rate": "Đánh giá câu trả lời",
  "question.withdraw": "Rút câu hỏi",
  "question.mark_duplicate": "Đánh dấu trùng lặp",
  "question.due_soon_alert": "Cảnh báo sắp đến hạn",
  "question.overdue_alert": "Cảnh báo quá hạn",
  "question.propose": "Đề xuất đưa vào kho hỏi – đáp",
  "question.kb_proposal_accepted": "Chấp nhận đề xuất hỏi – đáp",
  "question.kb_proposal_dismissed": "Bỏ qua đề xuất hỏi – đáp",
  "question.kb_published": "Câu hỏi thành mục hỏi – đáp",
  "question.consultation_requested": "Xin ý kiến Ban cố vấn",
  "question.consultation_answered": "Ban cố vấn cho ý kiến",
  "question.consultation_withdrawn": "Rút yêu cầu xin ý kiến Ban cố vấn",
  "kb.create": "Tạo mục hỏi – đáp",
  "kb.edit": "Sửa mục hỏi – đáp",
  "kb.publish": "Đăng mục hỏi – đáp",
  "kb.update": "Cập nhật mục hỏi – đáp (nhập tệp)",
  "kb.retire": "Ngừng áp dụng mục hỏi – đáp",
  "kb.supersede": "Thay thế mục hỏi – đáp",
  "kb.review": "Rà soát mục hỏi – đáp",
  "kb.flag": "Đánh dấu cần rà soát",
  "kb.deflect": "Tự tìm được câu trả lời",
  "kb.pii_waived": "Bỏ qua cảnh báo thông tin cá nhân",
  "kb.review_requested": "Gửi duyệt lần hai",
  "kb.review_approved": "Duyệt lần hai: đồng ý đăng",
  "kb.review_returned": "Duyệt lần hai: trả lại người soạn",
  "kb.review_withdrawn": "Rút khỏi hàng chờ duyệt lần hai",
  "settings.kb_second_review": "Đổi quy tắc duyệt lần hai khi đăng mục hỏi – đáp",
  "user.create": "Tạo tài khoản",
  "user.disable": "Khóa tài khoản",
  "user.enable": "Mở khóa tài khoản",
  "user.reset_password": "Cấp lại mật khẩu",
  "user.change_password": "Đổi mật khẩu",
  "user.login": "Đăng nhập",
  "unit.create": "Tạo đơn vị",
  "calendar.week_set": "Sửa lịch làm việc trong tuần",
  "calendar.day_add": "Thêm ngày nghỉ / làm bù",
  "calendar.day_remove": "Xóa ngày nghỉ / làm bù",
  "canned.create": "Tạo mẫu trả lời",
  "canned.update": "Sửa mẫu trả lời",
  "canned.archive": "Lưu trữ mẫu trả lời",
  "duty.set": "Xếp lịch trực",
  "handover.create": "Lập biên bản bàn giao ca",
  "handover.acknowledge": "Xác nhận đã nhận bàn giao",
  "regulation.create": "Thêm văn bản quy phạm",
  "regulation.status": "Đổi hiệu lực văn bản",
  "regulation.update": "Sửa thông tin văn bản quy phạm",
  "regulation.article_status": "Đổi hiệu lực một điều",
  "report.draft_save": "Lưu bản nháp báo cáo tháng",
  "report.issue": "Ban hành báo cáo tháng",
  "report.replaced": "Báo cáo tháng được thay thế",
};

const OBJECT_TYPE_LABELS: Record<string, string> = {
  question: "Câu hỏi",
  kb_entry: "Mục hỏi – đáp",
  user: "Tài khoản",
  unit: "Đơn vị",
  category: "Lĩnh vực",
  calendar: "Lịch làm việc",
  canned_answer: "Mẫu trả lời",
  duty: "Lịch trực",
  handover: "Biên bản bàn giao",
  regulation: "Văn bản quy phạm",
  settings: "Cài đặt",
  monthly_report: "Báo cáo tháng",
  monthly_report_draft: "Bản nháp báo cáo tháng",
};

const STATE_LABELS: Record<string, Record<string, string>> = {
  question: STATUS_LABELS,
  kb_entry: { draft: "Bản nháp", published: "Đã đăng", retired: "Ngừng áp dụng" },
  calendar: { holiday: "Ngày nghỉ", make_up: "Ngày làm bù" },
  canned_answer: { active: "Đang dùng", archived: "Đã lưu trữ" },
  regulation: { in_force: "Còn hiệu lực", amended: "Đã sửa đổi", replaced: "Đã thay thế" },
  monthly_report: { issued: "Đã ban hành", replaced: "Đã được thay thế" },
  monthly_report_draft: { draft: "Bản nháp" },
};

const SYSTEM_ACTOR = "hệ thống";

const actionLabel = (action: string) => ACTION_LABELS[action] ?? action;
const typeLabel = (type: string) => OBJECT_TYPE_LABELS[type] ?? type;
const stateLabel = (type: string, state: string | null) => (state === null ? "" : (STATE_LABELS[type]?.[state] ?? state));
const actorLabel = (r: AuditRow) => (r.actorName === null ? SYSTEM_ACTOR : r.actorRank ? `${r.actorRank} ${r.actorName}` : r.actorName);
const dataText = (r: AuditRow) => (r.data === null ? "" : JSON.stringify(r.data));

export const AUDIT_EXPORT_COLUMNS: ExportColumn<AuditRow>[] = [
  { header: "Thời điểm", value: (r) => r.at },
  { header: "Người thực hiện", value: actorLabel },
  { header: "Tên đăng nhập", value: (r) => r.actorUsername },
  { header: "Thao tác", value: (r) => actionLabel(r.action) },
  { header: "Mã thao tác", value: (r) => r.action },
  { header: "Loại đối tượng", value: (r) => typeLabel(r.objectType) },
  { header: "Mã đối tượng", value: (r) => r.objectId },
  { header: "Từ trạng thái", value: (r) => stateLabel(r.objectType, r.fromState) || null },
  { header: "Sang trạng thái", value: (r) => stateLabel(r.objectType, r.toState) || null },
  { header: "Dữ liệu", value: (r) => dataText(r) || null },
];

// A link only where the reader may open it: the admin reads the trail but not officers' questions.
const OBJECT_LINKS: Record<string, { href: (id: string) => string; action: Action }> = {
  question: { href: (id) => `/questions/${id}`, action: "question.see_all" },
  kb_entry: { href: (id) => `/kb/${id}`, action: "kb.read" },
  handover: { href: (id) => `/handover/${id}`, action: "handover.view_all" },
  monthly_report: { href: (id) => `/reports/monthly/issued/${id}`, action: "reports.view" },
  monthly_report_draft: { href: (month) => `/reports/monthly?month=${month}`, action: "reports.view" },
};

function ObjectCell(props: { row: AuditRow; people: Map<string, string>; user: CurrentUser }) {
  const { objectType, objectId } = props.row;
  const text = `${typeLabel(objectType)} ${/^\d+$/.test(objectId) ? `#${objectId}` : objectId}`;
  const target = OBJECT_LINKS[objectType];
  const link = target && can(props.user.roles, target.action) ? target.href : undefined;
  const who = objectType === "user" ? props.people.get(objectId) : undefined;
  return (
    <>
      {link ? <a href={link(objectId)}>{text}</a> : text}
      {who && <span class="muted"> ({who})</span>}
    </>
  );
}

function Change(props: { row: AuditRow }) {
  const { objectType, fromState, toState } = props.row;
  if (fromState === null && toState === null) return <span class="muted">—</span>;
  return (
    <>
      {fromState !== null && <span>{stateLabel(objectType, fromState)}</span>}
      {fromState !== null && toState !== null && " → "}
      {fromState === null && "→ "}
      {toState !== null && <span>{stateLabel(objectType, toState)}</span>}
    </>
  );
}

export interface AuditFilterValues {
  person?: string;
  type?: string;
  object?: string;
  action?: string;
  from?: string;
  to?: string;
}

function auditQuery(f: AuditFilterValues, page = 1): string {
  const p = new URLSearchParams();
  for (const key of ["person", "type", "object", "action", "from", "to"] as const) if (f[key]) p.set(key, f[key]!);
  if (page > 1) p.set("page", String(page));
  const s = p.toString();
  return s ? `?${s}` : "";
}

export function AuditPage(props: {
  values: AuditFilterValues;
  errors?: FieldErrors;
  choices: { people: { id: number; name: string; rank: string | null; username: string }[]; actions: string[]; objectTypes: string[] };
  result: { rows: AuditRow[]; total: number; page: number; pages: number } | null;
}) {
  const user = viewer();
  const { values, choices, result } = props;
  const people = new Map(choices.people.map((p) => [String(p.id), p.rank ? `${p.rank} ${p.name}` : p.name]));
  const actions = [...new Set([...choices.actions, ...(values.action ? [values.action] : [])])].sort((a, b) =>
    actionLabel(a).localeCompare(actionLabel(b), "vi"),
  );
  const types = [...new Set([...Object.keys(OBJECT_TYPE_LABELS), ...choices.objectTypes])];
  return (
    <Layout title="Nhật ký thao tác" path="/audit">
      <div class="page-head">
        <h1>Nhật ký thao tác</h1>
        <a class="button" href={`/audit.csv${auditQuery(values)}`} download>
          Tải CSV theo bộ lọc
        </a>
      </div>
      <p class="muted">Mọi thay đổi trên hệ thống: ai làm, lúc nào, với đối tượng nào. Nhật ký chỉ được ghi thêm, không thể sửa hay xóa.</p>
      <ErrorSummary errors={props.errors} />
      <form method="get" action="/audit" class="filters audit-filters" role="search" aria-label="Lọc nhật ký">
        <div class="field">
          <label for="f-person">Người thực hiện</label>
          <select id="f-person" name="person">
            <option value="">Tất cả</option>
            <option value="system" selected={values.person === "system"}>
              Hệ thống (tự động)
            </option>
            {choices.people.map((p) => (
              <option value={String(p.id)} selected={values.person === String(p.id)}>
                {people.get(String(p.id))} ({p.username})
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-action">Thao tác</label>
          <select id="f-action" name="action">
            <option value="">Tất cả</option>
            {actions.map((a) => (
              <option value={a} selected={values.action === a}>
                {actionLabel(a)}
              </option>
            ))}
          </select>
        </div>
        <div class="field audit-filters__narrow">
          <label for="f-type">Loại đối tượng</label>
          <select id="f-type" name="type">
            <option value="">Tất cả</option>
            {types.map((t) => (
              <option value={t} selected={values.type === t}>
                {typeLabel(t)}
              </option>
            ))}
          </select>
        </div>
        <div class="field audit-filters__narrow">
          <label for="f-object">Mã đối tượng</label>
          <input type="text" id="f-object" name="object" value={values.object ?? ""} inputmode="text" placeholder="ví dụ 125" />
        </div>
        <div class="field audit-filters__narrow">
          <label for="f-from">Từ ngày</label>
          <input type="date" id="f-from" name="from" value={values.from ?? ""} />
        </div>
        <div class="field audit-filters__narrow">
          <label for="f-to">Đến ngày</label>
          <input type="date" id="f-to" name="to" value={values.to ?? ""} />
        </div>
        <div class="actions">
          <button type="submit" class="button button--primary">
            Lọc
          </button>
          <a class="button button--ghost" href="/audit">
            Xóa bộ lọc
          </a>
        </div>
      </form>
      {result && <AuditTable result={result} people={people} values={values} user={user} />}
    </Layout>
  );
}

function AuditTable(props: {
  result: { rows: AuditRow[]; total: number; page: number; pages: number };
  people: Map<string, string>;
  values: AuditFilterValues;
  user: CurrentUser;
}) {
  const { rows, total, page, pages } = props.result;
  if (rows.length === 0) return <p class="empty">Không có bản ghi nào phù hợp.</p>;
  return (
    <section aria-labelledby="audit-count">
      <p id="audit-count" class="muted">
        {total} bản ghi, mới nhất trước · trang {page}/{pages}
      </p>
      <div class="table-wrap">
        <table class="table table--stack audit-table">
          <thead>
            <tr>
              <th scope="col">Thời điểm</th>
              <th scope="col">Người thực hiện</th>
              <th scope="col">Thao tác</th>
              <th scope="col">Đối tượng</th>
              <th scope="col">Trạng thái</th>
              <th scope="col">Dữ liệu</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr>
                <td data-label="Thời điểm">
                  <time datetime={isoInstant(r.at)}>{dateTime(r.at)}</time>
                </td>
                <td data-label="Người thực hiện">{r.actorName === null ? <span class="muted">{SYSTEM_ACTOR}</span> : actorLabel(r)}</td>
                <td data-label="Thao tác">{actionLabel(r.action)}</td>
                <td data-label="Đối tượng">
                  <ObjectCell row={r} people={props.people} user={props.user} />
                </td>
                <td data-label="Trạng thái">
                  <Change row={r} />
                </td>
                <td data-label="Dữ liệu">
                  {r.data === null ? (
                    <span class="muted">—</span>
                  ) : (
                    <details class="audit-data">
                      <summary>Xem</summary>
                      <code>{dataText(r)}</code>
                    </details>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav class="pager" aria-label="Phân trang">
        {page > 1 && <a href={`/audit${auditQuery(props.values, page - 1)}`}>← Trang trước</a>}
        <span>
          Trang {page}/{pages}
        </span>
        {page < pages && <a href={`/audit${auditQuery(props.values, page + 1)}`}>Trang sau →</a>}
      </nav>
    </section>
  );
}
