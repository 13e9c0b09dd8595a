// Duyệt lần hai: a second advisor approves a waiting version (it is published at once) or sends it
// back with a reason, from the "Chờ duyệt lần hai" list on /review. The author of a version gets a
// 403 page that says why, never the buttons; a refused reason comes back filled (422).
import { Hono, type Context } from "hono";
import { z } from "zod";
import type { AuthedEnv } from "../context.js";
import { requirePermission } from "../auth/middleware.js";
import { PersonalDataFound } from "../domain/pii.js";
import { reviewQueue } from "../services/kb-curation-queries.js";
import { approveReview, OwnVersion, returnReview } from "../services/kb-second-review.js";
import { ReviewPage, type ReviewDecisionState } from "../../views/pages/review.js";
import { idOf, pathId } from "./request.js";
import { multilineText, textValues, validForm } from "./validation.js";

export const secondReviewRoutes = new Hono<AuthedEnv>();
secondReviewRoutes.use(requirePermission("kb.curate"));

const OWN_VERSION = "Đồng chí đã soạn hoặc sửa phiên bản này nên không thể tự duyệt hay trả lại: cần một cố vấn khác trong Ban cố vấn.";

const reviewId = pathId("kb_second_review");

function reviewPage(c: Context<AuthedEnv>, decision: ReviewDecisionState, status: 403 | 422) {
  return c.html(<ReviewPage queue={reviewQueue(c.get("deps").db)} decision={decision} />, status);
}

// The decision, with the refusals an advisor can meet turned into the review page saying why.
function decide(c: Context<AuthedEnv>, run: () => number, reason = "") {
  const id = idOf(c);
  try {
    run();
  } catch (e) {
    if (e instanceof OwnVersion) return reviewPage(c, { reviewId: id, message: OWN_VERSION, reason }, 403);
    if (e instanceof PersonalDataFound) {
      return reviewPage(c, { reviewId: id, message: "Phiên bản này có thông tin cá nhân người viết chưa bỏ qua; xin trả lại để lược bỏ.", reason }, 422);
    }
    throw e;
  }
  return c.redirect(`/review#second-reviews`, 303);
}

secondReviewRoutes.post("/:id{[0-9]+}/approve", reviewId, (c) => decide(c, () => approveReview(c.get("deps").db, c.get("user"), c.req.valid("param").id, c.get("deps").clock())));

const returnForm = z.object({ reason: multilineText("lý do trả lại", 1000, 5) });

secondReviewRoutes.post(
  "/:id{[0-9]+}/return",
  reviewId,
  validForm(returnForm, (c, raw, errors) => reviewPage(c, { reviewId: idOf(c), reasonError: errors.reason, reason: textValues(raw).reason ?? "" }, 422)),
  (c) => {
    const { reason } = c.req.valid("form");
    return decide(c, () => returnReview(c.get("deps").db, c.get("user"), c.req.valid("param").id, reason, c.get("deps").clock()), reason);
  },
);
