// Question exports (Báo cáo): a fixed month of questions created over HTTP at chosen instants,
// downloaded as CSV and XLSX, opened and checked cell by cell against hand-computed figures.
// Working calendar: Mon–Fri 08:00–12:00 and 13:00–17:00 Hà Nội (UTC+7), 8 working hours a day;
// no public holiday falls in November 2026.
import { parse } from "csv-parse/sync";
import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { categories } from "../../db/schema.js";
import { createTestDesk, idFromLocation, type Session, type TestDesk } from "../support/app.js";

let desk: TestDesk;
let officer: Session;
let answerer: Session;
const ids: Record<string, number> = {};

const at = (iso: string) => (desk.now.value = new Date(iso));
const categoryId = (code: string) => String(desk.db.select().from(categories).where(eq(categories.code, code)).get()!.id);

async function ask(key: string, title: string) {
  const res = await officer.post("/questions", { title, body: "Nội dung câu hỏi đủ dài để gửi.", category: categoryId("xoa-an-tich") });
  expect(res.status).toBe(303);
  ids[key] = idFromLocation(res);
}

async function ok(res: Promise<Response>) {
  expect((await res).status).toBe(303);
}

beforeAll(async () => {
  desk = createTestDesk(new Date("2026-10-31T12:00:00Z"));
  await desk.addUser("canbo", ["officer"], { name: "Nguyễn Văn An", rank: "Đại úy", unit: "Công an phường Ba Đình" });
  await desk.addUser("giaidap", ["answerer"], { name: "Trần Thị Bình", rank: "Thiếu tá", specialties: ["xoa-an-tich", "ly-lich-tu-phap"] });
  await desk.addUser("chidao", ["steering"]);
  await desk.addUser("totruong", ["lead"]);
  await desk.addUser("giaidap2", ["answerer"]);
  officer = await desk.login("canbo");
  answerer = await desk.login("giaidap");

  // Before the period: Sat 31/10 23:30 local.
  at("2026-10-31T16:30:00Z");
  await ask("before", "Câu hỏi gửi trước kỳ báo cáo");
  // Sun 01/11 00:15 local (still 31/10 in UTC): inside. Withdrawn Mon 02/11 08:00.
  at("2026-10-31T17:15:00Z");
  await ask("withdrawn", "Câu hỏi gửi lúc nửa đêm đầu kỳ");
  at("2026-11-02T01:00:00Z");
  await ok(officer.post(`/questions/${ids.withdrawn}/withdraw`));

  // Mon 02/11 09:00, answered 11:30, rated 4, closed 15:00, rated again 5 the next morning.
  at("2026-11-02T02:00:00Z");
  await ask("closed", "Thời hạn xóa án tích với án treo");
  at("2026-11-02T04:30:00Z");
  await ok(answerer.post(`/questions/${ids.closed}/answers`, { body: "Theo Điều 70 Bộ luật Hình sự..." }));
  at("2026-11-02T07:00:00Z");
  await ok(officer.post(`/questions/${ids.closed}/rate`, { score: "4" }));
  at("2026-11-02T08:00:00Z");
  await ok(officer.post(`/questions/${ids.closed}/close`));
  at("2026-11-03T02:00:00Z");
  await ok(officer.post(`/questions/${ids.closed}/rate`, { score: "5", comment: "Rất rõ ràng" }));

  // Wed 04/11 16:00; clarification asked Thu 08:30, the reply comes Fri 10:00, answered Mon 09/11 10:15.
  at("2026-11-04T09:00:00Z");
  await ask("paused", "Xóa án tích khi chưa nộp án phí");
  at("2026-11-05T01:30:00Z");
  await ok(answerer.post(`/questions/${ids.paused}/clarify`, { body: "Đề nghị cho biết đã nộp án phí chưa?" }));
  at("2026-11-06T03:00:00Z");
  await ok(officer.post(`/questions/${ids.paused}/replies`, { body: "Chưa nộp án phí." }));
  at("2026-11-09T03:15:00Z");
  await ok(answerer.post(`/questions/${ids.paused}/answers`, { body: "Chưa nộp án phí thì chưa đủ điều kiện." }));

  // Thu 12/11 10:00, answered late Wed 18/11 09:00, reopened Thu 08:00 and answered again at 09:00.
  at("2026-11-12T03:00:00Z");
  await ask("late", "Tính lại thời hạn khi được giảm án");
  at("2026-11-18T02:00:00Z");
  await ok(answerer.post(`/questions/${ids.late}/answers`, { body: "Thời hạn tính từ..." }));
  at("2026-11-19T01:00:00Z");
  await ok(officer.post(`/questions/${ids.late}/reopen`, { reason: "Chưa rõ trường hợp giảm án nhiều lần" }));
  at("2026-11-19T02:00:00Z");
  await ok(answerer.post(`/questions/${ids.late}/answers`, { body: "Bổ sung: giảm án nhiều lần..." }));

  // Fri 20/11 14:00: a phone call answered on the spot.
  at("2026-11-20T07:00:00Z");
  const call = await answerer.post("/calls", {
    caller: "Thượng úy Lê Văn Cường",
    unit: "Công an xã Tân Phú",
    category: categoryId("ly-lich-tu-phap"),
    title: "Hỏi thủ tục cấp Phiếu lý lịch tư pháp số 2",
    body: "Công dân hỏi có được ủy quyền không.",
    outcome: "answered",
    answer: "Không được ủy quyền.",
  });
  expect(call.status).toBe(303);
  ids.phone = Number(new URL(call.headers.get("location")!, "http://x").searchParams.get("logged"));

  // Mon 23/11 08:00, never answered: overdue at export time. Its title would be a formula in Excel.
  at("2026-11-23T01:00:00Z");
  await ask("overdue", "=1+1 hỏi về lưu trữ hồ sơ");
  // Mon 30/11 23:30 local: the last minutes of the period, still within its allowance.
  at("2026-11-30T16:30:00Z");
  await ask("open", "Câu hỏi gửi lúc nửa đêm cuối kỳ");
  // Tue 01/12 00:30 local (still 30/11 in UTC): after the period.
  at("2026-11-30T17:30:00Z");
  await ask("after", "Câu hỏi gửi sau kỳ báo cáo");

  at("2026-12-01T02:00:00Z"); // exports are made Tue 01/12 09:00
});
afterAll(() => desk.close());

