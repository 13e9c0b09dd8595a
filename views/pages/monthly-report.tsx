// Báo cáo tháng: the month's figures in the usual administrative layout (Nghị định 30/2020/NĐ-CP:
// agency and national motto side by side, place and date, title, numbered sections, "Nơi nhận"
// bottom-left, signature bottom-right), printed from the browser to paper or PDF on A4.
import type { ReportHeader } from "../../src/config.js";
import { TZDate } from "@date-fns/tz";
import type { Child } from "hono/jsx";
import type { Overview } from "../../src/services/dashboard.js";
import { DISPLAY_TIME_ZONE, dateTime } from "../format.js";
import { PrintDocument } from "../layout.js";
import { DefinitionList } from "../partials/dashboard-definitions.js";
import { localDay, number1, percent, score, workTime } from "../partials/dashboard-format.js";
import { CategoryTable, TeamTable, UnitLeaderboard } from "../partials/dashboard-tables.js";
import { WeekTable } from "../partials/dashboard-trends.js";
import { channelSentence } from "../partials/dashboard-channels.js";

// Nghị định 30/2020: a leading zero for days below 10 and for months below 3.
export function placeAndDate(place: string, d: Date): string {
  const local = new TZDate(d.getTime(), DISPLAY_TIME_ZONE);
  const day = local.getDate();
  const month = local.getMonth() + 1;
  return `${place}, ngày ${day < 10 ? `0${day}` : day} tháng ${month < 3 ? `0${month}` : month} năm ${local.getFullYear()}`;
}

function Paragraph(props: { label: string; children: Child }) {
  return (
    <p>
      <span class="report__label">{props.label}</span> {props.children}
    </p>
  );
}

