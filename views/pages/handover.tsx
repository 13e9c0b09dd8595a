// Bàn giao ca: what is still open at the end of a shift, most urgent first, and who takes over.
// Meant to be printed too: the stylesheet hides navigation and forms on paper.
import type { HandoverGroups, Shifts } from "../../src/services/duty.js";
import type { CurrentUser } from "../../src/services/users.js";
import { dateTime, isoInstant } from "../format.js";
import { Layout } from "../layout.js";
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

export function HandoverPage(props: { user: CurrentUser; all: boolean; now: Date; groups: HandoverGroups; shifts: Shifts }) {
  const { groups, shifts } = props;
  const total = GROUPS.reduce((n, g) => n + groups[g.key].length, 0);
  const whose = props.all ? "của cả Tổ giải đáp" : `giao cho đồng chí ${props.user.name}`;
  return (
    <Layout title="Bàn giao ca" user={props.user} path="/handover">
      <div class="page-head">
        <h1>Bàn giao ca</h1>
        <nav class="tabs" aria-label="Phạm vi bàn giao">
          <a href="/handover" aria-current={!props.all ? "page" : undefined}>
            Của tôi
          </a>
          <a href="/handover?all=1" aria-current={props.all ? "page" : undefined}>
            Cả tổ
          </a>
        </nav>
      </div>
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
          Câu hỏi chưa xong, đồng chí mở câu hỏi và chọn “Chuyển giao cho đồng chí khác trong Tổ” để giao cho người trực ca tiếp theo.{" "}
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
          <QuestionList rows={groups[g.key]} empty={g.empty} />
        </section>
      ))}
    </Layout>
  );
}
