// Cài đặt › Đăng mục hỏi – đáp: the second-review rule (Duyệt lần hai), off by default.
export function PublishingRuleForm(props: { secondReview: boolean }) {
  return (
    <section class="card" id="publishing" aria-labelledby="publishing-title">
      <h2 id="publishing-title">Đăng mục hỏi – đáp</h2>
      <form method="post" action="/admin/settings/publishing" class="stack">
        <p class="checkbox">
          <input type="checkbox" id="second-review" name="second_review" value="1" checked={props.secondReview} aria-describedby="second-review-hint" />{" "}
          <label for="second-review">Mỗi mục cần một cố vấn thứ hai duyệt trước khi đăng</label>
        </p>
        <p class="field__hint" id="second-review-hint">
          Khi bật: mục mới hay phiên bản mới của mục đang đăng chỉ được đăng khi một cố vấn khác (không phải người đã soạn, sửa phiên bản đó) duyệt trong danh sách “Chờ duyệt lần
          hai” ở trang Duyệt hỏi – đáp; trong lúc chờ, người đọc vẫn thấy phiên bản đang đăng. Lệnh nhập hàng loạt kb:import không chịu quy tắc này.
        </p>
        <div class="actions">
          <button type="submit" class="button button--primary">
            Lưu quy tắc đăng
          </button>
        </div>
      </form>
    </section>
  );
}
