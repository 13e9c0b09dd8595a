// Biên bản bàn giao ca on paper (A4, the administrative layout of the monthly report): who handed
// over to whom and when, the note, the questions as they stood then, the acknowledgements, and room
// for both sides to sign. Printed from the browser (Ctrl+P) or saved as PDF.
import type { ReportHeader } from "../../src/model.js";
import type { HandoverRecord } from "../../src/model.js";
import { renderMarkdown } from "../../src/markdown.js";
import { dateTime, isoInstant } from "../format.js";
import { PrintDocument } from "../layout.js";
import { HandoverItems } from "../partials/handover-items.js";
import { personName } from "../partials/handover-summary.js";
import { placeAndDate } from "./monthly-report.js";

export function HandoverPrintPage(props: { record: HandoverRecord; header: ReportHeader }) {
  const { record: h, header } = props;
  const takers = h.recipients.map(personName).join(", ");
  return (
    <PrintDocument title={`Biên bản bàn giao ca #${h.id}`} stylesheet="/static/css/report.css" bodyClass="report-body">
      <nav class="report-tools no-print" aria-label="Công cụ in">
        <a href={`/handover/${h.id}`}>← Biên bản trên hệ thống</a>
        <span class="muted">In hoặc lưu PDF: lệnh In của trình duyệt (Ctrl+P), khổ A4.</span>
      </nav>
      <main>
        <article class="report" aria-label={`Biên bản bàn giao ca số ${h.id}`}>
          <header class="report__head">
            <div class="report__agency">
              <p>{header.parentAgency.toUpperCase()}</p>
              <p class="report__strong report__rule">{header.agency.toUpperCase()}</p>
              <p class="report__number">Số: {h.id}/BB-BGC</p>
            </div>
            <div class="report__nation">
              <p class="report__strong">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
              <p class="report__strong report__rule">Độc lập – Tự do – Hạnh phúc</p>
              <p class="report__date">{placeAndDate(header.place, h.createdAt)}</p>
            </div>
          </header>
          <h1 class="report__title">
            BIÊN BẢN
            <span class="report__subtitle">Bàn giao ca trực Tổ giải đáp nghiệp vụ hồ sơ</span>
          </h1>
          <p class="report__intro">
            Vào lúc <time datetime={isoInstant(h.createdAt)}>{dateTime(h.createdAt)}</time>, đồng chí {personName(h.from)} (bên giao) bàn giao cho{" "}
            {h.recipients.length > 1 ? "các đồng chí" : "đồng chí"} {takers} (bên nhận) công việc của ca trực như sau:
          </p>
          <h2>I. NỘI DUNG BÀN GIAO</h2>
          {h.note ? <div class="prose">{renderMarkdown(h.note)}</div> : <p>Không ghi nội dung.</p>}
          <h2>II. CÂU HỎI BÀN GIAO ({h.items.length})</h2>
          <p class="report__caption">Trạng thái và hạn trả lời tại thời điểm bàn giao</p>
          <HandoverItems items={h.items} />
          <h2>III. XÁC NHẬN CỦA BÊN NHẬN</h2>
          <ul class="report__list">
            {h.recipients.map((r) => (
              <li>
                {personName(r)}:{" "}
                {r.acknowledgedAt ? (
                  <>
                    đã nhận bàn giao lúc <time datetime={isoInstant(r.acknowledgedAt)}>{dateTime(r.acknowledgedAt)}</time>
                  </>
                ) : (
                  "chưa xác nhận trên hệ thống"
                )}
                .
              </li>
            ))}
          </ul>
          <footer class="report__foot">
            <div class="report__signature">
              <p class="report__strong">BÊN GIAO</p>
              <p class="report__italic">(Ký, ghi rõ họ tên)</p>
              <div class="report__sign-space"></div>
              <p class="report__strong">{personName(h.from)}</p>
            </div>
            <div class="report__signature">
              <p class="report__strong">BÊN NHẬN</p>
              <p class="report__italic">(Ký, ghi rõ họ tên)</p>
              <div class="report__sign-space"></div>
              <p class="report__strong">{takers}</p>
            </div>
          </footer>
        </article>
      </main>
    </PrintDocument>
  );
}
