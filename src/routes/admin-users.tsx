// Accounts, by admins only: list, create, disable/enable, reset a password.
import { Hono, type Context } from "hono";
import { z } from "zod";
import { ROLES } from "../../db/schema.js";
import type { AuthedEnv } from "../context.js";
import { requirePermission } from "../auth/middleware.js";
import { MIN_PASSWORD_LENGTH } from "../auth/password.js";
import { Conflict } from "../domain/errors.js";
import { activeCategories } from "../services/question-queries.js";
import { createUser, listUnits, listUsers, resetPassword, setDisabled } from "../services/users.js";
import { AdminUsersPage, type NewUserValues } from "../../views/pages/admin-users.js";
import type { FieldErrors } from "../../views/partials/form.js";
import { pathId, queryText, validQuery } from "./request.js";
import { requiredText, textValues, validForm, type RawForm } from "./validation.js";

export const adminUserRoutes = new Hono<AuthedEnv>();
adminUserRoutes.use(requirePermission("users.manage"));

const NOTICES: Record<string, string> = {
  created: "Đã tạo tài khoản.",
  disabled: "Đã khóa tài khoản.",
  enabled: "Đã mở khóa tài khoản.",
  reset: "Đã cấp lại mật khẩu tạm; người dùng phải đổi mật khẩu khi đăng nhập.",
};

function page(c: Context<AuthedEnv>, extra: { values?: NewUserValues; errors?: FieldErrors; notice?: string } = {}, status: 200 | 409 | 422 = 200) {
  const db = c.get("deps").db;
  return c.html(
    <AdminUsersPage users={listUsers(db)} units={listUnits(db)} categories={activeCategories(db)} {...extra} />,
    status,
  );
}

adminUserRoutes.get("/", validQuery({ done: queryText }), (c) => page(c, { notice: NOTICES[c.req.valid("query").done ?? ""] }));

const asList = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

const newUserForm = z.object({
  username: requiredText("tên đăng nhập", 50, 3).regex(/^[a-z0-9._-]+$/, "Tên đăng nhập chỉ gồm chữ thường không dấu, số, dấu chấm, gạch ngang."),
  name: requiredText("họ và tên", 100, 2),
  rank: z.string().trim().max(50, "Cấp bậc dài quá 50 ký tự.").optional(),
  unit: z.string().trim().max(150, "Tên đơn vị dài quá 150 ký tự.").optional(),
  password: z.string().min(MIN_PASSWORD_LENGTH, `Mật khẩu tạm cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`).max(200),
  roles: z.preprocess(asList, z.array(z.enum(ROLES, { error: "Vai trò không hợp lệ." })).min(1, "Xin chọn ít nhất một vai trò.")),
  specialties: z.preprocess(asList, z.array(z.string()).default([])),
});

function valuesOf(raw: RawForm): NewUserValues {
  const strings = (v: unknown) => asList(v).filter((x): x is string => typeof x === "string");
  return { ...textValues(raw), roles: strings(raw.roles), specialties: strings(raw.specialties) };
}

adminUserRoutes.post(
  "/",
  validForm(newUserForm, (c, raw, errors) => page(c, { values: valuesOf(raw), errors }, 422)),
  async (c) => {
    const f = c.req.valid("form");
    try {
      await createUser(
        c.get("deps").db,
        c.get("user").id,
        { ...f, unit: f.unit || undefined, rank: f.rank || undefined, mustChangePassword: true },
        c.get("deps").clock(),
      );
    } catch (e) {
      if (!(e instanceof Conflict)) throw e;
      const errors: FieldErrors =
        e.code === "username_taken" ? { username: "Tên đăng nhập đã có người dùng." } : { specialties: "Lĩnh vực không hợp lệ." };
      const { password: _omit, ...values } = f;
      return page(c, { values, errors }, 409);
    }
    return c.redirect("/admin/users?done=created", 303);
  },
);

const userId = pathId("user");

for (const [path, disabled] of [["disable", true], ["enable", false]] as const) {
  adminUserRoutes.post(`/:id/${path}`, userId, (c) => {
    try {
      setDisabled(c.get("deps").db, c.get("user").id, c.req.valid("param").id, disabled, c.get("deps").clock());
    } catch (e) {
      if (e instanceof Conflict) return page(c, { notice: "Không thể tự khóa tài khoản của chính mình." }, 409);
      throw e;
    }
    return c.redirect(`/admin/users?done=${disabled ? "disabled" : "enabled"}`, 303);
  });
}

const resetForm = z.object({
  password: z.string().min(MIN_PASSWORD_LENGTH, `Mật khẩu tạm cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`).max(200),
});

adminUserRoutes.post(
  "/:id/reset-password",
  validForm(resetForm, (c, _raw, errors) => page(c, { notice: errors.password }, 422)),
  userId,
  async (c) => {
    await resetPassword(c.get("deps").db, c.get("user").id, c.req.valid("param").id, c.req.valid("form").password, c.get("deps").clock());
    return c.redirect("/admin/users?done=reset", 303);
  },
);
