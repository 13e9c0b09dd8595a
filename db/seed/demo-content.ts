// Demo content for the desk: units, people, questions and knowledge-base entries.
// Pure data. Everything below is fictional except the legal rules it explains, which are
// taken from public law (Luật Lý lịch tư pháp 2009, Bộ luật Hình sự 2015 sửa đổi 2017,
// Bộ luật Tố tụng hình sự 2015, Luật Căn cước 2023, Luật Cư trú 2020, Luật Lưu trữ 2024,
// Luật Bảo vệ bí mật nhà nước 2018, Luật Bảo vệ dữ liệu cá nhân 2025, Nghị định 111/2010/NĐ-CP).
// Names of people are invented; no citizen data appears anywhere.
import type { Hotline } from "../../src/model.js";

type DemoRole = "officer" | "answerer" | "lead" | "advisor" | "steering" | "admin";

interface DemoUnit {
  code: string;
  name: string;
}

export interface DemoUser {
  username: string;
  name: string;
  rank: string;
  position?: string;
  roles: DemoRole[];
  unit: string; // unit code
  specialties?: string[]; // category codes
}

interface DemoQuestion {
  askedBy: string; // username of an officer
  category: string; // category code
  title: string;
  body: string;
  submittedHoursAgo: number; // working hours before "now" when seeded (the desk's calendar)
  state: "new" | "assigned" | "answered" | "closed";
  answer?: { by: string; body: string; hoursAfterSubmit: number }; // by: answerer username; body: Markdown
  rating?: { score: 1 | 2 | 3 | 4 | 5; comment?: string };
  // The assignee asks this advisor's opinion (Xin ý kiến Ban cố vấn), still waiting for the advice.
  consultation?: { advisor: string; body: string };
}

export interface DemoKbEntry {
  ref: string;
  title: string;
  question: string;
  answer: string; // Markdown
  category: string;
  tags: string[];
  citations: { document: string; article: string }[];
}

export const DEMO_PASSWORD = "hotline2026";

// The desk's hotlines in the demo: made-up numbers in the police network's 069 form; a real desk
// sets its own on /admin/settings.
export const hotlines: Hotline[] = [
  { label: "Trực ban Phòng", number: "069.219.4400" },
  { label: "Tổ giải đáp nghiệp vụ", number: "069.219.4455" },
];

// Documents cited below, spelled once so every citation reads the same.
const LLTP = "Luật Lý lịch tư pháp 2009";
const BLHS = "Bộ luật Hình sự 2015 (sửa đổi, bổ sung 2017)";
const BLTTHS = "Bộ luật Tố tụng hình sự 2015";
const CAN_CUOC = "Luật Căn cước 2023";
const CU_TRU = "Luật Cư trú 2020";
const LUU_TRU = "Luật Lưu trữ 2024";
const BMNN = "Luật Bảo vệ bí mật nhà nước 2018";
const BVDLCN = "Luật Bảo vệ dữ liệu cá nhân 2025";
const ND111 = "Nghị định 111/2010/NĐ-CP";
const TT55 = "Thông tư 55/2025/TT-BCA";
// The Ministry's circular on records work: cited by name only, never by article.
const TT44 = "Thông tư số 44 của Bộ Công an về công tác hồ sơ nghiệp vụ";

// Since 1 March 2025 Công an cấp xã/phường and Công an cấp tỉnh are the local levels;
// there is no district-level police any more, so no "Công an huyện" unit here.
export const units: DemoUnit[] = [
  { code: "PHSNV", name: "Phòng Hồ sơ nghiệp vụ" },
  { code: "CAP-HK", name: "Công an phường Hoàn Kiếm" },
  { code: "CAP-BD", name: "Công an phường Ba Đình" },
  { code: "CAX-SS", name: "Công an xã Sóc Sơn" },
  { code: "PQLHC", name: "Phòng Cảnh sát quản lý hành chính về trật tự xã hội" },
  { code: "PCSHS", name: "Phòng Cảnh sát hình sự" },
  { code: "TTG", name: "Trại tạm giam" },
];

export const users: DemoUser[] = [
  // Ban chỉ đạo
  {
    username: "chihuy",
    name: "Nguyễn Văn Thắng",
    rank: "Đại tá",
    position: "Trưởng phòng Hồ sơ nghiệp vụ",
    roles: ["steering"],
    unit: "PHSNV",
  },
  {
    username: "chihuy.ha",
    name: "Trần Thị Thu Hà",
    rank: "Thượng tá",
    position: "Phó Trưởng phòng Hồ sơ nghiệp vụ",
    roles: ["steering"],
    unit: "PHSNV",
  },

  // Cố vấn: cán bộ lãnh đạo đã nghỉ hưu
  {
    username: "covan",
    name: "Phạm Quang Hưng",
    rank: "Đại tá (nghỉ hưu)",
    position: "Nguyên Trưởng phòng Hồ sơ nghiệp vụ",
    roles: ["advisor"],
    unit: "PHSNV",
  },
  {
    username: "covan.binh",
    name: "Lê Đức Bình",
    rank: "Đại tá (nghỉ hưu)",
    position: "Nguyên Phó Trưởng phòng Hồ sơ nghiệp vụ",
    roles: ["advisor"],
    unit: "PHSNV",
  },
  {
    username: "covan.nga",
    name: "Vũ Thị Nga",
    rank: "Thượng tá (nghỉ hưu)",
    position: "Nguyên Đội trưởng Đội tra cứu, cung cấp thông tin",
    roles: ["advisor"],
    unit: "PHSNV",
  },

  // Quản trị hệ thống
  {
    username: "admin",
    name: "Đỗ Minh Tuấn",
    rank: "Thượng úy",
    position: "Cán bộ quản trị hệ thống",
    roles: ["admin"],
    unit: "PHSNV",
  },

  // Tổ giải đáp nghiệp vụ: chín cán bộ, hai người phụ trách tổ
  {
    username: "totruong",
    name: "Hoàng Thị Lan",
    rank: "Trung tá",
    position: "Tổ trưởng Tổ giải đáp nghiệp vụ",
    roles: ["answerer", "lead"],
    unit: "PHSNV",
    specialties: ["ly-lich-tu-phap", "xoa-an-tich"],
  },
  {
    username: "totruong.son",
    name: "Ngô Văn Sơn",
    rank: "Thiếu tá",
    position: "Phó Tổ trưởng Tổ giải đáp nghiệp vụ",
    roles: ["answerer", "lead"],
    unit: "PHSNV",
    specialties: ["ho-so-nghiep-vu", "luu-tru"],
  },
  {
    username: "giaidap",
    name: "Nguyễn Đức Minh",
    rank: "Đại úy",
    position: "Cán bộ Tổ giải đáp nghiệp vụ",
    roles: ["answerer"],
    unit: "PHSNV",
    specialties: ["ly-lich-tu-phap", "tra-cuu"],
  },
  {
    username: "giaidap.huong",
    name: "Trần Thu Hương",
    rank: "Thượng úy",
    position: "Cán bộ Tổ giải đáp nghiệp vụ",
    roles: ["answerer"],
    unit: "PHSNV",
    specialties: ["can-cuoc"],
  },
  {
    username: "giaidap.quan",
    name: "Lê Hồng Quân",
    rank: "Thiếu tá",
    position: "Cán bộ Tổ giải đáp nghiệp vụ",
    roles: ["answerer"],
    unit: "PHSNV",
    specialties: ["xoa-an-tich", "ly-lich-tu-phap"],
  },
  {
    username: "giaidap.thao",
    name: "Phạm Phương Thảo",
    rank: "Đại úy",
    position: "Cán bộ Tổ giải đáp nghiệp vụ",
    roles: ["answerer"],
    unit: "PHSNV",
    specialties: ["tra-cuu", "ho-so-nghiep-vu"],
  },
  {
    username: "giaidap.duc",
    name: "Bùi Anh Đức",
    rank: "Thượng úy",
    position: "Cán bộ Tổ giải đáp nghiệp vụ",
    roles: ["answerer"],
    unit: "PHSNV",
    specialties: ["thong-ke"],
  },
  {
    username: "giaidap.trang",
    name: "Đặng Thùy Trang",
    rank: "Trung úy",
    position: "Cán bộ Tổ giải đáp nghiệp vụ",
    roles: ["answerer"],
    unit: "PHSNV",
    specialties: ["luu-tru", "khac"],
  },
  {
    username: "giaidap.khoa",
    name: "Vũ Đăng Khoa",
    rank: "Đại úy",
    position: "Cán bộ Tổ giải đáp nghiệp vụ",
    roles: ["answerer"],
    unit: "PHSNV",
    specialties: ["can-cuoc", "thong-ke", "khac"],
  },

  // Cán bộ các đơn vị đặt câu hỏi
  {
    username: "canbo",
    name: "Trịnh Văn An",
    rank: "Thượng úy",
    position: "Cán bộ tiếp nhận hồ sơ, Công an phường",
    roles: ["officer"],
    unit: "CAP-HK",
  },
  {
    username: "canbo.hai",
    name: "Lý Thanh Hải",
    rank: "Trung úy",
    position: "Cảnh sát khu vực",
    roles: ["officer"],
    unit: "CAP-BD",
  },
  {
    username: "canbo.phuc",
    name: "Cao Văn Phúc",
    rank: "Đại úy",
    position: "Phó Trưởng Công an xã",
    roles: ["officer"],
    unit: "CAX-SS",
  },
  {
    username: "canbo.linh",
    name: "Mai Khánh Linh",
    rank: "Đại úy",
    position: "Cán bộ Đội quản lý cư trú và căn cước",
    roles: ["officer"],
    unit: "PQLHC",
  },
  {
    username: "canbo.tung",
    name: "Đinh Xuân Tùng",
    rank: "Thiếu tá",
    position: "Phó Đội trưởng",
    roles: ["officer"],
    unit: "PCSHS",
  },
  {
    username: "canbo.yen",
    name: "Tạ Hải Yến",
    rank: "Thượng úy",
    position: "Cán bộ quản lý hồ sơ can phạm",
    roles: ["officer"],
    unit: "TTG",
  },
];

