// One knowledge-base entry: reading it (published for everyone; drafts and retired ones for the
// board), helpful / not helpful votes, and the board's version history with a word-level diff.
import type { EntryVersion } from "../model.js";
import { Hono, type Context } from "hono";
import { z } from "zod";
import type { AuthedEnv } from "../context.js";
import { requirePermission } from "../auth/middleware.js";
import { diffWords } from "../domain/text-diff.js";
import { entryForViewer, entryVersions } from "../services/kb-curation-queries.js";
import { voteOnEntry } from "../services/knowledge-base.js";
import { searchKb } from "../search/index.js";
import { KbVersionsPage, type FieldDiff } from "../../views/pages/kb-versions.js";
import { citationText } from "../../views/partials/citations.js";
import { showEntry } from "../view-models/kb-entry-page.js";
import { idOf, pathId, queryText, validQuery } from "./request.js";
import { validForm } from "./validation.js";

export const kbEntryRoutes = new Hono<AuthedEnv>();

const entryId = pathId("kb_entry");

// Related entries: the search engine asked with the entry's own title and tags.
function relatedTo(c: Context<AuthedEnv>, id: number) {
  const e = entryForViewer(c.get("deps").db, c.get("user"), id);
  if (e.status !== "published") return [];
  const { results } = searchKb(c.get("deps").db, { q: `${e.title} ${e.tags.join(" ")}`, limit: 5 });
  return results.filter((r) => r.id !== id).slice(0, 4);
}

kbEntryRoutes.get("/:id{[0-9]+}", requirePermission("kb.read"), entryId, validQuery({ deflected: queryText }), (c) => {
  const id = c.req.valid("param").id;
  return showEntry(c, id, { related: relatedTo(c, id), deflected: c.req.valid("query").deflected === "1" });
});

const voteForm = z.object({ helpful: z.enum(["1", "0"], { error: "Xin chọn có ích hoặc chưa có ích." }) });

kbEntryRoutes.post("/:id{[0-9]+}/vote", requirePermission("kb.read"), entryId, validForm(voteForm, (c) => showEntry(c, idOf(c), {}, 422)), (c) => {
  const id = c.req.valid("param").id;
  voteOnEntry(c.get("deps").db, c.get("user"), id, c.req.valid("form").helpful === "1", c.get("deps").clock());
  return c.redirect(`/kb/${id}#votes`, 303);
});

function compareVersions(a: EntryVersion, b: EntryVersion): FieldDiff[] {
  const fields: [string, (v: EntryVersion) => string][] = [
    ["Tiêu đề", (v) => v.title],
    ["Câu hỏi", (v) => v.question],
    ["Trả lời", (v) => v.answer],
    ["Lĩnh vực", (v) => v.categoryName],
    ["Từ khóa", (v) => v.tags.join(", ")],
    ["Căn cứ", (v) => v.citations.map(citationText).join("\n")],
  ];
  return fields.map(([label, text]) => ({ label, parts: diffWords(text(a), text(b)) }));
}

// ?a=1&b=3 compares those two; without them, the latest version with the one before it.
kbEntryRoutes.get("/:id{[0-9]+}/versions", requirePermission("kb.curate"), entryId, validQuery({ a: queryText, b: queryText }), (c) => {
  const { db } = c.get("deps");
  const entry = entryForViewer(db, c.get("user"), c.req.valid("param").id);
  const versions = entryVersions(db, entry.id);
  const pick = (q: string | undefined, fallback: EntryVersion | undefined) => versions.find((v) => String(v.version) === q) ?? fallback;
  const q = c.req.valid("query");
  const a = pick(q.a, versions.at(-2));
  const b = pick(q.b, versions.at(-1));
  const compare = a && b ? { a: a.version, b: b.version, fields: compareVersions(a, b) } : null;
  return c.html(<KbVersionsPage entry={entry} versions={versions} compare={compare} />);
});
