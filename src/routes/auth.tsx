// Login, logout and the password change a reset forces.
import { Hono, type Context } from "hono";
import { getConnInfo } from "@hono/node-server/conninfo";
import { deleteCookie } from "hono/cookie";
import { z } from "zod";
import type { AppEnv, AuthedEnv } from "../context.js";
import { spendPasswordTime, verifyPassword, MIN_PASSWORD_LENGTH } from "../auth/password.js";
import { createSession, generateSessionToken, invalidateSession, SESSION_COOKIE } from "../auth/session.js";
import { requireUser, setSessionCookie } from "../auth/middleware.js";
import { changeOwnPassword, findLoginCandidate } from "../services/users.js";
import { audit } from "../services/audit.js";
import { loginSucceeded, reserveLoginAttempt } from "../auth/login-throttle.js";
import { deviceToken, knownDevice, newDeviceToken, rememberDevice, setDeviceCookie } from "../auth/login-device.js";
import { clientAddress } from "../auth/client-address.js";
import { LoginPage } from "../../views/pages/login.js";
import { ChangePasswordPage } from "../../views/pages/change-password.js";
import { textValues, validForm } from "./validation.js";
import { queryText, validQuery } from "./request.js";

export const authRoutes = new Hono<AppEnv>();

// Only a plain local path may follow login, so the form cannot bounce users elsewhere: "/" not
// followed by "/" or "\", with no whitespace, control character or backslash anywhere. Browsers drop
// tabs and line breaks from a URL and read "\" as "/", so "/\t/evil.example" is "//evil.example" to
// them; a line break in Location was a 500.
const PLAIN_PATH = /^\/(?![/\\])[^\s\\\u0000-\u001f\u007f-\u009f]*$/;

function safeNext(next: string | undefined): string {
  if (!next || !PLAIN_PATH.test(next)) return "/";
  // Percent-encodes what a header cannot carry ("/kb?q=hồ").
  const url = new URL(next, "http://desk.invalid");
  return url.pathname + url.search + url.hash;
}

const BAD_LOGIN = "Tên đăng nhập hoặc mật khẩu không đúng.";

// The socket peer's address; requests made in-process (tests) have none.
function peerAddress(c: Context<AppEnv>): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

authRoutes.get("/login", validQuery({ next: queryText }), (c) => {
  if (c.get("user")) return c.redirect("/", 303);
  return c.html(<LoginPage next={c.req.valid("query").next} />);
});

const loginForm = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(500),
  next: z.string().optional(),
});

authRoutes.post(
  "/login",
  validForm(loginForm, (c, raw) => {
    const v = textValues(raw);
    return c.html(<LoginPage username={v.username} next={v.next} error="Xin nhập tên đăng nhập và mật khẩu." />, 400);
  }),
  async (c) => {
    const { username, password, next } = c.req.valid("form");
    const { db, clock } = c.get("deps");
    const now = clock();
    const address = clientAddress(peerAddress(c), c.req.header("x-forwarded-for"), c.get("deps").config.trustedProxies);
    const candidate = findLoginCandidate(db, username);
    const browser = deviceToken(c);
    const device = knownDevice(db, browser, candidate?.id, now);
    // The attempt is counted before the password is checked, so parallel attempts cannot outrun it.
    const { attemptId, retryAfterMs: wait } = reserveLoginAttempt(db, username, { address, device }, now);
    if (attemptId === null) {
      const minutes = Math.ceil(wait / 60_000);
      c.header("Retry-After", String(Math.ceil(wait / 1000)));
      return c.html(<LoginPage username={username} next={next} error={`Đăng nhập sai quá nhiều lần. Xin đồng chí thử lại sau ${minutes} phút.`} />, 429);
    }
    // The same answer, in the same time, for unknown users, wrong passwords and disabled accounts.
    const ok = candidate ? await verifyPassword(candidate.passwordHash, password) : (await spendPasswordTime(password), false);
    if (!candidate || !ok || candidate.disabledAt) {
      return c.html(<LoginPage username={username} next={next} error={BAD_LOGIN} />, 401);
    }
    const token = generateSessionToken();
    const deviceCookie = browser ?? newDeviceToken();
    const session = db.transaction((tx) => {
      loginSucceeded(tx, attemptId);
      rememberDevice(tx, deviceCookie, candidate.id, now);
      const s = createSession(tx, token, candidate.id, now);
      audit(tx, { actorId: candidate.id, action: "user.login", objectType: "user", objectId: candidate.id, at: now });
      return s;
    });
    setSessionCookie(c, token, session);
    setDeviceCookie(c, deviceCookie);
    return c.redirect(candidate.passwordResetAt ? "/account/password" : safeNext(next), 303);
  },
);

authRoutes.post("/logout", (c) => {
  const session = c.get("session");
  if (session) invalidateSession(c.get("deps").db, session.id);
  deleteCookie(c, SESSION_COOKIE, { path: "/" });
  return c.redirect("/login", 303);
});

const account = new Hono<AuthedEnv>();
account.use(requireUser);

account.get("/password", (c) => c.html(<ChangePasswordPage />));

const passwordForm = z
  .object({
    password: z.string().min(MIN_PASSWORD_LENGTH, `Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`).max(200, "Mật khẩu dài quá 200 ký tự."),
    confirm: z.string(),
  })
  .refine((f) => f.password === f.confirm, { path: ["confirm"], message: "Hai lần nhập mật khẩu không khớp." });

account.post(
  "/password",
  validForm(passwordForm, (c, _raw, errors) => c.html(<ChangePasswordPage errors={errors} />, 422)),
  async (c) => {
    const { db, clock } = c.get("deps");
    const now = clock();
    await changeOwnPassword(db, c.get("user").id, c.req.valid("form").password, now);
    // Every old session ended with the change; this browser gets a fresh one.
    const token = generateSessionToken();
    setSessionCookie(c, token, createSession(db, token, c.get("user").id, now));
    return c.redirect("/", 303);
  },
);

authRoutes.route("/account", account);