const PERIOD = "from=2026-11-01&to=2026-11-30";

const HEADERS = [
  "Mã câu hỏi",
  "Tiêu đề",
  "Lĩnh vực",
  "Đơn vị",
  "Người hỏi",
  "Kênh",
  "Trạng thái",
  "Người giải đáp",
  "Thời điểm gửi",
  "Hạn trả lời",
  "Trả lời lần đầu",
  "Thời gian trả lời (phút làm việc)",
  "Đúng hạn",
  "Thời điểm đóng",
  "Đánh giá",
];

const OFFICER = ["Xóa án tích", "Công an phường Ba Đình", "Đại úy Nguyễn Văn An", "Trực tuyến"];
const ANSWERER = "Thiếu tá Trần Thị Bình";

// The rows as the CSV says them, oldest first; the comments hold the hand computations.
function expectedCsvRows(): string[][] {
  return [
    // Sun 00:15: the clock starts Mon 08:00, so the deadline is Wed 17:00. Withdrawn: never to be answered.
    [String(ids.withdrawn), "Câu hỏi gửi lúc nửa đêm đầu kỳ", ...OFFICER, "Đã rút", ANSWERER, "01/11/2026 00:15", "04/11/2026 17:00", "", "", "", "02/11/2026 08:00", ""],
    // Mon 09:00 → 11:30 = 150 working minutes; deadline Mon 09:00 + 24 h = Thu 09:00. The later rating (5) counts.
    [String(ids.closed), "Thời hạn xóa án tích với án treo", ...OFFICER, "Đã đóng", ANSWERER, "02/11/2026 09:00", "05/11/2026 09:00", "02/11/2026 11:30", "150", "Có", "02/11/2026 15:00", "5"],
    // Wed 16:00 → Mon 10:15: Wed 60 + Thu 480 + Fri 480 + Mon 135 = 1155, less the pause Thu 08:30 → Fri 10:00
    // (Thu 210 + 240, Fri 120 = 570) = 585. Deadline: Mon 09/11 16:00 without the pause, + 570 = Wed 11/11 08:30.
    [String(ids.paused), "Xóa án tích khi chưa nộp án phí", ...OFFICER, "Đã trả lời", ANSWERER, "04/11/2026 16:00", "11/11/2026 08:30", "09/11/2026 10:15", "585", "Có", "", ""],
    // Thu 10:00 → Wed 09:00 (first answer): Thu 360 + Fri 480 + Mon 480 + Tue 480 + Wed 60 = 1860 > 1440.
    // First deadline: Thu 360 + Fri 480 + Mon 480 + Tue 120 → Tue 17/11 10:00; the reopen's fresh allowance is not it.
    [String(ids.late), "Tính lại thời hạn khi được giảm án", ...OFFICER, "Đã trả lời", ANSWERER, "12/11/2026 10:00", "17/11/2026 10:00", "18/11/2026 09:00", "1860", "Không", "", ""],
    // Answered on the phone at once: 0 minutes. Deadline Fri 14:00 + 24 h: Fri 180 + Mon 480 + Tue 480 + Wed 300 → Wed 14:00.
    [String(ids.phone), "Hỏi thủ tục cấp Phiếu lý lịch tư pháp số 2", "Lý lịch tư pháp", "Công an xã Tân Phú", "Thượng úy Lê Văn Cường", "Điện thoại", "Đã trả lời", ANSWERER, "20/11/2026 14:00", "25/11/2026 14:00", "20/11/2026 14:00", "0", "Có", "", ""],
    // Mon 08:00 + 24 h = Wed 17:00, unanswered on Tue 01/12: not on time. The formula is quoted as text.
    [String(ids.overdue), "'=1+1 hỏi về lưu trữ hồ sơ", ...OFFICER, "Đang xử lý", ANSWERER, "23/11/2026 08:00", "25/11/2026 17:00", "", "", "Không", "", ""],
    // Mon 23:30: the clock starts Tue 08:00, deadline Thu 03/12 17:00; within it on Tue 01/12: not decided yet.
    [String(ids.open), "Câu hỏi gửi lúc nửa đêm cuối kỳ", ...OFFICER, "Đang xử lý", ANSWERER, "30/11/2026 23:30", "03/12/2026 17:00", "", "", "", "", ""],
  ];
}

