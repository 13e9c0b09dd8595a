// One knowledge-base entry as a printed sheet for the notice board, with a QR code to its page.
import { renderMarkdown } from "../../src/markdown.js";
import { dateOnly } from "../format.js";
import { APP_NAME, PrintDocument } from "../layout.js";
import { Citations } from "../partials/citations.js";
import { currentHotlines, HotlineList } from "../partials/hotlines.js";
import { LawChangeNotice, type ReviewFlagView } from "../partials/law-change-notice.js";

function SheetHotlines() {
  const list = currentHotlines();
  return list.length > 0 ? <p class="sheet__hotlines">Đường dây nóng “Hỏi trực tiếp – Trả lời ngay”: <HotlineList list={list} /></p> : null;
}

export function KbPrintPage(props: {
  entry: { id: number; ref: string; title: string; question: string; answer: string; version: number; updatedAt: Date; categoryName: string; citations: { document: string; article: string }[] };
  flag: ReviewFlagView | null; // the law it cites changed: a sheet on the notice board must say so
  url: string;
}) {
  const e = props.entry;
  return (
    <PrintDocument title={`${e.ref} ${e.title}`} stylesheet="/static/css/print-sheet.css" bodyClass="sheet">
      <header class="sheet__head">
        <div>
          <p class="sheet__org">PHÒNG HỒ SƠ NGHIỆP VỤ</p>
          <p class="sheet__app">{APP_NAME}</p>
        </div>
        <figure class="sheet__qr">
          <img src={`/kb/${e.id}/qr.svg`} alt={`Mã QR dẫn tới ${props.url}`} width="120" height="120" />
          <figcaption>Quét để xem bản mới nhất</figcaption>
        </figure>
      </header>
      <main>
        <p class="muted">
          {e.ref} · {e.categoryName} · phiên bản {e.version} · cập nhật {dateOnly(e.updatedAt)}
        </p>
        <h1>{e.title}</h1>
        {props.flag && <LawChangeNotice flag={props.flag} audience="print" />}
        <section class="sheet__question">
          <h2>Hỏi</h2>
          <p>{e.question}</p>
        </section>
        <section class="prose">
          <h2>Đáp</h2>
          {renderMarkdown(e.answer)}
        </section>
        <Citations citations={e.citations} />
      </main>
      <footer class="sheet__foot">
        <p>{props.url}</p>
        <SheetHotlines />
        <p class="no-print">
          <a href={`/kb/${e.id}`}>← Quay lại mục hỏi – đáp</a> · Dùng lệnh In của trình duyệt (Ctrl+P) để in hoặc lưu PDF.
        </p>
      </footer>
    </PrintDocument>
  );
}
