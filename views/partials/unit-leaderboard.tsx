// Bảng tổng sắp các đơn vị: score, grade and how each score was computed. The dashboard shows the
// computation per unit in a details element; the printed report keeps one compact row per unit.
import { UNIT_CRITERIA, type UnitRow, type CriterionResult, type Grade, type UnitCriterion, type UnitFacts, type UnitScoringSettings } from "../../src/model.js";
import { number1 } from "./dashboard-format.js";

export const CRITERION_NAME: Record<UnitCriterion, string> = {
  self_service: "Tự tra cứu kho hỏi – đáp",
  kb_first: "Tìm trong kho trước khi hỏi",
  ratings_given: "Đánh giá câu trả lời",
  clarification_replies: "Bổ sung thông tin kịp thời",
};

const criterionExplanation = (c: UnitCriterion, s: UnitScoringSettings) =>
  ({
    self_service: "Trong mọi nhu cầu của đơn vị (câu hỏi đã gửi và lần tự tìm được câu trả lời), tỷ lệ tự tìm được trong kho hỏi – đáp (bấm “Đây là câu trả lời tôi cần”) mà không phải gửi câu hỏi.",
    kb_first: "Trong các trường hợp kho hỏi – đáp đã có câu trả lời, tỷ lệ đơn vị tự tìm thấy, so với số câu hỏi đã gửi bị Tổ giải đáp đóng vì trùng một mục trong kho.",
    ratings_given: "Tỷ lệ câu hỏi của đơn vị đã được trả lời mà người hỏi đã đánh giá câu trả lời (không tính câu hỏi do người không có tài khoản gọi đến).",
    clarification_replies: `Tỷ lệ yêu cầu bổ sung thông tin của Tổ giải đáp được người hỏi trả lời trong ${number1(s.replyHours)} giờ làm việc (không tính ngày nghỉ, ngày lễ).`,
  })[c];

const GRADE_NAME: Record<Grade, string> = { excellent: "Xuất sắc", good: "Tốt", fair: "Khá", average: "Trung bình" };

// The raw figures behind a criterion, in words: "12/15 câu hỏi được đánh giá".
function rawFigures(c: CriterionResult, f: UnitFacts): string {
  switch (c.criterion) {
    case "self_service":
      return `${f.selfService} lần tự tìm được / ${c.denominator} nhu cầu (${f.asked} câu hỏi đã gửi)`;
    case "kb_first":
      return `${f.selfService} lần tự tìm được / ${c.denominator} trường hợp kho đã có câu trả lời (${f.kbDuplicates} câu hỏi trùng mục trong kho)`;
    case "ratings_given":
      return `${f.rated}/${f.answered} câu hỏi đã trả lời được đánh giá`;
    case "clarification_replies":
      return `${f.repliedInTime}/${f.clarifications} yêu cầu bổ sung được trả lời kịp thời`;
  }
}

const subScore = (c: CriterionResult) => (c.score === null ? "—" : number1(c.score));
const scoreText = (u: UnitRow) => (u.result.score === null ? "Chưa đủ dữ liệu" : number1(u.result.score));

function GradeBadge(props: { u: UnitRow }) {
  const g = props.u.result.grade;
  return g ? <span class={`badge badge--grade-${g}`}>{GRADE_NAME[g]}</span> : <>—</>;
}

const TRAINING_TEXT: Record<NonNullable<UnitRow["needsTraining"]>, string> = {
  none_engaged: "Cần tập huấn: chưa hỏi, chưa tra cứu",
  low_grade: "Cần tập huấn: xếp loại trung bình",
};

// "(30 × 40 + 25 × 80) / 55 = 58,2": the weighted mean as it was taken.
function formula(u: UnitRow): string {
  const counted = u.result.criteria.filter((c) => c.score !== null && c.weight > 0);
  const sum = counted.reduce((s, c) => s + c.weight, 0);
  return `(${counted.map((c) => `${number1(c.weight)} × ${number1(c.score!)}`).join(" + ")}) / ${number1(sum)} = ${number1(u.result.score!)}`;
}

function Computation(props: { u: UnitRow; s: UnitScoringSettings }) {
  const { u, s } = props;
  return (
    <details class="unit-score">
      <summary>Số liệu và điểm thành phần</summary>
      <ul class="unit-score__list">
        {u.result.criteria.map((c) => (
          <li>
            <strong>{CRITERION_NAME[c.criterion]}</strong>: {rawFigures(c, u.facts)} → điểm thành phần {subScore(c)}, trọng số {number1(c.weight)}
            {c.score === null && <span class="muted"> (không có trường hợp nào, không tính)</span>}
            {c.score !== null && c.weight === 0 && <span class="muted"> (trọng số 0, không tính)</span>}
          </li>
        ))}
      </ul>
      <p>
        {u.result.score === null
          ? `Chưa xếp hạng: ${u.result.activity} lượt sử dụng trong kỳ (câu hỏi đã gửi và lần tự tìm được), cần ít nhất ${s.minActivity}.`
          : `Điểm = ${formula(u)}.`}
      </p>
    </details>
  );
}

