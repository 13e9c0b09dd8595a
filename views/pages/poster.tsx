// The desk's poster for a notice board (niêm yết), one A4 sheet in portrait: who we are, what we
// are for, the hotline numbers, and QR codes to ask a question and to search what is answered.
import { APP_NAME, PrintDocument } from "../layout.js";
import { currentHotlines, dial } from "../partials/hotlines.js";
import { QrCode } from "../partials/qr-code.js";

type Qr = { text: string; size: number; path: string };

export function PosterPage(props: { header: { parentAgency: string; agency: string }; ask: Qr; search: Qr }) {
  const hotlines = currentHotlines();
  return (
    <PrintDocument title={`Áp phích niêm yết · ${APP_NAME}`} stylesheet="/static/css/poster.css" bodyClass="poster-body">
      <header class="poster-tools no-print">
        <p>
          <a href="/kb">← Tra cứu hỏi – đáp</a>
        </p>
        <p class="muted">Dùng lệnh In của trình duyệt (Ctrl+P), khổ A4 dọc, để in áp phích dán lên bảng tin của đơn vị.</p>
        {hotlines.length === 0 && (
          <p class="alert alert--warn">Chưa có số đường dây nóng nên áp phích chưa in số nào. Quản trị đặt số tại mục Cài đặt.</p>
        )}
      </header>
      <main class="poster">
        <header class="poster__org">
          <p>{props.header.parentAgency}</p>
          <p class="poster__agency">{props.header.agency}</p>
        </header>
        <h1 class="poster__title">{APP_NAME}</h1>
        <p class="poster__slogan">“Hỏi trực tiếp – Trả lời ngay”</p>
        <p class="poster__lead">
          Kênh giải đáp nghiệp vụ dành cho cán bộ làm công tác hồ sơ ở các đơn vị: hồ sơ nghiệp vụ, lý lịch tư pháp, xóa án tích, căn cước… Câu hỏi cần nghiên cứu được
          trả lời chậm nhất trong 24 giờ làm việc.
        </p>
        {hotlines.length > 0 && (
          <section class="poster__hotlines" aria-labelledby="poster-hotlines">
            <h2 id="poster-hotlines">Đường dây nóng</h2>
            <ul>
              {hotlines.map((h) => (
                <li>
                  <span class="poster__hotline-label">{h.label}</span> <a href={`tel:${dial(h.number)}`}>{h.number}</a>
                </li>
              ))}
            </ul>
          </section>
        )}
        <section class="poster__code poster__code--ask" aria-labelledby="poster-ask">
          <QrCode qr={props.ask} label={`Mã QR dẫn tới trang đặt câu hỏi ${props.ask.text}`} class="poster__qr" />
          <div>
            <h2 id="poster-ask">Quét mã để đặt câu hỏi</h2>
            <p>Gửi câu hỏi cho Tổ giải đáp nghiệp vụ, theo dõi lời đáp ngay trên điện thoại.</p>
            <p class="poster__url">{props.ask.text}</p>
          </div>
        </section>
        <section class="poster__code poster__code--search" aria-labelledby="poster-search">
          <QrCode qr={props.search} label={`Mã QR dẫn tới trang tra cứu hỏi – đáp ${props.search.text}`} class="poster__qr poster__qr--small" />
          <div>
            <h2 id="poster-search">Tra cứu hỏi – đáp đã có</h2>
            <p>Nhiều câu hỏi đã có lời đáp trong kho hỏi – đáp: tra trước, có ngay.</p>
            <p class="poster__url">{props.search.text}</p>
          </div>
        </section>
        <p class="poster__foot">Mở bằng điện thoại hoặc máy tính kết nối mạng nội bộ, đăng nhập bằng tài khoản của đồng chí.</p>
      </main>
    </PrintDocument>
  );
}
