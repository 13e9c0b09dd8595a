// What every page of the desk may show besides its own content (the hotline numbers in the footer),
// reachable from views through Hono's context storage instead of a prop on every page. Read lazily:
// the JSON API never asks.
import { contextStorage } from "hono/context-storage";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "./context.js";
import { hotlines } from "./services/desk-settings.js";

export const deskContext = [
  contextStorage(),
  createMiddleware<AppEnv>(async (c, next) => {
    c.set("hotlines", () => hotlines(c.var.deps.db));
    await next();
  }),
] as const;
