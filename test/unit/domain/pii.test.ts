// The personal-data guard: every kind it must find, in the shapes people write them, and the
// ordinary parts of legal text it must leave alone.
import { describe, expect, it } from "vitest";
import { findPersonalData, findPersonalDataInEntry, maskPersonalData, type PersonalDataKind } from "../../../src/domain/pii.js";

const kinds = (text: string) => findPersonalData(text).map((f) => `${f.kind}:${f.match}`);
const only = (text: string, kind: PersonalDataKind) => findPersonalData(text).filter((f) => f.kind === kind).map((f) => f.match);

describe("12-digit identity numbers (căn cước công dân)", () => {
  it.each([
    ["CCCD số 001099012345 cấp ngày 10/5/2021", "001099012345"],
    ["số định danh 001 099 012 345.", "001 099 012 345"],
    ["CCCD: 0010.9901.2345", "0010.9901.2345"],
    ["căn cước 001.099.012.345 do Cục Cảnh sát cấp", "001.099.012.345"],
    ["(001099012345)", "001099012345"],
  ])("finds %s", (text, match) => {
    expect(kinds(text)).toContain(`id12:${match}`);
  });

  it("reports the offset of the match in the original text", () => {
    const text = "Công dân có số CCCD 036 085 001 234 đề nghị cấp phiếu";
    const [f] = findPersonalData(text);
    expect(f).toEqual({ kind: "id12", match: "036 085 001 234", index: text.indexOf("036") });
  });
});

describe("9-digit identity numbers (chứng minh nhân dân)", () => {
  it.each([
    ["CMND số 012345678", "012345678"],
    ["chứng minh nhân dân 135 791 357 cấp năm 2005", "135 791 357"],
    ["CMND 012.345.678", "012.345.678"],
  ])("finds %s", (text, match) => {
    expect(kinds(text)).toContain(`id9:${match}`);
  });
});

describe("phone numbers", () => {
  it.each([
    ["liên hệ 0912345678", "0912345678"],
    ["SĐT: 0912 345 678", "0912 345 678"],
    ["điện thoại 0912.345.678.", "0912.345.678"],
    ["gọi 098-765-4321 ngay", "098-765-4321"],
    ["số +84912345678", "+84912345678"],
    ["số +84 912 345 678", "+84 912 345 678"],
    ["(+84) 983 111 222", "(+84) 983 111 222"],
    ["84912345678", "84912345678"],
    ["máy bàn (024) 3826 9999", "(024) 3826 9999"],
    ["máy bàn 024.3826.9999", "024.3826.9999"],
    ["03 9876 5432", "03 9876 5432"],
  ])("finds %s", (text, match) => {
    expect(kinds(text)).toEqual([`phone:${match}`]);
  });

  it("finds two numbers written one after the other", () => {
    expect(kinds("gọi 0912345678 0987654321")).toEqual(["phone:0912345678", "phone:0987654321"]);
  });

  it("tells a phone number from an identity number on the same line", () => {
    expect(kinds("Anh ấy SĐT 0912345678, CCCD 001099012345")).toEqual(["phone:0912345678", "id12:001099012345"]);
  });
});

describe("dates of birth", () => {
  it.each([
    ["Nguyễn Văn A, sinh ngày 12/03/1985, trú tại", "12/03/1985"],
    ["ngày sinh: 1/1/1990", "1/1/1990"],
    ["Ngày, tháng, năm sinh 05-11-1979", "05-11-1979"],
    ["sinh 20.10.2001 tại Hà Nội", "20.10.2001"],
    ["sinh ngày 5 tháng 3 năm 1985", "ngày 5 tháng 3 năm 1985"],
    ["SINH NGÀY 12/03/1985", "12/03/1985"],
  ])("finds %s", (text, match) => {
    expect(kinds(text)).toEqual([`dob:${match}`]);
  });

  it.each([
    "Bản án ngày 12/03/2015 đã có hiệu lực",
    "Luật có hiệu lực từ ngày 01/07/2016",
    "các khoản phát sinh từ ngày 01/01/2018",
    "sinh viên nhập học ngày 05/09/2020",
    "Người này sinh sống tại địa phương. Ngày 12/03/2015 bị kết án",
    "sinh ngày 32/13/1985",
  ])("leaves alone %s", (text) => {
    expect(only(text, "dob")).toEqual([]);
  });
});

