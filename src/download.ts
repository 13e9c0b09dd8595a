// Content-Disposition for every file the desk hands out (attachments, exports, the audit trail):
// the `content-disposition` package writes the header (RFC 6266, the UTF-8 name as RFC 5987's
// filename*); clients that read only the plain filename= get the name without its marks.
import contentDisposition from "content-disposition";
import { stripDiacritics } from "./domain/diacritics.js";

export function disposition(fileName: string, type: "attachment" | "inline" = "attachment"): string {
  return contentDisposition(fileName, { type, fallback: asciiFileName(fileName) });
}

// "Biên bản.pdf" → "Bien ban.pdf"; whatever is still not printable ASCII, and quotes, become "_".
function asciiFileName(name: string): string {
  return stripDiacritics(name).replace(/[^\x20-\x7e]|["\\]/g, "_");
}
