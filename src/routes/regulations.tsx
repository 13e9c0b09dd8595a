// The register (Văn bản quy phạm): everyone reads documents and articles; advisors and admins keep
// them current. Articles have stable addresses /regulations/:id/articles/:articleId (ids, not
// labels: a label may be corrected by a re-import, an id stays); on the document page each article
// also has an anchor (#dieu-5).
import { Hono, type Context } from "hono";
import { z } from "zod";
import { REGULATION_STATUSES } from "../../db/schema.js";
import type { AuthedEnv } from "../context.js";
import { requirePermission } from "../auth/middleware.js";
import { Conflict } from "../domain/errors.js";
import { isCalendarDate, localDateOf } from "../domain/local-date.js";
import { articleWithCiting, listRegulations, regulationWithArticles } from "../services/regulation-queries.js";
import { unresolvedCitations } from "../services/regulation-links.js";
import { addRegulation, setArticleStatus, setRegulationStatus, updateRegulation, type RegulationInput, type StatusChange } from "../services/regulations.js";
import { RegulationsPage } from "../../views/pages/regulations.js";
import { RegulationPage } from "../../views/pages/regulation.js";
import { RegulationArticlePage } from "../../views/pages/regulation-article.js";
import { UnresolvedCitationsPage } from "../../views/pages/unresolved-citations.js";
import type { FieldErrors } from "../../views/partials/form.js";
import { articlePath, idOf, paramsOf, pathId, queryText, validQuery } from "./request.js";
import { requiredText, textValues, validForm } from "./validation.js";

export const regulationRoutes = new Hono<AuthedEnv>();

type Extra = { values?: Record<string, string>; errors?: FieldErrors; statusValues?: Record<string, string>; statusErrors?: FieldErrors; notice?: string };

const regulationId = pathId("regulation");
// ?done=… and ?flagged=N after a change: what the page says was done.
const noticeQuery = validQuery({ done: queryText, flagged: queryText });

function listPage(c: Context<AuthedEnv>, extra: Extra = {}, status: 200 | 409 | 422 = 200) {
  return c.html(<RegulationsPage items={listRegulations(c.get("deps").db)} {...extra} />, status);
}

function documentPage(c: Context<AuthedEnv>, extra: Extra = {}, status: 200 | 409 | 422 = 200) {
  return c.html(<RegulationPage {...regulationWithArticles(c.get("deps").db, idOf(c))} {...extra} />, status);
}

function articlePage(c: Context<AuthedEnv>, extra: Extra = {}, status: 200 | 422 = 200) {
  const { id, articleId } = paramsOf<{ id: number; articleId: number }>(c);
  const found = articleWithCiting(c.get("deps").db, id, articleId);
  return c.html(<RegulationArticlePage {...found} {...extra} />, status);
}

const date = (message: string) => z.string().trim().default("").refine((s) => s === "" || isCalendarDate(s), message);

const documentForm = z
  .object({
    number: z.string().trim().max(100, "Số hiệu dài quá 100 ký tự.").default(""),
    title: requiredText("tên văn bản", 300, 3),
    issuer: z.string().trim().max(200, "Tên cơ quan ban hành dài quá 200 ký tự.").default(""),
    effective_date: date("Ngày có hiệu lực không hợp lệ."),
    aliases: z.string().max(5000, "Tên gọi khác dài quá 5000 ký tự.").default(""),
    incomplete: z.literal("1").optional(),
  })
  .refine((f) => f.number !== "" || f.incomplete === "1", {
    path: ["number"],
    message: "Xin nhập số hiệu văn bản; nếu chưa rõ số hiệu, xin đánh dấu “Văn bản chưa đủ thông tin”.",
  });

function regulationInput(f: z.output<typeof documentForm>): RegulationInput {
  return {
    number: f.number || null,
    title: f.title,
    issuer: f.issuer || null,
    effectiveDate: f.effective_date || null,
    aliases: f.aliases.split(/\r?\n/),
    incomplete: f.incomplete === "1",
  };
}

const DUPLICATE_NUMBER: FieldErrors = { number: "Văn bản có số hiệu này đã có trong danh mục." };

regulationRoutes.get("/", requirePermission("kb.read"), noticeQuery, (c) => listPage(c, { notice: c.req.valid("query").done === "added" ? "Đã thêm văn bản." : undefined }));

