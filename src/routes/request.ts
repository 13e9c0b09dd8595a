// Reading a request's path: ids go through zValidator like every other input. An id that is no
// positive whole number names nothing, so it gets the same 404 page as an id that does not exist
// (the hook throws NotFound; src/errors.tsx renders it).
import { zValidator } from "@hono/zod-validator";
import type { Context } from "hono";
import { z } from "zod";
import type { AuthedEnv } from "../context.js";
import { NotFound } from "../domain/errors.js";
import { loadCalendar } from "../services/calendar.js";
import type { FieldErrors } from "../../views/partials/form.js";
import { fieldErrors, textValues } from "./validation.js";

// Number() as before: "12", " 12" and "1e3" read as numbers; "", "abc", "0", "1.5" do not.
export const positiveId = z.coerce.number().refine((n) => Number.isSafeInteger(n) && n > 0);

const notFoundUnless = (what: string) => (result: { success: boolean }) => {
  if (!result.success) throw new NotFound(what);
};

// `/:id` of a question, an entry, a hand-over…: `what` names it in the NotFound error.
export const pathId = (what: string) => zValidator("param", z.object({ id: positiveId }), notFoundUnless(what));

// Both ids of an article's path, /regulations/:id/articles/:articleId.
export const articlePath = zValidator("param", z.object({ id: positiveId, articleId: positiveId }), notFoundUnless("regulation"));

// The path's ids where Hono's types do not carry them: a form's onInvalid hook, or a page helper, runs
// after pathId, whose result is already on the request, but its context is typed without the route's inputs.
export const paramsOf = <T extends Record<string, number> = { id: number }>(c: Context) => (c.req.valid as (target: "param") => T)("param");
export const idOf = (c: Context) => paramsOf(c).id;

// The working calendar in force, for the use cases that count working time.
export const calendarOf = (c: Context<AuthedEnv>) => loadCalendar(c.get("deps").db, c.get("deps").config.timeZone);

// Query strings never fail a page: a value that cannot be read counts as not given, and a key given
// twice is read by its first value, as c.req.query(key) does. Routes read them with
// zValidator("query") like any other input (validQuery, or queryWith for a schema of their own),
// then c.req.valid("query").
const firstValues = (raw: unknown) => Object.fromEntries(Object.entries(raw as Record<string, unknown>).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
export const queryText = z.string().optional().catch(undefined);
export const queryId = positiveId.optional().catch(undefined);
// onInvalid: for a query that is a form (a period, the audit filters), the page again with what was
// typed and why (422), like validForm; without it, the schema itself must never fail.
export const queryWith = <S extends z.ZodType>(schema: S, onInvalid?: (c: Context<AuthedEnv>, typed: Record<string, string>, errors: FieldErrors) => Response | Promise<Response>) => {
  const validate = zValidator("query", z.preprocess(firstValues, schema), (result, c) => {
    // zValidator types its hook's context with the default Env (it cannot infer the app's from here).
    if (!result.success && onInvalid) return onInvalid(c as Context<AuthedEnv>, textValues(result.data), fieldErrors(result.error));
  });
  if (onInvalid) return validate;
  // A schema that never fails gives the same value for the same query string, and the same
  // searches and list pages come back again and again: the values of recent query strings are
  // kept (frozen, so that no handler can change one under the next request). Parsing was a tenth
  // of a repeated search's cost (decision 004).
  const recent = new Map<string, z.output<S>>();
  const remembered: typeof validate = async (c, next) => {
    const url = c.req.url;
    const search = url.slice(url.indexOf("?") + 1 || url.length);
    let value = recent.get(search);
    if (value === undefined) {
      const parsed = schema.safeParse(firstValues(c.req.queries()));
      if (!parsed.success) return validate(c, next); // never expected: zValidator answers as before
      value = Object.freeze(parsed.data) as z.output<S>;
      if (recent.size >= RECENT_QUERIES) recent.delete(recent.keys().next().value!);
      recent.set(search, value!);
    }
    c.req.addValidatedData("query", value as object);
    await next();
  };
  return remembered;
};
const RECENT_QUERIES = 1000; // as many as the search keeps answers for (src/routes/kb-search.tsx)
export const validQuery = <T extends z.ZodRawShape>(shape: T) => queryWith(z.object(shape));
