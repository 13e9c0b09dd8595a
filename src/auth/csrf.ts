// CSRF protection by origin, as the contract says (no token field): a state-changing request from a
// browser carries Origin (or at least Sec-Fetch-Site), and it must be this site. Clients that
// send neither are not browsers and cannot carry a victim's cookie through a forged form.
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../context.js";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export const checkOrigin = createMiddleware<AppEnv>(async (c, next) => {
  if (SAFE_METHODS.has(c.req.method)) return next();
  const origin = c.req.header("Origin");
  const fetchSite = c.req.header("Sec-Fetch-Site");
  const allowed = new Set([new URL(c.req.url).origin, ...c.get("deps").config.trustedOrigins]);
  const host = c.req.header("Host");
  if (host) {
    allowed.add(`http://${host}`);
    allowed.add(`https://${host}`);
  }
  const ok =
    origin !== undefined
      ? allowed.has(origin) // "null" (sandboxed or privacy-stripped) is never allowed
      : fetchSite === undefined || fetchSite === "same-origin" || fetchSite === "none";
  if (!ok) return c.text("Yêu cầu bị từ chối: không đúng nguồn gửi (Origin).", 403);
  await next();
});