export function MonthlyReportPage(props: { o: Overview; month: string; header: ReportHeader }) {
  const { o } = props;
  const s = o.summary;
  const mmyyyy = `${props.month.slice(5, 7)}/${props.month.slice(0, 4)}`;
  const title = `Kết quả tiếp nhận, giải đáp nghiệp vụ hồ sơ tháng ${mmyyyy}`;
  const training = o.units.filter((u) => u.needsTraining);
  return (
    <PrintDocument title={`Báo cáo tháng ${mmyyyy}`} stylesheet="/static/css/report.css" bodyClass="report-body">
      <nav class="report-tools no-print" aria-label="Công cụ báo cáo">
        <a href={`/dashboard?period=custom&from=${o.period.firstDay}&to=${o.period.lastDay}`}>← Tổng quan</a>
        <form method="get" action="/reports/monthly" class="report-tools__form">
          <label for="report-month">Tháng</label>
          <input type="month" id="report-month" name="month" value={props.month} required />
          <button type="submit" class="button button--small">
            Xem
          </button>
        </form>
        <span class="muted">In hoặc lưu PDF: lệnh In của trình duyệt (Ctrl+P), khổ A4.</span>
      </nav>
      <main>
      <article class="report" aria-label={`Báo cáo ${title}`}>
        <header class="report__head">
          <div class="report__agency">
            <p>{props.header.parentAgency.toUpperCase()}</p>
            <p class="report__strong report__rule">{props.header.agency.toUpperCase()}</p>
            <p class="report__number">Số: &nbsp; &nbsp; &nbsp; /BC-HSNV</p>
          </div>
          <div class="report__nation">
            <p class="report__strong">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
            <p class="report__strong report__rule">Độc lập – Tự do – Hạnh phúc</p>
            <p class="report__date">{placeAndDate(props.header.place, o.now)}</p>
          </div>
        </header>

        <h1 class="report__title">
          BÁO CÁO
          <span class="report__subtitle">{title}</span>
        </h1>

        <p class="report__intro">
          Thực hiện chủ trương “Hỏi trực tiếp – Trả lời ngay” (câu hỏi cần nghiên cứu được trả lời chậm nhất trong 24 giờ làm việc), Phòng Hồ sơ nghiệp vụ báo cáo kết quả tiếp nhận, giải đáp nghiệp vụ hồ sơ từ ngày {localDay(o.period.firstDay)} đến hết ngày {localDay(o.period.lastDay)} như sau:
        </p>

        <h2>I. KẾT QUẢ CHUNG</h2>
        <Paragraph label="1. Tiếp nhận:">
          {`tiếp nhận ${s.received} câu hỏi, trong đó ${s.phoneCalls} cuộc gọi qua đường dây nóng (${s.onTheSpot} cuộc gọi được trả lời ngay khi gọi).`}
          {s.received > 0 && ` Theo kênh tiếp nhận: ${channelSentence(s.byChannel)}.`}
        </Paragraph>
        <Paragraph label="2. Giải đáp:">
          {`trả lời lần đầu ${s.answered} câu hỏi; đúng hạn ${s.onTime} câu hỏi, đạt ${percent(s.onTimeRate)}. Thời gian trả lời (tính theo giờ làm việc): trung vị ${workTime(s.medianMinutes)}; 90% số câu hỏi được trả lời trong ${workTime(s.p90Minutes)}.`}
          {o.consultations.requested > 0 && ` Tổ giải đáp xin ý kiến Ban cố vấn ${o.consultations.requested} lần; Ban cố vấn đã cho ${o.consultations.answered} ý kiến.`}
        </Paragraph>
        <Paragraph label="3. Kho hỏi – đáp:">
          {`đăng mới ${o.kb.published} mục, nâng tổng số mục đang áp dụng lên ${number1(o.kb.total)} mục; cán bộ tự tìm được câu trả lời ${o.deflections} lượt mà không phải gửi câu hỏi.`}
        </Paragraph>
        <Paragraph label="4. Mức độ hài lòng:">
          {o.satisfaction.count
            ? `${o.satisfaction.count} lượt đánh giá, điểm trung bình ${score(o.satisfaction)}.`
            : "chưa có lượt đánh giá nào trong tháng."}
        </Paragraph>
        <Paragraph label="5. Câu hỏi đang giải quyết:">
          {`tại thời điểm lập báo cáo (${dateTime(o.now)}) còn ${o.backlog.total} câu hỏi chưa trả lời: ${o.backlog.on_time} trong hạn, ${o.backlog.due_soon} sắp đến hạn, ${o.backlog.overdue} quá hạn.`}
        </Paragraph>

        <h2>II. DIỄN BIẾN THEO TUẦN</h2>
        <p class="report__caption">Bảng 1. Câu hỏi nhận được, trả lời và tỷ lệ đúng hạn theo tuần</p>
        <div class="table-wrap">
          <WeekTable weeks={o.trend} caption="Bảng 1. Câu hỏi theo tuần" />
        </div>

        <h2>III. THEO LĨNH VỰC</h2>
        <p class="report__caption">Bảng 2. Kết quả theo lĩnh vực</p>
        <CategoryTable rows={o.categories} stack={false} />

        <h2>IV. TỔ GIẢI ĐÁP NGHIỆP VỤ</h2>
        <p class="report__caption">Bảng 3. Kết quả của từng thành viên</p>
        <TeamTable rows={o.team} showDuty={false} stack={false} />

        <h2>V. BẢNG TỔNG SẮP CÁC ĐƠN VỊ</h2>
        <p>
          Xếp hạng theo tổng số câu hỏi đã gửi và số lần tự tìm được câu trả lời trong kho hỏi – đáp; bằng nhau thì đơn vị có mức hài lòng cao hơn đứng trước.
        </p>
        <p class="report__caption">Bảng 4. Bảng tổng sắp các đơn vị</p>
        <UnitLeaderboard rows={o.units} stack={false} />

        <h2>VI. NHẬN XÉT, ĐỀ XUẤT</h2>
        <ul class="report__list">
          <li>{`Tỷ lệ trả lời đúng hạn trong tháng đạt ${percent(s.onTimeRate)}; ${o.backlog.overdue ? `còn ${o.backlog.overdue} câu hỏi quá hạn cần tập trung giải quyết.` : "không có câu hỏi quá hạn tại thời điểm báo cáo."}`}</li>
          <li>
            {training.length
              ? `Đề nghị tổ chức tập huấn, hướng dẫn sử dụng kho hỏi – đáp cho ${training.length} đơn vị: ${training.map((u) => u.name).join("; ")}.`
              : "Các đơn vị đều tham gia hỏi – đáp trong tháng, không có đơn vị cần tập huấn thêm."}
          </li>
        </ul>
        <details class="report__definitions no-print">
          <summary>Cách tính số liệu</summary>
          <DefinitionList />
        </details>

        <footer class="report__foot">
          <div class="report__recipients">
            <p class="report__strong report__italic">Nơi nhận:</p>
            <ul>
              <li>Ban chỉ đạo (để báo cáo);</li>
              <li>Lãnh đạo Phòng (để chỉ đạo);</li>
              <li>Tổ giải đáp nghiệp vụ (để thực hiện);</li>
              <li>Lưu: VT.</li>
            </ul>
          </div>
          <div class="report__signature">
            <p class="report__strong">TRƯỞNG PHÒNG</p>
            <p class="report__sign-space" aria-hidden="true"></p>
          </div>
        </footer>
      </article>
      </main>
    </PrintDocument>
  );
}
