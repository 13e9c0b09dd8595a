// Cần gọi lại (answer team): the answers to pass on to people without an account, and "Đã gọi lại".
import { Hono } from "hono";
import { zValidator } from "@hono/zod-validator";
import { z } from "zod";
import type { AuthedEnv } from "../context.js";
import { requirePermission } from "../auth/middleware.js";
import { NotFound } from "../domain/errors.js";
import { completeCallBack, pendingCallBacks, recentCallBacks } from "../services/call-backs.js";
import { CallBacksPage } from "../../views/pages/call-backs.js";
import { validForm } from "./validation.js";

export const callBackRoutes = new Hono<AuthedEnv>();
callBackRoutes.use(requirePermission("question.answer"));

callBackRoutes.get("/", (c) => {
  const db = c.get("deps").db;
  return c.html(<CallBacksPage pending={pendingCallBacks(db)} recent={recentCallBacks(db)} />);
});

const idParam = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

const doneForm = z.object({
  // The only free text, bounded by the input's maxlength: a longer one is cut, not refused.
  note: z.string().trim().transform((s) => s.slice(0, 500)).optional(),
  // Back to the page the button was on; anything else goes to the list.
  back: z
    .string()
    .regex(/^\/(queue|callbacks|questions\/\d{1,12})$/)
    .catch("/callbacks"),
});

callBackRoutes.post(
  "/:id/done",
  zValidator("param", idParam, (result) => {
    if (!result.success) throw new NotFound("call_back");
  }),
  validForm(doneForm, (c) => c.redirect("/callbacks", 303)),
  (c) => {
    const { id } = c.req.valid("param");
    const f = c.req.valid("form");
    completeCallBack(c.get("deps").db, c.get("user"), id, f.note || null, c.get("deps").clock());
    return c.redirect(f.back, 303);
  },
);
