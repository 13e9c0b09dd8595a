// Answers are written in Markdown and may contain anything: render, then sanitize, then trust.
import { raw } from "hono/html";
import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

const marked = new Marked({ gfm: true, breaks: true, async: false });

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: [
    "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code",
    "ul", "ol", "li", "strong", "em", "del", "a", "table", "thead", "tbody", "tr", "th", "td",
  ],
  allowedAttributes: { a: ["href", "title", "rel"], ol: ["start"], th: ["align"], td: ["align"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
  // Links leave in a new context so an answer can never act on the desk's own page.
  transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer nofollow" }) },
};

export function markdownToSafeHtml(markdown: string): string {
  return sanitizeHtml(marked.parse(markdown) as string, ALLOWED);
}

export function renderMarkdown(markdown: string) {
  return raw(markdownToSafeHtml(markdown));
}

// An answer as plain text, for short excerpts: what a reader sees, without the markup. The
// sanitizer keeps no tag and escapes the text; hono/jsx escapes it again where it is shown.
export function markdownToPlainText(markdown: string): string {
  return sanitizeHtml(marked.parse(markdown) as string, { allowedTags: [], allowedAttributes: {} })
    .replace(/&(lt|gt|quot|amp);/g, (_, e: string) => ({ lt: "<", gt: ">", quot: '"', amp: "&" })[e]!)
    .replace(/\s+/g, " ")
    .trim();
}