describe("CSV export", () => {
  it("holds every question of the period, UTF-8 with BOM, dates in Hà Nội time", async () => {
    const steering = await desk.login("chidao");
    const res = await steering.get(`/reports/questions.csv?${PERIOD}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    // An ASCII name needs no RFC 5987 filename* (content-disposition writes it only for other names).
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="cau-hoi_2026-11-01_2026-11-30.csv"`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text).toContain("\r\n");
    const [header, ...rows] = parse(text, { bom: true }) as string[][];
    expect(header).toEqual(HEADERS);
    // The questions of 31/10 and 01/12 (local) are left out, though UTC would say otherwise.
    expect(rows).toEqual(expectedCsvRows());
    expect(rows.map((r) => Number(r[0]))).not.toContain(ids.before);
    expect(rows.map((r) => Number(r[0]))).not.toContain(ids.after);
  });

  it("a one-day period holds that local day only", async () => {
    const lead = await desk.login("totruong");
    const res = await lead.get("/reports/questions.csv?from=2026-11-30&to=2026-11-30");
    expect(res.status).toBe(200);
    const [, ...rows] = parse(await res.text(), { bom: true }) as string[][];
    expect(rows.map((r) => Number(r[0]))).toEqual([ids.open]);
  });
});

describe("XLSX export", () => {
  it("has the same rows with real date and number cells", async () => {
    const steering = await desk.login("chidao");
    const res = await steering.get(`/reports/questions.xlsx?${PERIOD}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="cau-hoi_2026-11-01_2026-11-30.xlsx"`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const ws = wb.getWorksheet("Câu hỏi")!;
    expect(ws).toBeDefined();
    const values = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual(HEADERS);
    expect(ws.rowCount).toBe(1 + 7);

    // Spreadsheet dates carry no zone: the cell holds the Hà Nội wall-clock time (read back as UTC fields).
    const wall = (s: string) => new Date(`${s}Z`);
    const paused = ws.getRow(4);
    expect((paused.values as unknown[]).slice(1, 9)).toEqual([ids.paused, "Xóa án tích khi chưa nộp án phí", ...OFFICER, "Đã trả lời", ANSWERER]);
    expect(paused.getCell(9).value).toEqual(wall("2026-11-04T16:00"));
    expect(paused.getCell(9).numFmt).toBe("dd/mm/yyyy hh:mm");
    expect(paused.getCell(10).value).toEqual(wall("2026-11-11T08:30"));
    expect(paused.getCell(11).value).toEqual(wall("2026-11-09T10:15"));
    expect(paused.getCell(12).value).toBe(585);
    expect(paused.getCell(13).value).toBe("Có");

    const closed = ws.getRow(3);
    expect(closed.getCell(12).value).toBe(150);
    expect(closed.getCell(14).value).toEqual(wall("2026-11-02T15:00"));
    expect(closed.getCell(15).value).toBe(5);

    // The same figures as the CSV, row by row: numbers as numbers, empty cells empty, no formula quoting.
    const csvLike = (v: unknown) =>
      v instanceof Date
        ? `${String(v.getUTCDate()).padStart(2, "0")}/${String(v.getUTCMonth() + 1).padStart(2, "0")}/${v.getUTCFullYear()} ${String(v.getUTCHours()).padStart(2, "0")}:${String(v.getUTCMinutes()).padStart(2, "0")}`
        : v === undefined || v === null
          ? ""
          : String(v);
    const expected = expectedCsvRows().map((r) => r.map((c) => (c.startsWith("'=") ? c.slice(1) : c)));
    for (let i = 0; i < 7; i++) {
      const row = ws.getRow(i + 2);
      expect(HEADERS.map((_, col) => csvLike(row.getCell(col + 1).value))).toEqual(expected[i]);
    }
    expect(typeof ws.getRow(2).getCell(1).value).toBe("number");
  });
});

describe("the reports page and refusals", () => {
  it("shows the period form, both downloads, the monthly report and the audit trail", async () => {
    const steering = await desk.login("chidao");
    const res = await steering.get(`/reports?${PERIOD}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('value="2026-11-01"');
    expect(html).toContain('href="/reports/questions.csv?from=2026-11-01&amp;to=2026-11-30"');
    expect(html).toContain('href="/reports/questions.xlsx?from=2026-11-01&amp;to=2026-11-30"');
    expect(html).toContain("<strong>7</strong> câu hỏi");
    expect(html).toContain('href="/reports/monthly"');
    expect(html).toContain('href="/audit"');
    // Without a period: this month so far.
    const plain = await (await steering.get("/reports")).text();
    expect(plain).toContain('value="2026-12-01"');
  });

  it("refuses officers, answerers and advisors (403)", async () => {
    await desk.addUser("covan", ["advisor"]);
    for (const who of ["canbo", "giaidap2", "covan"]) {
      const s = await desk.login(who);
      expect((await s.get(`/reports/questions.csv?${PERIOD}`)).status).toBe(403);
      expect((await s.get(`/reports/questions.xlsx?${PERIOD}`)).status).toBe(403);
      expect((await s.get("/reports")).status).toBe(403);
    }
  });

  it("answers a missing or bad period with the form again and a Vietnamese message (422)", async () => {
    const lead = await desk.login("totruong");
    const cases: [string, string][] = [
      ["", "Xin chọn ngày bắt đầu."],
      ["from=2026-11-01", "Xin chọn ngày kết thúc."],
      ["from=2026-02-30&to=2026-03-10", "Ngày bắt đầu không hợp lệ"],
      ["from=01/11/2026&to=2026-11-30", "Ngày bắt đầu không hợp lệ"],
      ["from=2026-11-30&to=2026-11-01", "Ngày kết thúc phải trùng hoặc sau ngày bắt đầu."],
      ["from=2026-01-01&to=2027-01-02", "Kỳ báo cáo dài quá 366 ngày"],
    ];
    for (const [query, message] of cases) {
      for (const kind of ["csv", "xlsx"]) {
        const res = await lead.get(`/reports/questions.${kind}?${query}`);
        expect(res.status, query).toBe(422);
        expect(res.headers.get("content-type")).toContain("text/html");
        expect(res.headers.get("content-disposition")).toBeNull();
        const html = await res.text();
        expect(html, query).toContain(message);
      }
    }
    const kept = await (await lead.get("/reports/questions.csv?from=2026-11-30&to=2026-11-01")).text();
    expect(kept).toContain('value="2026-11-30"');
    // The page itself reads a given period the same way: the message, what was typed, no download links.
    const page = await lead.get("/reports?from=2026-11-30&to=2026-11-01");
    expect(page.status).toBe(422);
    const pageHtml = await page.text();
    expect(pageHtml).toContain("Ngày kết thúc phải trùng hoặc sau ngày bắt đầu.");
    expect(pageHtml).toContain('value="2026-11-30"');
    expect(pageHtml).not.toContain('href="/reports/questions.csv?');
    // 366 days, both ends counted, is the longest period allowed.
    expect((await lead.get("/reports/questions.csv?from=2026-01-01&to=2027-01-01")).status).toBe(200);
  });
});
