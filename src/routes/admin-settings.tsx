// Cài đặt, by admins only: the hotline numbers officers see, and the unit leaderboard's criteria.
import { Hono, type Context } from "hono";
import { z } from "zod";
import type { AuthedEnv } from "../context.js";
import { requirePermission } from "../auth/middleware.js";
import { hotlines, MAX_HOTLINES, saveHotlines, saveSecondReviewRule, secondReviewRequired } from "../services/desk-settings.js";
import { saveUnitScoringSettings, unitScoringSettings } from "../services/unit-scores.js";
import { AdminSettingsPage, type HotlineRowValues } from "../../views/pages/admin-settings.js";
import type { FieldErrors } from "../../views/partials/form.js";
import { queryText, validQuery } from "./request.js";
import { textValues, validForm, type RawForm } from "./validation.js";
import { scoringForm, settingsOf, valuesOf, type ScoringFormValues } from "./unit-scoring-form.js";

export const adminSettingsRoutes = new Hono<AuthedEnv>();
adminSettingsRoutes.use(requirePermission("settings.manage"));

const ROWS = Array.from({ length: MAX_HOTLINES }, (_, i) => i + 1);

type Scoring = { values: ScoringFormValues; errors?: FieldErrors };

function page(c: Context<AuthedEnv>, rows: HotlineRowValues[], extra: { errors?: FieldErrors; notice?: string; scoring?: Scoring } = {}, status: 200 | 422 = 200) {
  const filled = [...rows, ...ROWS.map(() => ({ label: "", number: "" }))].slice(0, MAX_HOTLINES);
  const scoring = extra.scoring ?? { values: valuesOf(unitScoringSettings(c.get("deps").db)) };
  return c.html(<AdminSettingsPage rows={filled} {...extra} scoring={scoring} secondReview={secondReviewRequired(c.get("deps").db)} />, status);
}

const NOTICES: Record<string, string> = { "1": "Đã lưu số đường dây nóng.", scoring: "Đã lưu tiêu chí chấm điểm bảng tổng sắp.", publishing: "Đã lưu quy tắc đăng mục hỏi – đáp." };

adminSettingsRoutes.get("/", validQuery({ saved: queryText }), (c) => page(c, hotlines(c.get("deps").db), { notice: NOTICES[c.req.valid("query").saved ?? ""] }));

// A phone number as people write it: digits with spaces, dots, dashes, parentheses, a leading +.
const PHONE = /^\+?[\d\s.()-]+$/;
const rowsForm = z
  .object(Object.fromEntries(ROWS.flatMap((n) => [[`label_${n}`, z.string().trim().max(60, `Tên số thứ ${n} dài quá 60 ký tự.`).default("")], [`number_${n}`, z.string().trim().max(20, `Số thứ ${n} dài quá 20 ký tự.`).default("")]])))
  .superRefine((f, ctx) => {
    for (const n of ROWS) {
      const number = f[`number_${n}`] as string;
      const label = f[`label_${n}`] as string;
      if (number && (!PHONE.test(number) || number.replace(/\D/g, "").length < 3)) {
        ctx.addIssue({ code: "custom", path: [`number_${n}`], message: `Số thứ ${n} không phải số điện thoại (chỉ gồm chữ số, dấu cách, chấm, gạch, ngoặc).` });
      }
      if (label && !number) ctx.addIssue({ code: "custom", path: [`number_${n}`], message: `Dòng ${n} có tên nhưng chưa có số điện thoại.` });
    }
  });

const rowsOf = (raw: RawForm | Record<string, string>): HotlineRowValues[] => {
  const v = textValues(raw);
  return ROWS.map((n) => ({ label: v[`label_${n}`] ?? "", number: v[`number_${n}`] ?? "" }));
};

adminSettingsRoutes.post(
  "/hotlines",
  validForm(rowsForm, (c, raw, errors) => page(c, rowsOf(raw), { errors }, 422)),
  (c) => {
    const f = c.req.valid("form") as Record<string, string>;
    const list = rowsOf(f)
      .filter((r) => r.number)
      .map((r) => ({ label: r.label || "Đường dây nóng", number: r.number }));
    saveHotlines(c.get("deps").db, c.get("user"), list, c.get("deps").clock());
    return c.redirect("/admin/settings?saved=1", 303);
  },
);

// The criteria's weights and thresholds; a bad value brings the form back as typed (422).
adminSettingsRoutes.post(
  "/unit-scoring",
  validForm(scoringForm, (c, raw, errors) => page(c, hotlines(c.get("deps").db), { scoring: { values: textValues(raw) as ScoringFormValues, errors } }, 422)),
  (c) => {
    saveUnitScoringSettings(c.get("deps").db, c.get("user"), settingsOf(c.req.valid("form") as ScoringFormValues), c.get("deps").clock());
    return c.redirect("/admin/settings?saved=scoring#unit-scoring", 303);
  },
);

// Duyệt lần hai on or off: a ticked box sends second_review=1, an unticked one nothing.
const publishingForm = z.object({ second_review: z.string().optional() });

adminSettingsRoutes.post(
  "/publishing",
  validForm(publishingForm, (c) => page(c, hotlines(c.get("deps").db), {}, 422)),
  (c) => {
    saveSecondReviewRule(c.get("deps").db, c.get("user"), c.req.valid("form").second_review === "1", c.get("deps").clock());
    return c.redirect("/admin/settings?saved=publishing#publishing", 303);
  },
);