regulationRoutes.post(
  "/",
  requirePermission("regulations.manage"),
  validForm(documentForm, (c, raw, errors) => listPage(c, { values: textValues(raw), errors }, 422)),
  (c) => {
    const f = c.req.valid("form");
    try {
      const id = addRegulation(c.get("deps").db, c.get("user"), regulationInput(f), c.get("deps").clock());
      return c.redirect(`/regulations/${id}?done=added`, 303);
    } catch (e) {
      if (!(e instanceof Conflict)) throw e;
      return listPage(c, { values: textValues(f), errors: DUPLICATE_NUMBER }, 409);
    }
  },
);

regulationRoutes.get("/unresolved", requirePermission("regulations.manage"), (c) => c.html(<UnresolvedCitationsPage {...unresolvedCitations(c.get("deps").db)} />));

function documentNotice(q: { done?: string; flagged?: string }): string | undefined {
  const flagged = Number(q.flagged) || 0;
  const done = q.done;
  if (done === "added") return "Đã thêm văn bản.";
  if (done === "saved") return "Đã lưu thông tin văn bản; các căn cứ khớp với văn bản đã được cập nhật.";
  if (done === "status") return `Đã cập nhật tình trạng; ${flagged} mục hỏi – đáp được đánh dấu cần rà soát.`;
  return undefined;
}

regulationRoutes.get("/:id{[0-9]+}", requirePermission("kb.read"), regulationId, noticeQuery, (c) => documentPage(c, { notice: documentNotice(c.req.valid("query")) }));

regulationRoutes.post(
  "/:id{[0-9]+}",
  requirePermission("regulations.manage"),
  regulationId,
  validForm(documentForm, (c, raw, errors) => documentPage(c, { values: textValues(raw), errors }, 422)),
  (c) => {
    const f = c.req.valid("form");
    const id = c.req.valid("param").id;
    try {
      updateRegulation(c.get("deps").db, c.get("user"), id, regulationInput(f), c.get("deps").clock());
    } catch (e) {
      if (!(e instanceof Conflict)) throw e;
      return documentPage(c, { values: textValues(f), errors: DUPLICATE_NUMBER }, 409);
    }
    return c.redirect(`/regulations/${id}?done=saved`, 303);
  },
);

const statusForm = z.object({
  status: z.enum(REGULATION_STATUSES, { error: "Tình trạng không hợp lệ." }),
  since: date("Ngày áp dụng không hợp lệ."),
});

// The day given, or today at the desk.
function statusChange(c: Context<AuthedEnv>, f: z.output<typeof statusForm>): StatusChange {
  return { status: f.status, since: f.since || localDateOf(c.get("deps").clock(), c.get("deps").config.timeZone) };
}

regulationRoutes.post(
  "/:id{[0-9]+}/status",
  requirePermission("regulations.manage"),
  regulationId,
  validForm(statusForm, (c, raw, errors) => documentPage(c, { statusValues: textValues(raw), statusErrors: errors }, 422)),
  (c) => {
    const id = c.req.valid("param").id;
    const { flagged } = setRegulationStatus(c.get("deps").db, c.get("user"), id, statusChange(c, c.req.valid("form")), c.get("deps").clock());
    return c.redirect(`/regulations/${id}?done=status&flagged=${flagged}`, 303);
  },
);

regulationRoutes.get("/:id{[0-9]+}/articles/:articleId{[0-9]+}", requirePermission("kb.read"), articlePath, noticeQuery, (c) => articlePage(c, { notice: documentNotice(c.req.valid("query")) }));

regulationRoutes.post(
  "/:id{[0-9]+}/articles/:articleId{[0-9]+}/status",
  requirePermission("regulations.manage"),
  articlePath,
  validForm(statusForm, (c, raw, errors) => articlePage(c, { statusValues: textValues(raw), statusErrors: errors }, 422)),
  (c) => {
    const { id, articleId } = c.req.valid("param");
    const { flagged } = setArticleStatus(c.get("deps").db, c.get("user"), id, articleId, statusChange(c, c.req.valid("form")), c.get("deps").clock());
    return c.redirect(`/regulations/${id}/articles/${articleId}?done=status&flagged=${flagged}`, 303);
  },
);