export const questions: DemoQuestion[] = [
  // ---- Mới gửi, chưa phân công ----
  {
    askedBy: "canbo",
    category: "ly-lich-tu-phap",
    title: "Người đang bị khởi tố có được cấp Phiếu lý lịch tư pháp số 1 không?",
    body:
      "Bộ phận một cửa của phường tiếp nhận đề nghị của một công dân đang là bị can trong vụ án chưa đưa ra xét xử. " +
      "Công dân cần Phiếu lý lịch tư pháp số 1 để bổ sung hồ sơ xin việc và hỏi Phiếu sẽ ghi thế nào, có bị từ chối cấp không. " +
      "Đề nghị các đồng chí hướng dẫn để phường trả lời công dân cho thống nhất.",
    submittedHoursAgo: 2,
    state: "new",
  },
  {
    askedBy: "canbo.phuc",
    category: "can-cuoc",
    title: "Làm thẻ căn cước cho cháu 4 tuổi chưa đăng ký khai sinh",
    body:
      "Trên địa bàn xã có gia đình mới chuyển về, con 4 tuổi chưa được đăng ký khai sinh do bố mẹ đi làm ăn xa nhiều năm. " +
      "Gia đình muốn làm luôn thẻ căn cước cho cháu. Xin hỏi có làm liên thông với đăng ký khai sinh được không hay phải khai sinh trước, " +
      "và cháu có phải đến trực tiếp để thu nhận ảnh, vân tay không?",
    submittedHoursAgo: 5,
    state: "new",
  },
  {
    askedBy: "canbo.tung",
    category: "tra-cuu",
    title: "Đề nghị tra cứu chỉ bản để xác định nhân thân đối tượng không khai báo",
    body:
      "Đơn vị vừa bắt quả tang một đối tượng trộm cắp tài sản; đối tượng không mang giấy tờ, khai họ tên, năm sinh không thống nhất. " +
      "Đơn vị muốn đề nghị Phòng Hồ sơ tra cứu chỉ bản để xác định nhân thân và tiền án. " +
      "Xin hướng dẫn: gửi văn bản theo mẫu nào, ai ký, ngoài giờ hành chính có bộ phận trực tra cứu không và thường bao lâu có kết quả?",
    submittedHoursAgo: 1,
    state: "new",
  },

  // ---- Đã phân công, đang xử lý ----
  {
    askedBy: "canbo.hai",
    category: "xoa-an-tich",
    title: "Hết thời gian thử thách án treo nhưng còn nợ án phí, bồi thường",
    body:
      "Một công dân trên địa bàn bị xử phạt 18 tháng tù cho hưởng án treo, đã hết thời gian thử thách từ giữa năm 2024. " +
      "Do hoàn cảnh khó khăn nên còn nợ một phần án phí và tiền bồi thường. Công dân hỏi đã được xóa án tích chưa; " +
      "nếu nộp nốt thì khi nào Phiếu số 1 ghi “không có án tích”? Phường cần trả lời thế nào cho đúng?",
    submittedHoursAgo: 9,
    state: "assigned",
    consultation: {
      advisor: "covan",
      body:
        "Xin Ban cố vấn cho ý kiến: người hưởng án treo đã hết thời gian thử thách nhưng chưa nộp xong án phí, bồi thường " +
        "thì đã đủ điều kiện đương nhiên xóa án tích theo Điều 70 BLHS chưa (điều kiện “đã chấp hành xong hình phạt chính, " +
        "thời gian thử thách và các quyết định khác của bản án”)? Tổ dự kiến trả lời là chưa, tính từ ngày nộp xong.",
    },
  },
  {
    askedBy: "canbo.yen",
    category: "ho-so-nghiep-vu",
    title: "Bổ sung tài liệu vào hồ sơ đã chuyển Phòng Hồ sơ đăng ký",
    body:
      "Trại đã chuyển hồ sơ của một số bị can sang Phòng Hồ sơ để đăng ký. Nay phát sinh thêm quyết định trích xuất " +
      "và biên bản bàn giao khi chuyển trại. Xin hỏi tài liệu bổ sung gửi kèm văn bản thế nào, có phải ghi số đăng ký của hồ sơ gốc không, " +
      "và loại tài liệu nào trại giữ lại, không phải gửi?",
    submittedHoursAgo: 19,
    state: "assigned",
  },
  {
    askedBy: "canbo.linh",
    category: "thong-ke",
    title: "Yêu cầu tra cứu nhận cuối tháng, trả đầu tháng sau thì thống kê vào kỳ nào?",
    body:
      "Đơn vị lập báo cáo tháng về kết quả tra cứu, cung cấp thông tin. Nhiều yêu cầu nhận những ngày cuối tháng nhưng sang tháng sau mới trả kết quả. " +
      "Nên thống kê vào kỳ nhận hay kỳ trả, có cần tách riêng số yêu cầu còn tồn không? " +
      "Hiện các đội mỗi nơi tính một kiểu nên số liệu tổng hợp bị lệch.",
    submittedHoursAgo: 27,
    state: "assigned",
  },

  // ---- Đã trả lời, chờ người hỏi xác nhận ----
  {
    askedBy: "canbo",
    category: "ly-lich-tu-phap",
    title: "Công dân nhờ em gái làm thay Phiếu lý lịch tư pháp số 2 được không?",
    body:
      "Có công dân đang làm việc ở tỉnh khác, muốn nhờ em gái ruột nộp hồ sơ xin Phiếu lý lịch tư pháp số 2 để bổ sung hồ sơ đi lao động ở nước ngoài. " +
      "Đề nghị hướng dẫn: Phiếu số 2 có ủy quyền được không; nếu chỉ cần Phiếu số 1 thì em gái cần mang theo giấy tờ gì?",
    submittedHoursAgo: 30,
    state: "answered",
    answer: {
      by: "giaidap",
      hoursAfterSubmit: 4,
      body: `Chào đồng chí,

**Phiếu số 2 thì không ủy quyền được.** Cụ thể:

- **Phiếu số 2**: khoản 2 Điều 46 Luật Lý lịch tư pháp quy định cá nhân yêu cầu cấp Phiếu số 2 không được ủy quyền cho người khác làm thủ tục. Công dân phải tự nộp hồ sơ, trực tiếp hoặc trực tuyến bằng tài khoản định danh điện tử của chính mình (nơi đã triển khai), nên không cần về quê.
- **Phiếu số 1**: được ủy quyền theo khoản 2 Điều 45. Việc ủy quyền phải lập thành văn bản; theo thủ tục đã công bố, văn bản ủy quyền phải được công chứng hoặc chứng thực. Chỉ cha, mẹ, vợ, chồng, con mới được miễn văn bản ủy quyền (nhưng phải có giấy tờ chứng minh quan hệ). Em gái không thuộc diện này.
- Hồ sơ em gái mang theo: Tờ khai, bản chụp giấy tờ tùy thân của người được cấp Phiếu, văn bản ủy quyền và giấy tờ tùy thân của chính mình.

Đồng chí nên đề nghị công dân hỏi lại đơn vị tuyển lao động yêu cầu loại Phiếu nào; nếu đúng là Phiếu số 2 thì công dân phải tự làm. Nơi nộp hiện nay là Công an cấp tỉnh (từ 01/3/2025 thay cho Sở Tư pháp).`,
    },
  },
  {
    askedBy: "canbo.phuc",
    category: "xoa-an-tich",
    title: "Tính thời hạn xóa án tích khi phạm tội mới lúc án cũ chưa được xóa",
    body:
      "Trên địa bàn xã có một người bị phạt 03 năm tù về tội cố ý gây thương tích, chấp hành xong hình phạt tù tháng 6/2020, đã nộp đủ án phí, bồi thường. " +
      "Tháng 4/2022 người này phạm tội đánh bạc, bị xử phạt tiền và đã nộp xong tiền phạt, án phí vào tháng 9/2022. " +
      "Gia đình hỏi đến nay đã được xóa cả hai án tích chưa để làm hồ sơ xin việc. Xin hướng dẫn cách tính.",
    submittedHoursAgo: 40,
    state: "answered",
    answer: {
      by: "giaidap.quan",
      hoursAfterSubmit: 7,
      body: `Chào đồng chí, tính theo Điều 70 và Điều 73 Bộ luật Hình sự như sau:

- **Án cũ (03 năm tù)**: thời hạn đương nhiên xóa án tích là 02 năm (điểm b khoản 2 Điều 70), tính từ 6/2020, tức đến 6/2022. Tháng 4/2022 người này phạm tội mới nên án tích cũ **chưa được xóa**.
- **Án mới (phạt tiền là hình phạt chính)**: thời hạn 01 năm (điểm a khoản 2 Điều 70) kể từ khi chấp hành xong hình phạt chính là 9/2022, tức đủ từ 9/2023.
- **Tính lại án cũ**: theo khoản 2 Điều 73, thời hạn xóa án tích cũ được tính lại từ ngày chấp hành xong hình phạt chính của bản án mới (9/2022). Thời hạn vẫn căn cứ hình phạt chính của án cũ (khoản 1 Điều 73) là 02 năm, tức đủ từ 9/2024.

Như vậy, nếu từ đó đến nay người này không phạm tội mới và đã thi hành xong các quyết định khác của cả hai bản án, thì cả hai án tích đều đã đủ điều kiện đương nhiên được xóa. Đồng chí hướng dẫn công dân làm thủ tục cấp Phiếu số 1; cơ quan cấp Phiếu sẽ xác minh điều kiện xóa án tích (thời hạn tối đa 15 ngày theo Điều 48 Luật Lý lịch tư pháp) và ghi “không có án tích” nếu đủ điều kiện.`,
    },
  },

  // ---- Đã đóng, có đánh giá ----
  {
    askedBy: "canbo.linh",
    category: "can-cuoc",
    title: "Thẻ ghi địa chỉ cũ trước sắp xếp đơn vị hành chính có bắt buộc đổi không?",
    body:
      "Sau khi sắp xếp đơn vị hành chính, nhiều công dân đến hỏi thẻ căn cước, thẻ căn cước công dân đang ghi tên xã, huyện, tỉnh cũ có còn dùng được không, " +
      "có bắt buộc đổi không và một số nơi tiếp nhận hồ sơ có được yêu cầu đổi thẻ không. Đề nghị hướng dẫn để trả lời thống nhất.",
    submittedHoursAgo: 58,
    state: "closed",
    answer: {
      by: "giaidap.huong",
      hoursAfterSubmit: 6,
      body: `Chào đồng chí, nội dung trả lời công dân như sau:

- **Thẻ vẫn có giá trị sử dụng.** Thẻ căn cước công dân cấp trước 01/7/2024 có giá trị đến hết thời hạn in trên thẻ (khoản 1 Điều 46 Luật Căn cước); thẻ căn cước cũng có giá trị đến hạn ghi trên thẻ. Việc đổi tên đơn vị hành chính không làm thẻ hết giá trị.
- **Không bắt buộc đổi.** Điều 24 Luật Căn cước chỉ quy định cấp đổi **theo yêu cầu của người được cấp thẻ** khi thông tin trên thẻ thay đổi do sắp xếp đơn vị hành chính. Công dân có nhu cầu thì làm thủ tục cấp đổi bình thường.
- **Nơi tiếp nhận hồ sơ không được yêu cầu đổi thẻ.** Khoản 2 Điều 46 Luật Căn cước quy định giấy tờ đã phát hành có thông tin chứng minh nhân dân, căn cước công dân giữ nguyên giá trị; cơ quan nhà nước không được yêu cầu công dân thay đổi, điều chỉnh các thông tin này. Thông tin nơi cư trú mới được khai thác từ Cơ sở dữ liệu quốc gia về dân cư hoặc ứng dụng VNeID.

Về phí cấp đổi, đồng chí hướng dẫn công dân theo mức và trường hợp miễn phí đang áp dụng trên Cổng dịch vụ công.`,
    },
    rating: { score: 5, comment: "Trả lời rõ, có căn cứ. Đơn vị đã phổ biến lại cho tổ tiếp dân." },
  },
  {
    askedBy: "canbo.hai",
    category: "ly-lich-tu-phap",
    title: "Công dân phản ánh đã quá 10 ngày chưa nhận được Phiếu lý lịch tư pháp",
    body:
      "Công dân nộp hồ sơ xin Phiếu lý lịch tư pháp số 1 được 12 ngày nhưng chưa có kết quả, đến phường phản ánh là quá hạn. " +
      "Người này từng cư trú ở ba tỉnh và có hai năm học tập ở nước ngoài. Xin hỏi thời hạn cấp Phiếu trong trường hợp này là bao lâu, " +
      "phường hướng dẫn công dân kiểm tra, phản ánh ở đâu?",
    submittedHoursAgo: 52,
    state: "closed",
    answer: {
      by: "totruong",
      hoursAfterSubmit: 20,
      body: `Chào đồng chí,

Theo Điều 48 Luật Lý lịch tư pháp, thời hạn cấp Phiếu tính **từ ngày nhận được yêu cầu hợp lệ**:

- Thông thường: không quá **10 ngày**.
- Công dân đã cư trú ở nhiều nơi, có thời gian cư trú ở nước ngoài, người nước ngoài, hoặc phải xác minh điều kiện đương nhiên được xóa án tích: không quá **15 ngày**.

Trường hợp đồng chí nêu thuộc diện 15 ngày vì công dân từng cư trú ở nhiều tỉnh và có thời gian ở nước ngoài; cơ quan cấp Phiếu phải tra cứu thông tin ở các nơi đó (Điều 47). Ở ngày thứ 12 thì **chưa quá hạn**.

Đồng chí hướng dẫn công dân:

- Xem ngày hẹn trả kết quả ghi trên giấy tiếp nhận hoặc tra cứu tình trạng hồ sơ trên Cổng dịch vụ công bằng mã hồ sơ.
- Nếu đã quá ngày hẹn mà không nhận được kết quả hay thông báo lý do, công dân liên hệ bộ phận trả kết quả của Công an cấp tỉnh; khi cần thì thực hiện quyền khiếu nại theo Điều 52.`,
    },
    rating: {
      score: 4,
      comment: "Đủ ý. Mong bổ sung đầu mối cụ thể để phường liên hệ kiểm tra tiến độ hồ sơ khi công dân phản ánh.",
    },
  },
];

