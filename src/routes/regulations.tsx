// The regulations registry: everyone reads it; advisors and admins keep it current.
import { Hono, type Context } from "hono";
import { z } from "zod";
import type { AuthedEnv } from "../context.js";
import { requirePermission } from "../auth/middleware.js";
import { Conflict, NotFound } from "../domain/errors.js";
import { addRegulation, setRegulationStatus } from "../services/regulations.js";
import { listRegulations } from "../services/regulation-queries.js";
import { localDateOf } from "../services/duty.js";
import { RegulationsPage } from "../../views/pages/regulations.js";
import type { FieldErrors } from "../../views/partials/form.js";
import { requiredText, textValues, validForm } from "./validation.js";

export const regulationRoutes = new Hono<AuthedEnv>();

function page(c: Context<AuthedEnv>, extra: { values?: Record<string, string>; errors?: FieldErrors; notice?: string } = {}, status: 200 | 409 | 422 = 200) {
  return c.html(<RegulationsPage user={c.var.user} items={listRegulations(c.var.deps.db)} {...extra} />, status);
}

regulationRoutes.get("/", requirePermission("kb.read"), (c) => {
  const flagged = Number(c.req.query("flagged"));
  const notice = c.req.query("done") === "added" ? "Đã thêm văn bản." : c.req.query("done") === "status" ? `Đã cập nhật tình trạng; ${Number.isFinite(flagged) ? flagged : 0} mục hỏi – đáp được đánh dấu cần rà soát.` : undefined;
  return page(c, { notice });
});

const regulationForm = z.object({
  number: requiredText("số hiệu văn bản", 100, 2),
  title: requiredText("tên văn bản", 300, 3),
  issuer: z.string().trim().max(200).optional(),
  effective_date: z.union([z.literal(""), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Ngày có hiệu lực không hợp lệ.")]).optional(),
});

regulationRoutes.post(
  "/",
  requirePermission("regulations.manage"),
  validForm(regulationForm, (c, raw, errors) => page(c, { values: textValues(raw), errors }, 422)),
  (c) => {
    const f = c.req.valid("form");
    try {
      addRegulation(c.var.deps.db, c.var.user, { number: f.number, title: f.title, issuer: f.issuer || null, effectiveDate: f.effective_date || null, aliases: [], incomplete: false }, c.var.deps.clock());
    } catch (e) {
      if (!(e instanceof Conflict)) throw e;
      return page(c, { values: Object.fromEntries(Object.entries(f).map(([k, v]) => [k, v ?? ""])), errors: { number: "Văn bản có số hiệu này đã có trong danh mục." } }, 409);
    }
    return c.redirect("/regulations?done=added", 303);
  },
);

const statusForm = z.object({ status: z.enum(["in_force", "amended", "replaced"], { error: "Tình trạng không hợp lệ." }) });

regulationRoutes.post(
  "/:id/status",
  requirePermission("regulations.manage"),
  validForm(statusForm, (c, _raw, errors) => page(c, { errors }, 422)),
  (c) => {
    const id = Number(c.req.param("id"));
    if (!Number.isSafeInteger(id) || id <= 0) throw new NotFound("regulation");
    const { flagged } = setRegulationStatus(c.var.deps.db, c.var.user, id, { status: c.req.valid("form").status, since: localDateOf(c.var.deps.clock(), c.var.deps.config.timeZone) }, c.var.deps.clock());
    return c.redirect(`/regulations?done=status&flagged=${flagged}`, 303);
  },
);
