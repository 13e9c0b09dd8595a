// Files attached to a question, a message or a knowledge-base entry: the kinds accepted and an
// attachment as pages list it. The checks themselves are in src/services/uploads.ts.
import type { AttachmentType } from "../model.js";

// The Content-Type each accepted kind is served with.
export const ATTACHMENT_CONTENT_TYPES: Record<AttachmentType, string> = {
  pdf: "application/pdf",
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export const IMAGE_TYPES: readonly AttachmentType[] = ["jpeg", "png", "webp"];
export const ALLOWED_LABEL = "PDF, ảnh JPEG/PNG/WebP, Word (DOCX), Excel (XLSX)";
// For the file input's accept attribute: a hint to the picker, not a check.
export const ACCEPT = ".pdf,.jpg,.jpeg,.png,.webp,.docx,.xlsx,image/jpeg,image/png,image/webp,application/pdf";

export interface AttachmentView {
  id: number;
  fileName: string;
  type: AttachmentType;
  size: number;
  hasThumbnail: boolean;
  messageId: number | null;
  sha256: string; // the content: the same file attached twice has the same one
}
