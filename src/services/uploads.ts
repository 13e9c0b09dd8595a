// Files sent with a question, a message or a knowledge-base entry, checked before anything is
// stored: the type is decided from the bytes (file-type reads the magic numbers and, for DOCX/XLSX,
// the parts inside the zip), never from the name or the browser's claim. Images must also decode,
// and get a small WebP thumbnail for the question page. Async (sniffing, decoding), so it runs
// before the transaction that stores the accepted files (storeAttachments).
import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import { fileSize } from "../domain/file-size.js";
import { ALLOWED_LABEL, IMAGE_TYPES, type AttachmentType } from "../model.js";

export interface Upload {
  fileName: string;
  type: AttachmentType;
  bytes: Buffer;
  sha256: string;
  thumbnail: { bytes: Buffer; sha256: string } | null;
}

interface UploadLimits {
  attachmentMaxBytes: number;
  attachmentMaxFiles: number;
}

interface UploadCheck {
  uploads: Upload[];
  problems: string[]; // one Vietnamese sentence per refused file
  tooLarge: boolean; // a file past the size limit: the answer is 413
}

const BY_MIME: Record<string, AttachmentType> = {
  "application/pdf": "pdf",
  "image/jpeg": "jpeg",
  "image/png": "png",
  "image/webp": "webp",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
};

const THUMBNAIL_WIDTH = 320;

// The files of a form field (none, one or several; browsers send an empty, nameless file when the
// user picked nothing).
export function filesOf(value: unknown): File[] {
  const all = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return all.filter((v): v is File => v instanceof File && !(v.size === 0 && v.name === ""));
}

export async function checkUploads(files: File[], limits: UploadLimits): Promise<UploadCheck> {
  const problems: string[] = [];
  let tooLarge = false;
  if (files.length > limits.attachmentMaxFiles) {
    return { uploads: [], problems: [`Mỗi lần gửi tối đa ${limits.attachmentMaxFiles} tệp; đồng chí đã chọn ${files.length} tệp.`], tooLarge: false };
  }
  const uploads: Upload[] = [];
  for (const file of files) {
    const fileName = cleanFileName(file.name);
    if (file.size === 0) {
      problems.push(`Tệp “${fileName}” rỗng.`);
      continue;
    }
    if (file.size > limits.attachmentMaxBytes) {
      tooLarge = true;
      problems.push(`Tệp “${fileName}” nặng ${fileSize(file.size)}, lớn quá giới hạn ${fileSize(limits.attachmentMaxBytes)} mỗi tệp.`);
      continue;
    }
    const bytes = Buffer.from(await file.arrayBuffer());
    const type = await sniff(bytes);
    if (!type) {
      problems.push(`Tệp “${fileName}” không thuộc loại được nhận (${ALLOWED_LABEL}).`);
      continue;
    }
    let thumbnail: Upload["thumbnail"] = null;
    if (IMAGE_TYPES.includes(type)) {
      const made = await thumbnailOf(bytes);
      if (!made) {
        problems.push(`Ảnh “${fileName}” bị hỏng, không mở được.`);
        continue;
      }
      thumbnail = { bytes: made, sha256: sha256(made) };
    }
    uploads.push({ fileName, type, bytes, sha256: sha256(bytes), thumbnail });
  }
  return { uploads, problems, tooLarge };
}

async function sniff(bytes: Buffer): Promise<AttachmentType | null> {
  const found = await fileTypeFromBuffer(bytes).catch(() => undefined);
  return (found && BY_MIME[found.mime]) ?? null;
}

// sharp (libvips) is loaded only when an image arrives: the server does not carry it otherwise.
async function thumbnailOf(bytes: Buffer): Promise<Buffer | null> {
  const { default: sharp } = await import("sharp");
  sharp.cache(false);
  sharp.concurrency(1);
  try {
    // 60 megapixels: every phone camera, not a decompression bomb (a 10 MB PNG can claim far more).
    return await sharp(bytes, { failOn: "error", limitInputPixels: 60_000_000 })
      .rotate() // phone photos: apply the EXIF orientation
      .resize({ width: THUMBNAIL_WIDTH, height: THUMBNAIL_WIDTH, fit: "inside", withoutEnlargement: true })
      .webp({ quality: 70 })
      .toBuffer();
  } catch {
    return null;
  }
}

export function sha256(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

// The sender's name without any path, control characters or excess length; never empty.
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = base
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Cf}]/gu, "")
    .trim()
    .slice(-200);
  return clean || "tep-dinh-kem";
}
