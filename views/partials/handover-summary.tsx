// Hand-over records in a list: who handed over to whom and when, how many questions, the start of
// the note and who has acknowledged. The pending list adds the "Đã nhận bàn giao" button.
import type { HandoverPerson, HandoverRecipient, HandoverSummary } from "../../src/model.js";
import { dateTime, isoInstant } from "../format.js";

export const personName = (p: HandoverPerson) => (p.rank ? `${p.rank} ${p.name}` : p.name);

const NOTE_START = 160;
// The note's first words as plain text: Markdown marks are dropped, not rendered, in a list.
const noteStart = (note: string) => {
  const plain = note.replace(/[#*_`>[\]()!-]+/g, " ").replace(/\s+/g, " ").trim();
  return plain.length > NOTE_START ? `${plain.slice(0, NOTE_START)}…` : plain;
};

export function Acknowledgement(props: { r: HandoverRecipient }) {
  const { r } = props;
  return r.acknowledgedAt ? (
    <span class="badge badge--status-answered">
      Đã nhận <time datetime={isoInstant(r.acknowledgedAt)}>{dateTime(r.acknowledgedAt)}</time>
    </span>
  ) : (
    <span class="badge badge--status-waiting_info">Chưa xác nhận</span>
  );
}

export function AcknowledgeForm(props: { id: number }) {
  return (
    <form method="post" action={`/handover/${props.id}/acknowledge`} class="inline">
      <button type="submit" class="button button--primary button--small">
        Đã nhận bàn giao
      </button>
    </form>
  );
}

export function HandoverSummaryList(props: { items: HandoverSummary[]; acknowledge?: boolean }) {
  return (
    <ul class="handover-list">
      {props.items.map((h) => (
        <li class="handover-list__item">
          <p class="handover-list__head">
            <a href={`/handover/${h.id}`}>Biên bản bàn giao #{h.id}</a> · <time datetime={isoInstant(h.createdAt)}>{dateTime(h.createdAt)}</time>
          </p>
          <p class="handover-list__meta">
            {personName(h.from)} bàn giao {h.questionCount} câu hỏi cho{" "}
            {h.recipients.map((r, i) => (
              <>
                {i > 0 && ", "}
                {personName(r)} <Acknowledgement r={r} />
              </>
            ))}
          </p>
          {h.note && <p class="handover-list__note muted">{noteStart(h.note)}</p>}
          {props.acknowledge && <AcknowledgeForm id={h.id} />}
        </li>
      ))}
    </ul>
  );
}
