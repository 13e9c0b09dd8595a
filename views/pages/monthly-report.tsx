// Báo cáo tháng: the month's figures in the usual administrative layout (Nghị định 30/2020/NĐ-CP:
// agency and national motto side by side, place and date, title, numbered sections, "Nơi nhận"
// bottom-left, signature bottom-right), printed from the browser to paper or PDF on A4.
import type { Child } from "hono/jsx";
import { REPORT_SYMBOL, type ReportHeader, type ReportIssue, type ReportSigner, type Overview } from "../../src/model.js";
import { calendarDate, dateTime, localDate } from "../format.js";
import { PrintDocument } from "../layout.js";
import { DefinitionList } from "../partials/dashboard-definitions.js";
import { localDay, number1, percent, score, workTime } from "../partials/dashboard-format.js";
import { CategoryTable, TeamTable } from "../partials/dashboard-tables.js";
import { IssuedBeforeScoring, UnitScoreTable, UnitScoringMethod } from "../partials/unit-leaderboard.js";
import { WeekTable } from "../partials/dashboard-trends.js";
import { channelSentence } from "../partials/dashboard-channels.js";

// Nghị định 30/2020: a leading zero for days below 10 and for months below 3.
function placeAndDay(place: string, year: number, month: number, day: number): string {
  return `${place}, ngày ${day < 10 ? `0${day}` : day} tháng ${month < 3 ? `0${month}` : month} năm ${year}`;
}

export function placeAndDate(place: string, d: Date): string {
  return placeAndCalendarDate(place, localDate(d));
}

/** The date line for a local calendar date "YYYY-MM-DD" (the date a report was issued on). */
function placeAndCalendarDate(place: string, date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return placeAndDay(place, y, m, d);
}

// What the sheet prints besides the figures: the number once issued (null: a draft, "Số:" left
// blank and marked DỰ THẢO), the date line, the assessment, the recipients and who signs.
export interface ReportSheet extends Omit<ReportIssue, "number" | "symbol"> {
  number: { number: number; symbol: string } | null;
}

export const reportNumber = (n: { number: number; symbol: string }) => `${n.number}/${n.symbol}`;

// Free text typed by the board: one paragraph per line, blank lines dropped.
function Paragraphs(props: { text: string }) {
  const lines = props.text.split("\n").map((l) => l.trim()).filter(Boolean);
  return <>{lines.map((l) => <p class="report__para">{l}</p>)}</>;
}

function Signature(props: { signer: ReportSigner }) {
  const { signer } = props;
  return (
    <div class="report__signature">
      {signer.authority && <p class="report__strong">{signer.authority.toUpperCase()}</p>}
      <p class="report__strong">{signer.position.toUpperCase()}</p>
      <p class="report__sign-space" aria-hidden="true"></p>
      <p class="report__strong">{signer.rank ? `${signer.rank} ${signer.name}` : signer.name}</p>
    </div>
  );
}

function Paragraph(props: { label: string; children: Child }) {
  return (
    <p>
      <span class="report__label">{props.label}</span> {props.children}
    </p>
  );
}

