// A printable sheet per published entry, with a QR code to its page (for the units' notice boards).
import { Hono, type Context } from "hono";
import type { AuthedEnv } from "../context.js";
import { requirePermission } from "../auth/middleware.js";
import { NotFound } from "../domain/errors.js";
import { getPublishedEntry } from "../services/kb-queries.js";
import { reviewFlags } from "../services/kb-review-flags.js";
import { deskLink } from "../public-url.js";
import { KbPrintPage } from "../../views/pages/kb-print.js";

export const kbPrintRoutes = new Hono<AuthedEnv>();
kbPrintRoutes.use(requirePermission("kb.read"));

function entryOf(c: Context<AuthedEnv>) {
  const id = Number(c.req.param("id"));
  if (!Number.isSafeInteger(id) || id <= 0) throw new NotFound("kb_entry");
  return getPublishedEntry(c.var.deps.db, id);
}

const pageUrl = (c: Context<AuthedEnv>, id: number) => deskLink(c.var.deps.config.publicUrl, c.req.url, `/kb/${id}`);

kbPrintRoutes.get("/:id/print", (c) => {
  const entry = entryOf(c);
  const flag = reviewFlags(c.var.deps.db, [entry.id]).get(entry.id) ?? null;
  return c.html(<KbPrintPage entry={entry} flag={flag} url={pageUrl(c, entry.id)} />);
});

kbPrintRoutes.get("/:id/qr.svg", async (c) => {
  const entry = entryOf(c);
  const { default: QRCode } = await import("qrcode"); // loaded on first use, like the sheet itself
  const svg = await QRCode.toString(pageUrl(c, entry.id), { type: "svg", errorCorrectionLevel: "M", margin: 1 });
  c.header("Content-Type", "image/svg+xml; charset=utf-8");
  c.header("Cache-Control", "private, max-age=3600");
  return c.body(svg);
});
