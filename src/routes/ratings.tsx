// Đánh giá: the ratings and comments given on one answerer's answers. A team member reads their own
// (GET /ratings); leads and the command pick anyone on the team (?answerer=ID).
import { zValidator } from "@hono/zod-validator";
import { Hono } from "hono";
import { z } from "zod";
import type { AuthedEnv } from "../context.js";
import { requirePermission } from "../auth/middleware.js";
import { can } from "../auth/permissions.js";
import { NotAllowed, NotFound } from "../domain/errors.js";
import { answererRatings } from "../services/feedback.js";
import { teamMembers } from "../services/question-queries.js";
import { RatingsPage } from "../../views/pages/ratings.js";

export const ratingsRoutes = new Hono<AuthedEnv>();

const ratingsQuery = z.object({
  answerer: z.coerce.number().int().positive().optional(),
  page: z.coerce.number().int().positive().optional().catch(1), // a bad page number is the first page
});

ratingsRoutes.get(
  "/",
  requirePermission("ratings.view"),
  zValidator("query", ratingsQuery, (result) => {
    if (!result.success) throw new NotFound("answerer");
  }),
  (c) => {
    const { db } = c.get("deps");
    const user = c.get("user");
    const q = c.req.valid("query");
    const onTeam = can(user.roles, "question.answer");
    const whose = q.answerer ?? (onTeam ? user.id : null); // the command has no answers of its own: it picks
    if (whose !== null && whose !== user.id && !can(user.roles, "ratings.view_team")) throw new NotAllowed("ratings.view_team");
    return c.html(
      <RatingsPage
        own={whose === user.id}
        ratings={whose === null ? null : answererRatings(db, whose, q.page ?? 1)}
        team={can(user.roles, "ratings.view_team") ? teamMembers(db) : []}
      />,
    );
  },
);
