// Logging hotline calls (the answer team on duty).
import { Hono, type Context } from "hono";
import { z } from "zod";
import type { AuthedEnv } from "../context.js";
import { requirePermission } from "../auth/middleware.js";
import { NotFound } from "../domain/errors.js";
import { loadCalendar } from "../services/calendar.js";
import { logCall } from "../services/calls.js";
import { activeCategories } from "../services/question-queries.js";
import { listUnits } from "../services/users.js";
import { CallPage } from "../../views/pages/call.js";
import type { FieldErrors } from "../../views/partials/form.js";
import { multilineText, requiredText, textValues, validForm } from "./validation.js";

export const callRoutes = new Hono<AuthedEnv>();
callRoutes.use(requirePermission("question.answer"));

function page(c: Context<AuthedEnv>, extra: { values?: Record<string, string>; errors?: FieldErrors; logged?: { id: number; answered: boolean } } = {}, status: 200 | 422 = 200) {
  const db = c.var.deps.db;
  return c.html(<CallPage user={c.var.user} categories={activeCategories(db)} units={listUnits(db)} {...extra} />, status);
}

callRoutes.get("/new", (c) => {
  const id = Number(c.req.query("logged"));
  return page(c, Number.isSafeInteger(id) && id > 0 ? { logged: { id, answered: c.req.query("answered") === "1" } } : {});
});

const callForm = z
  .object({
    caller: requiredText("người gọi", 150, 2),
    caller_username: z.string().trim().max(50).optional(),
    unit: z.string().trim().max(150, "Tên đơn vị dài quá 150 ký tự.").optional(),
    category: z.coerce.number({ error: "Xin chọn lĩnh vực." }).int().positive("Xin chọn lĩnh vực."),
    title: requiredText("câu hỏi (tóm tắt)", 200, 5),
    body: multilineText("nội dung câu hỏi", 20000, 5),
    answer: z.string().trim().max(50000, "Nội dung trả lời dài quá.").optional(),
    outcome: z.enum(["answered", "question"]).default("question"),
  })
  .refine((f) => f.outcome !== "answered" || (f.answer ?? "").length >= 2, {
    path: ["answer"],
    message: "Xin ghi nội dung đã trả lời qua điện thoại.",
  });

callRoutes.post(
  "/",
  validForm(callForm, (c, raw, errors) => page(c, { values: textValues(raw), errors }, 422)),
  (c) => {
    const f = c.req.valid("form");
    const { db, clock, config } = c.var.deps;
    const answered = f.outcome === "answered";
    try {
      const id = logCall(
        db,
        c.var.user,
        {
          callerName: f.caller,
          callerUsername: f.caller_username || undefined,
          unit: f.unit || undefined,
          title: f.title,
          body: f.body,
          categoryId: f.category,
          answer: answered ? f.answer!.replace(/\r\n?/g, "\n") : undefined,
        },
        clock(),
        loadCalendar(db, config.timeZone),
      );
      return c.redirect(`/calls/new?logged=${id}&answered=${answered ? 1 : 0}`, 303);
    } catch (e) {
      if (!(e instanceof NotFound) || (e.what !== "caller" && e.what !== "category")) throw e;
      const errors: FieldErrors = e.what === "caller" ? { caller_username: "Không có tài khoản cán bộ đơn vị với tên đăng nhập này." } : { category: "Lĩnh vực không hợp lệ, xin chọn lại." };
      const values = Object.fromEntries(Object.entries(f).map(([k, v]) => [k, String(v ?? "")]));
      return page(c, { values: { ...values, caller_username: f.caller_username ?? "" }, errors }, 422);
    }
  },
);
