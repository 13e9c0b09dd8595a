// One place where failures become responses: typed domain errors get their status code and a
// Vietnamese page (or JSON under /api); anything unexpected is logged and shown without details.
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { AppEnv } from "./context.js";
import { isBusy } from "./db.js";
import { Conflict, InvalidTransition, NotAllowed, NotFound } from "./domain/errors.js";
import { ErrorPage } from "../views/pages/error.js";
import { STATUS_LABELS } from "../views/partials/status.js";
import type { QuestionStatus } from "../db/schema.js";

const RETRY_AFTER_BUSY_S = 10;

interface Shown {
  status: 400 | 403 | 404 | 409 | 413 | 500 | 503;
  title: string;
  message: string;
}

const EVENT_LABELS: Record<string, string> = {
  route: "phân công",
  assign: "phân công",
  clarify: "đề nghị bổ sung thông tin",
  reply: "bổ sung thông tin",
  answer: "trả lời",
  close: "đóng",
  reopen: "mở lại",
  withdraw: "rút",
  mark_duplicate: "đánh dấu trùng lặp",
  propose: "đề xuất đưa vào kho hỏi – đáp",
};

// Conflicts that reach this handler with words of their own; any other gets the general message.
const CONFLICT_MESSAGES: Record<string, string> = {
  consultation_question_settled: "Chỉ xin ý kiến Ban cố vấn khi câu hỏi đang được xử lý (chưa trả lời, chưa đóng, chưa rút).",
  consultation_pending: "Đồng chí cố vấn này còn một yêu cầu xin ý kiến chưa trả lời về câu hỏi này.",
  consultation_closed: "Yêu cầu xin ý kiến này đã được trả lời hoặc đã rút.",
  kb_entry_retired: "Mục hỏi – đáp này đã ngừng áp dụng; không thể sửa hay thao tác thêm trên nó.",
  kb_entry_not_draft: "Chỉ đăng được bản nháp; mục này đã được đăng hoặc đã ngừng áp dụng (có thể một đồng chí khác vừa thao tác).",
  kb_entry_not_published: "Thao tác này chỉ áp dụng cho mục đang đăng; mục này là bản nháp hoặc đã ngừng áp dụng.",
  kb_review_closed: "Phiên bản này không còn chờ duyệt lần hai: đã được duyệt, bị trả lại hoặc đã có phiên bản mới hơn (có thể một đồng chí khác vừa thao tác).",
  kb_review_returned_unchanged: "Phiên bản này đã bị trả lại; xin sửa theo góp ý (kèm ghi chú thay đổi) rồi gửi duyệt lại.",
  kb_change_note_required: "Xin ghi chú thay đổi cho phiên bản mới: đã sửa gì và vì sao.",
  proposal_open: "Câu hỏi này đã có một đề xuất đưa vào kho đang chờ Ban cố vấn xem xét.",
  proposal_closed: "Đề xuất này đã được Ban cố vấn xử lý (có thể một đồng chí khác vừa thao tác).",
  already_in_kb: "Câu hỏi này đã có mục trong kho hỏi – đáp.",
  call_back_done: "Cuộc gọi lại này đã được ghi nhận (có thể một đồng chí khác vừa gọi).",
  no_asker_account: "Người hỏi không có tài khoản nên không nhận được đề nghị trên hệ thống: xin gọi điện hỏi thêm rồi ghi chú nội bộ nội dung trao đổi.",
  received_at_future: "Thời điểm nhận không thể sau thời điểm hiện tại.",
  received_at_too_old: "Chỉ ghi được câu hỏi nhận trong 30 ngày qua.",
};

function describe(err: Error): Shown {
  if (err instanceof NotFound) return { status: 404, title: "Không tìm thấy", message: "Trang hoặc nội dung này không tồn tại, hoặc đồng chí không có quyền xem." };
  if (err instanceof NotAllowed) return { status: 403, title: "Không có quyền", message: "Tài khoản của đồng chí không được phép thực hiện thao tác này." };
  if (err instanceof InvalidTransition) {
    const state = STATUS_LABELS[err.from as QuestionStatus] ?? err.from;
    return { status: 409, title: "Không thực hiện được", message: `Không thể ${EVENT_LABELS[err.event] ?? err.event} câu hỏi đang ở trạng thái “${state}”.` };
  }
  if (err instanceof Conflict) return { status: 409, title: "Không thực hiện được", message: CONFLICT_MESSAGES[err.code] ?? "Thao tác xung đột với dữ liệu hiện có." };
  // Another process held the write lock for longer than the desk waits (src/write-wait.ts).
  if (isBusy(err)) {
    return {
      status: 503,
      title: "Hệ thống đang bận",
      message: "Cơ sở dữ liệu đang bận ghi (có thể đang nhập kho hỏi – đáp hàng loạt hoặc sao lưu); thao tác của đồng chí chưa được lưu. Xin quay lại trang trước và gửi lại sau ít giây.",
    };
  }
  if (err instanceof HTTPException) {
    if (err.status === 413) return { status: 413, title: "Dữ liệu quá lớn", message: "Nội dung gửi lên vượt quá giới hạn cho phép." };
    if (err.status < 500) return { status: 400, title: "Yêu cầu không hợp lệ", message: "Dữ liệu gửi lên không đúng định dạng." };
  }
  return { status: 500, title: "Lỗi hệ thống", message: "Đã có lỗi ngoài ý muốn. Xin đồng chí thử lại sau ít phút; lỗi đã được ghi lại." };
}

export function handleError(err: Error, c: Context<AppEnv>) {
  const shown = describe(err);
  if (shown.status === 500) console.error(`[${new Date().toISOString()}] ${c.req.method} ${c.req.path}`, err);
  if (shown.status === 503) c.header("Retry-After", String(RETRY_AFTER_BUSY_S));
  if (c.req.path.startsWith("/api/")) return c.json({ error: shown.title, message: shown.message }, shown.status);
  if (c.req.header("HX-Request")) {
    return c.html(<div class="alert alert--error" role="alert">{shown.message}</div>, shown.status);
  }
  return c.html(<ErrorPage status={shown.status} title={shown.title} message={shown.message} />, shown.status);
}

export function handleNotFound(c: Context<AppEnv>) {
  return handleError(new NotFound("route"), c);
}
