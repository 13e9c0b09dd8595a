// Phrases for the demo's quarter of history (src/services/demo-history.ts): what officers add around
// a question, what the team asks back, what askers say when they rate or reopen. Pure data, all
// invented; the legal substance of every generated question comes from the demo's knowledge base.
import type { DemoUser } from "./demo-content.js";

// More askers, so a unit is several people and the leaderboard compares units, not one person each.
export const moreOfficers: DemoUser[] = [
  { username: "canbo.hk.ngan", name: "Đỗ Thị Ngân", rank: "Trung úy", position: "Cán bộ Công an phường", roles: ["officer"], unit: "CAP-HK" },
  { username: "canbo.hk.vinh", name: "Lương Quang Vinh", rank: "Thượng úy", position: "Cán bộ Công an phường", roles: ["officer"], unit: "CAP-HK" },
  { username: "canbo.bd.thu", name: "Ngô Minh Thư", rank: "Đại úy", position: "Cán bộ Công an phường", roles: ["officer"], unit: "CAP-BD" },
  { username: "canbo.bd.long", name: "Phan Đức Long", rank: "Trung úy", position: "Cán bộ Công an phường", roles: ["officer"], unit: "CAP-BD" },
  { username: "canbo.ss.hoa", name: "Trịnh Thị Hòa", rank: "Thiếu úy", position: "Cán bộ Công an xã", roles: ["officer"], unit: "CAX-SS" },
  { username: "canbo.ss.dat", name: "Kiều Văn Đạt", rank: "Thượng úy", position: "Phó Trưởng Công an xã", roles: ["officer"], unit: "CAX-SS" },
  { username: "canbo.ql.an", name: "Vũ Hoàng An", rank: "Thiếu tá", position: "Đội trưởng", roles: ["officer"], unit: "PQLHC" },
  { username: "canbo.hs.kien", name: "Mạc Trung Kiên", rank: "Đại úy", position: "Điều tra viên", roles: ["officer"], unit: "PCSHS" },
  { username: "canbo.tg.lan", name: "Hà Thị Lan", rank: "Thượng úy", position: "Cán bộ quản giáo", roles: ["officer"], unit: "TTG" },
];

// How units differ, so a quarter shows a pattern rather than noise: how often they ask, how often
// they rate, how fast they reply when asked for more, how often they use the knowledge base.
interface UnitHabit {
  share: number; // relative number of questions
  rates: number; // probability of rating an answer
  slowReply: number; // probability of answering a clarification only the next day
  selfService: number; // knowledge-base uses ("this answers my question") per question asked
}
export const unitHabits: Record<string, UnitHabit> = {
  "CAP-HK": { share: 5, rates: 0.75, slowReply: 0.1, selfService: 0.9 },
  "CAP-BD": { share: 4, rates: 0.55, slowReply: 0.25, selfService: 0.5 },
  "CAX-SS": { share: 3, rates: 0.3, slowReply: 0.5, selfService: 0.15 },
  PQLHC: { share: 3, rates: 0.6, slowReply: 0.2, selfService: 0.6 },
  PCSHS: { share: 2, rates: 0.45, slowReply: 0.35, selfService: 0.3 },
  TTG: { share: 2, rates: 0.65, slowReply: 0.15, selfService: 0.4 },
};

export const openings = [
  "",
  "",
  "Kính gửi Tổ giải đáp. ",
  "Đồng chí cho hỏi: ",
  "Đơn vị tôi đang vướng một trường hợp. ",
  "Nhờ Tổ giải đáp hướng dẫn giúp: ",
  "Công dân đến làm thủ tục hỏi, đơn vị chưa thống nhất cách trả lời. ",
];

export const closings = [
  "",
  "",
  " Đề nghị hướng dẫn để đơn vị thực hiện đúng quy định.",
  " Xin cảm ơn đồng chí.",
  " Đơn vị cần trả lời công dân trong tuần này.",
  " Mong được hướng dẫn cụ thể, có nêu căn cứ.",
];

export const answerIntros = [
  "Chào đồng chí, Tổ giải đáp trả lời như sau.",
  "Trả lời đồng chí:",
  "Về nội dung đồng chí hỏi, Tổ giải đáp hướng dẫn như sau.",
];

export const clarifications: { ask: string; reply: string }[] = [
  {
    ask: "Đồng chí cho biết người yêu cầu là công dân Việt Nam hay người nước ngoài, hiện cư trú ở đâu?",
    reply: "Là công dân Việt Nam, hiện thường trú trên địa bàn phường, đã có căn cước gắn chip.",
  },
  {
    ask: "Đồng chí gửi giúp số, ngày của văn bản đơn vị đang căn cứ để Tổ giải đáp đối chiếu.",
    reply: "Đơn vị đang căn cứ vào công văn hướng dẫn năm 2023 của Phòng, chưa có văn bản nào mới hơn.",
  },
  {
    ask: "Hồ sơ đang ở giai đoạn nào, đơn vị đã tiếp nhận những giấy tờ gì?",
    reply: "Đã tiếp nhận tờ khai và bản chụp giấy tờ tùy thân, đang chờ kết quả xác minh.",
  },
  {
    ask: "Bản án đã có hiệu lực pháp luật chưa và người này đã chấp hành xong hình phạt từ khi nào?",
    reply: "Bản án có hiệu lực từ năm 2019, người này chấp hành xong hình phạt tù cuối năm 2021.",
  },
];

