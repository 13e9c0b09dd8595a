// A printable sheet per published entry, with a QR code to its page (for the units' notice boards).
import { Hono, type Context } from "hono";
import type { AuthedEnv } from "../context.js";
import { requirePermission } from "../auth/middleware.js";
import { getPublishedEntry } from "../services/kb-queries.js";
import { reviewFlags } from "../services/kb-review-flags.js";
import { deskLink } from "../public-url.js";
import { KbPrintPage } from "../../views/pages/kb-print.js";
import { pathId } from "./request.js";

export const kbPrintRoutes = new Hono<AuthedEnv>();
// Per route, not kbPrintRoutes.use(): middleware of a module mounted at /kb would run for every /kb
// path of the other modules too, and the order of mounting would start to matter.
const readable = [requirePermission("kb.read"), pathId("kb_entry")] as const;

const pageUrl = (c: Context<AuthedEnv>, id: number) => deskLink(c.get("deps").config.publicUrl, c.req.url, `/kb/${id}`);

kbPrintRoutes.get("/:id/print", ...readable, (c) => {
  const entry = getPublishedEntry(c.get("deps").db, c.req.valid("param").id);
  const flag = reviewFlags(c.get("deps").db, [entry.id]).get(entry.id) ?? null;
  return c.html(<KbPrintPage entry={entry} flag={flag} url={pageUrl(c, entry.id)} />);
});

kbPrintRoutes.get("/:id/qr.svg", ...readable, async (c) => {
  const entry = getPublishedEntry(c.get("deps").db, c.req.valid("param").id);
  const { default: QRCode } = await import("qrcode"); // loaded on first use, like the sheet itself
  const svg = await QRCode.toString(pageUrl(c, entry.id), { type: "svg", errorCorrectionLevel: "M", margin: 1 });
  c.header("Content-Type", "image/svg+xml; charset=utf-8");
  c.header("Cache-Control", "private, max-age=3600");
  return c.body(svg);
});
