// Reading the knowledge base (everyone signed in).
import { Hono } from "hono";
import type { AuthedEnv } from "../context.js";
import { requirePermission } from "../auth/middleware.js";
import { NotFound } from "../domain/errors.js";
import { getPublishedEntry, listPublishedEntries } from "../services/kb-queries.js";
import { KbEntryPage, KbListPage } from "../../views/pages/kb.js";

export const kbRoutes = new Hono<AuthedEnv>();
kbRoutes.use(requirePermission("kb.read"));

kbRoutes.get("/", (c) => {
  const q = (c.req.query("q") ?? "").slice(0, 500);
  return c.html(<KbListPage user={c.var.user} q={q} entries={listPublishedEntries(c.var.deps.db, { q })} />);
});

kbRoutes.get("/:id", (c) => {
  const id = Number(c.req.param("id"));
  if (!Number.isSafeInteger(id) || id <= 0) throw new NotFound("kb_entry");
  return c.html(<KbEntryPage user={c.var.user} entry={getPublishedEntry(c.var.deps.db, id)} />);
});
