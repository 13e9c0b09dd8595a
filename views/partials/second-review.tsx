// Duyệt lần hai, as the board sees it on an entry and in its editor: a version waiting for a second
// advisor, or one sent back with the reason. Readers never see this; they keep the published text.
import type { OpenReview } from "../../src/model.js";
import { dateTime, isoInstant } from "../format.js";

export function SecondReviewNotice(props: { review: OpenReview; entry: { id: number; status: string; version: number }; editing?: boolean }) {
  const { review: r, entry } = props;
  const published = entry.status === "published";
  const compare = published && (
    <a href={`/kb/${entry.id}/versions?a=${entry.version}&b=${r.version}`}>So sánh với phiên bản đang đăng</a>
  );
  if (r.status === "pending") {
    return (
      <p class="alert alert--info" id="second-review">
        Phiên bản {r.version} đang chờ một cố vấn khác duyệt lần hai (gửi bởi {r.requesterName} lúc{" "}
        <time datetime={isoInstant(r.requestedAt)}>{dateTime(r.requestedAt)}</time>).{" "}
        {published ? <>Người đọc vẫn thấy phiên bản {entry.version} đang đăng. </> : "Mục chưa được đăng. "}
        {props.editing && "Nếu lưu thay đổi, phiên bản mới sẽ thay phiên bản đang chờ. "}
        {compare}
      </p>
    );
  }
  return (
    <div class="alert alert--warn" id="second-review" role="status">
      <p>
        Phiên bản {r.version} đã bị {r.deciderName ?? "cố vấn duyệt"} trả lại
        {r.decidedAt && (
          <>
            {" "}
            lúc <time datetime={isoInstant(r.decidedAt)}>{dateTime(r.decidedAt)}</time>
          </>
        )}
        , chưa đăng. {published && <>Người đọc vẫn thấy phiên bản {entry.version}. </>}
        {compare}
      </p>
      <p>
        <strong>Lý do trả lại:</strong> {r.reason}
      </p>
      {props.editing ? (
        <p>Biểu mẫu dưới đây mở từ phiên bản bị trả lại: sửa theo góp ý, ghi chú thay đổi rồi gửi duyệt lại.</p>
      ) : (
        <p>
          <a href={`/kb/${entry.id}/edit`}>Sửa theo góp ý và gửi duyệt lại</a>
        </p>
      )}
    </div>
  );
}
