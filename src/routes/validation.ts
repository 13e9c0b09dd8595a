// Validation at the edge: zod checks a form; on failure the route's own page comes back with what
// the user typed and a Vietnamese message per field (422), never a bare JSON error.
import { zValidator } from "@hono/zod-validator";
import type { Context } from "hono";
import type { AuthedEnv } from "../context.js";
import { z } from "zod";
import type { FieldErrors } from "../../views/partials/form.js";
import { checkUploads, filesOf, type Upload } from "../services/uploads.js";

export type RawForm = Record<string, string | string[] | File | File[] | undefined>;

export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "_form");
    out[key] ??= issue.message;
  }
  return out;
}

// The submitted text fields as strings, to put back into the form.
export function textValues(raw: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries((raw ?? {}) as RawForm)) {
    const first = Array.isArray(v) ? v[0] : v;
    if (typeof first === "string") out[k] = first;
  }
  return out;
}

// Routes behind login get the signed-in user's context in onInvalid (login itself ignores it).
export function validForm<S extends z.ZodType>(
  schema: S,
  onInvalid: (c: Context<AuthedEnv>, raw: RawForm, errors: FieldErrors) => Response | Promise<Response>,
) {
  return zValidator("form", schema, async (result, c) => {
    if (!result.success) {
      return onInvalid(c as unknown as Context<AuthedEnv>, (result.data ?? {}) as RawForm, fieldErrors(result.error as unknown as z.ZodError));
    }
  });
}

// Text from a form: trimmed, required, bounded; messages name the field in Vietnamese.
export function requiredText(label: string, max: number, min = 1) {
  const Label = label.charAt(0).toUpperCase() + label.slice(1);
  return z
    .string({ error: `Xin nhập ${label}.` })
    .trim()
    .min(1, `Xin nhập ${label}.`)
    .min(min, `${Label} cần ít nhất ${min} ký tự.`)
    .max(max, `${Label} dài quá ${max} ký tự.`);
}

// Text from a textarea: browsers send CRLF line breaks; store plain "\n".
export function multilineText(label: string, max: number, min = 1) {
  return requiredText(label, max, min).transform((s) => s.replace(/\r\n?/g, "\n"));
}

// The files of the form's `attachments` fields (none for a urlencoded form), checked by content.
// `refused`: what to say next to the picker, and the status (413 past the size limit, else 422).
// The validator has already read the body; Hono keeps it, so this reads no more.
export async function formUploads(c: Context<AuthedEnv>): Promise<{ uploads: Upload[]; refused: { message: string; status: 413 | 422 } | null }> {
  const multipart = c.req.header("content-type")?.startsWith("multipart/form-data");
  const files = multipart ? filesOf((await c.req.formData()).getAll("attachments")) : [];
  const checked = await checkUploads(files, c.var.deps.config);
  if (checked.problems.length === 0) return { uploads: checked.uploads, refused: null };
  const message = `${checked.problems.join(" ")} Chưa tệp nào được lưu: xin chọn lại các tệp hợp lệ.`;
  return { uploads: [], refused: { message, status: checked.tooLarge ? 413 : 422 } };
}

// The limits the upload pickers announce (the checks are in src/services/uploads.ts).
export function uploadLimits(c: Context<AuthedEnv>) {
  return { maxFiles: c.var.deps.config.attachmentMaxFiles, maxBytes: c.var.deps.config.attachmentMaxBytes };
}

// A form refused for its text comes back without the files the user had picked (browsers cannot
// refill a file input): say so next to the picker.
export function filesToPickAgain(raw: RawForm, errors: FieldErrors): FieldErrors {
  const picked = [raw.attachments].flat().some((f) => f instanceof File && f.size > 0);
  return picked ? { ...errors, attachments: errors.attachments ?? "Các tệp đã chọn chưa được gửi: xin chọn lại sau khi sửa." } : errors;
}
