// createApp(deps) builds the whole desk from its dependencies; server.ts and the tests both use it.
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { attachmentRoutes } from "./routes/attachments.js";
import type { AppDeps, AppEnv, AuthedEnv } from "./context.js";
import { checkOrigin } from "./auth/csrf.js";
import { loadSession, requireUser } from "./auth/middleware.js";
import { handleError, handleNotFound } from "./errors.js";
import { securityHeaders } from "./security-headers.js";
import { stripControlChars } from "./routes/validation.js";
import { adminCalendarRoutes } from "./routes/admin-calendar.js";
import { adminUserRoutes } from "./routes/admin-users.js";
import { assetRoutes } from "./routes/assets.js";
import { authRoutes } from "./routes/auth.js";
import { dashboardRoutes } from "./routes/dashboard.js";
import { reportExportRoutes } from "./routes/reports-export.js";
import { auditCsvRoutes, auditRoutes } from "./routes/audit.js";
import { monthlyReportRoutes } from "./routes/reports-monthly.js";
import { issuedReportRoutes } from "./routes/reports-issued.js";
import { dutyRoutes } from "./routes/duty.js";
import { eventRoutes } from "./routes/events.js";
import { handoverRoutes } from "./routes/handover.js";
import { homeRoutes } from "./routes/home.js";
import { kbCurationRoutes, reviewRoutes } from "./routes/kb-curation.js";
import { secondReviewRoutes } from "./routes/kb-second-review.js";
import { kbEntryRoutes } from "./routes/kb-entry.js";
import { kbSearchApi, kbSearchPage } from "./routes/kb-search.js";
import { regulationRoutes } from "./routes/regulations.js";
import { lawApi, lawPage } from "./routes/law.js";
import { kbPrintRoutes } from "./routes/kb-print.js";
import { kbListingRoutes } from "./routes/kb-listing.js";
import { notificationRoutes } from "./routes/notifications.js";
import { previewRoutes } from "./routes/preview.js";
import { questionRoutes } from "./routes/questions.js";
import { questionListRoutes } from "./routes/question-list.js";
import { questionActionRoutes } from "./routes/question-actions.js";
import { queueRoutes } from "./routes/queue.js";
import { callRoutes } from "./routes/calls.js";
import { callBackRoutes } from "./routes/call-backs.js";
import { cannedRoutes } from "./routes/canned.js";
import { consultationRoutes, questionConsultRoutes } from "./routes/consultations.js";
import { HTTPException } from "hono/http-exception";
import { waitBriefly, waitForWrites } from "./write-wait.js";
import "./zod-locale.js";
import { deskContext } from "./desk-context.js";
import { adminSettingsRoutes } from "./routes/admin-settings.js";
import { ratingsRoutes } from "./routes/ratings.js";
import { setDisplayTimeZone } from "../views/format.js";

// Forms carry text; a form with files gets its own, larger limit (uploadLimit below).
const MAX_BODY_BYTES = 2 * 1024 * 1024;

export function createApp(deps: AppDeps) {
  setDisplayTimeZone(deps.config.timeZone);
  const app = new Hono<AppEnv>();
  waitBriefly(deps.db);
  app.onError(handleError);
  app.notFound(handleNotFound);
  app.use(async (c, next) => {
    c.set("deps", deps);
    await next();
  });
  app.use(securityHeaders);
  app.use(deskContext);

  // Public: health, assets, login.
  app.get("/healthz", (c) => c.json({ status: "ok" }));
  app.route("/static", assetRoutes);

  // Forms are small; a form with files may carry the most files allowed at the largest size each.
  // The refused body is left unread and @hono/node-server then drops the socket: say so, or a
  // browser sends its next request down a kept-alive connection that is about to close.
  const tooLarge = (c: Context) => {
    c.header("Connection", "close");
    throw new HTTPException(413);
  };
  const formLimit = bodyLimit({ maxSize: MAX_BODY_BYTES, onError: tooLarge });
  const uploadLimit = bodyLimit({ maxSize: MAX_BODY_BYTES + deps.config.attachmentMaxFiles * deps.config.attachmentMaxBytes, onError: tooLarge });
  // GET and HEAD carry no body: skipping them also spares @hono/node-server from building a full
  // Request (bodyLimit reads raw.body), a fifth of the cost of a cached search (decision 004).
  app.use((c, next) => {
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    return c.req.header("content-type")?.startsWith("multipart/form-data") ? uploadLimit(c, next) : formLimit(c, next);
  });
  app.use(checkOrigin);
  app.use(stripControlChars);
  app.use(waitForWrites);
  app.use(loadSession);
  app.route("/", authRoutes);

  // Everything below needs a signed-in user: requireUser keeps the promise the modules' AuthedEnv makes.
  const authed = new Hono<AppEnv>();
  authed.use(requireUser);
  authed.route("/", homeRoutes);
  authed.route("/questions", questionRoutes); // GET /questions/:id (numeric ids only), asking
  authed.route("/questions", questionListRoutes); // GET /questions: the list, saved filters
  authed.route("/questions", questionActionRoutes);
  authed.route("/questions", questionConsultRoutes); // POST /questions/:id/consult
  authed.route("/consultations", consultationRoutes);
  authed.route("/queue", queueRoutes);
  authed.route("/duty", dutyRoutes);
  authed.route("/handover", handoverRoutes);
  authed.route("/calls", callRoutes);
  authed.route("/callbacks", callBackRoutes); // Cần gọi lại
  authed.route("/canned", cannedRoutes);
  authed.route("/kb", knowledgeBase());
  authed.route("/review", reviewRoutes);
  authed.route("/review/second-reviews", secondReviewRoutes); // Duyệt lần hai: approve, send back
  authed.route("/api/kb", kbSearchApi);
  authed.route("/regulations", regulationRoutes);
  authed.route("/law", lawPage);
  authed.route("/api/law", lawApi);
  authed.route("/dashboard", dashboardRoutes);
  authed.route("/ratings", ratingsRoutes);
  authed.route("/reports", reportExportRoutes);
  authed.route("/audit", auditRoutes);
  authed.route("/audit.csv", auditCsvRoutes); // the filtered trail as a file (same filters as /audit)
  authed.route("/reports", monthlyReportRoutes);
  authed.route("/reports", issuedReportRoutes); // Báo cáo tháng đã ban hành (read-only records)
  authed.route("/preview", previewRoutes);
  authed.route("/events", eventRoutes);
  authed.route("/notifications", notificationRoutes);
  authed.route("/attachments", attachmentRoutes);
  authed.route("/admin/users", adminUserRoutes);
  authed.route("/admin/calendar", adminCalendarRoutes);
  authed.route("/admin/settings", adminSettingsRoutes);
  app.route("/", authed);
  return app;
}

// /kb as one tree. No two modules share a path (ids are numeric, the other segments are words of
// their own) and each route checks its own permission, with no middleware for the whole prefix, so
// the order below does not matter.
function knowledgeBase() {
  return new Hono<AuthedEnv>()
    .route("/", kbSearchPage) // GET /kb: search; suggestions, links, "this answers my question"
    .route("/", kbEntryRoutes) // GET /kb/:id, votes, version history
    .route("/", kbCurationRoutes) // /kb/new, POST /kb, edits and steps of the board
    .route("/", kbPrintRoutes) // /kb/:id/print and its QR code
    .route("/", kbListingRoutes); // the booklet and the poster (niêm yết)
}
