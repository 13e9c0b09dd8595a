// Sets the signed-in user once per request, and the guards routes use.
import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import type { AppEnv, AuthedEnv } from "../context.js";
import { NotAllowed } from "../domain/errors.js";
import { currentUser } from "../services/users.js";
import { can, type Action } from "./permissions.js";
import { SESSION_COOKIE, validateSessionToken, type Session } from "./session.js";

export const loadSession = createMiddleware<AppEnv>(async (c, next) => {
  const { db, clock } = c.get("deps");
  c.set("user", null);
  c.set("session", null);
  const token = getCookie(c, SESSION_COOKIE);
  if (token) {
    const found = validateSessionToken(db, token, clock(), (userId) => currentUser(db, userId));
    const session = found?.session;
    const user = found?.user;
    if (session && user) {
      c.set("session", session);
      c.set("user", user);
      if (found.extended) setSessionCookie(c, token, session); // the cookie's expiry follows the database
    } else {
      deleteCookie(c, SESSION_COOKIE, { path: "/" });
    }
  }
  await next();
});

export function setSessionCookie(c: Context<AppEnv> | Context<AuthedEnv>, token: string, session: Session): void {
  setCookie(c, SESSION_COOKIE, token, {
    path: "/",
    httpOnly: true,
    sameSite: "Lax",
    secure: (c as Context<AppEnv>).get("deps").config.cookieSecure,
    expires: session.expiresAt,
  });
}

// Pages send the browser to the login form; the JSON API answers 401.
export const requireUser: MiddlewareHandler<AppEnv> = async (c, next) => {
  const user = c.get("user");
  if (!user) {
    if (c.req.path.startsWith("/api/")) return c.json({ error: "unauthenticated" }, 401);
    if (c.req.header("HX-Request")) {
      c.header("HX-Redirect", "/login");
      return c.body(null, 401);
    }
    const next = c.req.method === "GET" ? `?next=${encodeURIComponent(c.req.path + new URL(c.req.url).search)}` : "";
    return c.redirect(`/login${next}`, 303);
  }
  // A reset password must be replaced before anything else.
  if (user.mustChangePassword && !c.req.path.startsWith("/account/password") && c.req.path !== "/logout") {
    return c.redirect("/account/password", 303);
  }
  await next();
};

export function requirePermission(action: Action): MiddlewareHandler<AuthedEnv> {
  return async (c, next) => {
    if (!can(c.get("user").roles, action)) throw new NotAllowed(action);
    await next();
  };
}