export const kbEntries: DemoKbEntry[] = [
  // ================= Lý lịch tư pháp =================
  {
    ref: "KB-0001",
    title: "Phân biệt Phiếu lý lịch tư pháp số 1 và Phiếu số 2",
    question:
      "Phiếu lý lịch tư pháp số 1 và số 2 khác nhau ở điểm nào? Khi nào công dân cần Phiếu số 2?",
    answer: `## Đối tượng được cấp (Điều 41)
- **Phiếu số 1**: cấp cho công dân Việt Nam, người nước ngoài đã hoặc đang cư trú tại Việt Nam có yêu cầu; cấp cho cơ quan nhà nước, tổ chức chính trị, tổ chức chính trị - xã hội để phục vụ quản lý nhân sự, đăng ký kinh doanh, thành lập, quản lý doanh nghiệp, hợp tác xã.
- **Phiếu số 2**: cấp cho cơ quan tiến hành tố tụng để phục vụ điều tra, truy tố, xét xử; cấp theo yêu cầu của cá nhân để người đó biết nội dung lý lịch tư pháp của mình.

## Nội dung ghi trên Phiếu
- **Phiếu số 1** (Điều 42): chỉ ghi án tích **chưa được xóa**. Người không bị kết án, hoặc đã được xóa án tích và thông tin đã được cập nhật, thì ghi “không có án tích”. Thông tin về cấm đảm nhiệm chức vụ, thành lập, quản lý doanh nghiệp, hợp tác xã chỉ ghi khi có yêu cầu.
- **Phiếu số 2** (Điều 43): ghi **đầy đủ** án tích, kể cả án tích đã được xóa và thời điểm xóa; tội danh, hình phạt chính, hình phạt bổ sung, nghĩa vụ dân sự, án phí, tình trạng thi hành án; thông tin về cấm đảm nhiệm chức vụ nếu có.

## Lưu ý khi hướng dẫn công dân
- Phiếu số 2 phản ánh toàn bộ quá khứ án tích nên cá nhân phải tự yêu cầu, **không được ủy quyền** (khoản 2 Điều 46).
- Đề nghị công dân hỏi rõ nơi nhận hồ sơ yêu cầu loại Phiếu nào trước khi nộp để tránh phải làm lại.`,
    category: "ly-lich-tu-phap",
    tags: ["phiếu số 1", "phiếu số 2", "nội dung phiếu", "án tích"],
    citations: [
      { document: LLTP, article: "Điều 41" },
      { document: LLTP, article: "Điều 42" },
      { document: LLTP, article: "Điều 43" },
    ],
  },
  {
    ref: "KB-0002",
    title: "Ủy quyền làm thủ tục yêu cầu cấp Phiếu lý lịch tư pháp",
    question:
      "Công dân có được ủy quyền cho người khác làm Phiếu lý lịch tư pháp không? Người thân trong gia đình đi làm thay có cần văn bản ủy quyền?",
    answer: `## Phiếu số 1: được ủy quyền (khoản 2 Điều 45)
- Cá nhân có thể ủy quyền cho người khác làm thủ tục yêu cầu cấp Phiếu số 1.
- Việc ủy quyền phải **lập thành văn bản** theo quy định của pháp luật; theo thủ tục hành chính đã công bố, văn bản ủy quyền phải được công chứng hoặc chứng thực.
- Người được ủy quyền là **cha, mẹ, vợ, chồng, con** của người ủy quyền thì **không cần văn bản ủy quyền**, nhưng phải xuất trình giấy tờ chứng minh quan hệ (giấy khai sinh, giấy chứng nhận kết hôn...).
- Anh, chị, em ruột, ông bà, cô, dì, chú, bác... không thuộc diện được miễn văn bản ủy quyền.
- Người đi nộp xuất trình giấy tờ tùy thân của mình; hồ sơ vẫn gồm Tờ khai và giấy tờ của người được cấp Phiếu.

## Phiếu số 2: không được ủy quyền (khoản 2 Điều 46)
Cá nhân yêu cầu cấp Phiếu số 2 **không được ủy quyền** cho người khác làm thủ tục. Lý do: Phiếu số 2 ghi cả án tích đã được xóa, cần bảo vệ bí mật đời tư của người được cấp Phiếu.

## Gợi ý khi tiếp dân
- Hỏi rõ loại Phiếu mà nơi nhận hồ sơ yêu cầu.
- Công dân ở xa có thể nộp trực tuyến bằng tài khoản định danh điện tử của chính mình (nơi đã triển khai) thay vì ủy quyền.`,
    category: "ly-lich-tu-phap",
    tags: ["ủy quyền", "văn bản ủy quyền", "phiếu số 1", "phiếu số 2"],
    citations: [
      { document: LLTP, article: "Điều 45" },
      { document: LLTP, article: "Điều 46" },
    ],
  },
  {
    ref: "KB-0003",
    title: "Thời hạn cấp Phiếu lý lịch tư pháp",
    question:
      "Cơ quan có thẩm quyền phải cấp Phiếu lý lịch tư pháp trong thời hạn bao lâu? Trường hợp nào được kéo dài, trường hợp nào phải cấp ngay?",
    answer: `Điều 48 Luật Lý lịch tư pháp quy định thời hạn cấp Phiếu tính **từ ngày nhận được yêu cầu hợp lệ**:

| Trường hợp | Thời hạn tối đa |
|---|---|
| Thông thường | 10 ngày |
| Công dân Việt Nam đã cư trú ở nhiều nơi hoặc có thời gian cư trú ở nước ngoài; người nước ngoài; phải xác minh điều kiện đương nhiên được xóa án tích | 15 ngày |
| Cơ quan tiến hành tố tụng yêu cầu khẩn cấp (khoản 1 Điều 46) | 24 giờ kể từ thời điểm nhận yêu cầu |

## Lưu ý
- “Yêu cầu hợp lệ” là khi Tờ khai và giấy tờ kèm theo đã đầy đủ; hồ sơ phải bổ sung thì tính từ khi hồ sơ đủ.
- Ngày hẹn trả kết quả ghi trên giấy tiếp nhận theo thủ tục hành chính đã công bố; hướng dẫn công dân căn cứ giấy hẹn và theo dõi tiến độ trên Cổng dịch vụ công.
- Trường hợp phải tra cứu, xác minh ở nhiều nơi (Điều 47), cán bộ tiếp nhận nên báo trước cho công dân về khả năng áp dụng thời hạn 15 ngày.
- Quá hạn mà chưa có kết quả hoặc không được thông báo lý do, công dân có quyền khiếu nại (Điều 52).`,
    category: "ly-lich-tu-phap",
    tags: ["thời hạn cấp phiếu", "10 ngày", "15 ngày", "khẩn cấp"],
    citations: [
      { document: LLTP, article: "Điều 48" },
      { document: LLTP, article: "Điều 47" },
    ],
  },
  {
    ref: "KB-0004",
    title: "Cấp Phiếu lý lịch tư pháp số 2 cho người nước ngoài",
    question:
      "Người nước ngoài đã hoặc đang cư trú tại Việt Nam có được yêu cầu cấp Phiếu lý lịch tư pháp số 2 không? Nộp ở đâu, có được ủy quyền không, bao lâu có kết quả?",
    answer: `## Quyền yêu cầu
- Khoản 1 Điều 7: người nước ngoài **đã hoặc đang cư trú tại Việt Nam** có quyền yêu cầu cấp Phiếu lý lịch tư pháp của mình.
- Điều 41: Phiếu số 2 được cấp theo yêu cầu của cá nhân để người đó biết nội dung lý lịch tư pháp của mình. Người nước ngoài chỉ yêu cầu Phiếu số 2 về chính mình.

## Nơi nộp (Điều 44)
- Người nước ngoài **đang cư trú** tại Việt Nam: cơ quan cấp Phiếu cấp tỉnh nơi cư trú.
- Người nước ngoài **đã rời** Việt Nam: cơ quan quản lý cơ sở dữ liệu lý lịch tư pháp ở trung ương.
- Luật ghi tên Sở Tư pháp và Trung tâm Lý lịch tư pháp quốc gia; từ ngày 01/3/2025 nhiệm vụ cấp Phiếu đã chuyển sang ngành Công an, nên hướng dẫn theo đầu mối tiếp nhận hiện hành của Công an cấp tỉnh và Bộ Công an.

## Hồ sơ, thời hạn
- Tờ khai theo mẫu, bản chụp hộ chiếu và giấy tờ chứng minh việc cư trú tại Việt Nam (thẻ tạm trú, thẻ thường trú...).
- **Không được ủy quyền** đối với Phiếu số 2 (khoản 2 Điều 46); người nước ngoài phải tự làm thủ tục.
- Thời hạn cấp không quá **15 ngày** vì thuộc trường hợp người nước ngoài (Điều 48).
- Phiếu được cấp bằng tiếng Việt; việc dịch, hợp pháp hóa lãnh sự để sử dụng ở nước ngoài do đương sự tự thực hiện theo yêu cầu của nơi sử dụng.`,
    category: "ly-lich-tu-phap",
    tags: ["người nước ngoài", "phiếu số 2", "nơi nộp hồ sơ"],
    citations: [
      { document: LLTP, article: "Điều 7" },
      { document: LLTP, article: "Điều 44" },
      { document: LLTP, article: "Điều 46" },
    ],
  },
  {
    ref: "KB-0005",
    title: "Nơi nộp hồ sơ cấp Phiếu lý lịch tư pháp sau khi chuyển giao về Bộ Công an",
    question:
      "Từ năm 2025, công dân nộp hồ sơ xin Phiếu lý lịch tư pháp ở đâu? Sở Tư pháp còn tiếp nhận không?",
    answer: `## Thay đổi từ ngày 01/3/2025
Thực hiện chủ trương sắp xếp, tinh gọn bộ máy, từ ngày 01/3/2025 nhiệm vụ quản lý nhà nước về lý lịch tư pháp và dịch vụ công cấp Phiếu lý lịch tư pháp được chuyển từ Bộ Tư pháp sang **Bộ Công an**. Ở địa phương, việc tạo lập, khai thác cơ sở dữ liệu lý lịch tư pháp và cấp Phiếu chuyển từ Sở Tư pháp sang **Công an cấp tỉnh**.

## Đối chiếu với Điều 44 Luật Lý lịch tư pháp
Điều 44 chia thẩm quyền theo hai cấp, nay vẫn dùng để xác định nơi nộp, chỉ thay đổi cơ quan thực hiện:
- **Cấp trung ương**: công dân Việt Nam không xác định được nơi thường trú, tạm trú; người nước ngoài đã cư trú tại Việt Nam nay đã rời Việt Nam.
- **Cấp tỉnh**: công dân Việt Nam thường trú hoặc tạm trú trong nước; công dân Việt Nam đang cư trú ở nước ngoài (nộp ở nơi cư trú trước khi xuất cảnh); người nước ngoài đang cư trú tại Việt Nam.

## Hướng dẫn công dân
- Nộp trực tiếp tại bộ phận tiếp nhận của Công an cấp tỉnh, hoặc trực tuyến qua Cổng dịch vụ công, ứng dụng VNeID (nơi đã triển khai).
- Không hướng dẫn công dân đến Sở Tư pháp nộp hồ sơ mới.
- Biểu mẫu, trình tự thực hiện theo thủ tục hành chính do Công an cấp tỉnh công bố.`,
    category: "ly-lich-tu-phap",
    tags: ["thẩm quyền cấp phiếu", "nơi nộp hồ sơ", "chuyển giao", "công an cấp tỉnh"],
    citations: [
      { document: LLTP, article: "Điều 44" },
      { document: LLTP, article: "Điều 45" },
    ],
  },
  {
    ref: "KB-0006",
    title: "Hồ sơ yêu cầu cấp Phiếu lý lịch tư pháp số 1 của công dân",
    question:
      "Công dân cần chuẩn bị những giấy tờ gì khi yêu cầu cấp Phiếu lý lịch tư pháp số 1? Có còn phải nộp bản chụp sổ hộ khẩu không?",
    answer: `## Thành phần hồ sơ (Điều 45)
- **Tờ khai** yêu cầu cấp Phiếu lý lịch tư pháp theo mẫu.
- **Bản chụp giấy tờ tùy thân** của người được cấp Phiếu. Luật ghi “giấy chứng minh nhân dân hoặc hộ chiếu”; hiện nay dùng thẻ căn cước, thẻ căn cước công dân còn giá trị hoặc hộ chiếu. Chứng minh nhân dân chỉ có giá trị đến hết ngày 31/12/2024 (Điều 46 Luật Căn cước).
- **Giấy tờ về cư trú**: Luật ghi bản chụp sổ hộ khẩu hoặc giấy chứng nhận thường trú, tạm trú. Sổ hộ khẩu, sổ tạm trú chỉ có giá trị đến hết ngày 31/12/2022 (khoản 3 Điều 38 Luật Cư trú); thông tin cư trú nay được khai thác từ Cơ sở dữ liệu quốc gia về dân cư.
- Văn bản ủy quyền (nếu ủy quyền) hoặc giấy tờ chứng minh quan hệ cha, mẹ, vợ, chồng, con.
- Giấy tờ chứng minh thuộc diện miễn, giảm phí (nếu có).

## Nộp trực tuyến
Khi nộp qua Cổng dịch vụ công hoặc ứng dụng VNeID bằng tài khoản định danh điện tử, thông tin nhân thân, cư trú được xác thực từ Cơ sở dữ liệu quốc gia về dân cư; công dân không phải đính kèm bản chụp giấy tờ tùy thân.

## Kiểm tra khi tiếp nhận
- Đối chiếu bản chụp với bản chính; hồ sơ thiếu thì hướng dẫn bổ sung một lần, đầy đủ.
- Ghi rõ mục đích sử dụng và có yêu cầu ghi thông tin cấm đảm nhiệm chức vụ hay không.`,
    category: "ly-lich-tu-phap",
    tags: ["hồ sơ", "tờ khai", "sổ hộ khẩu", "phiếu số 1"],
    citations: [
      { document: LLTP, article: "Điều 45" },
      { document: CU_TRU, article: "Điều 38" },
      { document: CAN_CUOC, article: "Điều 46" },
    ],
  },
  {
    ref: "KB-0007",
    title: "Cơ quan tiến hành tố tụng yêu cầu cấp Phiếu lý lịch tư pháp số 2",
    question:
      "Cơ quan điều tra cần Phiếu lý lịch tư pháp số 2 của bị can thì gửi yêu cầu thế nào? Trường hợp khẩn cấp được giải quyết trong bao lâu?",
    answer: `## Căn cứ
- Khoản 2 Điều 7: cơ quan tiến hành tố tụng có quyền yêu cầu cấp Phiếu lý lịch tư pháp để phục vụ điều tra, truy tố, xét xử.
- Điều 41: Phiếu số 2 được cấp cho cơ quan tiến hành tố tụng.

## Cách gửi yêu cầu (khoản 1 Điều 46)
- Gửi **văn bản yêu cầu** đến cơ quan quản lý cơ sở dữ liệu lý lịch tư pháp, ghi rõ địa chỉ cơ quan yêu cầu, mục đích sử dụng Phiếu và thông tin về người cần cấp Phiếu: họ tên, giới tính, ngày sinh, nơi sinh, quốc tịch, nơi cư trú, số giấy tờ tùy thân, họ tên cha, mẹ, vợ, chồng.
- **Trường hợp khẩn cấp**, người có thẩm quyền của cơ quan tiến hành tố tụng có thể yêu cầu qua điện thoại, fax hoặc phương tiện khác, sau đó phải gửi văn bản yêu cầu.

## Thời hạn (Điều 48)
- Khẩn cấp: không quá **24 giờ** kể từ thời điểm nhận được yêu cầu.
- Các trường hợp khác: không quá 10 ngày; tối đa 15 ngày nếu phải tra cứu, xác minh ở nhiều nơi.

## Lưu ý nghiệp vụ
- Ghi số định danh cá nhân trong văn bản yêu cầu giúp tra cứu nhanh, tránh nhầm người trùng họ tên.
- Phiếu số 2 chỉ dùng đúng mục đích tố tụng đã nêu; không sao gửi cho cơ quan, cá nhân khác.`,
    category: "ly-lich-tu-phap",
    tags: ["phiếu số 2", "cơ quan tiến hành tố tụng", "khẩn cấp", "24 giờ"],
    citations: [
      { document: LLTP, article: "Điều 46" },
      { document: LLTP, article: "Điều 48" },
      { document: LLTP, article: "Điều 7" },
    ],
  },
  {
    ref: "KB-0008",
    title: "Từ chối cấp, đính chính và thu hồi Phiếu lý lịch tư pháp",
    question:
      "Khi nào cơ quan có thẩm quyền từ chối cấp Phiếu lý lịch tư pháp? Phiếu đã cấp có sai sót thì xử lý thế nào, công dân khiếu nại ở đâu?",
    answer: `## Từ chối cấp Phiếu (Điều 49)
Các trường hợp từ chối chủ yếu:
- Yêu cầu không thuộc thẩm quyền của cơ quan nhận hồ sơ;
- Người yêu cầu không có quyền yêu cầu loại Phiếu đó, ví dụ yêu cầu Phiếu số 2 của người khác;
- Giấy tờ kèm theo Tờ khai không đầy đủ hoặc giả mạo.
Khi từ chối phải **thông báo bằng văn bản, nêu rõ lý do**.

## Bổ sung, đính chính, thu hồi, hủy bỏ Phiếu (Điều 50)
- Phiếu đã cấp có sai sót thì được bổ sung, đính chính; người được cấp Phiếu có quyền đề nghị đính chính.
- Phiếu cấp không đúng quy định thì bị thu hồi, hủy bỏ.

## Khiếu nại (Điều 52)
Cá nhân, cơ quan, tổ chức yêu cầu cấp Phiếu có quyền khiếu nại quyết định, hành vi của cơ quan, người có thẩm quyền khi cho rằng quyết định, hành vi đó trái pháp luật, xâm phạm quyền, lợi ích hợp pháp của mình, ví dụ từ chối cấp Phiếu không có căn cứ, chậm cấp Phiếu, ghi sai nội dung.

## Tình huống thường gặp
- Thông tin trên Tờ khai không khớp dữ liệu dân cư (sai ngày sinh, chữ đệm): hướng dẫn công dân điều chỉnh thông tin trước khi nộp lại.
- Sai sót do thông tin án tích chưa được cập nhật: phối hợp cơ quan đã cung cấp thông tin để bổ sung, đính chính trước khi cấp lại Phiếu.`,
    category: "ly-lich-tu-phap",
    tags: ["từ chối cấp phiếu", "đính chính", "thu hồi phiếu", "khiếu nại"],
    citations: [
      { document: LLTP, article: "Điều 49" },
      { document: LLTP, article: "Điều 50" },
      { document: LLTP, article: "Điều 52" },
    ],
  },
  {
    ref: "KB-0009",
    title: "Phiếu lý lịch tư pháp có giá trị sử dụng trong bao lâu",
    question:
      "Luật có quy định Phiếu lý lịch tư pháp chỉ dùng trong 6 tháng không? Nơi nhận hồ sơ không chấp nhận Phiếu cấp đã lâu thì hướng dẫn công dân thế nào?",
    answer: `## Luật không ấn định hạn dùng chung
Luật Lý lịch tư pháp 2009 không quy định thời hạn sử dụng chung cho Phiếu. Phiếu xác nhận tình trạng án tích và thông tin về cấm đảm nhiệm chức vụ **tại thời điểm cấp** (Điều 41, Điều 42).

## Hạn dùng do từng lĩnh vực quy định
- Nhiều thủ tục hành chính chuyên ngành yêu cầu Phiếu được cấp không quá 06 tháng hoặc 01 năm tính đến ngày nộp hồ sơ.
- Khi văn bản chuyên ngành có quy định thì nơi nhận hồ sơ được yêu cầu Phiếu còn trong thời hạn đó.
- Khi không có quy định, nơi nhận hồ sơ vẫn có thể đề nghị Phiếu mới để phản ánh tình trạng án tích gần nhất; đây là yêu cầu của thủ tục đó chứ không phải do Phiếu “hết hạn” theo Luật Lý lịch tư pháp.

## Hướng dẫn công dân
- Hỏi nơi nhận hồ sơ căn cứ yêu cầu về thời hạn (văn bản nào, bao lâu).
- Cần dùng cho nhiều thủ tục thì nên đề nghị cấp nhiều bản ngay trong một lần yêu cầu.
- Phiếu dùng ở nước ngoài có thể phải dịch và hợp pháp hóa lãnh sự; thời hạn chấp nhận do nước tiếp nhận quyết định.`,
    category: "ly-lich-tu-phap",
    tags: ["giá trị sử dụng", "hạn dùng", "6 tháng"],
    citations: [
      { document: LLTP, article: "Điều 41" },
      { document: LLTP, article: "Điều 42" },
    ],
  },
  {
    ref: "KB-0010",
    title: "Cơ quan, tổ chức yêu cầu cấp Phiếu lý lịch tư pháp số 1 để quản lý nhân sự",
    question:
      "Cơ quan muốn có Phiếu lý lịch tư pháp của người dự tuyển thì có tự gửi yêu cầu được không? Văn bản yêu cầu cần những nội dung gì?",
    answer: `## Ai được yêu cầu
Khoản 3 Điều 7: **cơ quan nhà nước, tổ chức chính trị, tổ chức chính trị - xã hội** có quyền yêu cầu cấp Phiếu lý lịch tư pháp để phục vụ công tác quản lý nhân sự, hoạt động đăng ký kinh doanh, thành lập, quản lý doanh nghiệp, hợp tác xã. Loại Phiếu được cấp là **Phiếu số 1** (Điều 41).
Doanh nghiệp và tổ chức khác không thuộc nhóm này thì đề nghị người lao động tự xin Phiếu.

## Cách thực hiện (khoản 3 Điều 45)
- Gửi **văn bản yêu cầu** đến cơ quan cấp Phiếu nơi người được cấp Phiếu thường trú hoặc tạm trú; không xác định được nơi thường trú, tạm trú thì gửi cơ quan quản lý cơ sở dữ liệu lý lịch tư pháp ở trung ương.
- Văn bản ghi rõ địa chỉ cơ quan, tổ chức yêu cầu, **mục đích sử dụng** Phiếu và thông tin nhân thân của người được cấp Phiếu.
- Nếu cần thông tin về việc cấm đảm nhiệm chức vụ, thành lập, quản lý doanh nghiệp, hợp tác xã thì phải ghi rõ trong văn bản; không yêu cầu thì Phiếu không ghi nội dung này (Điều 42).

## Lưu ý
- Thông tin trên Phiếu là dữ liệu cá nhân, chỉ dùng đúng mục đích đã nêu trong văn bản yêu cầu.
- Không dùng Phiếu số 2 cho mục đích quản lý nhân sự; Phiếu số 2 chỉ cấp cho cơ quan tiến hành tố tụng hoặc cho chính cá nhân.`,
    category: "ly-lich-tu-phap",
    tags: ["quản lý nhân sự", "cơ quan tổ chức yêu cầu", "phiếu số 1"],
    citations: [
      { document: LLTP, article: "Điều 7" },
      { document: LLTP, article: "Điều 45" },
    ],
  },

  // ================= Xóa án tích =================
  {
    ref: "KB-0011",
    title: "Đương nhiên được xóa án tích: điều kiện và thời hạn",
    question:
      "Người bị kết án trong trường hợp nào thì đương nhiên được xóa án tích? Thời hạn tính từ khi nào và dài bao lâu?",
    answer: `## Phạm vi (khoản 1 Điều 70)
Áp dụng với người bị kết án về các tội **không thuộc** Chương XIII (các tội xâm phạm an ninh quốc gia) và Chương XXVI (các tội phá hoại hòa bình, chống loài người và tội phạm chiến tranh).

## Điều kiện (khoản 2 Điều 70)
Từ khi chấp hành xong hình phạt chính hoặc hết thời gian thử thách án treo, người bị kết án đã chấp hành xong hình phạt bổ sung, **các quyết định khác của bản án**, và **không phạm tội mới** trong thời hạn:
- **01 năm**: phạt cảnh cáo, phạt tiền, cải tạo không giam giữ, phạt tù nhưng được hưởng án treo;
- **02 năm**: phạt tù đến 05 năm;
- **03 năm**: phạt tù từ trên 05 năm đến 15 năm;
- **05 năm**: phạt tù từ trên 15 năm, tù chung thân hoặc tử hình nhưng đã được giảm án.

Nếu đang chấp hành hình phạt bổ sung là quản chế, cấm cư trú, cấm đảm nhiệm chức vụ, cấm hành nghề hoặc làm công việc nhất định, tước một số quyền công dân mà thời hạn dài hơn các mức 01, 02, 03 năm nêu trên thì thời hạn hết vào lúc chấp hành xong hình phạt bổ sung đó.

## Hết thời hiệu thi hành bản án (khoản 3 Điều 70)
Tính từ khi hết thời hiệu, nếu không phạm tội mới trong các thời hạn trên.

## Ai xác nhận
Không cần quyết định của Tòa án. Cơ quan quản lý cơ sở dữ liệu lý lịch tư pháp cập nhật tình trạng án tích và cấp Phiếu ghi “không có án tích” khi đủ điều kiện (khoản 4 Điều 70).`,
    category: "xoa-an-tich",
    tags: ["đương nhiên xóa án tích", "thời hạn xóa án tích", "án treo", "hình phạt bổ sung"],
    citations: [
      { document: BLHS, article: "Điều 70" },
      { document: BLHS, article: "Điều 69" },
    ],
  },
  {
    ref: "KB-0012",
    title: "Xóa án tích theo quyết định của Tòa án",
    question:
      "Người bị kết án về tội xâm phạm an ninh quốc gia muốn được xóa án tích thì làm thủ tục thế nào, sau bao lâu? Bị bác đơn thì khi nào được xin lại?",
    answer: `## Phạm vi (khoản 1 Điều 71)
Áp dụng với người bị kết án về các tội thuộc **Chương XIII** (xâm phạm an ninh quốc gia) và **Chương XXVI** (phá hoại hòa bình, chống loài người và tội phạm chiến tranh). Tòa án quyết định căn cứ tính chất tội phạm, thái độ chấp hành pháp luật, thái độ lao động của người bị kết án và điều kiện về thời hạn.

## Điều kiện thời hạn (khoản 2, khoản 3 Điều 71)
Từ khi chấp hành xong hình phạt chính hoặc hết thời gian thử thách án treo, đã chấp hành xong hình phạt bổ sung, các quyết định khác của bản án và không phạm tội mới trong thời hạn:
- **03 năm**: phạt cảnh cáo, phạt tiền, cải tạo không giam giữ hoặc phạt tù đến 05 năm;
- **05 năm**: phạt tù từ trên 05 năm đến 15 năm;
- **07 năm**: phạt tù từ trên 15 năm, tù chung thân hoặc tử hình nhưng đã được giảm án.
Trường hợp hết thời hiệu thi hành bản án thì tính từ khi hết thời hiệu.

## Bị bác đơn (khoản 4 Điều 71)
- Lần đầu: sau **01 năm** kể từ ngày bị bác đơn mới được xin lại.
- Từ lần thứ hai trở đi: sau **02 năm**.

## Thủ tục (Điều 369 Bộ luật Tố tụng hình sự)
Người bị kết án làm đơn gửi **Tòa án đã xét xử sơ thẩm**, kèm nhận xét của chính quyền địa phương nơi cư trú hoặc cơ quan, tổ chức nơi làm việc, học tập. Tòa án chuyển tài liệu cho Viện kiểm sát cùng cấp cho ý kiến; Chánh án ra quyết định xóa án tích hoặc bác đơn. Quyết định xóa án tích được gửi cơ quan quản lý cơ sở dữ liệu lý lịch tư pháp để cập nhật.`,
    category: "xoa-an-tich",
    tags: ["quyết định của tòa án", "xâm phạm an ninh quốc gia", "bác đơn"],
    citations: [
      { document: BLHS, article: "Điều 71" },
      { document: BLTTHS, article: "Điều 369" },
    ],
  },
  {
    ref: "KB-0013",
    title: "Xóa án tích trong trường hợp đặc biệt",
    question:
      "Người bị kết án có tiến bộ, đã lập công thì có được xóa án tích sớm hơn thời hạn thông thường không? Điều kiện thế nào?",
    answer: `## Căn cứ (Điều 72)
Tòa án quyết định xóa án tích trong trường hợp đặc biệt khi có đủ các điều kiện:
- Người bị kết án có **biểu hiện tiến bộ rõ rệt** và **đã lập công**;
- Được **cơ quan, tổ chức nơi người đó công tác** hoặc **chính quyền địa phương nơi người đó cư trú đề nghị**;
- Đã bảo đảm được **ít nhất một phần ba** thời hạn quy định tại khoản 2 Điều 70 (đương nhiên xóa án tích) hoặc khoản 2 Điều 71 (xóa án tích theo quyết định của Tòa án).

## Ví dụ tính một phần ba thời hạn
- Bị phạt tù 03 năm về tội không thuộc Chương XIII, XXVI: thời hạn thông thường 02 năm, nên phải qua ít nhất 08 tháng.
- Bị phạt tù 10 năm về tội xâm phạm an ninh quốc gia: thời hạn thông thường 05 năm, nên phải qua ít nhất 01 năm 08 tháng.

## Lưu ý
- Đây là trường hợp **Tòa án quyết định**, kể cả khi tội danh thuộc diện đương nhiên được xóa án tích; cơ quan cấp Phiếu lý lịch tư pháp không tự áp dụng.
- Hồ sơ đề nghị cần thể hiện rõ việc lập công (quyết định khen thưởng, xác nhận của cơ quan có thẩm quyền) và văn bản đề nghị của cơ quan, tổ chức hoặc chính quyền địa phương.
- Sau khi có quyết định, cơ quan quản lý cơ sở dữ liệu lý lịch tư pháp cập nhật “đã được xóa án tích”.`,
    category: "xoa-an-tich",
    tags: ["trường hợp đặc biệt", "lập công", "một phần ba thời hạn"],
    citations: [
      { document: BLHS, article: "Điều 72" },
      { document: BLHS, article: "Điều 70" },
      { document: BLHS, article: "Điều 71" },
    ],
  },
  {
    ref: "KB-0014",
    title: "Cách tính thời hạn để xóa án tích khi phạm tội mới hoặc phạm nhiều tội",
    question:
      "Thời hạn xóa án tích căn cứ vào đâu? Người chưa được xóa án tích lại phạm tội mới thì thời hạn xóa án tích cũ tính lại thế nào?",
    answer: `## Nguyên tắc (Điều 73)
1. Thời hạn xóa án tích theo Điều 70, Điều 71 căn cứ vào **hình phạt chính đã tuyên**.
2. Người chưa được xóa án tích mà **thực hiện hành vi phạm tội mới** và bị kết án bằng bản án có hiệu lực pháp luật thì thời hạn xóa án tích cũ được **tính lại** kể từ ngày chấp hành xong hình phạt chính hoặc thời gian thử thách án treo của **bản án mới**, hoặc từ ngày bản án mới hết thời hiệu thi hành.
3. Người phạm nhiều tội, có tội thuộc diện đương nhiên được xóa án tích và có tội thuộc diện xóa án tích theo quyết định của Tòa án, thì Tòa án quyết định việc xóa án tích căn cứ thời hạn tại Điều 71.
4. Người được **miễn chấp hành phần hình phạt còn lại** cũng được coi như đã chấp hành xong hình phạt.

## Ví dụ
- Bản án thứ nhất: phạt tù 02 năm, chấp hành xong hình phạt chính tháng 3/2021.
- Tháng 10/2022 (chưa đủ 02 năm) phạm tội mới; bản án thứ hai: phạt tù 01 năm cho hưởng án treo, hết thời gian thử thách tháng 02/2025.
- Án tích của bản án thứ hai: 01 năm sau khi hết thử thách, sớm nhất tháng 02/2026.
- Án tích của bản án thứ nhất tính lại từ tháng 02/2025, thời hạn 02 năm, sớm nhất tháng 02/2027.

Các mốc trên chỉ đúng khi đã thi hành xong hình phạt bổ sung, các quyết định khác của cả hai bản án và không phạm tội mới.

## Khi xác minh
Cần đủ ngày chấp hành xong của từng bản án; thiếu thì đề nghị cơ quan thi hành án cung cấp trước khi kết luận.`,
    category: "xoa-an-tich",
    tags: ["cách tính thời hạn", "phạm tội mới", "tính lại thời hạn", "nhiều bản án"],
    citations: [
      { document: BLHS, article: "Điều 73" },
      { document: BLHS, article: "Điều 70" },
    ],
  },
  {
    ref: "KB-0015",
    title: "Những trường hợp không bị coi là có án tích",
    question:
      "Có phải mọi người bị Tòa án kết án đều có án tích không? Người được miễn hình phạt hoặc phạm tội do vô ý thì Phiếu lý lịch tư pháp số 1 ghi thế nào?",
    answer: `## Quy định (khoản 2 Điều 69)
Các trường hợp sau **không bị coi là có án tích**:
- Người bị kết án do **lỗi vô ý** về tội phạm **ít nghiêm trọng** hoặc tội phạm **nghiêm trọng**;
- Người được **miễn hình phạt**.

Với người dưới 18 tuổi, Điều 107 quy định thêm các trường hợp được coi là không có án tích.

## Phân biệt để tránh nhầm
- Phạm tội do lỗi vô ý nhưng thuộc loại **rất nghiêm trọng** hoặc **đặc biệt nghiêm trọng** thì vẫn có án tích và phải xét điều kiện xóa án tích.
- Loại tội phạm xác định theo **mức cao nhất của khung hình phạt** mà Bộ luật Hình sự quy định đối với tội đó (Điều 9), không theo mức án Tòa án đã tuyên.
- Người được miễn hình phạt khác với người được miễn chấp hành hình phạt: trường hợp sau vẫn có án tích và áp dụng quy định xóa án tích.

## Ghi Phiếu lý lịch tư pháp
Với Phiếu số 1, người thuộc các trường hợp trên được ghi “không có án tích”. Khi giải đáp, nên đọc kỹ bản án để xác định đúng hình thức lỗi và điều khoản áp dụng.

## Hệ quả
Vì không có án tích, bản án đó không được dùng làm căn cứ xác định tái phạm nếu người này phạm tội sau này.`,
    category: "xoa-an-tich",
    tags: ["không có án tích", "lỗi vô ý", "miễn hình phạt"],
    citations: [
      { document: BLHS, article: "Điều 69" },
      { document: BLHS, article: "Điều 9" },
    ],
  },
  {
    ref: "KB-0016",
    title: "Xóa án tích đối với người dưới 18 tuổi bị kết án",
    question:
      "Người phạm tội khi chưa đủ 18 tuổi thì có án tích không? Nếu có thì thời hạn xóa án tích ngắn hơn người thành niên thế nào?",
    answer: `## Được coi là không có án tích (khoản 1 Điều 107)
- Người từ đủ 14 tuổi đến dưới 16 tuổi;
- Người từ đủ 16 tuổi đến dưới 18 tuổi bị kết án về tội phạm ít nghiêm trọng, tội phạm nghiêm trọng, hoặc tội phạm rất nghiêm trọng do vô ý;
- Người bị áp dụng biện pháp giáo dục tại trường giáo dưỡng (biện pháp tư pháp tại Mục 3 Chương XII).

## Đương nhiên được xóa án tích với thời hạn rút ngắn (khoản 2 Điều 107)
Người từ đủ 16 tuổi đến dưới 18 tuổi bị kết án về tội phạm rất nghiêm trọng do cố ý hoặc tội phạm đặc biệt nghiêm trọng đương nhiên được xóa án tích nếu từ khi chấp hành xong hình phạt chính, hết thời gian thử thách án treo hoặc hết thời hiệu thi hành bản án, không phạm tội mới trong thời hạn:
- **06 tháng**: phạt cảnh cáo, phạt tiền, cải tạo không giam giữ, phạt tù cho hưởng án treo;
- **01 năm**: phạt tù đến 05 năm;
- **02 năm**: phạt tù từ trên 05 năm đến 15 năm;
- **03 năm**: phạt tù trên 15 năm.

## Lưu ý khi xác minh
- Độ tuổi xác định theo **thời điểm thực hiện hành vi phạm tội**, không theo thời điểm xét xử hay thời điểm xin Phiếu.
- Đối chiếu bản án để xác định đúng loại tội phạm và lỗi cố ý hay vô ý.
- Phiếu số 1 ghi “không có án tích” đối với các trường hợp tại khoản 1 và trường hợp đã đủ điều kiện tại khoản 2.`,
    category: "xoa-an-tich",
    tags: ["người chưa thành niên", "người dưới 18 tuổi", "thời hạn rút ngắn"],
    citations: [{ document: BLHS, article: "Điều 107" }],
  },
  {
    ref: "KB-0017",
    title: "Chưa thi hành xong án phí, bồi thường có được xóa án tích không",
    question:
      "Người bị kết án đã chấp hành xong hình phạt tù hoặc hết thời gian thử thách án treo nhưng chưa nộp xong án phí, tiền bồi thường thì đã được xóa án tích chưa?",
    answer: `## Quy định
Khoản 2 Điều 70 (và khoản 2 Điều 71) yêu cầu: từ khi chấp hành xong hình phạt chính hoặc hết thời gian thử thách án treo, người bị kết án **đã chấp hành xong hình phạt bổ sung, các quyết định khác của bản án** và không phạm tội mới trong thời hạn luật định.

## Cách hiểu khi giải đáp
- Mốc bắt đầu tính thời hạn là khi **chấp hành xong hình phạt chính** hoặc hết thời gian thử thách án treo. Khác với Bộ luật Hình sự 1999, không phải chờ nộp xong án phí, bồi thường mới bắt đầu tính.
- Nhưng để được xóa án tích, người đó phải **đã thi hành xong** các quyết định khác của bản án: án phí, bồi thường thiệt hại, tiền phạt (nếu là hình phạt bổ sung), truy thu... Chưa thi hành xong thì chưa đủ điều kiện; Phiếu số 1 vẫn ghi “có án tích”.
- Khi người đó đã thi hành xong nghĩa vụ và các điều kiện khác được đáp ứng thì xem xét xóa án tích. Tình huống cụ thể có vướng mắc về thời điểm, nên trao đổi với cơ quan quản lý cơ sở dữ liệu lý lịch tư pháp trước khi trả lời công dân.

## Giấy tờ chứng minh
- Quyết định, văn bản xác nhận của cơ quan thi hành án dân sự về kết quả thi hành án (đã thi hành xong, được miễn, giảm...);
- Biên lai nộp án phí, tiền phạt.
Công dân không còn giữ giấy tờ thì cơ quan cấp Phiếu phối hợp cơ quan thi hành án dân sự để xác minh.`,
    category: "xoa-an-tich",
    tags: ["án phí", "bồi thường", "quyết định khác của bản án", "thi hành án dân sự"],
    citations: [
      { document: BLHS, article: "Điều 70" },
      { document: BLHS, article: "Điều 71" },
    ],
  },
  {
    ref: "KB-0018",
    title: "Xác minh điều kiện đương nhiên được xóa án tích khi cấp Phiếu lý lịch tư pháp",
    question:
      "Người đương nhiên được xóa án tích có phải xin giấy chứng nhận xóa án tích của Tòa án không? Cơ quan nào xác minh, cập nhật và trong thời hạn bao lâu?",
    answer: `## Không cần giấy chứng nhận của Tòa án
Theo Bộ luật Hình sự 2015, việc xác định đương nhiên được xóa án tích thuộc trách nhiệm của **cơ quan quản lý cơ sở dữ liệu lý lịch tư pháp**: cập nhật tình hình án tích và khi có yêu cầu thì cấp Phiếu xác nhận không có án tích nếu đủ điều kiện (khoản 4 Điều 70). Công dân không phải đến Tòa án xin giấy chứng nhận như thời Bộ luật Hình sự 1999.

## Thời hạn
- Khoản 1 Điều 369 Bộ luật Tố tụng hình sự: trong **05 ngày** kể từ ngày nhận được yêu cầu của người được đương nhiên xóa án tích và xét thấy đủ điều kiện, cơ quan quản lý cơ sở dữ liệu lý lịch tư pháp cấp Phiếu là họ không có án tích.
- Điều 48 Luật Lý lịch tư pháp: trường hợp phải xác minh điều kiện đương nhiên được xóa án tích, thời hạn cấp Phiếu không quá **15 ngày**.

## Nội dung xác minh
- Ngày chấp hành xong hình phạt chính, hết thời gian thử thách án treo (văn bản của cơ quan thi hành án hình sự);
- Kết quả thi hành hình phạt bổ sung và các quyết định khác của bản án (cơ quan thi hành án dân sự);
- Có hay không phạm tội mới trong thời hạn (cơ sở dữ liệu lý lịch tư pháp, tàng thư của cơ quan Công an, Tòa án).

## Sau xác minh
Nghị định 111/2010/NĐ-CP hướng dẫn việc phối hợp xác minh. Đủ điều kiện thì ghi “đã được xóa án tích” vào Lý lịch tư pháp (Điều 33 Luật Lý lịch tư pháp) và Phiếu số 1 ghi “không có án tích”.`,
    category: "xoa-an-tich",
    tags: ["xác minh", "giấy chứng nhận xóa án tích", "cập nhật lý lịch tư pháp", "phối hợp xác minh"],
    citations: [
      { document: BLHS, article: "Điều 70" },
      { document: BLTTHS, article: "Điều 369" },
      { document: ND111, article: "Điều 17" },
    ],
  },

  // ================= Căn cước, cư trú và định danh =================
  {
    ref: "KB-0019",
    title: "Cấp thẻ căn cước cho trẻ em dưới 14 tuổi",
    question:
      "Trẻ em dưới 14 tuổi có được cấp thẻ căn cước không? Thủ tục cho trẻ dưới 6 tuổi và từ 6 đến dưới 14 tuổi khác nhau thế nào?",
    answer: `## Đối tượng (Điều 19)
- Công dân từ đủ 14 tuổi trở lên **phải** làm thủ tục cấp thẻ căn cước.
- Công dân **dưới 14 tuổi được cấp theo nhu cầu**, không bắt buộc.

## Thủ tục theo độ tuổi (khoản 2 Điều 23)
**Dưới 06 tuổi**
- Người đại diện hợp pháp làm thủ tục qua **Cổng dịch vụ công** hoặc **ứng dụng định danh quốc gia (VNeID)**.
- Trẻ chưa đăng ký khai sinh: làm qua thủ tục **liên thông với đăng ký khai sinh** trên cổng dịch vụ công, VNeID hoặc trực tiếp tại cơ quan quản lý căn cước.
- **Không thu nhận** thông tin nhân dạng và sinh trắc học; thẻ cấp cho trẻ dưới 06 tuổi không có ảnh khuôn mặt.

**Từ đủ 06 tuổi đến dưới 14 tuổi**
- Trẻ **cùng người đại diện hợp pháp** đến cơ quan quản lý căn cước để thu nhận thông tin nhân dạng, sinh trắc học.
- Người đại diện hợp pháp thực hiện thủ tục thay cho trẻ.

## Lưu ý khi hướng dẫn
- Thẻ cấp cho trẻ dưới 14 tuổi phải **cấp đổi khi đủ 14 tuổi** (Điều 21).
- Kiểm tra thông tin của trẻ trong Cơ sở dữ liệu quốc gia về dân cư trước; thông tin sai phải điều chỉnh xong mới cấp thẻ.
- Thời hạn cấp không quá 07 ngày làm việc kể từ ngày nhận đủ hồ sơ (Điều 26).`,
    category: "can-cuoc",
    tags: ["trẻ em", "dưới 14 tuổi", "dưới 6 tuổi", "thẻ căn cước"],
    citations: [
      { document: CAN_CUOC, article: "Điều 19" },
      { document: CAN_CUOC, article: "Điều 23" },
      { document: CAN_CUOC, article: "Điều 21" },
    ],
  },
  {
    ref: "KB-0020",
    title: "Độ tuổi phải cấp đổi thẻ căn cước",
    question:
      "Công dân phải đổi thẻ căn cước ở những độ tuổi nào? Thẻ vừa làm ít lâu trước mốc tuổi có phải đổi ngay không?",
    answer: `## Mốc tuổi cấp đổi (khoản 1 Điều 21)
Công dân đã được cấp thẻ căn cước phải làm thủ tục cấp đổi khi đủ **14 tuổi, 25 tuổi, 40 tuổi và 60 tuổi**.

## Thẻ cấp trong vòng 02 năm trước mốc tuổi (khoản 2 Điều 21)
Thẻ được cấp, cấp đổi, cấp lại trong thời hạn **02 năm trước** độ tuổi cấp đổi thì có giá trị sử dụng **đến tuổi cấp đổi tiếp theo**.
Ví dụ: công dân được cấp thẻ khi 23 tuổi 6 tháng thì không phải đổi lúc 25 tuổi mà dùng đến khi đủ 40 tuổi.

## Từ 60 tuổi
Sau mốc 60 tuổi không còn mốc cấp đổi theo độ tuổi; chỉ cấp đổi, cấp lại khi thuộc các trường hợp tại Điều 24 (thay đổi thông tin, sai sót, mất, hư hỏng...).

## Thẻ căn cước công dân cấp trước 01/7/2024
Có giá trị đến hết thời hạn in trên thẻ (khoản 1 Điều 46). Đến hạn thì công dân làm thủ tục cấp đổi sang thẻ căn cước.

## Gợi ý
- Hướng dẫn công dân xem ngày hết hạn ở mặt trước thẻ hoặc trên ứng dụng VNeID để chủ động đổi đúng hạn.
- Thẻ quá hạn thì không còn giá trị để xuất trình khi làm thủ tục hành chính, giao dịch.`,
    category: "can-cuoc",
    tags: ["cấp đổi", "độ tuổi", "thẻ căn cước", "hết hạn"],
    citations: [
      { document: CAN_CUOC, article: "Điều 21" },
      { document: CAN_CUOC, article: "Điều 46" },
    ],
  },
  {
    ref: "KB-0021",
    title: "Các trường hợp cấp đổi, cấp lại thẻ căn cước và thời hạn giải quyết",
    question:
      "Khi nào công dân được cấp đổi, khi nào được cấp lại thẻ căn cước? Bao lâu thì có thẻ?",
    answer: `## Cấp đổi (khoản 1 Điều 24)
- Đến độ tuổi cấp đổi theo Điều 21;
- Thay đổi, cải chính họ, chữ đệm, tên khai sinh; ngày, tháng, năm sinh;
- Thay đổi nhân dạng; bổ sung thông tin ảnh khuôn mặt, vân tay; xác định lại giới tính hoặc chuyển đổi giới tính theo quy định của pháp luật;
- Thông tin in trên thẻ có sai sót;
- Theo yêu cầu của người được cấp thẻ khi thông tin trên thẻ thay đổi do sắp xếp đơn vị hành chính;
- Xác lập lại số định danh cá nhân;
- Khi người được cấp thẻ có yêu cầu.

## Cấp lại (khoản 2 Điều 24)
- Thẻ bị **mất** hoặc bị **hư hỏng** không sử dụng được;
- Được **trở lại quốc tịch Việt Nam**.

## Thời hạn (Điều 26)
Không quá **07 ngày làm việc** kể từ ngày cơ quan quản lý căn cước nhận đủ hồ sơ.

## Lưu ý
- Thay đổi thông tin nhân thân (ví dụ sau khi cải chính hộ tịch) phải được cập nhật vào Cơ sở dữ liệu quốc gia về dân cư trước khi cấp đổi.
- Mức phí cấp đổi, cấp lại và các trường hợp miễn phí thực hiện theo quy định hiện hành của Bộ Tài chính; hướng dẫn công dân kiểm tra khi nộp hồ sơ trên Cổng dịch vụ công.`,
    category: "can-cuoc",
    tags: ["cấp đổi", "cấp lại", "mất thẻ", "7 ngày làm việc"],
    citations: [
      { document: CAN_CUOC, article: "Điều 24" },
      { document: CAN_CUOC, article: "Điều 26" },
    ],
  },
  {
    ref: "KB-0022",
    title: "Giá trị của chứng minh nhân dân, thẻ căn cước công dân sau khi Luật Căn cước có hiệu lực",
    question:
      "Thẻ căn cước công dân và chứng minh nhân dân cũ còn dùng được không? Giấy tờ đã cấp ghi số chứng minh nhân dân có phải điều chỉnh không?",
    answer: `## Quy định chuyển tiếp (Điều 46 Luật Căn cước)
- **Thẻ căn cước công dân** cấp trước ngày 01/7/2024 có giá trị sử dụng **đến hết thời hạn in trên thẻ**; công dân có nhu cầu thì được cấp đổi sang thẻ căn cước.
- **Chứng minh nhân dân** còn hạn đến sau ngày 31/12/2024 thì chỉ có giá trị **đến hết ngày 31/12/2024**. Từ 01/01/2025, chứng minh nhân dân không còn giá trị sử dụng.
- Thẻ căn cước công dân, chứng minh nhân dân hết hạn từ ngày 15/01/2024 đến trước ngày 30/6/2024 được tiếp tục sử dụng đến hết ngày 30/6/2024 (quy định này nay đã hết tác dụng).

## Giấy tờ đã cấp có thông tin chứng minh nhân dân, căn cước công dân
Khoản 2 Điều 46: giấy tờ có giá trị pháp lý đã phát hành có sử dụng thông tin từ chứng minh nhân dân, căn cước công dân **được giữ nguyên giá trị**; cơ quan nhà nước **không được yêu cầu** công dân thay đổi, điều chỉnh thông tin này trong giấy tờ đã cấp.

## Áp dụng trong công tác hồ sơ
- Hồ sơ cũ chỉ có số chứng minh nhân dân 9 số hoặc 12 số thì đối chiếu với số định danh cá nhân qua Cơ sở dữ liệu quốc gia về dân cư; hạn chế yêu cầu công dân nộp thêm giấy xác nhận khi đã khai thác được dữ liệu.
- Văn bản quy phạm pháp luật ban hành trước ngày 01/7/2024 còn nhắc chứng minh nhân dân, căn cước công dân thì áp dụng như đối với thẻ căn cước cho đến khi được sửa đổi (khoản 4 Điều 46).`,
    category: "can-cuoc",
    tags: ["chứng minh nhân dân", "căn cước công dân", "chuyển tiếp", "giá trị sử dụng"],
    citations: [{ document: CAN_CUOC, article: "Điều 46" }],
  },
  {
    ref: "KB-0023",
    title: "Đăng ký tạm trú và giá trị của sổ hộ khẩu, sổ tạm trú",
    question:
      "Khi nào công dân phải đăng ký tạm trú, thời hạn tạm trú tối đa bao lâu? Sổ hộ khẩu, sổ tạm trú còn dùng để chứng minh nơi cư trú được không?",
    answer: `## Đăng ký tạm trú (Điều 27 Luật Cư trú)
- Công dân đến sinh sống tại chỗ ở hợp pháp **ngoài phạm vi đơn vị hành chính cấp xã** nơi đã đăng ký thường trú để lao động, học tập hoặc vì mục đích khác **từ 30 ngày trở lên** thì phải đăng ký tạm trú.
- Thời hạn tạm trú **tối đa 02 năm** và có thể **gia hạn nhiều lần**.
- Hết thời hạn mà vẫn tiếp tục sinh sống tại chỗ ở đó thì công dân phải làm thủ tục gia hạn tạm trú.

## Sổ hộ khẩu, sổ tạm trú
- Theo khoản 3 Điều 38, sổ hộ khẩu, sổ tạm trú đã cấp chỉ được sử dụng như giấy tờ xác nhận cư trú **đến hết ngày 31/12/2022**.
- Từ 01/01/2023, thông tin cư trú được quản lý trên Cơ sở dữ liệu về cư trú và Cơ sở dữ liệu quốc gia về dân cư. Khi cần chứng minh, công dân dùng thẻ căn cước, ứng dụng VNeID hoặc đề nghị cấp giấy xác nhận thông tin về cư trú.

## Lưu ý khi giải quyết thủ tục liên quan
- Không yêu cầu công dân nộp bản chụp sổ hộ khẩu, kể cả khi văn bản cũ còn ghi thành phần hồ sơ này (ví dụ Điều 45 Luật Lý lịch tư pháp).
- Khi tra cứu hồ sơ cũ, địa chỉ ghi theo sổ hộ khẩu trước đây chỉ có giá trị tham khảo; đối chiếu với dữ liệu cư trú hiện hành trước khi sử dụng.`,
    category: "can-cuoc",
    tags: ["tạm trú", "cư trú", "sổ hộ khẩu", "30 ngày"],
    citations: [
      { document: CU_TRU, article: "Điều 27" },
      { document: CU_TRU, article: "Điều 38" },
    ],
  },

  // ================= Hồ sơ nghiệp vụ, tra cứu, lưu trữ =================
  {
    ref: "KB-0024",
    title: "Tiếp nhận, kiểm tra hồ sơ nghiệp vụ trước khi đăng ký",
    question:
      "Khi đơn vị chuyển hồ sơ nghiệp vụ đến Phòng Hồ sơ để đăng ký, cán bộ tiếp nhận cần kiểm tra những gì? Hồ sơ chưa đạt yêu cầu thì xử lý thế nào?",
    answer: `## Mục đích
Đăng ký hồ sơ nghiệp vụ bảo đảm mỗi hồ sơ được quản lý thống nhất, tra cứu được và không trùng lặp. Việc tiếp nhận thực hiện theo quy định của Bộ Công an về công tác hồ sơ nghiệp vụ và hướng dẫn của đơn vị chức năng.

## Nội dung cần kiểm tra
- **Thẩm quyền**: văn bản đề nghị đăng ký do lãnh đạo có thẩm quyền của đơn vị lập hồ sơ ký.
- **Thông tin nhận dạng**: họ tên, tên gọi khác, ngày sinh, nơi cư trú, số định danh cá nhân (nếu có) ghi đầy đủ và thống nhất giữa các tài liệu.
- **Tra cứu trùng**: tra cứu trước khi cấp số đăng ký; người hoặc vụ việc đã có hồ sơ thì hướng dẫn bổ sung vào hồ sơ đã có thay vì lập mới.
- **Thành phần, thể thức**: biểu mẫu đúng mẫu, tài liệu được đánh số tờ, có mục lục; tài liệu chứa bí mật nhà nước phải được xác định và đóng dấu độ mật đúng quy định.
- **Tình trạng vật lý**: tài liệu không rách nát, chữ rõ; ảnh, chỉ bản (nếu có) đạt yêu cầu kỹ thuật.

## Khi hồ sơ chưa đạt
- Ghi rõ nội dung thiếu, sai vào phiếu hoặc biên bản và trả lại đơn vị để hoàn chỉnh; không tự sửa thay đơn vị lập hồ sơ.
- Theo dõi trong sổ để đôn đốc, tránh thất lạc.

## Sau khi đăng ký
Vào sổ và phần mềm đăng ký, cập nhật thông tin phục vụ tra cứu, thông báo số đăng ký cho đơn vị lập hồ sơ.`,
    category: "ho-so-nghiep-vu",
    tags: ["tiếp nhận hồ sơ", "đăng ký hồ sơ", "tra cứu trùng", "bảo mật"],
    citations: [{ document: TT44, article: "" }],
  },
  {
    ref: "KB-0025",
    title: "Đề nghị tra cứu, khai thác hồ sơ nghiệp vụ và tàng thư",
    question:
      "Đơn vị nghiệp vụ muốn tra cứu thông tin về một người trong tàng thư hồ sơ thì cần văn bản gì, ai ký? Có được đề nghị và nhận kết quả qua điện thoại không?",
    answer: `## Nguyên tắc chung
- Tra cứu, khai thác hồ sơ nghiệp vụ chỉ phục vụ **yêu cầu công tác** đã xác định, đúng thẩm quyền, và phải được ghi nhận để kiểm tra lại khi cần.
- Người tra cứu và người sử dụng kết quả có trách nhiệm bảo mật; kết quả không dùng cho mục đích khác.

## Hồ sơ đề nghị tra cứu
- **Phiếu hoặc văn bản đề nghị tra cứu** theo mẫu, ghi rõ: đơn vị đề nghị, mục đích, căn cứ (vụ việc, hồ sơ đang giải quyết) và thông tin nhân thân càng đầy đủ càng tốt: họ tên, tên gọi khác, ngày sinh, quê quán, nơi cư trú, số định danh cá nhân, họ tên cha mẹ.
- **Chữ ký của lãnh đạo có thẩm quyền** của đơn vị đề nghị theo phân cấp.
- Tra cứu bằng vân tay thì gửi kèm chỉ bản đạt yêu cầu kỹ thuật.

## Trường hợp khẩn
Có thể trao đổi trước qua kênh liên lạc nghiệp vụ đã quy định, nhưng phải gửi bổ sung văn bản đề nghị ngay sau đó. Không cung cấp kết quả tra cứu qua điện thoại cho người chưa được xác định danh tính, thẩm quyền.

## Kết quả tra cứu
- Trả lời bằng văn bản hoặc phiếu trả lời theo mẫu, ghi rõ “có” hay “không có” thông tin và phạm vi đã tra cứu.
- Trùng tên hoặc thông tin chưa đủ để khẳng định thì ghi rõ mức độ trùng khớp và đề xuất xác minh thêm.`,
    category: "tra-cuu",
    tags: ["tra cứu", "tàng thư", "phiếu đề nghị tra cứu", "chỉ bản"],
    citations: [{ document: TT44, article: "" }],
  },
  {
    ref: "KB-0026",
    title: "Tra cứu, xác minh án tích trước ngày 01/7/2010 tại cơ quan Công an",
    question:
      "Khi cấp Phiếu lý lịch tư pháp cho người bị kết án trước ngày 01/7/2010, vì sao phải tra cứu tại cơ quan Công an? Phòng Hồ sơ cần trả lời những nội dung gì?",
    answer: `## Vì sao phải tra cứu
Cơ sở dữ liệu lý lịch tư pháp được xây dựng từ khi Luật Lý lịch tư pháp có hiệu lực (01/7/2010). Thông tin về người bị kết án trước thời điểm này phần lớn nằm trong tàng thư, hồ sơ của cơ quan Công an, Tòa án và cơ quan có thẩm quyền thuộc Bộ Quốc phòng. Vì vậy, khi cấp Phiếu, cơ quan quản lý cơ sở dữ liệu lý lịch tư pháp tra cứu thông tin tại các nơi này (Điều 47, Điều 56 Luật Lý lịch tư pháp; Nghị định 111/2010/NĐ-CP).

## Nội dung Phòng Hồ sơ cần trả lời
- Người được tra cứu **có hay không** có thông tin về án tích trong tàng thư, hồ sơ;
- Nếu có: bản án (số, ngày, Tòa án xét xử), tội danh, hình phạt, thông tin về việc chấp hành án hiện có trong hồ sơ;
- Trường hợp thông tin chưa đủ để khẳng định (trùng tên, thiếu ngày sinh...) thì ghi rõ để cơ quan yêu cầu xác minh thêm.

## Lưu ý
- Trả lời đúng thời hạn theo văn bản hướng dẫn liên ngành về tra cứu, xác minh, trao đổi, cung cấp thông tin lý lịch tư pháp.
- Kết quả tra cứu là căn cứ để lập hoặc cập nhật Lý lịch tư pháp, nên phải chính xác và lưu lại văn bản yêu cầu, phiếu trả lời.
- Từ ngày 01/3/2025 việc cấp Phiếu do ngành Công an thực hiện, nhưng khâu tra cứu tàng thư vẫn phải có văn bản yêu cầu và phiếu trả lời theo đúng quy trình.`,
    category: "tra-cuu",
    tags: ["tra cứu án tích", "trước 01/7/2010", "tàng thư", "lý lịch tư pháp"],
    citations: [
      { document: LLTP, article: "Điều 47" },
      { document: LLTP, article: "Điều 56" },
      { document: ND111, article: "Điều 25" },
    ],
  },
  {
    ref: "KB-0027",
    title: "Thời hạn nộp lưu hồ sơ, tài liệu theo Luật Lưu trữ 2024",
    question:
      "Hồ sơ công việc đã kết thúc thì trong bao lâu phải nộp vào lưu trữ? Hồ sơ nghiệp vụ có áp dụng chung quy định với tài liệu hành chính không?",
    answer: `## Quy định chung của Luật Lưu trữ 2024
Luật Lưu trữ số 33/2024/QH15 có hiệu lực từ ngày 01/7/2025:
- Người được giao giải quyết công việc có trách nhiệm **lập hồ sơ công việc** và nộp hồ sơ, tài liệu vào **lưu trữ hiện hành** đúng yêu cầu, thời hạn.
- Thời hạn nộp vào lưu trữ hiện hành **tối đa 01 năm**, tính từ năm kết thúc công việc.
- Thời hạn nộp vào lưu trữ lịch sử tối đa 05 năm tính từ năm nộp vào lưu trữ hiện hành, trừ trường hợp luật có quy định khác.
- Tài liệu nộp lưu là bản gốc, bản chính; không còn thì thay bằng bản sao hợp pháp; hồ sơ phải đầy đủ, phản ánh đúng trình tự giải quyết công việc.

## Trong Công an nhân dân
- Tài liệu hình thành phổ biến trong hoạt động của Công an các đơn vị, địa phương thực hiện theo Thông tư 55/2025/TT-BCA (chia thành 24 nhóm hồ sơ theo phụ lục).
- **Thông tư 55/2025/TT-BCA không điều chỉnh công tác lưu trữ tài liệu nghiệp vụ** (Điều 1). Hồ sơ nghiệp vụ nộp lưu theo quy định riêng của Bộ Công an về công tác hồ sơ nghiệp vụ, kể cả thời hạn, thẩm quyền giao nhận và chế độ mật.

## Thực hành tốt
- Lập mục lục hồ sơ và biên bản giao nhận khi nộp lưu; kiểm tra số tờ, tình trạng tài liệu.
- Không giữ hồ sơ đã kết thúc tại cá nhân quá thời hạn; hồ sơ đang mượn khai thác phải có phiếu theo dõi.`,
    category: "luu-tru",
    tags: ["nộp lưu", "lưu trữ hiện hành", "thời hạn nộp lưu", "tài liệu nghiệp vụ"],
    citations: [
      { document: LUU_TRU, article: "" },
      { document: TT55, article: "Điều 1" },
      { document: TT44, article: "" },
    ],
  },
  {
    ref: "KB-0028",
    title: "Thời hạn bảo vệ bí mật nhà nước đối với tài liệu mật trong hồ sơ",
    question:
      "Tài liệu trong hồ sơ được đóng dấu Mật, Tối mật, Tuyệt mật thì được bảo vệ trong bao lâu? Hết thời hạn bảo vệ có được tự tiêu hủy không?",
    answer: `## Thời hạn bảo vệ (Điều 19 Luật Bảo vệ bí mật nhà nước)
Tính từ ngày xác định độ mật:
- **30 năm** đối với bí mật nhà nước độ **Tuyệt mật**;
- **20 năm** đối với độ **Tối mật**;
- **10 năm** đối với độ **Mật**.
Thời hạn bảo vệ bí mật nhà nước về hoạt động có thể ngắn hơn và phải ghi cụ thể trên tài liệu khi xác định độ mật. Thời hạn bảo vệ bí mật nhà nước về địa điểm kết thúc khi không còn dùng địa điểm đó để chứa bí mật nhà nước.

## Hết thời hạn bảo vệ không có nghĩa là được tiêu hủy
- Hết thời hạn thì tài liệu được xem xét gia hạn hoặc giải mật theo thủ tục của Luật Bảo vệ bí mật nhà nước. Giải mật chỉ thay đổi chế độ bảo mật, **không làm mất giá trị lưu trữ** của hồ sơ.
- Tiêu hủy hồ sơ, tài liệu phải qua xác định giá trị tài liệu theo pháp luật về lưu trữ, có hội đồng, được cấp có thẩm quyền phê duyệt và lập biên bản. Hồ sơ nghiệp vụ thực hiện theo quy định riêng của Bộ Công an.

## Lưu ý thực tế
- Không tự gạch, xóa dấu độ mật trên tài liệu; giải mật, điều chỉnh độ mật phải có quyết định của người có thẩm quyền.
- Sao, chụp, mang tài liệu mật ra khỏi nơi lưu giữ phải được cấp có thẩm quyền cho phép và vào sổ theo dõi.`,
    category: "luu-tru",
    tags: ["bí mật nhà nước", "độ mật", "giải mật", "tiêu hủy"],
    citations: [
      { document: BMNN, article: "Điều 19" },
      { document: LUU_TRU, article: "" },
    ],
  },

  // ================= Thống kê, báo cáo, cơ sở dữ liệu =================
  {
    ref: "KB-0029",
    title: "Thống kê số liệu tra cứu, cung cấp thông tin: đơn vị tính và kỳ báo cáo",
    question:
      "Khi báo cáo số liệu tra cứu, cung cấp thông tin hồ sơ, nên tính theo lượt yêu cầu hay theo số người được tra cứu? Làm thế nào để số liệu giữa các kỳ, các đội khớp nhau?",
    answer: `## Tách rõ các chỉ tiêu
Một văn bản đề nghị có thể yêu cầu tra cứu nhiều người, một người có thể được tra cứu nhiều lần. Nên thống kê riêng:
- **Số yêu cầu**: số văn bản, phiếu đề nghị tra cứu đã tiếp nhận;
- **Số lượt người được tra cứu**: tổng số người trong các yêu cầu;
- **Số kết quả có thông tin**: số lượt tra cứu có kết quả “có”;
- **Số yêu cầu tồn**: đã nhận nhưng chưa trả kết quả khi chốt số liệu.

## Nguyên tắc để số liệu khớp
- Ghi nhận theo **ngày tiếp nhận** cho chỉ tiêu tiếp nhận và theo **ngày trả kết quả** cho chỉ tiêu giải quyết; yêu cầu chưa trả thì chuyển sang mục tồn của kỳ sau.
- Dùng một **ngày chốt số liệu** thống nhất cho toàn đơn vị.
- Mỗi yêu cầu chỉ có một mã số trong sổ hoặc phần mềm theo dõi, tránh đếm trùng khi chuyển giữa các đội.
- Số liệu phải đối chiếu được với sổ đăng ký; có thay đổi cách tính thì ghi thuyết minh trong báo cáo.

## Ý nghĩa
Số liệu lý lịch tư pháp và tra cứu hồ sơ còn phục vụ thống kê tư pháp hình sự (Điều 3 Luật Lý lịch tư pháp), nên cần chính xác, nhất quán qua các kỳ.`,
    category: "thong-ke",
    tags: ["thống kê", "báo cáo định kỳ", "chốt số liệu", "tra cứu"],
    citations: [
      { document: LLTP, article: "Điều 3" },
      { document: TT44, article: "" },
    ],
  },
  {
    ref: "KB-0030",
    title: "Chuẩn hóa thông tin nhân thân khi cập nhật hồ sơ cũ vào cơ sở dữ liệu",
    question:
      "Khi số hóa, nhập hồ sơ cũ vào cơ sở dữ liệu, thông tin nhân thân giữa các tài liệu không thống nhất (lệch năm sinh, chỉ có số chứng minh nhân dân cũ) thì xử lý thế nào?",
    answer: `## Dùng số định danh cá nhân làm khóa đối chiếu
- Đối chiếu thông tin với Cơ sở dữ liệu quốc gia về dân cư để xác định số định danh cá nhân; đây là thông tin ổn định nhất để liên kết các hồ sơ của cùng một người.
- Hồ sơ chỉ có số chứng minh nhân dân 9 số hoặc 12 số vẫn được giữ nguyên giá trị (khoản 2 Điều 46 Luật Căn cước); nhập cả số cũ vào trường riêng để tra cứu ngược.

## Khi các tài liệu lệch nhau
- **Không sửa tài liệu gốc.** Nhập đúng như tài liệu, ghi chú chỗ chưa thống nhất và nguồn thông tin đã dùng để đối chiếu.
- Tên gọi khác, tên cũ, cách viết khác (có dấu, không dấu) nhập vào trường “tên gọi khác” để khi tra cứu không bị sót.
- Chưa xác định được là cùng một người thì không gộp hồ sơ; đánh dấu để xác minh.

## Kiểm soát chất lượng
- Phân quyền nhập liệu và kiểm tra theo hai bước: người nhập và người duyệt khác nhau.
- Phần mềm phải ghi nhật ký ai nhập, ai sửa, sửa gì, khi nào.
- Định kỳ rà soát bản ghi trùng, thiếu trường bắt buộc và báo cáo tỷ lệ lỗi.

## Bảo mật
Dữ liệu nhập từ hồ sơ nghiệp vụ giữ nguyên độ mật của tài liệu gốc; chỉ cấp quyền truy cập theo nhiệm vụ.`,
    category: "thong-ke",
    tags: ["cơ sở dữ liệu", "số hóa", "số định danh cá nhân", "chuẩn hóa dữ liệu"],
    citations: [
      { document: CAN_CUOC, article: "Điều 46" },
      { document: TT44, article: "" },
    ],
  },

  // ================= Vấn đề khác =================
  {
    ref: "KB-0031",
    title: "Bảo vệ dữ liệu cá nhân khi đặt câu hỏi, trao đổi qua đường dây giải đáp",
    question:
      "Khi hỏi đáp qua hệ thống này hoặc qua điện thoại, cán bộ có được nêu họ tên, số định danh của công dân đang giải quyết không? Cần lưu ý gì về bảo mật?",
    answer: `## Nguyên tắc
- Quản lý lý lịch tư pháp phải bảo đảm **tôn trọng bí mật đời tư** của cá nhân (Điều 4 Luật Lý lịch tư pháp); Điều 8 của Luật quy định các hành vi bị cấm trong hoạt động này.
- Từ ngày 01/01/2026, Luật Bảo vệ dữ liệu cá nhân 2025 có hiệu lực: dữ liệu cá nhân gồm dữ liệu cá nhân cơ bản và dữ liệu cá nhân nhạy cảm (Điều 2); chỉ được xử lý đúng mục đích, phạm vi cần thiết.

## Khi đặt câu hỏi
- **Mô tả tình huống, không nêu danh tính**: dùng “một công dân”, “người bị kết án”; không ghi họ tên, số định danh cá nhân, số điện thoại, địa chỉ cụ thể.
- Nêu đủ yếu tố pháp lý cần thiết: loại hình phạt, mốc thời gian, độ tuổi, loại Phiếu...
- Không đính kèm ảnh chụp bản án, Phiếu lý lịch tư pháp, giấy tờ tùy thân.
- Tài liệu, thông tin thuộc bí mật nhà nước không trao đổi qua hệ thống này hay qua điện thoại thông thường.

## Khi giải đáp qua điện thoại
- Xác định người gọi là cán bộ có nhiệm vụ trước khi trao đổi chi tiết nghiệp vụ.
- Chỉ hướng dẫn quy định và cách làm; không đọc kết quả tra cứu về một người cụ thể qua điện thoại.

## Nếu lỡ đưa dữ liệu cá nhân lên hệ thống
Báo ngay cho tổ trưởng hoặc quản trị hệ thống để ẩn, chỉnh sửa nội dung.`,
    category: "khac",
    tags: ["dữ liệu cá nhân", "bảo mật", "bí mật đời tư", "đường dây giải đáp"],
    citations: [
      { document: LLTP, article: "Điều 4" },
      { document: BVDLCN, article: "Điều 2" },
      { document: LLTP, article: "Điều 8" },
    ],
  },
  {
    ref: "KB-0032",
    title: "Công an cấp xã có xác nhận “không tiền án, tiền sự” cho công dân không",
    question:
      "Công dân đến Công an xã, phường đề nghị xác nhận “không có tiền án, tiền sự” hoặc “chấp hành tốt pháp luật” để bổ sung hồ sơ xin việc, đi học thì giải quyết thế nào?",
    answer: `## Giấy tờ chứng minh án tích là Phiếu lý lịch tư pháp
- Lý lịch tư pháp là lý lịch về án tích của người bị kết án bằng bản án, quyết định hình sự của Tòa án đã có hiệu lực pháp luật (Điều 2).
- Việc chứng minh một người có hay không có án tích được thực hiện bằng **Phiếu lý lịch tư pháp** do cơ quan có thẩm quyền cấp (Điều 41, Điều 44). Pháp luật không giao Công an cấp xã cấp văn bản xác nhận tình trạng án tích thay cho Phiếu này.

## “Tiền sự” không phải nội dung của Phiếu
Phiếu lý lịch tư pháp chỉ phản ánh án tích và, khi có yêu cầu, thông tin về cấm đảm nhiệm chức vụ, thành lập, quản lý doanh nghiệp, hợp tác xã. Việc bị xử phạt vi phạm hành chính không được ghi trên Phiếu.

## Hướng dẫn công dân
- Hỏi nơi nhận hồ sơ yêu cầu cụ thể loại giấy tờ nào; phần lớn trường hợp là **Phiếu lý lịch tư pháp số 1**.
- Hướng dẫn nộp hồ sơ tại Công an cấp tỉnh hoặc trực tuyến qua Cổng dịch vụ công, ứng dụng VNeID (nơi đã triển khai).
- Nếu nơi nhận chỉ cần chứng minh nơi cư trú thì hướng dẫn đề nghị cấp giấy xác nhận thông tin về cư trú hoặc dùng thông tin trên VNeID.

## Lưu ý
Không ký xác nhận vào đơn, mẫu tự soạn có nội dung “không tiền án, tiền sự”; việc xác nhận sai thẩm quyền có thể gây hiểu nhầm và phát sinh trách nhiệm.`,
    category: "khac",
    tags: ["tiền án tiền sự", "xác nhận", "công an cấp xã", "phiếu số 1"],
    citations: [
      { document: LLTP, article: "Điều 2" },
      { document: LLTP, article: "Điều 41" },
      { document: LLTP, article: "Điều 44" },
    ],
  },
];
