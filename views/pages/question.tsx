import { can } from "../../src/auth/permissions.js";
import { renderMarkdown } from "../../src/markdown.js";
import type { QuestionDetail } from "../../src/services/question-queries.js";
import type { CurrentUser } from "../../src/services/users.js";
import { dateTime, isoInstant } from "../format.js";
import { Layout } from "../layout.js";
import { AnswerForm } from "../partials/answer-form.js";
import { Deadline, StatusBadge, STATUS_LABELS, type DeadlineInfo } from "../partials/status.js";
import type { QuestionStatus } from "../../db/schema.js";

const KIND_LABELS = {
  answer: "Trả lời",
  note: "Ghi chú nội bộ",
  clarification: "Đề nghị bổ sung thông tin",
  reply: "Bổ sung của người hỏi",
} as const;

const ACTION_LABELS: Record<string, string> = {
  "question.submit": "Gửi câu hỏi",
  "question.route": "Tự động phân công",
  "question.assign": "Phân công lại",
  "question.answer": "Trả lời",
};

export interface QuestionPageProps {
  user: CurrentUser;
  question: QuestionDetail;
  deadline: DeadlineInfo | null; // null once the question no longer runs against the clock
  timeline: { id: number; action: string; fromState: string | null; toState: string | null; at: Date; actorName: string | null }[];
  team: { id: number; name: string; rank: string | null }[];
  answerDraft?: string;
  answerError?: string;
}

export function QuestionPage(props: QuestionPageProps) {
  const { user, question: q, deadline } = props;
  const canAnswer = can(user.roles, "question.answer") && ["new", "assigned", "reopened"].includes(q.status);
  const canAssign = can(user.roles, "question.assign") && ["new", "assigned", "waiting_info", "reopened"].includes(q.status);
  return (
    <Layout title={`#${q.id} ${q.title}`} user={user}>
      <article class="question" id="question">
        <header class="question__header card">
          <p class="question__meta">
            <span class="muted">Câu hỏi #{q.id}</span> · <StatusBadge status={q.status} /> · {q.categoryName}
          </p>
          <h1>{q.title}</h1>
          <p class="question__meta">
            Người hỏi: <strong>{q.askerRank ? `${q.askerRank} ${q.askerName}` : q.askerName}</strong>
            {q.unitName && <> – {q.unitName}</>}
            {" · "}gửi lúc <time datetime={isoInstant(q.submittedAt)}>{dateTime(q.submittedAt)}</time>
          </p>
          <p class="question__meta">
            Cán bộ giải đáp: <strong>{q.assigneeName ?? "chưa phân công"}</strong>
          </p>
          {deadline && <p class="question__deadline">{<Deadline info={deadline} />}</p>}
          {q.answeredAt && (
            <p class="question__meta">
              Đã trả lời lúc <time datetime={isoInstant(q.answeredAt)}>{dateTime(q.answeredAt)}</time>
              {q.answeredAt.getTime() <= q.deadlineAt.getTime() ? " – trong hạn 24 giờ làm việc." : " – sau hạn 24 giờ làm việc."}
            </p>
          )}
        </header>
        <section class="card prose question__body" aria-label="Nội dung câu hỏi">
          {q.body.split(/(?:\r?\n){2,}/).map((para) => (
            <p>{para}</p>
          ))}
        </section>
        <section aria-labelledby="thread-title" class="thread">
          <h2 id="thread-title">Trao đổi</h2>
          {q.thread.length === 0 && <p class="muted">Chưa có trả lời.</p>}
          {q.thread.map((m) => (
            <article class={`message message--${m.kind}`} id={`message-${m.id}`}>
              <header class="message__header">
                <strong>{KIND_LABELS[m.kind]}</strong> · {m.authorRank ? `${m.authorRank} ${m.authorName}` : m.authorName} ·{" "}
                <time datetime={isoInstant(m.createdAt)}>{dateTime(m.createdAt)}</time>
              </header>
              <div class="prose">{renderMarkdown(m.body)}</div>
            </article>
          ))}
        </section>
        {canAnswer && (
          <section class="card" aria-labelledby="answer-title">
            <h2 id="answer-title">Trả lời câu hỏi</h2>
            <AnswerForm questionId={q.id} body={props.answerDraft} error={props.answerError} />
          </section>
        )}
        {canAssign && (
          <section class="card" aria-labelledby="assign-title">
            <h2 id="assign-title">Phân công</h2>
            <form method="post" action={`/questions/${q.id}/assign`} class="inline-form">
              <label for="assignee">Giao cho</label>
              <select id="assignee" name="assignee" required>
                {props.team.map((m) => (
                  <option value={String(m.id)} selected={m.id === q.assigneeId}>
                    {m.rank ? `${m.rank} ${m.name}` : m.name}
                  </option>
                ))}
              </select>
              <button type="submit" class="button">
                Phân công
              </button>
            </form>
          </section>
        )}
        <section class="card" aria-labelledby="timeline-title">
          <h2 id="timeline-title">Lịch sử xử lý</h2>
          <ol class="timeline">
            {props.timeline.map((e) => (
              <li>
                <time datetime={isoInstant(e.at)}>{dateTime(e.at)}</time> — {ACTION_LABELS[e.action] ?? e.action}
                {e.actorName ? ` · ${e.actorName}` : " · hệ thống"}
                {e.toState && (
                  <span class="muted">
                    {" "}
                    ({e.fromState ? `${STATUS_LABELS[e.fromState as QuestionStatus]} → ` : ""}
                    {STATUS_LABELS[e.toState as QuestionStatus]})
                  </span>
                )}
              </li>
            ))}
          </ol>
        </section>
      </article>
    </Layout>
  );
}
