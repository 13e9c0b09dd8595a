// How each figure is counted, in the words the command reads (shared by the dashboard and the report).

export function DefinitionList() {
  return (
    <ul class="definitions">
      <li>
        <strong>Nhận được</strong>: câu hỏi gửi trên hệ thống hoặc cuộc gọi được ghi nhận trong kỳ.
      </li>
      <li>
        <strong>Được trả lời lần đầu</strong>: câu hỏi có câu trả lời đầu tiên trong kỳ (câu hỏi mở lại không được tính thêm lần nữa).
      </li>
      <li>
        <strong>Đúng hạn</strong>: câu trả lời đầu tiên đến trước hoặc đúng thời hạn 24 giờ làm việc đang áp dụng lúc đó; câu hỏi mở lại được xét theo thời hạn lần đầu.
      </li>
      <li>
        <strong>Thời gian trả lời</strong>: số giờ làm việc từ lúc gửi đến câu trả lời đầu tiên, trừ thời gian chờ người hỏi bổ sung thông tin; ngày nghỉ, ngày lễ không tính.
        Trung vị: một nửa số câu hỏi được trả lời nhanh hơn; “90% trả lời trong”: 90% số câu hỏi được trả lời trong thời gian này.
      </li>
      <li>
        <strong>Trả lời ngay qua điện thoại</strong>: cuộc gọi được trả lời ngay khi gọi (“Hỏi trực tiếp – Trả lời ngay”).
      </li>
      <li>
        <strong>Tự tìm được trong kho hỏi – đáp</strong>: số lần cán bộ bấm “Đây là câu trả lời tôi cần” thay vì gửi câu hỏi.
      </li>
      <li>
        <strong>Mức hài lòng</strong>: điểm đánh giá (1–5) gần nhất của mỗi câu hỏi, đánh giá trong kỳ.
      </li>
      <li>
        <strong>Xin ý kiến Ban cố vấn</strong>: số yêu cầu Tổ giải đáp gửi trong kỳ (số còn chờ: trong số đó, chưa có ý kiến đến nay, không kể yêu cầu đã rút);
        ý kiến đã gửi: số ý kiến Ban cố vấn trả lời trong kỳ, thời gian chờ tính bằng giờ làm việc từ lúc xin đến lúc có ý kiến. Thời hạn trả lời câu hỏi không dừng trong khi chờ.
      </li>
      <li>
        <strong>Cần tập huấn</strong>: đơn vị không gửi câu hỏi, không tự tìm được câu trả lời nào trong kỳ, hoặc xếp loại trung bình trên bảng tổng sắp.
      </li>
    </ul>
  );
}

export function Definitions() {
  return (
    <details class="card definitions-card">
      <summary>Cách tính số liệu</summary>
      <DefinitionList />
    </details>
  );
}
