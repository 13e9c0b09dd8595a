// Validation at the edge: zod checks a form; on failure the route's own page comes back with what
// the user typed and a Vietnamese message per field (422), never a bare JSON error.
import { zValidator } from "@hono/zod-validator";
import type { Context, MiddlewareHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { AuthedEnv } from "../context.js";
import { z } from "zod";
import type { FieldErrors } from "../../views/partials/form.js";
import { checkUploads, filesOf, type Upload } from "../services/uploads.js";

export type RawForm = Record<string, string | string[] | File | File[] | undefined>;

// Control characters (NUL, BEL, ESC, DEL, C1) have no place in anything typed here: stored, they
// come back raw in pages and exports. Tab, line feed and carriage return are text.
const CONTROL = "[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]";
const CONTROL_CHARS = new RegExp(CONTROL, "g");
// The same in a URL, also percent-encoded (C1 as UTF-8: %C2%80–%C2%9F); a control byte is never
// part of another character's encoding, so dropping its escape leaves the rest intact.
const ENCODED_CONTROL_CHARS = new RegExp(`%(?:0[0-8BCEF]|1[0-9A-F]|7F|C2%[89][0-9A-F])|${CONTROL}`, "gi");

const clean = (s: string) => s.replace(CONTROL_CHARS, "");

// Strips control characters from the query string and from every text field and file name of a
// form, before any route reads them (validators, c.req.query, parseBody): one place for all.
// Runs after the body limit, so it never reads more than the limit allows.
export const stripControlChars: MiddlewareHandler = async (c, next) => {
  const url = c.req.url;
  const query = url.indexOf("?");
  if (query >= 0) {
    const search = url.slice(query).replace(ENCODED_CONTROL_CHARS, "");
    if (search.length !== url.length - query) c.req.raw = new Request(url.slice(0, query) + search, c.req.raw);
  }
  if (c.req.method === "GET" || c.req.method === "HEAD") return next();
  const type = c.req.header("content-type")?.split(";")[0]!.trim().toLowerCase();
  if (type === "application/x-www-form-urlencoded" || type === "multipart/form-data") {
    const form = await c.req.formData().catch(() => {
      throw new HTTPException(400, { message: "Malformed form" });
    });
    const cleaned = new FormData();
    for (const [key, value] of form) {
      cleaned.append(clean(key), typeof value === "string" ? clean(value) : new File([value], clean(value.name), { type: value.type, lastModified: value.lastModified }));
    }
    // Validators, parseBody and formData() all read the parsed form from here.
    (c.req.bodyCache as { formData?: Promise<FormData> }).formData = Promise.resolve(cleaned);
  }
  await next();
};

// Any zod failure (the classic ZodError and the core one zValidator hands its hook are both this shape).
export function fieldErrors(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): FieldErrors {
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
  // zValidator types its hook's context with the default Env (it cannot infer the app's from here).
  return zValidator("form", schema, async (result, c) => {
    if (!result.success) return onInvalid(c as Context<AuthedEnv>, (result.data ?? {}) as RawForm, fieldErrors(result.error));
  });
}

// A field that may come once, several times or not at all (checkboxes), as a list.
export const asList = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

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
  const checked = await checkUploads(files, c.get("deps").config);
  if (checked.problems.length === 0) return { uploads: checked.uploads, refused: null };
  const message = `${checked.problems.join(" ")} Chưa tệp nào được lưu: xin chọn lại các tệp hợp lệ.`;
  return { uploads: [], refused: { message, status: checked.tooLarge ? 413 : 422 } };
}

// The limits the upload pickers announce (the checks are in src/services/uploads.ts).
export function uploadLimits(c: Context<AuthedEnv>) {
  return { maxFiles: c.get("deps").config.attachmentMaxFiles, maxBytes: c.get("deps").config.attachmentMaxBytes };
}

// A form refused for its text comes back without the files the user had picked (browsers cannot
// refill a file input): say so next to the picker.
export function filesToPickAgain(raw: RawForm, errors: FieldErrors): FieldErrors {
  const picked = [raw.attachments].flat().some((f) => f instanceof File && f.size > 0);
  return picked ? { ...errors, attachments: errors.attachments ?? "Các tệp đã chọn chưa được gửi: xin chọn lại sau khi sửa." } : errors;
}
