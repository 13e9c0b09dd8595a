// Attaching files (a picker that also takes drag-and-drop and, on phones, the camera) and showing
// them (images as thumbnails, other files as links with type and size).
import { ACCEPT, ALLOWED_LABEL, type AttachmentView } from "../../src/model.js";
import { fileSize } from "../../src/domain/file-size.js";
import { Field } from "./form.js";

const TYPE_LABELS = { pdf: "PDF", jpeg: "Ảnh JPEG", png: "Ảnh PNG", webp: "Ảnh WebP", docx: "Word", xlsx: "Excel" } as const;

export interface UploadLimitsView {
  maxFiles: number;
  maxBytes: number;
}

// The form must be multipart/form-data. Files cannot be put back into a form the server returns:
// after a refused submission the error next to the picker asks for them again (formUploads,
// filesToPickAgain), once.
// `preserve`: on a question page that updates live, the picked files survive the swap (hx-preserve).
export function AttachmentPicker(props: { id: string; limits: UploadLimitsView; error?: string; label?: string; preserve?: boolean }) {
  const hint = `Tối đa ${props.limits.maxFiles} tệp, mỗi tệp đến ${fileSize(props.limits.maxBytes)}: ${ALLOWED_LABEL}.`;
  return (
    <Field id={props.id} label={props.label ?? "Tệp đính kèm (nếu có)"} hint={hint} error={props.error}>
      <div class="dropzone" data-dropzone id={`${props.id}-zone`} hx-preserve={props.preserve ? "true" : undefined}>
        <input
          id={props.id}
          name="attachments"
          type="file"
          multiple
          accept={ACCEPT}
          aria-describedby={`${props.id}-hint${props.error ? ` ${props.id}-error` : ""}`}
          aria-invalid={props.error ? "true" : undefined}
        />
        <label class="button button--small camera" for={`${props.id}-camera`}>
          Chụp ảnh tài liệu
        </label>
        <input id={`${props.id}-camera`} class="visually-hidden" name="attachments" type="file" accept="image/*" capture="environment" tabindex={-1} aria-label="Chụp ảnh tài liệu bằng máy ảnh" />
        <p class="dropzone__hint muted" aria-hidden="true">
          hoặc kéo thả tệp vào đây
        </p>
        <ul class="dropzone__files" aria-live="polite"></ul>
      </div>
    </Field>
  );
}

export function AttachmentList(props: { items: AttachmentView[]; label?: string }) {
  if (props.items.length === 0) return null;
  const images = props.items.filter((a) => a.hasThumbnail);
  const files = props.items.filter((a) => !a.hasThumbnail);
  return (
    <div class="attachments" aria-label={props.label ?? "Tệp đính kèm"} role="group">
      {images.length > 0 && (
        <ul class="attachments__images">
          {images.map((a) => (
            <li>
              <a href={`/attachments/${a.id}`} target="_blank" rel="noopener">
                <img src={`/attachments/${a.id}/thumbnail`} alt={a.fileName} loading="lazy" width="160" height="120" />
              </a>
            </li>
          ))}
        </ul>
      )}
      {files.length > 0 && (
        <ul class="attachments__files">
          {files.map((a) => (
            <li>
              <AttachmentLink a={a} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

// One file as a link with its type and size; PDFs and images open in a new tab, the rest download.
export function AttachmentLink(props: { a: AttachmentView }) {
  const { a } = props;
  const opens = a.type === "pdf" || a.hasThumbnail;
  return (
    <>
      <a href={`/attachments/${a.id}`} {...(opens ? { target: "_blank", rel: "noopener" } : { download: "" })}>
        {a.fileName}
      </a>{" "}
      <span class="muted">
        ({TYPE_LABELS[a.type]}, {fileSize(a.size)})
      </span>
    </>
  );
}
