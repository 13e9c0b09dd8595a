// The answer team proposes an answered question for the knowledge base; the advisory board writes
// an entry from it (which accepts the proposal, see knowledge-base.ts) or dismisses it.
import type { Actor } from "../model.js";
import { and, eq, ne } from "drizzle-orm";
import { kbEntries, kbProposals } from "../../db/schema.js";
import type { DB } from "../db.js";
import { can } from "../auth/permissions.js";
import { Conflict, InvalidTransition, NotAllowed, NotFound } from "../domain/errors.js";
import { audit } from "./audit.js";
import { loadQuestion, signalQuestion } from "./question-transition.js";

export function proposeForKnowledgeBase(db: DB, actor: Actor, questionId: number, note: string | null, now: Date): number {
  if (!can(actor.roles, "kb.propose")) throw new NotAllowed("kb.propose");
  return db.transaction((tx) => {
    const q = loadQuestion(tx, questionId);
    if (q.status !== "answered" && q.status !== "closed") throw new InvalidTransition(q.status, "propose");
    const open = tx.select({ id: kbProposals.id }).from(kbProposals).where(and(eq(kbProposals.questionId, questionId), eq(kbProposals.status, "open"))).get();
    if (open) throw new Conflict("proposal_open");
    const entry = tx
      .select({ id: kbEntries.id })
      .from(kbEntries)
      .where(and(eq(kbEntries.sourceQuestionId, questionId), ne(kbEntries.status, "retired")))
      .get();
    if (entry) throw new Conflict("already_in_kb");
    const id = tx.insert(kbProposals).values({ questionId, proposedBy: actor.id, note, createdAt: now, status: "open" }).returning({ id: kbProposals.id }).get().id;
    audit(tx, { actorId: actor.id, action: "question.propose", objectType: "question", objectId: questionId, data: { proposalId: id, note }, at: now });
    signalQuestion(tx, questionId);
    return id;
  });
}

// Not general enough, or already covered: the board closes the proposal without an entry.
export function dismissProposal(db: DB, actor: Actor, proposalId: number, now: Date): void {
  if (!can(actor.roles, "kb.curate")) throw new NotAllowed("kb.curate");
  db.transaction((tx) => {
    const p = tx.select().from(kbProposals).where(eq(kbProposals.id, proposalId)).get();
    if (!p) throw new NotFound("proposal");
    if (p.status !== "open") throw new Conflict("proposal_closed");
    tx.update(kbProposals).set({ status: "dismissed", resolvedAt: now, resolvedBy: actor.id }).where(eq(kbProposals.id, proposalId)).run();
    audit(tx, { actorId: actor.id, action: "question.kb_proposal_dismissed", objectType: "question", objectId: p.questionId, data: { proposalId }, at: now });
    signalQuestion(tx, p.questionId);
  });
}
