// Bàn giao ca: what is still open at the end of a shift, most urgent first, and who takes over.
// Meant to be printed too: the stylesheet hides navigation and forms on paper. The member's own
// view is also the start of the hand-over record (views/partials/handover-form.tsx).
import { viewer } from "../viewer.js";
import type { HandoverSummary, HandoverGroups, Shifts } from "../../src/model.js";
import { dateTime, isoInstant } from "../format.js";
import { Layout } from "../layout.js";
import { HandoverGiveCard, PickControl, type HandoverFormState } from "../partials/handover-form.js";
import { HandoverSummaryList } from "../partials/handover-summary.js";
import { QuestionList } from "../partials/question-list.js";
import { dayText, DutyMembers } from "./duty.js";

const GROUPS: { key: keyof HandoverGroups; title: string; hint?: string; empty: string }[] = [
  { key: "overdue", title: "Quá hạn", empty: "Không có câu hỏi quá hạn." },
  { key: "dueSoon", title: "Sắp đến hạn", hint: "Đã dùng từ 75 % thời hạn trả lời.", empty: "Không có câu hỏi sắp đến hạn." },
  {
    key: "waiting",
    title: "Đang chờ người hỏi bổ sung",
    hint: "Thời hạn tạm dừng cho đến khi người hỏi bổ sung thông tin.",
    empty: "Không có câu hỏi đang chờ bổ sung.",
  },
  { key: "other", title: "Đang mở khác", hint: "Còn trong hạn.", empty: "Không có câu hỏi nào khác đang mở." },
];

export function HandoverPage(props: {
  all: boolean;
  now: Date;
  groups: HandoverGroups;
  shifts: Shifts;
  pending: HandoverSummary[]; // hand-overs this member has not yet acknowledged
  form: HandoverFormState | null; // the member's own view hands over; the whole team's only lists
}) {
  const user = viewer();
  const { groups, shifts, form } = props;
  const total = GROUPS.reduce((n, g) => n + groups[g.key].length, 0);
  const whose = props.all ? "của cả Tổ giải đáp" : `giao cho đồng chí ${user.name}`;
  return (
    <Layout title="Bàn giao ca" path="/handover">
      <div class="page-head">
        <h1>Bàn giao ca</h1>
        <a href="/handover/history">Biên bản đã lập</a>
        <nav class="tabs" aria-label="Phạm vi bàn giao">
          <a href="/handover" aria-current={!props.all ? "page" : undefined}>
            Của tôi
          </a>
          <a href="/handover?all=1" aria-current={props.all ? "page" : undefined}>
            Cả tổ
          </a>
        </nav>
      </div>
      {props.pending.length > 0 && (
        <section class="card card--attention" aria-labelledby="pending-title">
          <h2 id="pending-title">Bàn giao chờ đồng chí nhận ({props.pending.length})</h2>
          <p class="muted">Xem biên bản, các câu hỏi đã chuyển cho đồng chí, rồi xác nhận đã nhận.</p>
          <HandoverSummaryList items={props.pending} acknowledge />
        </section>
      )}
      <p class="muted">
        {total} câu hỏi đang mở {whose}, tính đến <time datetime={isoInstant(props.now)}>{dateTime(props.now)}</time>.
      </p>
      <section class="card" aria-labelledby="shifts-title">
        <h2 id="shifts-title">Ca trực</h2>
        <dl class="shifts">
          <div class="shifts__item">
            <dt>
              Hôm nay · <time datetime={shifts.today.date}>{dayText(shifts.today.date)}</time>
            </dt>
            <dd>{shifts.today.working ? <DutyMembers members={shifts.today.members} /> : <span class="muted">Ngày nghỉ theo lịch làm việc</span>}</dd>
          </div>
          <div class="shifts__item">
            <dt>
              Ca tiếp theo
              {shifts.next && (
                <>
                  {" · "}
                  <time datetime={shifts.next.date}>{dayText(shifts.next.date)}</time>
                </>
              )}
            </dt>
            <dd>{shifts.next ? <DutyMembers members={shifts.next.members} /> : <span class="muted">Chưa có ngày làm việc tiếp theo</span>}</dd>
          </div>
        </dl>
        <p class="muted shifts__hint">
          {form ? "Câu hỏi chưa xong được bàn giao cho ca sau bằng biên bản ở cuối trang." : "Mỗi đồng chí lập biên bản bàn giao các câu hỏi của mình ở mục “Của tôi”."}{" "}
          <a href="/duty">Xem lịch trực</a>
        </p>
      </section>
      <p class="summary">
        <span class="badge badge--sla-overdue">Quá hạn: {groups.overdue.length}</span>{" "}
        <span class="badge badge--sla-due_soon">Sắp đến hạn: {groups.dueSoon.length}</span>{" "}
        <span class="badge badge--status-waiting_info">Chờ bổ sung: {groups.waiting.length}</span>{" "}
        <span class="badge badge--sla-on_time">Đang mở khác: {groups.other.length}</span>
      </p>
      {GROUPS.map((g) => (
        <section class="handover-group" id={`group-${g.key}`} aria-labelledby={`group-${g.key}-title`}>
          <h2 id={`group-${g.key}-title`}>
            {g.title} ({groups[g.key].length})
          </h2>
          {g.hint && <p class="muted handover-group__hint">{g.hint}</p>}
          <QuestionList rows={groups[g.key]} empty={g.empty} pick={form ? (q) => <PickControl q={q} form={form} /> : undefined} />
        </section>
      ))}
      {form && <HandoverGiveCard form={form} questionCount={total} />}
    </Layout>
  );
}
