// npm run user:add -- --username U --name "Full name" --role ROLE [--role ROLE2] [--unit "Unit"] [--specialty CODE]
// The password comes from USER_PASSWORD so it never appears in shell history or process lists.
import { ROLES, type Role } from "../../db/schema.js";
import { MIN_PASSWORD_LENGTH } from "../auth/password.js";
import { Conflict } from "../domain/errors.js";
import { createUser } from "../services/users.js";
import { fail, parseFlags } from "./args.js";
import { openForCli } from "./open.js";

let flags;
try {
  flags = parseFlags({
    username: { type: "string" },
    name: { type: "string" },
    role: { type: "string", multiple: true },
    unit: { type: "string" },
    specialty: { type: "string", multiple: true },
    rank: { type: "string" },
    position: { type: "string" },
  }).values;
} catch (e) {
  fail(`user:add: ${(e as Error).message}`);
}

const password = process.env.USER_PASSWORD ?? "";
const roles = flags.role ?? [];
if (!flags.username || !/^[a-z0-9._-]{1,50}$/i.test(flags.username)) fail("user:add: cần --username (chữ không dấu, chữ số, . _ -)");
if (!flags.name?.trim()) fail("user:add: cần --name (họ và tên)");
if (roles.length === 0) fail(`user:add: cần ít nhất một --role (${ROLES.join(", ")})`);
const unknownRole = roles.find((r) => !(ROLES as readonly string[]).includes(r));
if (unknownRole) fail(`user:add: không có vai trò "${unknownRole}" (${ROLES.join(", ")})`);
if (password.length < MIN_PASSWORD_LENGTH) fail(`user:add: đặt mật khẩu trong USER_PASSWORD (ít nhất ${MIN_PASSWORD_LENGTH} ký tự)`);

const { db } = openForCli();
try {
  const id = await createUser(
    db,
    null,
    {
      username: flags.username,
      name: flags.name.trim(),
      password,
      roles: roles as Role[],
      unit: flags.unit,
      rank: flags.rank,
      position: flags.position,
      specialties: flags.specialty,
    },
    new Date(),
  );
  console.log(JSON.stringify({ id, username: flags.username, roles }));
} catch (e) {
  if (e instanceof Conflict && e.code === "username_taken") fail(`user:add: tên đăng nhập "${flags.username}" đã có`);
  if (e instanceof Conflict && e.code === "unknown_category") fail(`user:add: không có lĩnh vực ${e.message}`);
  throw e;
} finally {
  db.$client.close();
}
