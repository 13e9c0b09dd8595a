// GET /attachments/:id (and its thumbnail): the file as sent, to whoever may see its owner (others:
// 404). Served with nosniff and a sandboxing policy (src/security-headers.ts); images and PDF open in
// the browser, the rest download; the Vietnamese file name survives (RFC 5987 filename*).
import { ATTACHMENT_CONTENT_TYPES, IMAGE_TYPES } from "../model.js";
import { Hono, type Context } from "hono";
import type { AuthedEnv } from "../context.js";
import { disposition } from "../download.js";
import { attachmentForViewer } from "../services/attachments.js";
import { pathId } from "./request.js";

export const attachmentRoutes = new Hono<AuthedEnv>();

function serve(c: Context<AuthedEnv>, id: number, part: "file" | "thumbnail") {
  const a = attachmentForViewer(c.get("deps").db, c.get("user"), id, part);
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
  headers["Content-Type"] = part === "thumbnail" ? "image/webp" : ATTACHMENT_CONTENT_TYPES[a.type];
  headers["Content-Disposition"] = disposition(a.fileName, inline ? "inline" : "attachment");
  return c.body(new Uint8Array(a.data), 200, headers);
}

const attachmentId = pathId("attachment");

attachmentRoutes.get("/:id", attachmentId, (c) => serve(c, c.req.valid("param").id, "file"));
attachmentRoutes.get("/:id/thumbnail", attachmentId, (c) => serve(c, c.req.valid("param").id, "thumbnail"));
