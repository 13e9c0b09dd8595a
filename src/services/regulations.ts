// Văn bản quy phạm: keeping the register current. Marking a document, or one of its articles,
// amended or replaced flags every live entry whose citation resolves to it (however it was
// spelled), in the same transaction as the change and its audit rows.
import type { Actor, ArticleRow, RegulationRow } from "../model.js";
import { and, eq, inArray, isNull, or, type SQL } from "drizzle-orm";
import { kbCitations, kbEntries, regulationArticles, regulations, type RegulationStatus } from "../../db/schema.js";
import type { DB, Tx } from "../db.js";
import { can } from "../auth/permissions.js";
import { Conflict, NotAllowed, NotFound } from "../domain/errors.js";
import { amendmentNote } from "../domain/regulation-citations.js";
import { audit } from "./audit.js";
import { linkCitations } from "./regulation-links.js";
import * as search from "../search/index.js";

export interface RegulationInput {
  number: string | null; // null only for an incomplete placeholder
  title: string;
  issuer: string | null;
  effectiveDate: string | null;
  aliases: string[];
  incomplete: boolean;
}

// A status and the day it applies from ("YYYY-MM-DD"); in_force clears the day.
export interface StatusChange {
  status: RegulationStatus;
  since: string;
}

function requireManager(actor: Actor): void {
  if (!can(actor.roles, "regulations.manage")) throw new NotAllowed("regulations.manage");
}

function loadRegulation(tx: Tx, id: number): RegulationRow {
  const r = tx.select().from(regulations).where(eq(regulations.id, id)).get();
  if (!r) throw new NotFound("regulation");
  return r;
}

// Aliases as stored: trimmed, blanks and repeats dropped.
export function cleanAliases(aliases: string[]): string[] {
  return [...new Set(aliases.map((a) => a.trim()).filter(Boolean))];
}

function checkInput(tx: Tx, input: RegulationInput, id: number | null): void {
  if (!input.number && !input.incomplete) throw new Conflict("regulation_number_required");
  if (!input.number) return;
  const other = tx.select({ id: regulations.id }).from(regulations).where(eq(regulations.number, input.number)).get();
  if (other && other.id !== id) throw new Conflict("regulation_exists");
}

function columns(input: RegulationInput) {
  return {
    number: input.number || null,
    title: input.title,
    issuer: input.issuer || null,
    effectiveDate: input.effectiveDate || null,
    aliases: cleanAliases(input.aliases),
    incomplete: input.incomplete,
  };
}

// Writes a new document inside the caller's transaction (the form and the import both use it).
export function insertRegulation(tx: Tx, actorId: number | null, input: RegulationInput, now: Date, source: "form" | "import"): number {
  checkInput(tx, input, null);
  const { id } = tx
    .insert(regulations)
    .values({ ...columns(input), status: "in_force", createdAt: now })
    .returning({ id: regulations.id })
    .get();
  audit(tx, { actorId, action: "regulation.create", objectType: "regulation", objectId: id, to: "in_force", data: { ...columns(input), source }, at: now });
  return id;
}

export function updateRegulationInTx(tx: Tx, actorId: number | null, before: RegulationRow, input: RegulationInput, now: Date, source: "form" | "import"): void {
  checkInput(tx, input, before.id);
  const after = columns(input);
  tx.update(regulations).set(after).where(eq(regulations.id, before.id)).run();
  const was = { number: before.number, title: before.title, issuer: before.issuer, effectiveDate: before.effectiveDate, aliases: before.aliases, incomplete: before.incomplete };
  audit(tx, { actorId, action: "regulation.update", objectType: "regulation", objectId: before.id, data: { before: was, after, source }, at: now });
}

export function addRegulation(db: DB, actor: Actor, input: RegulationInput, now: Date): number {
  requireManager(actor);
  return db.transaction((tx) => {
    const id = insertRegulation(tx, actor.id, input, now, "form");
    linkCitations(tx, [id]);
    return id;
  });
}

