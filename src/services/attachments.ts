// Attachments of questions, their messages and knowledge-base entries. The bytes live in `blobs`,
// once per SHA-256 (docs/decisions/005-attachments.md); an attachment row names the file and its
// owner. Who may download one is exactly who may see its owner; everyone else gets 404.
import type { AttachmentView, Actor } from "../model.js";
import { and, asc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { attachments, blobs, kbEntries, messages, type AttachmentType } from "../../db/schema.js";
import type { DB, Tx } from "../db.js";
import { can } from "../auth/permissions.js";
import { NotFound } from "../domain/errors.js";
import { ASKER_MESSAGE_KINDS, getQuestion, visibleMessageKinds } from "./question-queries.js";
import type { Upload } from "./uploads.js";

type AttachmentOwner = { questionId: number; messageId?: number } | { kbEntryId: number };

export function storeAttachments(tx: Tx, owner: AttachmentOwner, uploads: Upload[], uploadedBy: number, now: Date): number[] {
  return uploads.map((u) => {
    storeBlob(tx, u.sha256, u.bytes, now);
    if (u.thumbnail) storeBlob(tx, u.thumbnail.sha256, u.thumbnail.bytes, now);
    return tx
      .insert(attachments)
      .values({
        sha256: u.sha256,
        fileName: u.fileName,
        type: u.type,
        size: u.bytes.length,
        thumbSha256: u.thumbnail?.sha256 ?? null,
        questionId: "questionId" in owner ? owner.questionId : null,
        messageId: "questionId" in owner ? (owner.messageId ?? null) : null,
        kbEntryId: "kbEntryId" in owner ? owner.kbEntryId : null,
        uploadedBy,
        createdAt: now,
      })
      .returning({ id: attachments.id })
      .get().id;
  });
}

// The same file sent twice is stored once.
function storeBlob(tx: Tx, sha256: string, bytes: Buffer, now: Date): void {
  tx.insert(blobs).values({ sha256, size: bytes.length, data: bytes, createdAt: now }).onConflictDoNothing().run();
}

// An advisor deliberately carries files of the source question into an entry: new rows, same blobs.
// Only the question's files the asker could see (never those of internal messages). Returns the names.
export function copyAttachmentsToEntry(tx: Tx, attachmentIds: number[], questionId: number, kbEntryId: number, actorId: number, now: Date): string[] {
  if (attachmentIds.length === 0) return [];
  // Offered by the question, and not already on the entry (an entry is edited more than once).
  const onEntry = new Set(entryAttachments(tx, kbEntryId).map((a) => a.sha256));
  const offered = new Set(
    proposalAttachments(tx, questionId)
      .filter((a) => !onEntry.has(a.sha256))
      .map((a) => a.id),
  );
  const rows = tx
    .select()
    .from(attachments)
    .where(inArray(attachments.id, attachmentIds.filter((id) => offered.has(id))))
    .all();
  for (const a of rows) {
    tx.insert(attachments)
      .values({ sha256: a.sha256, fileName: a.fileName, type: a.type, size: a.size, thumbSha256: a.thumbSha256, kbEntryId, uploadedBy: actorId, createdAt: now })
      .run();
  }
  return rows.map((a) => a.fileName);
}

// Takes files off an entry. The bytes stay (other rows may share them, and the audit row names the
// file by its hash).
export function detachFromEntry(tx: Tx, kbEntryId: number, attachmentIds: number[]): { fileName: string; sha256: string }[] {
  if (attachmentIds.length === 0) return [];
  const rows = tx
    .select({ id: attachments.id, fileName: attachments.fileName, sha256: attachments.sha256 })
    .from(attachments)
    .where(and(eq(attachments.kbEntryId, kbEntryId), inArray(attachments.id, attachmentIds)))
    .all();
  if (rows.length) tx.delete(attachments).where(inArray(attachments.id, rows.map((r) => r.id))).run();
  return rows.map(({ fileName, sha256 }) => ({ fileName, sha256 }));
}

const viewColumns = {
  id: attachments.id,
  fileName: attachments.fileName,
  type: attachments.type,
  size: attachments.size,
  hasThumbnail: sql<boolean>`${attachments.thumbSha256} IS NOT NULL`.mapWith(Boolean),
  messageId: attachments.messageId,
  sha256: attachments.sha256,
};

// A question's files the viewer may see (the caller has already checked the question itself).
export function questionAttachments(db: DB, actor: Actor, questionId: number): AttachmentView[] {
  const rows = db
    .select({ ...viewColumns, kind: messages.kind })
    .from(attachments)
    .leftJoin(messages, eq(messages.id, attachments.messageId))
    .where(eq(attachments.questionId, questionId))
    .orderBy(asc(attachments.id))
    .all();
  const kinds = visibleMessageKinds(actor);
  return rows.filter((r) => r.kind === null || kinds.includes(r.kind)).map(({ kind: _kind, ...view }) => view);
}

export function entryAttachments(db: DB | Tx, kbEntryId: number): AttachmentView[] {
  return db.select(viewColumns).from(attachments).where(eq(attachments.kbEntryId, kbEntryId)).orderBy(asc(attachments.id)).all();
}

// What a proposal may carry into an entry: the files of the question and of its public messages.
// The personal-data guard lists them on the editor; none is copied unless an advisor picks it.
export function proposalAttachments(db: DB | Tx, questionId: number): AttachmentView[] {
  return db
    .select(viewColumns)
    .from(attachments)
    .leftJoin(messages, eq(messages.id, attachments.messageId))
    .where(and(eq(attachments.questionId, questionId), or(isNull(attachments.messageId), inArray(messages.kind, [...ASKER_MESSAGE_KINDS]))))
    .orderBy(asc(attachments.id))
    .all();
}

// The file and its bytes, or NotFound when it does not exist or its owner is out of the viewer's sight.
export function attachmentForViewer(db: DB, actor: Actor, id: number, part: "file" | "thumbnail") {
  const a = db
    .select({ ...viewColumns, sha256: attachments.sha256, thumbSha256: attachments.thumbSha256, questionId: attachments.questionId, kbEntryId: attachments.kbEntryId, kind: messages.kind, entryStatus: kbEntries.status })
    .from(attachments)
    .leftJoin(messages, eq(messages.id, attachments.messageId))
    .leftJoin(kbEntries, eq(kbEntries.id, attachments.kbEntryId))
    .where(eq(attachments.id, id))
    .get();
  if (!a) throw new NotFound("attachment");
  if (a.questionId !== null) {
    getQuestion(db, actor, a.questionId); // throws NotFound when the question is not the viewer's to see
    if (a.kind !== null && !visibleMessageKinds(actor).includes(a.kind)) throw new NotFound("attachment"); // a file of an internal message
  } else if (a.kbEntryId !== null) {
    if (a.entryStatus !== "published" && !can(actor.roles, "kb.curate")) throw new NotFound("attachment");
  } else {
    throw new NotFound("attachment");
  }
  const sha = part === "thumbnail" ? a.thumbSha256 : a.sha256;
  if (!sha) throw new NotFound("attachment");
  const data = db.select({ data: blobs.data }).from(blobs).where(eq(blobs.sha256, sha)).get()!.data;
  return { ...a, etag: sha, data };
}
