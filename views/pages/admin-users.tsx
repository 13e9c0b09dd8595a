import { ROLES, type UserListRow, type Role } from "../../src/model.js";
import { Layout } from "../layout.js";
import { ErrorSummary, Field, type FieldErrors } from "../partials/form.js";

const ROLE_LABELS: Record<Role, string> = {
  officer: "Cán bộ đơn vị",
  answerer: "Tổ giải đáp",
  lead: "Tổ trưởng giải đáp",
  advisor: "Ban cố vấn",
  steering: "Ban chỉ đạo",
  admin: "Quản trị",
};

export interface NewUserValues {
  username?: string;
  name?: string;
  rank?: string;
  unit?: string;
  roles?: string[];
  specialties?: string[];
}

export function AdminUsersPage(props: {
  users: UserListRow[];
  units: { id: number; name: string }[];
  categories: { code: string; name: string }[];
  values?: NewUserValues;
  errors?: FieldErrors;
  notice?: string;
}) {
  const { values = {}, errors = {} } = props;
  const roles = values.roles ?? [];
  const specialties = values.specialties ?? [];
  return (
    <Layout title="Tài khoản" path="/admin/users">
      <h1>Quản lý tài khoản</h1>
      {props.notice && (
        <p class="alert alert--success" role="status">
          {props.notice}
        </p>
      )}
      <section class="card" aria-labelledby="users-title">
        <h2 id="users-title">Danh sách tài khoản ({props.users.length})</h2>
        <div class="table-wrap">
          <table class="table table--stack">
            <thead>
              <tr>
                <th scope="col">Tên đăng nhập</th>
                <th scope="col">Họ tên</th>
                <th scope="col">Đơn vị</th>
                <th scope="col">Vai trò</th>
                <th scope="col">Trạng thái</th>
                <th scope="col">Thao tác</th>
              </tr>
            </thead>
            <tbody>
              {props.users.map((u) => (
                <tr class={u.disabledAt ? "row--disabled" : undefined}>
                  <td data-label="Tên đăng nhập">{u.username}</td>
                  <td data-label="Họ tên">{u.rank ? `${u.rank} ${u.name}` : u.name}</td>
                  <td data-label="Đơn vị">{u.unitName ?? "—"}</td>
                  <td data-label="Vai trò">{u.roles.map((r) => ROLE_LABELS[r]).join(", ")}</td>
                  <td data-label="Trạng thái">{u.disabledAt ? "Đã khóa" : u.mustChangePassword ? "Chờ đổi mật khẩu" : "Hoạt động"}</td>
                  <td class="row-actions">
                    <form method="post" action={`/admin/users/${u.id}/${u.disabledAt ? "enable" : "disable"}`} class="inline">
                      <button type="submit" class="button button--small">
                        {u.disabledAt ? "Mở khóa" : "Khóa"}
                      </button>
                    </form>
                    <form method="post" action={`/admin/users/${u.id}/reset-password`} class="inline reset-form">
                      <label class="visually-hidden" for={`reset-${u.id}`}>
                        Mật khẩu tạm cho {u.username}
                      </label>
                      <input id={`reset-${u.id}`} name="password" type="text" minlength={8} required placeholder="Mật khẩu tạm" autocomplete="off" />
                      <button type="submit" class="button button--small">
                        Cấp lại mật khẩu
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section class="card" aria-labelledby="new-user-title">
        <h2 id="new-user-title">Tạo tài khoản</h2>
        <ErrorSummary errors={errors} />
        <form method="post" action="/admin/users" class="stack">
          <div class="grid-2">
            <Field id="nu-username" label="Tên đăng nhập" error={errors.username}>
              <input id="nu-username" name="username" required autocapitalize="none" value={values.username ?? ""} />
            </Field>
            <Field id="nu-name" label="Họ và tên" error={errors.name}>
              <input id="nu-name" name="name" required value={values.name ?? ""} />
            </Field>
            <Field id="nu-rank" label="Cấp bậc" error={errors.rank}>
              <input id="nu-rank" name="rank" value={values.rank ?? ""} placeholder="Đại úy" />
            </Field>
            <Field id="nu-unit" label="Đơn vị" error={errors.unit}>
              <input id="nu-unit" name="unit" list="unit-list" value={values.unit ?? ""} />
              <datalist id="unit-list">
                {props.units.map((u) => (
                  <option value={u.name} />
                ))}
              </datalist>
            </Field>
            <Field id="nu-password" label="Mật khẩu tạm (người dùng phải đổi khi đăng nhập)" error={errors.password}>
              <input id="nu-password" name="password" type="text" required minlength={8} autocomplete="off" />
            </Field>
          </div>
          <fieldset class={errors.roles ? "field--invalid" : undefined}>
            <legend>Vai trò</legend>
            {errors.roles && <p class="field__error">{errors.roles}</p>}
            <div class="checks">
              {ROLES.map((r) => (
                <label>
                  <input type="checkbox" name="roles" value={r} checked={roles.includes(r)} /> {ROLE_LABELS[r]}
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset>
            <legend>Lĩnh vực chuyên sâu (với Tổ giải đáp)</legend>
            <div class="checks">
              {props.categories.map((c) => (
                <label>
                  <input type="checkbox" name="specialties" value={c.code} checked={specialties.includes(c.code)} /> {c.name}
                </label>
              ))}
            </div>
          </fieldset>
          <button type="submit" class="button button--primary">
            Tạo tài khoản
          </button>
        </form>
      </section>
    </Layout>
  );
}