describe("names after a form of address", () => {
  it.each([
    ["ông Nguyễn Văn An đề nghị", "Nguyễn Văn An"],
    ["Bà Trần Thị Lan hỏi", "Trần Thị Lan"],
    ["anh Tuấn có tiền án", "Tuấn"],
    ["chị Lê Thị Hồng Nhung", "Lê Thị Hồng Nhung"],
    ["em Phạm Minh Đức", "Phạm Minh Đức"],
    ["cháu Hoàng Anh", "Hoàng Anh"],
    ["đồng chí Đỗ Quang Vinh", "Đỗ Quang Vinh"],
    ["công dân Vũ Đình Khải", "Vũ Đình Khải"],
    ["Ông Đặng Văn Ước", "Đặng Văn Ước"],
  ])("finds %s", (text, match) => {
    expect(kinds(text)).toEqual([`name:${match}`]);
  });

  it("points at the name, not at the form of address", () => {
    const text = "Trả lời ông Nguyễn Văn An như sau";
    expect(findPersonalData(text)[0]!.index).toBe(text.indexOf("Nguyễn"));
  });

  it("finds names written in decomposed Unicode (NFD) and points into the text as given", () => {
    const text = "Trả lời ông Nguyễn Văn Ân, sinh ngày 01/02/1990".normalize("NFD");
    const found = findPersonalData(text);
    expect(found.map((f) => f.kind)).toEqual(["name", "dob"]);
    for (const f of found) expect(text.slice(f.index, f.index + f.match.length)).toBe(f.match);
    expect(found[0]!.match.normalize("NFC")).toBe("Nguyễn Văn Ân");
  });

  it.each([
    "công dân Việt Nam có quyền yêu cầu cấp Phiếu",
    "Đồng chí hỏi – Chúng tôi trả lời",
    "đồng chí Trưởng phòng PC06",
    "ông A bị kết án năm 2010",
    "Trường hợp ông Nguyễn Văn A đã được xóa án tích",
    "bà con và anh em trong tổ dân phố",
    "anh ấy, chị ấy, em của họ",
    "ông bà, cha mẹ",
    "đề nghị đồng chí Thủ trưởng đơn vị",
    "người Anh và người Pháp",
  ])("leaves alone %s", (text) => {
    expect(only(text, "name")).toEqual([]);
  });
});

describe("vehicle plates", () => {
  it.each([
    ["xe biển số 29A-123.45 vi phạm", "29A-123.45"],
    ["xe máy 30E1-234.56", "30E1-234.56"],
    ["biển 51F 12345", "51F 12345"],
    ["biển kiểm soát 29-B1 123.45", "29-B1 123.45"],
    ["xe 29LD-123.45", "29LD-123.45"],
    ["biển 80A-1234", "80A-1234"],
  ])("finds %s", (text, match) => {
    expect(kinds(text)).toEqual([`plate:${match}`]);
  });
});

describe("e-mail addresses", () => {
  it.each([
    ["liên hệ nguyenvana@gmail.com để biết", "nguyenvana@gmail.com"],
    ["Email: tran.thi.b+hoi@cand.com.vn.", "tran.thi.b+hoi@cand.com.vn"],
    ["(le_van_c99@yahoo.com)", "le_van_c99@yahoo.com"],
  ])("finds %s", (text, match) => {
    expect(kinds(text)).toEqual([`email:${match}`]);
  });

  it.each(["Luật Phòng, chống ma túy@1", "gửi về địa chỉ @ của đơn vị", "a@b"])("leaves alone %s", (text) => {
    expect(only(text, "email")).toEqual([]);
  });
});

describe("street addresses", () => {
  it.each([
    ["trú tại số 12 phố Hàng Bài, Hoàn Kiếm", "số 12 phố Hàng Bài"],
    ["nhà ở 123 Nguyễn Trãi, phường Thượng Đình", "123 Nguyễn Trãi, phường"],
    ["ở ngõ 45 gần chợ", "ngõ 45"],
    ["số nhà 7, đường Lê Lợi, thành phố Huế", "số nhà 7, đường Lê Lợi"],
    ["Số 12A/3 đường Hồ Chí Minh", "Số 12A/3 đường Hồ Chí Minh"],
    ["hẻm 34/5 đường Cách Mạng Tháng Tám", "hẻm 34/5 đường Cách Mạng Tháng Tám"],
    ["số 5, ngõ 45, phố Huế", "số 5, ngõ 45, phố Huế"],
    ["45 Lý Thường Kiệt, quận Hoàn Kiếm", "45 Lý Thường Kiệt, quận"],
    ["ở 18 Trần Hưng Đạo, TP Hải Phòng", "18 Trần Hưng Đạo, TP"],
  ])("finds %s", (text, match) => {
    expect(kinds(text)).toEqual([`address:${match}`]);
  });

  it.each([
    "Luật Giao thông đường bộ số 23/2008/QH12",
    "phương tiện giao thông đường thủy nội địa",
    "theo số 5 Điều 3 của Luật",
    "khoản 2 đường sắt đô thị",
    "Nghị định số 12/2023/NĐ-CP quy định về đường bộ",
    "tổ dân phố, thôn, làng, ấp, bản, phum, sóc, cách đánh số nhà",
    "số 2 Luật Đường sắt",
    "Điều 12 Bộ luật Hình sự, khoản 3",
    "Điều 5 Hiến Pháp, tỉnh",
    "Tuyến 3 đường Vành Đai",
    "năm 2015 Quốc Hội, tỉnh",
    "gửi qua đường bưu điện hoặc phố biến",
    "12 ngày, phường",
    "Cục Đường thủy nội địa Việt Nam",
    "quốc lộ 1A đường Hồ Chí Minh",
  ])("leaves alone %s", (text) => {
    expect(only(text, "address")).toEqual([]);
  });
});

