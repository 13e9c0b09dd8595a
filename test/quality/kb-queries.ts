// Search-quality test set over the demo knowledge base (db/seed/demo-content.ts, KB-0001…KB-0032).
//
// Each query lists the entries that answer it; the query counts as found when ANY of them is in the
// top 5. A second ref is listed only when that entry really answers the question too (not merely
// because it mentions the words): the note says why.
//
// - "sentence": whole questions as officers paste or type them at the ward office, 8–25 syllables,
//   deliberately in other words than the entry (colloquial terms, extra context, examples);
// - "keywords": 2–4 syllables typed into the search box;
// - "phrase":   contains at least one quoted phrase.
// The quality test also runs every query without diacritics and with tone-mark typos (variants.ts).

export interface QualityQuery {
  query: string;
  expect: string[]; // refs, any of which in the top 5 counts
  kind: "sentence" | "keywords" | "phrase";
  note?: string;
}

export const QUERIES: QualityQuery[] = [
  // ======================= Whole questions =======================
  // --- Lý lịch tư pháp ---
  {
    kind: "sentence",
    query: "Cho hỏi phiếu số 2 khác phiếu số 1 thế nào, án tích đã được xóa rồi có còn thể hiện trên phiếu không?",
    expect: ["KB-0001"],
  },
  {
    kind: "sentence",
    query: "Công dân nhờ anh ruột đi nộp hồ sơ xin lý lịch tư pháp hộ thì có cần giấy ủy quyền công chứng không?",
    expect: ["KB-0002"],
  },
  {
    kind: "sentence",
    query: "Mẹ đi làm phiếu lý lịch tư pháp thay cho con đang ở xa thì cần mang giấy tờ gì chứng minh?",
    expect: ["KB-0002", "KB-0006"],
    note: "KB-0006 also lists the papers proving a parent/child relation when filing for someone",
  },
  {
    kind: "sentence",
    query: "Nộp hồ sơ xin phiếu lý lịch tư pháp bình thường thì mất bao nhiêu ngày mới nhận được kết quả?",
    expect: ["KB-0003"],
  },
  {
    kind: "sentence",
    query: "Công dân từng sống ở nhiều tỉnh, có thời gian lao động ở nước ngoài thì thời gian cấp phiếu có bị kéo dài không?",
    expect: ["KB-0003"],
  },
  {
    kind: "sentence",
    query: "Một người quốc tịch Hàn Quốc đang làm việc tại Việt Nam muốn xin phiếu lý lịch tư pháp của mình thì nộp ở đâu?",
    expect: ["KB-0004", "KB-0005"],
    note: "KB-0005 (where to file since 2025) also covers foreigners living in Việt Nam: provincial police",
  },
  {
    kind: "sentence",
    query: "Người nước ngoài đã về nước rồi thì có nhờ người ở Việt Nam làm hộ phiếu số 2 được không?",
    expect: ["KB-0004", "KB-0002"],
    note: "KB-0002 answers the delegation half (Phiếu số 2 cannot be delegated)",
  },
  {
    kind: "sentence",
    query: "Hiện nay Sở Tư pháp không nhận hồ sơ lý lịch tư pháp nữa thì công dân phải đến cơ quan nào nộp?",
    expect: ["KB-0005"],
  },
  {
    kind: "sentence",
    query: "Làm phiếu lý lịch tư pháp số 1 bây giờ có cần photo sổ hộ khẩu và chứng minh thư nữa không?",
    expect: ["KB-0006", "KB-0023"],
    note: "KB-0023 says explicitly not to ask for a copy of the sổ hộ khẩu, citing Điều 45 LLTP",
  },
  {
    kind: "sentence",
    query: "Đồng chí cho hỏi công dân làm lý lịch tư pháp trên VNeID thì có phải tải lên ảnh căn cước không?",
    expect: ["KB-0006"],
  },
  {
    kind: "sentence",
    query: "Đội điều tra đang cần gấp lý lịch tư pháp của đối tượng bị khởi tố thì có thể đề nghị qua điện thoại không?",
    expect: ["KB-0007"],
    note: "KB-0025 also talks about requests by phone, but for the records archive, not the Phiếu",
  },
  {
    kind: "sentence",
    query: "Cơ quan cấp phiếu trả lại hồ sơ mà không nói lý do thì công dân có quyền khiếu nại không, khiếu nại ở đâu?",
    expect: ["KB-0008"],
  },
  {
    kind: "sentence",
    query: "Phiếu lý lịch tư pháp đã cấp nhưng ghi sai ngày sinh của công dân thì đề nghị sửa lại như thế nào?",
    expect: ["KB-0008"],
  },
  {
    kind: "sentence",
    query: "Công ty tuyển dụng bảo phiếu lý lịch tư pháp cấp từ năm ngoái đã hết hạn, luật có quy định thời hạn dùng không?",
    expect: ["KB-0009"],
  },
  {
    kind: "sentence",
    query: "Ủy ban nhân dân xã muốn xin lý lịch tư pháp của người đang dự tuyển công chức thì gửi văn bản đến đâu?",
    expect: ["KB-0010"],
  },
  {
    kind: "sentence",
    query: "Doanh nghiệp tư nhân có được tự gửi văn bản đề nghị cấp phiếu lý lịch tư pháp của người lao động không?",
    expect: ["KB-0010"],
  },
  {
    kind: "sentence",
    query: "Công an phường có được cấp giấy xác nhận không tiền án tiền sự cho người dân đi xuất khẩu lao động không?",
    expect: ["KB-0032"],
  },
  {
    kind: "sentence",
    query: "Công an xã có được ký xác nhận vào sơ yếu lý lịch xin việc là công dân chưa từng vi phạm pháp luật không?",
    expect: ["KB-0032"],
  },
  // --- Xóa án tích ---
  {
    kind: "sentence",
    query: "Trường hợp công dân hết thời gian thử thách án treo đã hơn một năm thì án tích có tự động được xóa không?",
    expect: ["KB-0011", "KB-0018"],
    note: "KB-0011 gives the 1-year term for a suspended sentence; KB-0018 how it is confirmed without a court",
  },
  {
    kind: "sentence",
    query: "Người từng bị kết án về tội phạm an ninh quốc gia đã ra tù, muốn xóa án tích thì làm đơn gửi đâu?",
    expect: ["KB-0012"],
  },
  {
    kind: "sentence",
    query: "Đơn xin xóa án tích gửi Tòa án bị bác thì phải chờ bao lâu mới được nộp đơn lại?",
    expect: ["KB-0012"],
  },
  {
    kind: "sentence",
    query: "Phạm nhân ra trại cải tạo tốt, có thành tích được khen thưởng thì có được xét xóa án tích trước thời hạn không?",
    expect: ["KB-0013"],
  },
  {
    kind: "sentence",
    query: "Người chưa được xóa án tích cũ lại bị kết án lần nữa thì thời gian để xóa án tích tính từ khi nào?",
    expect: ["KB-0014"],
  },
  {
    kind: "sentence",
    query: "Người gây tai nạn giao thông do vô ý bị tòa tuyên án thì phiếu lý lịch tư pháp có ghi có án tích không?",
    expect: ["KB-0015"],
  },
  {
    kind: "sentence",
    query: "Bị cáo được tòa miễn hình phạt thì sau này đi xin phiếu lý lịch tư pháp có bị ghi án tích không?",
    expect: ["KB-0015"],
  },
  {
    kind: "sentence",
    query: "Em học sinh phạm tội trộm cắp khi mới 15 tuổi thì sau này lớn lên có bị tính là có án tích không?",
    expect: ["KB-0016"],
  },
  {
    kind: "sentence",
    query: "Người đã ra tù nhưng còn nợ tiền bồi thường cho bị hại và chưa đóng án phí thì đã được xóa án tích chưa?",
    expect: ["KB-0017"],
  },
  {
    kind: "sentence",
    query: "Công dân hỏi có phải ra tòa xin xác nhận đã xóa án tích rồi mới làm được phiếu lý lịch tư pháp không?",
    expect: ["KB-0018", "KB-0011"],
    note: "KB-0011 ends with the same answer: no court decision is needed for automatic clearing",
  },
  // --- Căn cước, cư trú ---
  {
    kind: "sentence",
    query: "Công dân hỏi con mới 4 tuổi thì làm căn cước cho con có phải đưa cháu đến chụp ảnh, lấy vân tay không?",
    expect: ["KB-0019"],
  },
  {
    kind: "sentence",
    query: "Cháu bé 10 tuổi cần thẻ căn cước để đi máy bay thì bố mẹ phải làm thủ tục cho cháu thế nào?",
    expect: ["KB-0019"],
  },
  {
    kind: "sentence",
    query: "Công dân năm nay tròn 40 tuổi nhưng thẻ căn cước mới làm cách đây một năm thì có phải đi đổi lại không?",
    expect: ["KB-0020"],
  },
  {
    kind: "sentence",
    query: "Công dân bị rơi mất thẻ căn cước khi đi chợ thì làm lại ở đâu và bao nhiêu ngày có thẻ mới?",
    expect: ["KB-0021"],
  },
  {
    kind: "sentence",
    query: "Sau khi cải chính ngày sinh trong giấy khai sinh thì công dân có bắt buộc phải đổi thẻ căn cước không?",
    expect: ["KB-0021"],
  },
  {
    kind: "sentence",
    query: "Ông cụ vẫn còn giữ chứng minh thư 9 số, năm nay đi rút tiền ngân hàng thì có dùng được nữa không?",
    expect: ["KB-0022", "KB-0006"],
    note: "KB-0006 states in passing that the chứng minh nhân dân is valid only until 31/12/2024",
  },
  {
    kind: "sentence",
    query: "Sổ đỏ, giấy phép lái xe cấp trước đây ghi số chứng minh cũ thì công dân có phải đi cập nhật lại không?",
    expect: ["KB-0022"],
    note: "KB-0030 repeats the rule (khoản 2 Điều 46) but for records staff entering old files",
  },
  {
    kind: "sentence",
    query: "Sinh viên từ quê lên thành phố thuê trọ đi học thì sau bao nhiêu ngày phải khai báo tạm trú?",
    expect: ["KB-0023"],
  },
  // --- Hồ sơ nghiệp vụ, tra cứu, lưu trữ, thống kê ---
  {
    kind: "sentence",
    query: "Đội cảnh sát gửi hồ sơ lên phòng đăng ký mà thiếu mục lục, chưa đánh số tờ thì cán bộ nhận xử lý sao?",
    expect: ["KB-0024"],
  },
  {
    kind: "sentence",
    query: "Muốn kiểm tra một đối tượng đã có hồ sơ trong tàng thư chưa thì cần giấy tờ gì, lãnh đạo nào ký?",
    expect: ["KB-0025"],
  },
  {
    kind: "sentence",
    query: "Người bị tòa xử năm 2005 nay xin phiếu lý lịch tư pháp thì phòng hồ sơ công an trả lời những thông tin gì?",
    expect: ["KB-0026"],
  },
  {
    kind: "sentence",
    query: "Vụ việc giải quyết xong từ năm ngoái thì cán bộ phải bàn giao hồ sơ cho bộ phận lưu trữ chậm nhất khi nào?",
    expect: ["KB-0027"],
  },
  {
    kind: "sentence",
    query: "Tài liệu đóng dấu tối mật từ năm 2000 nay đã hết thời hạn bảo vệ thì đơn vị có được đem đi hủy không?",
    expect: ["KB-0028"],
  },
  {
    kind: "sentence",
    query: "Khi làm báo cáo tháng về tra cứu, một công văn đề nghị tra cứu năm người thì đếm là một hay năm?",
    expect: ["KB-0029"],
  },
  {
    kind: "sentence",
    query: "Nhập liệu hồ sơ cũ lên phần mềm thấy năm sinh giữa các tài liệu không khớp thì có được sửa cho thống nhất không?",
    expect: ["KB-0030"],
  },
  {
    kind: "sentence",
    query: "Khi gửi câu hỏi lên hệ thống giải đáp, có được ghi họ tên, số căn cước của người dân đang làm hồ sơ không?",
    expect: ["KB-0031"],
  },

  // ======================= Keywords =======================
  { kind: "keywords", query: "ủy quyền lý lịch", expect: ["KB-0002"] },
  { kind: "keywords", query: "thời hạn cấp phiếu", expect: ["KB-0003"] },
  {
    kind: "keywords",
    query: "phiếu người nước ngoài",
    expect: ["KB-0004", "KB-0005"],
    note: "KB-0005 says where foreigners (living here or gone) file",
  },
  {
    kind: "keywords",
    query: "Sở Tư pháp",
    expect: ["KB-0005", "KB-0004"],
    note: "both explain the hand-over from Sở Tư pháp to the police",
  },
  { kind: "keywords", query: "sổ hộ khẩu", expect: ["KB-0006", "KB-0023"], note: "both say it is no longer valid" },
  {
    kind: "keywords",
    query: "cơ quan tố tụng",
    expect: ["KB-0007", "KB-0001"],
    note: "KB-0001 lists the tố tụng bodies among those who get Phiếu số 2",
  },
  { kind: "keywords", query: "đính chính phiếu", expect: ["KB-0008"] },
  {
    kind: "keywords",
    query: "khiếu nại phiếu",
    expect: ["KB-0008", "KB-0003"],
    note: "KB-0003 mentions the right to complain when the deadline passes",
  },
  { kind: "keywords", query: "hạn dùng lý lịch", expect: ["KB-0009"] },
  {
    kind: "keywords",
    query: "quản lý nhân sự",
    expect: ["KB-0010", "KB-0001"],
    note: "KB-0001 says Phiếu số 1 is issued to state bodies for personnel management",
  },
  { kind: "keywords", query: "bị bác đơn", expect: ["KB-0012"] },
  { kind: "keywords", query: "xóa án tích sớm", expect: ["KB-0013"] },
  { kind: "keywords", query: "tính lại thời hạn", expect: ["KB-0014"] },
  { kind: "keywords", query: "miễn hình phạt", expect: ["KB-0015"] },
  { kind: "keywords", query: "chưa thành niên", expect: ["KB-0016"] },
  { kind: "keywords", query: "Điều 107 hình sự", expect: ["KB-0016"] },
  { kind: "keywords", query: "án phí bồi thường", expect: ["KB-0017"] },
  {
    kind: "keywords",
    query: "Nghị định 111/2010",
    expect: ["KB-0018", "KB-0026"],
    note: "both cite it (verification of clearing; archive look-ups before 2010)",
  },
  { kind: "keywords", query: "căn cước trẻ em", expect: ["KB-0019"] },
  {
    kind: "keywords",
    query: "tuổi đổi căn cước",
    expect: ["KB-0020", "KB-0021"],
    note: "KB-0021 lists reaching the age as a reason for cấp đổi",
  },
  { kind: "keywords", query: "mất thẻ căn cước", expect: ["KB-0021"] },
  {
    kind: "keywords",
    query: "chứng minh thư cũ",
    expect: ["KB-0022", "KB-0030"],
    note: "KB-0030 is about old files that only carry the old ID number",
  },
  { kind: "keywords", query: "gia hạn tạm trú", expect: ["KB-0023"] },
  { kind: "keywords", query: "tra cứu trùng", expect: ["KB-0024"] },
  {
    kind: "keywords",
    query: "tra cứu tàng thư",
    expect: ["KB-0025", "KB-0026"],
    note: "both are look-ups in the archive (by units; for Phiếu before 2010)",
  },
  { kind: "keywords", query: "án tích trước 2010", expect: ["KB-0026"] },
  { kind: "keywords", query: "nộp lưu hồ sơ", expect: ["KB-0027"] },
  { kind: "keywords", query: "Thông tư 55/2025", expect: ["KB-0027"] },
  { kind: "keywords", query: "giải mật", expect: ["KB-0028"] },
  { kind: "keywords", query: "chốt số liệu", expect: ["KB-0029"] },
  { kind: "keywords", query: "số hóa hồ sơ", expect: ["KB-0030"] },
  {
    kind: "keywords",
    query: "bí mật đời tư",
    expect: ["KB-0031", "KB-0002"],
    note: "KB-0002 gives bí mật đời tư as the reason Phiếu số 2 cannot be delegated",
  },
  { kind: "keywords", query: "tiền án tiền sự", expect: ["KB-0032"] },

  // ======================= Quoted phrases =======================
  { kind: "phrase", query: '"không bị coi là có án tích"', expect: ["KB-0015"] },
  { kind: "phrase", query: '"phiếu số 2" người nước ngoài', expect: ["KB-0004"] },
  {
    kind: "phrase",
    query: '"không được ủy quyền" phiếu số 2',
    expect: ["KB-0002", "KB-0001", "KB-0004"],
    note: "all three state that Phiếu số 2 cannot be delegated",
  },
  {
    kind: "phrase",
    query: '"24 giờ" cơ quan tiến hành tố tụng',
    expect: ["KB-0007", "KB-0003"],
    note: "both give the 24-hour urgent deadline",
  },
  { kind: "phrase", query: '"trường hợp đặc biệt" xóa án tích', expect: ["KB-0013"] },
  {
    kind: "phrase",
    query: 'xác nhận "tiền án tiền sự"',
    expect: ["KB-0032"],
    note: 'the entry writes "tiền án, tiền sự": the comma must not break the phrase',
  },
  {
    kind: "phrase",
    query: '"chứng minh nhân dân" còn giá trị không',
    expect: ["KB-0022", "KB-0006"],
    note: "KB-0006 states the 31/12/2024 cut-off too",
  },
  { kind: "phrase", query: 'cấp đổi "25 tuổi"', expect: ["KB-0020"] },
  { kind: "phrase", query: '"lưu trữ hiện hành"', expect: ["KB-0027"] },
  { kind: "phrase", query: 'tài liệu "tuyệt mật" bảo vệ bao lâu', expect: ["KB-0028"] },
  {
    kind: "phrase",
    query: 'hết "thời gian thử thách" án treo bao lâu thì được xóa án tích',
    expect: ["KB-0011"],
  },
];
