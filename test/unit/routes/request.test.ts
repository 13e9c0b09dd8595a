// The path and query readers behave as the hand parsing they replaced: Number() of the text, a
// positive safe integer or nothing; a query string never fails a page.
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { NotFound } from "../../../src/domain/errors.js";
import { z } from "zod";
import { pathId, queryId, queryText, queryWith, validQuery } from "../../../src/routes/request.js";

const app = new Hono()
  .get("/things/:id", pathId("thing"), (c) => c.json(c.req.valid("param")))
  .get("/q", validQuery({ id: queryId, text: queryText }), (c) => c.json(c.req.valid("query")));
app.onError((e, c) => c.text(e instanceof NotFound ? "404" : "500", e instanceof NotFound ? 404 : 500));

const id = async (raw: string) => {
  const res = await app.request(`/things/${raw}`);
  return res.status === 200 ? ((await res.json()) as { id: number }).id : res.status;
};

describe("pathId", () => {
  it("reads what Number() reads as a positive whole number", async () => {
    expect(await id("12")).toBe(12);
    expect(await id("1e3")).toBe(1000);
    expect(await id("%2012")).toBe(12);
  });

  it("answers anything else with NotFound, like an id that does not exist", async () => {
    for (const raw of ["0", "-3", "1.5", "abc", "9007199254740993"]) expect(await id(raw)).toBe(404);
  });
});

describe("validQuery", () => {
  const read = async (search: string) => (await (await app.request(`/q${search}`)).json()) as Record<string, unknown>;

  it("reads a positive id and text, and leaves out what it cannot read", async () => {
    expect(await read("?id=7&text=ab")).toEqual({ id: 7, text: "ab" });
    expect(await read("?id=0&text=")).toEqual({ text: "" });
    expect(await read("?id=x")).toEqual({});
  });

  it("reads a repeated key by its first value, as c.req.query(key) does", async () => {
    expect(await read("?id=3&id=4&text=a&text=b")).toEqual({ id: 3, text: "a" });
  });
});

// Values of recent query strings are kept: the same string gives the same (frozen) value, and a
// handler cannot change the one the next request gets.
describe("queryWith, remembered", () => {
  const seen: unknown[] = [];
  const remembering = new Hono()
    .get("/r", queryWith(z.object({ page: z.coerce.number().int().min(1).catch(1).default(1), q: queryText })), (c) => {
      const v = c.req.valid("query");
      seen.push(v);
      try {
        (v as { page: number }).page = 99;
      } catch {
        // frozen: strict mode throws
      }
      return c.json(v);
    });
  const read = async (search: string) => (await (await remembering.request(`/r${search}`)).json()) as Record<string, unknown>;

  it("gives the same value for the same query string, unchanged by the handler before", async () => {
    expect(await read("?page=3&q=a")).toEqual({ page: 3, q: "a" });
    expect(await read("?page=3&q=a")).toEqual({ page: 3, q: "a" });
    expect(seen[0]).toBe(seen[1]);
    expect(await read("?page=x")).toEqual({ page: 1 });
    expect(await read("")).toEqual({ page: 1 });
    expect(await read("?q=b&page=2")).toEqual({ page: 2, q: "b" });
  });
});
