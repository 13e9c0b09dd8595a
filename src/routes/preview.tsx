// Live Markdown preview for the answer box (htmx): the same sanitizer as the published answer.
import { Hono } from "hono";
import type { AuthedEnv } from "../context.js";
import { renderMarkdown } from "../markdown.js";

export const previewRoutes = new Hono<AuthedEnv>();

const MAX_PREVIEW = 50_000;

previewRoutes.post("/", async (c) => {
  const form = await c.req.parseBody();
  // The answer box posts `body`; the knowledge-base editor's form posts its `answer` field.
  const text = form.body ?? form.answer;
  const body = typeof text === "string" ? text.slice(0, MAX_PREVIEW) : "";
  if (!body.trim()) return c.html(<p class="muted">Nội dung xem trước hiện ở đây khi đồng chí gõ.</p>);
  return c.html(<>{renderMarkdown(body)}</>);
});