export const goodComments = [
  "Trả lời nhanh, rõ căn cứ.",
  "Đơn vị đã áp dụng được ngay, cảm ơn Tổ giải đáp.",
  "Rất cụ thể, có cả lưu ý khi hướng dẫn công dân.",
  "",
  "",
  "",
];
export const middleComments = ["Trả lời đúng nhưng hơi chung, đơn vị phải tự tra thêm.", "Tạm được, mong có mẫu văn bản kèm theo.", ""];
export const lowComments = [
  "Trả lời chậm, công dân đã phải chờ hai ngày.",
  "Chưa nêu điều khoản cụ thể, khó trích dẫn khi trả lời công dân.",
  "Chưa đúng trường hợp của đơn vị (người đã xuất cảnh).",
];

export const reopenReasons = [
  "Trường hợp của đơn vị là người đã xuất cảnh, câu trả lời chưa đề cập.",
  "Đề nghị nêu rõ điều khoản áp dụng để đơn vị trích dẫn trong văn bản trả lời.",
  "Công dân có hai bản án, câu trả lời mới tính cho một bản án.",
  "Đơn vị cần biết thời hạn giải quyết, câu trả lời chưa nêu.",
];
export const reopenAnswers = [
  "Bổ sung theo đề nghị của đồng chí: trường hợp này vẫn áp dụng hướng dẫn trên; thời hạn tính từ ngày nhận đủ hồ sơ hợp lệ.",
  "Tổ giải đáp bổ sung căn cứ: đồng chí trích dẫn đúng điều khoản đã nêu trong mục Cơ sở tri thức kèm theo.",
  "Với trường hợp có nhiều bản án, thời hạn tính theo bản án sau cùng; đồng chí đối chiếu lại hồ sơ giúp.",
];

// Callers without an account on the desk (officers of units not yet on the intranet).
export const outsideCallers = [
  { name: "Nguyễn Văn Hậu", rank: "Trung úy", unit: "Công an xã Minh Phú", phone: "0243 888 1101" },
  { name: "Lê Thị Mai", rank: "Thượng úy", unit: "Công an phường Tây Hồ", phone: "0243 888 1102" },
  { name: "Trần Quốc Bảo", rank: "Đại úy", unit: "Công an xã Phù Linh", phone: "0243 888 1103" },
  { name: "Phạm Thị Huyền", rank: "Trung úy", unit: "Công an phường Long Biên", phone: "0243 888 1104" },
];

export const callBackNotes = ["Đã đọc câu trả lời qua điện thoại, đồng chí đã ghi lại.", "Đã gọi lại, hướng dẫn thêm về hồ sơ cần nộp.", ""];

export const proposalNotes = ["Câu hỏi lặp lại nhiều lần, nên đưa vào Cơ sở tri thức.", "Trường hợp hay gặp ở cấp xã."];

// The steering board's monthly report, issued early in the next month: who receives it and what the
// board writes beside the figures.
export const reportRecipients = ["Ban Giám đốc Công an Thành phố (để báo cáo);", "Các đơn vị Công an cấp xã, phường (để biết);", "Tổ giải đáp nghiệp vụ (để thực hiện);", "Lưu: VT, PHSNV."];
export const reportAssessments = [
  "Tổ giải đáp duy trì trực thường xuyên, tiếp nhận câu hỏi qua trang hỏi đáp, điện thoại và Zalo. Phần lớn câu hỏi được trả lời trong ngày làm việc; một số câu hỏi trả lời chậm do chờ đơn vị bổ sung thông tin.",
  "Số câu hỏi tăng so với tháng trước, chủ yếu về cư trú và lý lịch tư pháp. Nhiều câu hỏi đã có câu trả lời trong Cơ sở tri thức; các đơn vị cấp xã còn ít tự tra cứu trước khi hỏi.",
  "Tỷ lệ trả lời đúng hạn được giữ vững. Một số đánh giá thấp tập trung ở câu trả lời chậm; đã nhắc các đồng chí trong Tổ theo dõi hạn trả lời và bàn giao đầy đủ cuối ca.",
];
export const reportDirections = [
  "Tiếp tục bổ sung Cơ sở tri thức từ các câu hỏi lặp lại; hướng dẫn các đơn vị tra cứu trước khi đặt câu hỏi.",
  "Rà soát các mục tri thức chịu ảnh hưởng khi văn bản pháp luật thay đổi; duy trì bàn giao ca vào chiều thứ Sáu.",
];
