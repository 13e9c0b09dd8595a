// Who asked, as the question page's header says it: the asker's account, or the caller the team
// logged (name, rank, phone, the call's time and length, who logged it); and, for the team, the
// call-back that passes the answer on to someone without an account.
import type { CallBackItem, Channel } from "../../src/model.js";
import { dateTime, isoInstant } from "../format.js";
import { CallBackDoneForm } from "./call-back-list.js";
import { CALL_BACK_TASK, lowerFirst, withRank } from "./channel.js";

interface CallerFacts {
  id: number;
  status: string;
  channel: Channel;
  askerId: number | null;
  askerName: string | null;
  askerRank: string | null;
  callerName: string | null;
  callerRank: string | null;
  callerPhone: string | null;
  callMinutes: number | null;
  channelRef: string | null;
  unitName: string | null;
  submittedAt: Date;
  loggedAt: Date | null;
  loggedByName: string | null;
}

const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, "")}`;

export function CallerLine(props: { q: CallerFacts }) {
  const { q } = props;
  const logged = q.loggedByName !== null;
  const who = q.askerName ? withRank(q.askerRank, q.askerName) : withRank(q.callerRank, q.callerName ?? "Không rõ");
  return (
    <>
      <p class="question__meta">
        Người hỏi: <strong>{who}</strong>
        {q.askerId === null && " (không có tài khoản)"}
        {q.unitName && <> – {q.unitName}</>}
        {" · "}
        {logged ? "nhận lúc" : "gửi lúc"} <time datetime={isoInstant(q.submittedAt)}>{dateTime(q.submittedAt)}</time>
      </p>
      {logged && (
        <p class="question__meta">
          {q.callerPhone && (
            <>
              Số điện thoại: <a href={telHref(q.callerPhone)}>{q.callerPhone}</a>
              {" · "}
            </>
          )}
          {q.callMinutes !== null && <>Cuộc gọi {q.callMinutes} phút · </>}
          {q.channelRef && <>Số văn bản / mã hồ sơ: {q.channelRef} · </>}
          Ghi nhận bởi {q.loggedByName}
          {q.loggedAt && q.loggedAt.getTime() !== q.submittedAt.getTime() && (
            <>
              {" "}lúc <time datetime={isoInstant(q.loggedAt)}>{dateTime(q.loggedAt)}</time>
            </>
          )}
        </p>
      )}
    </>
  );
}

export function CallBackNotice(props: { q: CallerFacts; callBack: CallBackItem | null }) {
  const { q, callBack: cb } = props;
  const task = CALL_BACK_TASK[q.channel];
  if (cb?.done) {
    return (
      <p class="alert alert--success callback-notice">
        {task.done} lúc <time datetime={isoInstant(cb.done.at)}>{dateTime(cb.done.at)}</time> · {cb.done.byName}
        {cb.done.note && <> · “{cb.done.note}”</>}
      </p>
    );
  }
  if (cb) {
    return (
      <div class="alert alert--warn callback-notice" role="status">
        <p>
          <strong>Cần {lowerFirst(task.todo)}</strong> cho người hỏi
          {q.callerPhone ? (
            <>
              {" "}theo số <a href={telHref(q.callerPhone)}>{q.callerPhone}</a>
            </>
          ) : null}
          .
        </p>
        <CallBackDoneForm item={cb} back={`/questions/${q.id}`} />
      </div>
    );
  }
  if (q.askerId === null && ["new", "assigned", "waiting_info", "reopened"].includes(q.status)) {
    return <p class="alert alert--info callback-notice">Người hỏi không có tài khoản: khi trả lời, Tổ sẽ có việc “{lowerFirst(task.todo)}” trong danh sách cần gọi lại.</p>;
  }
  return null;
}
