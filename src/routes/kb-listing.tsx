// Niêm yết: what a ward office pins on its notice board. The booklet of published entries by
// category (GET /kb/booklet, for whoever reads the knowledge base) and the desk's poster with QR
// codes to the ask page and the search (GET /kb/poster, for those who run the desk). QR codes are
// drawn inline from the desk's public address (PUBLIC_URL, else the request's own).
import { zValidator } from "@hono/zod-validator";
import { Hono, type Context } from "hono";
import { z } from "zod";
import type { AuthedEnv } from "../context.js";
import { requirePermission } from "../auth/middleware.js";
import { NotFound } from "../domain/errors.js";
import { deskLink } from "../public-url.js";
import { qrMatrix } from "../qr.js";
import { BOOKLET_PART_SIZE, bookletCategories, bookletEntries, bookletOutline, type BookletFilter } from "../services/kb-booklet.js";
import { KbBookletPage } from "../../views/pages/kb-booklet.js";
import { PosterPage } from "../../views/pages/poster.js";

export const kbListingRoutes = new Hono<AuthedEnv>();

const linkTo = (c: Context<AuthedEnv>, path: `/${string}`) => deskLink(c.get("deps").config.publicUrl, c.req.url, path);

// Odd values are ignored (all categories, the first part), as the search filters do; only a
// category that has nothing published is a 404.
const bookletQuery = z.object({
  category: z.coerce.number().int().positive().optional().catch(undefined),
  flagged: z.enum(["include", "omit"]).catch("include").default("include"),
  part: z.coerce.number().int().positive().catch(1).default(1),
});

kbListingRoutes.get("/booklet", requirePermission("kb.read"), zValidator("query", bookletQuery), async (c) => {
  const { db, clock, config } = c.get("deps");
  const q = c.req.valid("query");
  const all = bookletCategories(db);
  const chosen = q.category === undefined ? null : (all.find((cat) => cat.id === q.category) ?? null);
  if (q.category !== undefined && !chosen) throw new NotFound("category");
  const filter: BookletFilter = { categoryId: chosen?.id ?? null, omitFlagged: q.flagged === "omit" };
  const outline = bookletOutline(all, filter);
  const parts = Math.max(1, Math.ceil(outline.total / BOOKLET_PART_SIZE));
  const part = Math.min(q.part, parts);
  const offset = (part - 1) * BOOKLET_PART_SIZE;
  const entries = bookletEntries(db, filter, offset);
  const withQr = await Promise.all(
    entries.map(async (e, i) => {
      const url = linkTo(c, `/kb/${e.id}`);
      return { ...e, number: offset + i + 1, url, qr: await qrMatrix(url) };
    }),
  );
  return c.html(
    <KbBookletPage
      header={config.report}
      printedAt={clock()}
      categories={all}
      filter={{ category: chosen, omitFlagged: filter.omitFlagged }}
      outline={outline}
      part={part}
      parts={parts}
      partSize={BOOKLET_PART_SIZE}
      entries={withQr}
    />,
  );
});

kbListingRoutes.get("/poster", requirePermission("poster.print"), async (c) => {
  const [ask, search] = [linkTo(c, "/questions/new"), linkTo(c, "/kb")];
  return c.html(<PosterPage header={c.get("deps").config.report} ask={await qrMatrix(ask)} search={await qrMatrix(search)} />);
});