// Completing a placeholder, correcting a title, adding the names citations use: citations are
// linked again, since a new alias may now match text nothing matched before.
export function updateRegulation(db: DB, actor: Actor, id: number, input: RegulationInput, now: Date): void {
  requireManager(actor);
  db.transaction((tx) => {
    updateRegulationInTx(tx, actor.id, loadRegulation(tx, id), input, now, "form");
    linkCitations(tx, [id]);
    search.regulationChanged(tx, id); // its names are in each article's head
  });
}

// Flags the live entries with a citation matching `citing` that are not flagged yet; one audit row
// each. Returns their ids.
function flagCitingEntries(tx: Tx, actorId: number | null, citing: SQL | undefined, reason: string, data: Record<string, unknown>, now: Date): number[] {
  const cited = tx.selectDistinct({ id: kbCitations.entryId }).from(kbCitations).where(citing);
  const flagged = tx
    .update(kbEntries)
    .set({ flaggedAt: now, flagReason: reason })
    .where(and(inArray(kbEntries.id, cited), eq(kbEntries.status, "published"), isNull(kbEntries.flaggedAt)))
    .returning({ id: kbEntries.id })
    .all()
    .map((e) => e.id);
  for (const entryId of flagged) {
    audit(tx, { actorId, action: "kb.flag", objectType: "kb_entry", objectId: entryId, data: { ...data, reason }, at: now });
  }
  return flagged;
}

// The document's new status inside the caller's transaction; returns the entries flagged.
export function applyRegulationStatus(tx: Tx, actorId: number | null, r: RegulationRow, change: StatusChange, now: Date): number[] {
  if (r.status === change.status) return [];
  const since = change.status === "in_force" ? null : change.since;
  search.resultsChanged(); // the law search caches each article's status with its hit
  tx.update(regulations).set({ status: change.status, statusSince: since, statusChangedAt: now }).where(eq(regulations.id, r.id)).run();
  const flagged =
    change.status === "in_force"
      ? []
      : flagCitingEntries(tx, actorId, eq(kbCitations.regulationId, r.id), amendmentNote(r, null, change.status, change.since), { regulationId: r.id }, now);
  audit(tx, { actorId, action: "regulation.status", objectType: "regulation", objectId: r.id, from: r.status, to: change.status, data: { since, flaggedEntries: flagged }, at: now });
  return flagged;
}

// An article's new status: flags entries citing that article, and those citing the whole document
// without naming an article (they may rely on any of it).
export function applyArticleStatus(tx: Tx, actorId: number | null, r: RegulationRow, a: ArticleRow, change: StatusChange, now: Date): number[] {
  if (a.status === change.status) return [];
  const since = change.status === "in_force" ? null : change.since;
  search.resultsChanged(); // as above
  tx.update(regulationArticles).set({ status: change.status, statusSince: since, statusChangedAt: now }).where(eq(regulationArticles.id, a.id)).run();
  const citing = and(eq(kbCitations.regulationId, r.id), or(eq(kbCitations.articleId, a.id), and(isNull(kbCitations.articleId), eq(kbCitations.article, ""))));
  const flagged =
    change.status === "in_force" ? [] : flagCitingEntries(tx, actorId, citing, amendmentNote(r, a.label, change.status, change.since), { regulationId: r.id, articleId: a.id }, now);
  audit(tx, {
    actorId,
    action: "regulation.article_status",
    objectType: "regulation",
    objectId: r.id,
    from: a.status,
    to: change.status,
    data: { articleId: a.id, article: a.label, since, flaggedEntries: flagged },
    at: now,
  });
  return flagged;
}

export function setRegulationStatus(db: DB, actor: Actor, id: number, change: StatusChange, now: Date): { flagged: number } {
  requireManager(actor);
  return db.transaction((tx) => ({ flagged: applyRegulationStatus(tx, actor.id, loadRegulation(tx, id), change, now).length }));
}

export function setArticleStatus(db: DB, actor: Actor, regulationId: number, articleId: number, change: StatusChange, now: Date): { flagged: number } {
  requireManager(actor);
  return db.transaction((tx) => {
    const r = loadRegulation(tx, regulationId);
    const a = tx.select().from(regulationArticles).where(and(eq(regulationArticles.id, articleId), eq(regulationArticles.regulationId, regulationId))).get();
    if (!a) throw new NotFound("regulation_article");
    return { flagged: applyArticleStatus(tx, actor.id, r, a, change, now).length };
  });
}