describe("masking a finding for a report", () => {
  it.each([
    ["phone", "0912 345 678", "0912 *** ***"],
    ["id12", "001099012345", "0010********"],
    ["id9", "012.345.678", "012.***.***"],
    ["dob", "12/03/1985", "12/0*/****"],
    ["plate", "29A-123.45", "29A-***.**"],
    ["name", "Nguyễn Văn An", "N***** V** A*"],
    ["email", "nguyenvana@gmail.com", "n***@gmail.com"],
    ["address", "số 12 phố Hàng Bài", "số ** phố Hàng Bài"],
  ] as const)("%s %s → %s", (kind, match, masked) => {
    expect(maskPersonalData({ kind, match })).toBe(masked);
  });

  it("masks a decomposed name letter by letter, not mark by mark", () => {
    expect(maskPersonalData({ kind: "name", match: "Nguyễn Ân".normalize("NFD") })).toBe("N***** Â*");
  });
});

describe("decomposed (NFD) text reaches every detector", () => {
  it("finds an e-mail address, a street address and a name in NFD text", () => {
    const text = "Bà Trần Thị Lan, số 12 phố Hàng Bài, thư lan@gmail.com".normalize("NFD");
    expect(findPersonalData(text).map((f) => f.kind)).toEqual(["name", "address", "email"]);
  });

  it("finds a name after a form of address separated by tabs and several spaces", () => {
    expect(kinds("ông \t  Nguyễn Văn An")).toEqual(["name:Nguyễn Văn An"]);
  });
});

describe("the ordinary parts of legal text are not personal data", () => {
  it.each([
    "Điều 70 Bộ luật Hình sự năm 2015",
    "theo khoản 2 Điều 71 và điểm a khoản 1 Điều 107",
    "Nghị định 111/2010/NĐ-CP ngày 23/11/2010",
    "Luật Lý lịch tư pháp số 28/2009/QH12",
    "Thông tư số 44/2018/TT-BCA",
    "Luật số 41/2024/QH15",
    "trong thời hạn 10 ngày kể từ ngày nhận đủ hồ sơ",
    "không quá 15 ngày; trường hợp phức tạp không quá 30 ngày",
    "năm 2015, năm 2017 và năm 2025",
    "Mẫu số 03/LLTP",
    "phạt tiền từ 100.000.000 đến 200.000.000 đồng",
    "lệ phí 200.000 đồng/lần",
    "nộp 100 000 000 đồng",
    "Quyết định số 1234/QĐ-BCA-C06",
    "tỷ lệ 12,5%",
    "từ năm 2010-2015",
    "Đồng chí hỏi – Chúng tôi trả lời. Hỏi trực tiếp – Trả lời ngay.",
    "trong 24 giờ làm việc",
    "Phiếu lý lịch tư pháp số 2",
    "Bản án số 123/2020/HS-ST ngày 15/6/2020 của Tòa án nhân dân quận Hoàn Kiếm",
  ])("%s", (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe("offsets", () => {
  it("every match is exactly the text at its index", () => {
    const text = "Ông Lê Văn Tám (CCCD 001099012345, SĐT +84 912 345 678) sinh ngày 2/9/1975, xe 29A-123.45.";
    const found = findPersonalData(text);
    expect(found.map((f) => f.kind)).toEqual(["name", "id12", "phone", "dob", "plate"]);
    for (const f of found) expect(text.slice(f.index, f.index + f.match.length)).toBe(f.match);
  });
});

describe("a whole entry", () => {
  it("labels each finding with its field and keeps them in text order", () => {
    const findings = findPersonalDataInEntry({
      title: "Xóa án tích cho ông Nguyễn Văn Bình",
      question: "Công dân sinh ngày 12/03/1985, SĐT 0912345678 hỏi…",
      answer: "Theo Điều 70 Bộ luật Hình sự…",
    });
    expect(findings.map((f) => [f.field, f.kind])).toEqual([
      ["title", "name"],
      ["question", "dob"],
      ["question", "phone"],
    ]);
  });

  it("finds nothing in a clean, general entry", () => {
    expect(
      findPersonalDataInEntry({
        title: "Thời hạn xóa án tích đối với người bị phạt tù đến 5 năm",
        question: "Người bị kết án phạt tù 3 năm thì sau bao lâu được đương nhiên xóa án tích?",
        answer: "Theo điểm b khoản 2 Điều 70 Bộ luật Hình sự 2015 (sửa đổi 2017), thời hạn là **03 năm** kể từ khi chấp hành xong hình phạt chính.",
      }),
    ).toEqual([]);
  });
});