export function UnitLeaderboard(props: { rows: UnitRow[]; scoring: UnitScoringSettings }) {
  if (props.rows.length === 0) return <p class="muted">Chưa có đơn vị nào có cán bộ sử dụng.</p>;
  return (
    <div class="table-wrap">
      <table class="table table--figures table--stack" id="unit-table">
        <thead>
          <tr>
            <th scope="col">Hạng</th>
            <th scope="col">Đơn vị</th>
            <th scope="col">Điểm (0–100)</th>
            <th scope="col">Xếp loại</th>
            <th scope="col">Cách tính</th>
            <th scope="col">Ghi chú</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((u) => (
            <tr class={u.needsTraining ? "row--training" : undefined} data-unit={u.id}>
              <td data-label="Hạng">{u.rank ?? "—"}</td>
              <th scope="row" data-label="Đơn vị">{u.name}</th>
              <td data-label="Điểm (0–100)">{scoreText(u)}</td>
              <td data-label="Xếp loại">
                <GradeBadge u={u} />
              </td>
              <td data-label="Cách tính">
                <Computation u={u} s={props.scoring} />
              </td>
              <td data-label="Ghi chú">{u.needsTraining ? <span class="badge badge--training">{TRAINING_TEXT[u.needsTraining]}</span> : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// The printed report: one row per unit, each criterion as "sub-score (numerator/denominator)".
export function UnitScoreTable(props: { rows: UnitRow[]; scoring: UnitScoringSettings }) {
  if (props.rows.length === 0) return <p>Chưa có đơn vị nào có cán bộ sử dụng.</p>;
  return (
    <div class="table-wrap">
      <table class="table table--figures" id="unit-table">
        <thead>
          <tr>
            <th scope="col">Hạng</th>
            <th scope="col">Đơn vị</th>
            {UNIT_CRITERIA.map((c) => (
              <th scope="col">
                {CRITERION_NAME[c]} (trọng số {number1(props.scoring.weights[c])})
              </th>
            ))}
            <th scope="col">Điểm</th>
            <th scope="col">Xếp loại</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((u) => (
            <tr>
              <td>{u.rank ?? "—"}</td>
              <th scope="row">{u.name}</th>
              {u.result.criteria.map((c) => (
                <td>
                  {subScore(c)} <span class="muted">({c.numerator}/{c.denominator})</span>
                </td>
              ))}
              <td>{scoreText(u)}</td>
              <td>{u.result.grade ? GRADE_NAME[u.result.grade] : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// The method in a few lines: criteria with their weights, how the score is formed, the bands.
export function UnitScoringMethod(props: { scoring: UnitScoringSettings }) {
  const s = props.scoring;
  const b = s.bands;
  return (
    <div class="unit-method">
      <p>
        Mỗi đơn vị được chấm theo cách sử dụng kênh hỏi – đáp, không theo số câu hỏi đã gửi: gửi thêm câu hỏi không làm tăng điểm. Mỗi tiêu chí là một tỷ lệ trên các trường hợp của chính đơn vị, quy về điểm 0–100;
        điểm của đơn vị là trung bình có trọng số của các tiêu chí có dữ liệu (tiêu chí không có trường hợp nào thì không tính). Đơn vị có dưới {s.minActivity} lượt sử dụng trong kỳ (câu hỏi đã gửi và lần tự tìm được) được ghi “chưa đủ dữ liệu”, không xếp hạng.
      </p>
      <ul class="definitions">
        {UNIT_CRITERIA.map((c) => (
          <li>
            <strong>{CRITERION_NAME[c]}</strong> (trọng số {number1(s.weights[c])}): {criterionExplanation(c, s)}
          </li>
        ))}
      </ul>
      <p>
        Xếp loại: xuất sắc từ {number1(b.excellent)} điểm, tốt từ {number1(b.good)}, khá từ {number1(b.fair)}, dưới {number1(b.fair)} là trung bình. Trọng số và ngưỡng do quản trị đặt trong Cài đặt.
      </p>
    </div>
  );
}

// Reports issued before units were scored (snapshot version 1 of monthly-reports.ts) hold the old
// ranking by number of questions and self-service finds; a record is shown as it was issued.
type RankedByVolume = { rank: number; name: string; asked: number; deflected: number };

export function IssuedBeforeScoring(props: { rows: unknown[] }) {
  const rows = props.rows as RankedByVolume[];
  return (
    <>
      <p>Xếp hạng theo tổng số câu hỏi đã gửi và số lần tự tìm được câu trả lời trong kho hỏi – đáp (cách xếp hạng khi ban hành báo cáo).</p>
      <p class="report__caption">Bảng 4. Bảng tổng sắp các đơn vị</p>
      <div class="table-wrap">
        <table class="table table--figures" id="unit-table">
          <thead>
            <tr>
              <th scope="col">Hạng</th>
              <th scope="col">Đơn vị</th>
              <th scope="col">Câu hỏi đã gửi</th>
              <th scope="col">Tự tìm được trong kho hỏi – đáp</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((u) => (
              <tr>
                <td>{u.rank}</td>
                <th scope="row">{u.name}</th>
                <td>{u.asked}</td>
                <td>{u.deflected}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