export const monthLabel = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`; // "2026-11" → "11/2026"

// The whole page: a print document with tools above the sheet that never print (the month picker,
// the issuing form, what is stored), then the sheet itself.
export function MonthlyReportPage(props: { o: Overview; month: string; header: ReportHeader; sheet: ReportSheet; tools: Child; aside?: Child }) {
  return (
    <PrintDocument title={`Báo cáo tháng ${monthLabel(props.month)}`} stylesheet="/static/css/report.css" bodyClass="report-body">
      <nav class="report-tools no-print" aria-label="Công cụ báo cáo">
        {props.tools}
        <span class="muted">In hoặc lưu PDF: lệnh In của trình duyệt (Ctrl+P), khổ A4.</span>
      </nav>
      <main>
        {props.aside}
        <ReportArticle o={props.o} month={props.month} header={props.header} sheet={props.sheet} />
      </main>
    </PrintDocument>
  );
}

// The month picker and the way back to the dashboard, above a month's working report.
export function MonthTools(props: { o: Overview; month: string }) {
  return (
    <>
      <a href={`/dashboard?period=custom&from=${props.o.period.firstDay}&to=${props.o.period.lastDay}`}>← Tổng quan</a>
      <a href="/reports/monthly/issued">Báo cáo đã ban hành</a>
      <form method="get" action="/reports/monthly" class="report-tools__form">
        <label for="report-month">Tháng</label>
        <input type="month" id="report-month" name="month" value={props.month} required />
        <button type="submit" class="button button--small">
          Xem
        </button>
      </form>
    </>
  );
}

// The sheet as printed: the figures of `o` with the text of `sheet`. An issued report renders from
// its stored snapshot through this same component, so what was issued prints again as it was.
function ReportArticle(props: { o: Overview; month: string; header: ReportHeader; sheet: ReportSheet }) {
  const { o, sheet } = props;
  const s = o.summary;
  const title = `Kết quả tiếp nhận, giải đáp nghiệp vụ hồ sơ tháng ${monthLabel(props.month)}`;
  return (
    <article class="report" aria-label={`Báo cáo ${title}`}>
      {!sheet.number && <p class="report__draft-mark">DỰ THẢO</p>}
      <header class="report__head">
        <div class="report__agency">
          <p>{props.header.parentAgency.toUpperCase()}</p>
          <p class="report__strong report__rule">{props.header.agency.toUpperCase()}</p>
          <p class="report__number">{sheet.number ? `Số: ${reportNumber(sheet.number)}` : <>Số: &nbsp; &nbsp; &nbsp; /{REPORT_SYMBOL}</>}</p>
        </div>
        <div class="report__nation">
          <p class="report__strong">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
          <p class="report__strong report__rule">Độc lập – Tự do – Hạnh phúc</p>
          <p class="report__date">{placeAndCalendarDate(sheet.place, sheet.issuedOn)}</p>
        </div>
      </header>

      <h1 class="report__title">
        BÁO CÁO
        <span class="report__subtitle">{title}</span>
      </h1>
      {sheet.replaces && (
        <p class="report__replaces">
          {`(Thay thế Báo cáo số ${reportNumber(sheet.replaces)} ngày ${calendarDate(sheet.replaces.issuedOn)}. Lý do: ${sheet.replaces.reason})`}
        </p>
      )}

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
      {o.unitScoring ? (
        <>
          <UnitScoringMethod scoring={o.unitScoring} />
          <p class="report__caption">Bảng 4. Bảng tổng sắp các đơn vị (điểm thành phần, trong ngoặc: số trường hợp đạt / số trường hợp xét)</p>
          <UnitScoreTable rows={o.units} scoring={o.unitScoring} />
        </>
      ) : (
        <IssuedBeforeScoring rows={o.units} />
      )}

      <h2>VI. NHẬN XÉT, ĐÁNH GIÁ</h2>
      <Paragraphs text={sheet.assessment} />

      <h2>VII. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI</h2>
      <Paragraphs text={sheet.direction} />
      <details class="report__definitions no-print">
        <summary>Cách tính số liệu</summary>
        <DefinitionList />
      </details>

      <footer class="report__foot">
        <div class="report__recipients">
          <p class="report__strong report__italic">Nơi nhận:</p>
          <ul>
            {sheet.recipients.map((r) => (
              <li>{r}</li>
            ))}
          </ul>
        </div>
        <Signature signer={sheet.signer} />
      </footer>
    </article>
  );
}

/** The observations the figures suggest, offered as the start of "Nhận xét, đánh giá". */
export function suggestedAssessment(o: Overview): string {
  const s = o.summary;
  const training = o.units.filter((u) => u.needsTraining);
  return [
    `Tỷ lệ trả lời đúng hạn trong tháng đạt ${percent(s.onTimeRate)}; ${o.backlog.overdue ? `còn ${o.backlog.overdue} câu hỏi quá hạn cần tập trung giải quyết.` : "không có câu hỏi quá hạn tại thời điểm báo cáo."}`,
    training.length
      ? `Đề nghị tổ chức tập huấn, hướng dẫn sử dụng kho hỏi – đáp cho ${training.length} đơn vị: ${training.map((u) => u.name).join("; ")}.`
      : "Các đơn vị đều tham gia hỏi – đáp trong tháng, không có đơn vị cần tập huấn thêm.",
  ].join("\n");
}
