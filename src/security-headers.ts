// A strict policy: only the app's own scripts and styles (no inline ones), no framing. Attached
// files get a stricter one still: whatever a file holds, it runs nothing and reaches nothing.
import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";

const pages = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", "data:"],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
  xFrameOptions: "DENY",
  referrerPolicy: "same-origin",
  crossOriginEmbedderPolicy: false,
});

export const ATTACHMENT_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox";

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await pages(c, next);
  if (c.req.path.startsWith("/attachments/")) c.res.headers.set("Content-Security-Policy", ATTACHMENT_CSP);
};
