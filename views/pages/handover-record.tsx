// One hand-over record on screen: who handed what to whom and when, the note, the questions as they
// stood then, and who has acknowledged. An incoming person who has not yet acknowledged does it here.
import { viewer } from "../viewer.js";
import type { HandoverRecord } from "../../src/model.js";
import { can } from "../../src/auth/permissions.js";
import { renderMarkdown } from "../../src/markdown.js";
import { dateTime, isoInstant } from "../format.js";
import { Layout } from "../layout.js";
import { HandoverItems } from "../partials/handover-items.js";
import { Acknowledgement, AcknowledgeForm, personName } from "../partials/handover-summary.js";

export function HandoverRecordPage(props: { record: HandoverRecord; notice?: string }) {
  const user = viewer();
  const { record: h } = props;
  const mine = h.recipients.find((r) => r.id === user.id);
  const awaitsMe = !!mine && !mine.acknowledgedAt && can(user.roles, "handover.receive");
  return (
    <Layout title={`Biên bản bàn giao #${h.id}`} path="/handover">
      <div class="page-head">
        <h1>Biên bản bàn giao ca #{h.id}</h1>
        <a href={`/handover/${h.id}/print`} class="button button--small">
          In biên bản
        </a>
      </div>
      {props.notice && (
        <p class="alert alert--success" role="status">
          {props.notice}
        </p>
      )}
      <section class="card" aria-labelledby="handover-who">
        <h2 id="handover-who" class="visually-hidden">
          Bên giao, bên nhận
        </h2>
        <dl class="handover-facts">
          <div>
            <dt>Bên giao</dt>
            <dd>{personName(h.from)}</dd>
          </div>
          <div>
            <dt>Thời điểm bàn giao</dt>
            <dd>
              <time datetime={isoInstant(h.createdAt)}>{dateTime(h.createdAt)}</time>
            </dd>
          </div>
          <div>
            <dt>Bên nhận</dt>
            <dd>
              <ul class="handover-facts__people">
                {h.recipients.map((r) => (
                  <li>
                    {personName(r)} <Acknowledgement r={r} />
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        </dl>
        {awaitsMe && (
          <div class="handover-ack">
            <p>Đồng chí đã xem nội dung và các câu hỏi được chuyển cho mình?</p>
            <AcknowledgeForm id={h.id} />
          </div>
        )}
      </section>
      <section class="card" aria-labelledby="handover-note-title">
        <h2 id="handover-note-title">Nội dung bàn giao</h2>
        {h.note ? <div class="prose">{renderMarkdown(h.note)}</div> : <p class="muted">Không ghi nội dung.</p>}
      </section>
      <section class="card" aria-labelledby="handover-items-title">
        <h2 id="handover-items-title">Câu hỏi bàn giao ({h.items.length})</h2>
        <HandoverItems items={h.items} links />
      </section>
      <p>
        <a href="/handover/history">← Biên bản đã lập</a>
      </p>
    </Layout>
  );
}
