// "/" sends each person to where their work is.
import { Hono } from "hono";
import type { AuthedEnv } from "../context.js";
import { can } from "../auth/permissions.js";

export const homeRoutes = new Hono<AuthedEnv>();

homeRoutes.get("/", (c) => {
  const roles = c.get("user").roles;
  if (can(roles, "queue.view")) return c.redirect("/queue", 303);
  if (can(roles, "question.ask")) return c.redirect("/questions", 303);
  if (can(roles, "dashboard.view")) return c.redirect("/dashboard", 303);
  if (can(roles, "users.manage")) return c.redirect("/admin/users", 303);
  if (can(roles, "kb.curate")) return c.redirect("/review", 303);
  return c.redirect("/kb", 303);
});
