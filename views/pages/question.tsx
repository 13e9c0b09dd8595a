import { viewer } from "../viewer.js";
import { AttachmentList, type UploadLimitsView } from "../partials/attachments.js";
import { can } from "../../src/auth/permissions.js";
import { isOpen } from "../../src/domain/workflow.js";
import { renderMarkdown } from "../../src/markdown.js";
import { dateTime, isoInstant } from "../format.js";
import type { CallBackItem, ConsultationPanelData, DeadlineInfo, QuestionDetail, DeadlineExplanation, QuestionKbState, AttachmentView, QuestionStatus, KbSearchHit, SimilarQuestion } from "../../src/model.js";
import { CallBackNotice, CallerLine } from "../partials/question-caller.js";
import { CHANNEL_LABELS } from "../partials/channel.js";
import { Layout } from "../layout.js";
import { DeadlineExplainer } from "../partials/deadline-explainer.js";
import { ConsultationPanel } from "../partials/consultation.js";
import { AskerActions, TeamActions, type FormState } from "../partials/question-actions.js";
import { Deadline, StatusBadge, STATUS_LABELS } from "../partials/status.js";
import { CitedLawNotice, type ChangedCitationView } from "../partials/cited-law-notice.js";
import { ThreadFeedbackItem, type ThreadFeedbackView } from "../partials/feedback.js";

export type QuestionFormState = FormState;

const KIND_LABELS = {
  answer: "Trả lời",
  note: "Ghi chú nội bộ",
  clarification: "Đề nghị bổ sung thông tin",
  reply: "Bổ sung của người hỏi",
  consultation: "Xin ý kiến Ban cố vấn",
  advice: "Ý kiến Ban cố vấn",
} as const;

const ACTION_LABELS: Record<string, string> = {
  "question.submit": "Gửi câu hỏi",
  "question.log_call": "Ghi nhận cuộc gọi",
  "question.log_incoming": "Ghi nhận câu hỏi từ kênh khác",
  "question.call_back_due": "Chờ gọi lại báo kết quả cho người hỏi",
  "question.called_back": "Đã gọi lại báo kết quả",
  "question.asker_unlinked": "Người ghi cuộc gọi không còn là người hỏi (người gọi không có tài khoản)",
  "question.route": "Tự động phân công",
  "question.assign": "Phân công / chuyển giao",
  "question.answer": "Trả lời",
  "question.clarify": "Đề nghị bổ sung thông tin – tạm dừng thời hạn",
  "question.reply": "Người hỏi bổ sung – tiếp tục tính thời hạn",
  "question.deadline_extended": "Lùi hạn trả lời do thời gian tạm dừng",
  "question.deadline_recomputed": "Tính lại hạn theo lịch làm việc mới",
  "question.follow_up": "Người hỏi gửi thêm thông tin",
  "question.note": "Ghi chú nội bộ",
  "question.close": "Đóng câu hỏi",
  "question.auto_close": "Tự động đóng sau thời gian không phản hồi",
  "question.reopen": "Mở lại – tính thời hạn mới",
  "question.rate": "Đánh giá",
  "question.withdraw": "Rút câu hỏi",
  "question.mark_duplicate": "Đánh dấu trùng lặp",
  "question.due_soon_alert": "Cảnh báo sắp đến hạn",
  "question.overdue_alert": "Cảnh báo quá hạn",
  "question.propose": "Đề xuất đưa vào kho hỏi – đáp",
  "question.kb_proposal_accepted": "Ban cố vấn biên tập thành mục hỏi – đáp",
  "question.kb_proposal_dismissed": "Ban cố vấn không đưa vào kho hỏi – đáp",
  "question.kb_published": "Đã đưa vào kho hỏi – đáp",
  "question.consultation_requested": "Xin ý kiến Ban cố vấn",
  "question.consultation_answered": "Ban cố vấn cho ý kiến",
  "question.consultation_withdrawn": "Rút yêu cầu xin ý kiến Ban cố vấn",
};

// Messages and the asker's feedback by time; the sort is stable, so at the same instant the message
// comes first.
function inTimeOrder<M extends { createdAt: Date }, F extends { at: Date }>(messages: M[], feedback: F[]): (M | F)[] {
  const time = (x: M | F) => ("createdAt" in x ? x.createdAt : x.at).getTime();
  return [...messages, ...feedback].sort((a, b) => time(a) - time(b));
}

export interface QuestionPageProps {
  question: QuestionDetail;
  callBack: CallBackItem | null; // the team's call-back, when the asker has no account
  deadline: DeadlineInfo | null; // null once the question no longer runs against the clock
  explanation: DeadlineExplanation;
  timeline: { id: number; action: string; fromState: string | null; toState: string | null; at: Date; actorName: string | null }[];
  team: { id: number; name: string; rank: string | null }[];
  lastScore: number | null;
  canned: { id: number; title: string }[];
  suggestions: KbSearchHit[];
  similar: SimilarQuestion[]; // answered questions like this one, for answerers
  kb: QuestionKbState;
  consultations: ConsultationPanelData | null; // null: the viewer does not see the internal thread
  attachments: AttachmentView[]; // the viewer's to see: the question's own and its messages'
  limits: UploadLimitsView;
  citedLaw: ChangedCitationView[]; // articles cited in the answers that have changed since
  feedback: ThreadFeedbackView[]; // the asker's ratings and reopenings, oldest first; not internal
  state?: FormState;
}

