// The signed-in user's notifications: the page, the header bell alone (htmx), marking all read.
import { Hono } from "hono";
import type { AuthedEnv } from "../context.js";
import { markAllRead, notificationFeed, unreadCount } from "../services/notifications.js";
import { NotificationsPage } from "../../views/pages/notifications.js";
import { Bell } from "../../views/partials/bell.js";

export const notificationRoutes = new Hono<AuthedEnv>();

notificationRoutes.get("/", (c) => {
  const { db } = c.get("deps");
  const user = c.get("user");
  return c.html(<NotificationsPage items={notificationFeed(db, user.id)} unread={unreadCount(db, user.id)} />);
});

notificationRoutes.get("/bell", (c) => c.html(<Bell count={unreadCount(c.get("deps").db, c.get("user").id)} />));

notificationRoutes.post("/read", (c) => {
  const { db, clock } = c.get("deps");
  markAllRead(db, c.get("user").id, clock());
  if (c.req.header("HX-Request")) return c.html(<Bell count={0} />);
  return c.redirect("/notifications", 303);
});
