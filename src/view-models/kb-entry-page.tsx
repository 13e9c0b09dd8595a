// What an entry's page shows, for every route that renders it: reading it, and the board's steps
// (vote, publish, mark reviewed, supersede) that bring it back with a refused form. One function
// here, so no route module has to import another for it.
import type { Context } from "hono";
import type { AuthedEnv } from "../context.js";
import { can } from "../auth/permissions.js";
import { entryAttachments } from "../services/attachments.js";
import { secondReviewRequired } from "../services/desk-settings.js";
import { entryForViewer, entryVotes } from "../services/kb-curation-queries.js";
import { reviewFlags } from "../services/kb-review-flags.js";
import { openReviewOf } from "../services/kb-second-review-queries.js";
import { KbEntryPage } from "../../views/pages/kb.js";

type EntryExtras = Omit<Parameters<typeof KbEntryPage>[0], "entry" | "flag" | "votes" | "attachments" | "secondReview">;

export function showEntry(c: Context<AuthedEnv>, id: number, extras: EntryExtras = {}, status: 200 | 422 = 200) {
  const { db } = c.get("deps");
  const entry = entryForViewer(db, c.get("user"), id);
  const flag = entry.flaggedAt ? (reviewFlags(db, [id]).get(id) ?? null) : null;
  const secondReview = can(c.get("user").roles, "kb.curate") ? { required: secondReviewRequired(db), open: openReviewOf(db, id) } : undefined;
  return c.html(
    <KbEntryPage entry={entry} flag={flag} votes={entryVotes(db, id, c.get("user").id)} attachments={entryAttachments(db, id)} secondReview={secondReview} {...extras} />,
    status,
  );
}