export function QuestionPage(props: QuestionPageProps) {
  const user = viewer();
  const { question: q, deadline, state = {} } = props;
  const isAsker = q.askerId === user.id;
  const canAnswer = can(user.roles, "question.answer");
  const awaitsMe = props.consultations?.items.some((c) => c.advisorId === user.id && c.status === "open") ?? false;
  const consultationPanel = props.consultations && (
    <ConsultationPanel questionId={q.id} questionOpen={isOpen(q.status)} data={props.consultations} user={user} state={state} />
  );
  return (
    <Layout title={`#${q.id} ${q.title}`} liveQuestionId={q.id}>
      <article class="question" id="question">
        <header class="question__header card" id="question-head">
          <p class="question__meta">
            <span class="muted">Câu hỏi #{q.id}</span> · <StatusBadge status={q.status} /> · {q.categoryName}
            {" · "}Kênh: {CHANNEL_LABELS[q.channel]}
          </p>
          <h1>{q.title}</h1>
          <CallerLine q={q} />
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
          {q.status === "duplicate" && (
            <p class="alert alert--info">
              Câu hỏi này trùng với{" "}
              {q.duplicateOfQuestionId ? <a href={`/questions/${q.duplicateOfQuestionId}`}>câu hỏi #{q.duplicateOfQuestionId}</a> : <a href={`/kb/${q.duplicateOfKbEntryId}`}>mục hỏi – đáp đã có</a>}
              , xin đồng chí xem nội dung trả lời tại đó.
            </p>
          )}
          {props.kb.entry && (
            <p class="alert alert--success">
              Đã đưa vào kho hỏi – đáp:{" "}
              <a href={`/kb/${props.kb.entry.id}`}>
                {props.kb.entry.ref} – {props.kb.entry.title}
              </a>
            </p>
          )}
          {canAnswer && <CallBackNotice q={q} callBack={props.callBack} />}
          {(isAsker || canAnswer || can(user.roles, "question.see_all")) && <DeadlineExplainer x={props.explanation} />}
        </header>
        <section class="card prose question__body" aria-label="Nội dung câu hỏi">
          {q.body.split(/(?:\r?\n){2,}/).map((para) => (
            <p>{para}</p>
          ))}
          <AttachmentList items={props.attachments.filter((a) => a.messageId === null)} label="Tệp đính kèm câu hỏi" />
        </section>
        {/* Live: when the question changes, htmx fetches this page and swaps the header, thread,
            history and the action forms (their textareas are hx-preserve'd, so no draft is lost).
            The wrapper stays in place (innerHTML): a self-replacing element would drop queued updates. */}
        <div
          id="thread-live"
          hx-get={`/questions/${q.id}`}
          hx-trigger="sse:question"
          hx-select="#thread"
          hx-select-oob="#question-head,#timeline,#asker-actions,#team-actions"
          hx-swap="innerHTML"
        >
        <section aria-labelledby="thread-title" class="thread" id="thread" aria-live="polite">
          <h2 id="thread-title">Trao đổi</h2>
          <CitedLawNotice changes={props.citedLaw} />
          {q.thread.length === 0 && <p class="muted">Chưa có trả lời.</p>}
          {inTimeOrder(q.thread, props.feedback).map((m) =>
            m.kind === "rating" || m.kind === "reopen" ? (
              <ThreadFeedbackItem item={m} />
            ) : (
              <article class={`message message--${m.kind}`} id={`message-${m.id}`}>
                <header class="message__header">
                  <strong>{KIND_LABELS[m.kind]}</strong> · {m.authorRank ? `${m.authorRank} ${m.authorName}` : m.authorName} ·{" "}
                  <time datetime={isoInstant(m.createdAt)}>{dateTime(m.createdAt)}</time>
                </header>
                <div class="prose">{renderMarkdown(m.body)}</div>
                <AttachmentList items={props.attachments.filter((a) => a.messageId === m.id)} />
              </article>
            ),
          )}
        </section>
        </div>
        {/* Always present (even empty) so a live swap finds its target; drafts survive via hx-preserve. */}
        <div id="asker-actions">{isAsker && <AskerActions questionId={q.id} status={q.status} state={state} lastScore={props.lastScore} limits={props.limits} />}</div>
        <div id="team-actions">
        {/* An advisor asked for an opinion finds the request first. */}
        {props.consultations && awaitsMe && consultationPanel}
        <TeamActions
          questionId={q.id}
          status={q.status}
          state={state}
          isAssignee={q.assigneeId === user.id}
          canAnswer={canAnswer}
          canAssign={can(user.roles, "question.assign")}
          canNote={can(user.roles, "question.note")}
          assigneeId={q.assigneeId}
          team={props.team}
          meId={user.id}
          canned={props.canned}
          suggestions={props.suggestions}
          similar={props.similar}
          canPropose={can(user.roles, "kb.propose")}
          canCurate={can(user.roles, "kb.curate")}
          kb={props.kb}
          limits={props.limits}
          askerHasAccount={q.askerId !== null}
        />
        {props.consultations && !awaitsMe && consultationPanel}
        </div>
        <section class="card" aria-labelledby="timeline-title" id="timeline">
          <h2 id="timeline-title">Lịch sử xử lý</h2>
          <ol class="timeline">
            {props.timeline.map((e) => (
              <li>
                <time datetime={isoInstant(e.at)}>{dateTime(e.at)}</time> — {ACTION_LABELS[e.action] ?? e.action}
                {e.actorName ? ` · ${e.actorName}` : " · hệ thống"}
                {e.toState && e.fromState !== e.toState && (
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
