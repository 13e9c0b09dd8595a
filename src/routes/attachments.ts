// GET /attachments/:id (and its thumbnail): the file as sent, to whoever may see its owner (others:
// 404). Served with nosniff and a sandboxing policy (src/security-headers.ts); images and PDF open in
// the browser, the rest download; the Vietnamese file name survives (RFC 5987 filename*).
import contentDisposition from "content-disposition";
import { Hono, type Context } from "hono";
import type { AuthedEnv } from "../context.js";
import { NotFound } from "../domain/errors.js";
import { attachmentForViewer } from "../services/attachments.js";
import { CONTENT_TYPES, IMAGE_TYPES } from "../services/uploads.js";

export const attachmentRoutes = new Hono<AuthedEnv>();

function serve(c: Context<AuthedEnv>, part: "file" | "thumbnail") {
  const id = Number(c.req.param("id"));
  if (!Number.isSafeInteger(id) || id <= 0) throw new NotFound("attachment");
  const a = attachmentForViewer(c.var.deps.db, c.var.user, id, part);
  const etag = `"${a.etag}"`;
  const headers: Record<string, string> = {
    ETag: etag,
    // Content-addressed: the bytes behind this ETag never change. Private: it is someone's file.
    "Cache-Control": "private, max-age=86400",
    "X-Content-Type-Options": "nosniff",
    "Cross-Origin-Resource-Policy": "same-origin",
  };
  if (c.req.header("if-none-match") === etag) return c.body(null, 304, headers);
  const inline = part === "thumbnail" || IMAGE_TYPES.includes(a.type) || a.type === "pdf";
  headers["Content-Type"] = part === "thumbnail" ? "image/webp" : CONTENT_TYPES[a.type];
  headers["Content-Disposition"] = contentDisposition(a.fileName, { type: inline ? "inline" : "attachment", fallback: asciiName(a.fileName) });
  return c.body(new Uint8Array(a.data), 200, headers);
}

// For the plain filename= that old clients read: "Biên bản.pdf" → "Bien ban.pdf" (filename* keeps the real one).
function asciiName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^\x20-\x7e]|["\\]/g, "_");
}

attachmentRoutes.get("/:id", (c) => serve(c, "file"));
attachmentRoutes.get("/:id/thumbnail", (c) => serve(c, "thumbnail"));
