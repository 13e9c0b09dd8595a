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

function markdownToSafeHtml(markdown: string, under?: number): string {
  if (under === undefined) return sanitizeHtml(marked.parse(markdown) as string, ALLOWED);
  const tokens = marked.lexer(markdown);
  nestHeadings(tokens, under);
  return sanitizeHtml(marked.parser(tokens), ALLOWED);
}

// Answers carry their own headings ("## Đối tượng được cấp"). Where an answer sits under a heading
// of level `under` (the booklet's "Đáp" is an h4), its headings move below it, keeping their order
// among themselves (h6 at most), so the page's outline skips no level.
function nestHeadings(tokens: ReturnType<typeof marked.lexer>, under: number): void {
  const headings: { depth: number }[] = [];
  marked.walkTokens(tokens, (t) => {
    if (t.type === "heading") headings.push(t as { depth: number });
  });
  if (headings.length === 0) return;
  const shift = under + 1 - Math.min(...headings.map((h) => h.depth));
  for (const h of headings) h.depth = Math.min(6, h.depth + shift);
}

export function renderMarkdown(markdown: string, opts: { under?: number } = {}) {
  return raw(markdownToSafeHtml(markdown, opts.under));
}

// An answer as plain text, for short excerpts: what a reader sees, without the markup. The
// sanitizer keeps no tag and escapes the text; hono/jsx escapes it again where it is shown.
export function markdownToPlainText(markdown: string): string {
  return sanitizeHtml(marked.parse(markdown) as string, { allowedTags: [], allowedAttributes: {} })
    .replace(/&(lt|gt|quot|amp);/g, (_, e: string) => ({ lt: "<", gt: ">", quot: '"', amp: "&" })[e]!)
    .replace(/\s+/g, " ")
    .trim();
}
