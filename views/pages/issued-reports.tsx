// Báo cáo đã ban hành: the department's record of issued monthly reports — the list by year, and one
// report as it was issued (read-only, printed again from what was stored).
import type { IssuedReportSummary, ReportHeader, ReportIssue, Overview } from "../../src/model.js";
import { calendarDate, dateTime } from "../format.js";
import { Layout } from "../layout.js";
import { withRank } from "../partials/channel.js";
import { monthLabel, MonthlyReportPage, reportNumber } from "./monthly-report.js";

function Status(props: { r: IssuedReportSummary }) {
  const by = props.r.replacedBy;
  if (!by) return <span class="badge badge--status-answered">Đang có hiệu lực</span>;
  return (
    <span>
      <span class="badge badge--status-closed">Đã được thay thế</span> bởi{" "}
      <a href={`/reports/monthly/issued/${by.id}`}>
        số {reportNumber(by)} ngày {calendarDate(by.issuedOn)}
      </a>
    </span>
  );
}

export function IssuedReportsPage(props: { year: number | null; years: number[]; reports: IssuedReportSummary[] }) {
  const { year, reports } = props;
  return (
    <Layout title="Báo cáo tháng đã ban hành" path="/reports">
      <div class="page-head">
        <h1>Báo cáo tháng đã ban hành</h1>
        <a href="/reports/monthly">Lập báo cáo tháng</a>
      </div>
      <p class="muted">
        Lưu như hồ sơ của Phòng: mỗi báo cáo giữ nguyên số liệu, nội dung và người ký tại thời điểm ban hành, in lại đúng như đã ban hành; không sửa, không xóa.
      </p>
      {props.years.length > 1 && (
        <form method="get" action="/reports/monthly/issued" class="inline-form">
          <label for="issued-year">Năm</label>
          <select id="issued-year" name="year">
            <option value="" selected={year === null}>
              Tất cả
            </option>
            {props.years.map((y) => (
              <option value={String(y)} selected={y === year}>
                {y}
              </option>
            ))}
          </select>
          <button type="submit" class="button button--small">
            Xem
          </button>
        </form>
      )}
      {reports.length === 0 ? (
        <p class="card">{year === null ? "Chưa có báo cáo tháng nào được ban hành." : `Chưa có báo cáo nào về các tháng của năm ${year}.`}</p>
      ) : (
        <div class="table-wrap">
          <table class="table table--stack" id="issued-reports">
            <thead>
              <tr>
                <th scope="col">Tháng</th>
                <th scope="col">Số</th>
                <th scope="col">Ngày ban hành</th>
                <th scope="col">Người ký</th>
                <th scope="col">Ban hành trên hệ thống</th>
                <th scope="col">Tình trạng</th>
              </tr>
            </thead>
            <tbody>
              {reports.map((r) => (
                <tr>
                  <th scope="row" data-label="Tháng">
                    <a href={`/reports/monthly/issued/${r.id}`}>Tháng {monthLabel(r.month)}</a>
                  </th>
                  <td data-label="Số" class="nowrap">{reportNumber(r)}</td>
                  <td data-label="Ngày ban hành">{calendarDate(r.issuedOn)}</td>
                  <td data-label="Người ký">
                    {r.signerName}
                    <span class="muted"> · {r.signerPosition}</span>
                  </td>
                  <td data-label="Ban hành trên hệ thống">
                    {dateTime(r.issuedAt)}
                    <span class="muted"> · {withRank(r.issuedBy.rank, r.issuedBy.name)}</span>
                  </td>
                  <td data-label="Tình trạng">
                    <Status r={r} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}

export function IssuedReportPage(props: {
  summary: IssuedReportSummary;
  snapshot: { month: string; header: ReportHeader; figures: Overview; issue: ReportIssue };
  mayReplace: boolean;
  justIssued: boolean;
}) {
  const { summary: r, snapshot: s } = props;
  const tools = (
    <>
      <a href="/reports/monthly/issued">← Báo cáo đã ban hành</a>
      <span>
        Số {reportNumber(r)} · ban hành lúc {dateTime(r.issuedAt)} bởi {withRank(r.issuedBy.rank, r.issuedBy.name)}
      </span>
    </>
  );
  const aside = (
    <div class="report-status no-print">
      {props.justIssued && (
        <p class="alert alert--success" role="status">
          Đã ban hành Báo cáo số {reportNumber(r)}. Báo cáo được lưu nguyên như dưới đây và không sửa, xóa được.
        </p>
      )}
      {r.replacedBy ? (
        <p class="alert alert--warn">
          Báo cáo này đã được thay thế bởi{" "}
          <a href={`/reports/monthly/issued/${r.replacedBy.id}`}>
            Báo cáo số {reportNumber(r.replacedBy)} ngày {calendarDate(r.replacedBy.issuedOn)}
          </a>
          .
        </p>
      ) : (
        props.mayReplace && (
          <p class="muted">
            Cần đính chính? <a href={`/reports/monthly?month=${s.month}`}>Lập báo cáo thay thế</a> (báo cáo này được giữ nguyên, đánh dấu đã được thay thế).
          </p>
        )
      )}
    </div>
  );
  return <MonthlyReportPage o={s.figures} month={s.month} header={s.header} sheet={{ ...s.issue, number: { number: s.issue.number, symbol: s.issue.symbol } }} tools={tools} aside={aside} />;
}
