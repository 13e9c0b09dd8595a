// What every page of the desk may show besides its own content — the signed-in user and the hotline
// numbers in the footer — handed to the views for the length of the request's render
// (views/render-context.ts). Both are read lazily: the JSON API renders nothing and asks for neither,
// and the user is set by the session middleware, after this one.
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "./context.js";
import { hotlines } from "./services/desk-settings.js";
import { renderWith, type RenderContext } from "../views/render-context.js";

export const deskContext = createMiddleware<AppEnv>(async (c, next) => {
  const context: RenderContext = { user: () => c.get("user") ?? null, hotlines: () => hotlines(c.get("deps").db) };
  const html = c.html;
  c.html = ((...args: Parameters<typeof html>) => renderWith(context, () => html(...args))) as typeof html;
  await next();
});
