import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { effectiveSort, listQueryString, parseListQuery } from "../../../src/domain/question-list-query.js";

const parse = (s: string) => parseListQuery(new URLSearchParams(s));

describe("parseListQuery", () => {
  it("reads every filter", () => {
    expect(parse("q=+xóa án tích+&status=open&status=answered&category=3&unit=7&assignee=me&from=2026-11-01&to=2026-11-30&due=overdue&sort=deadline&page=2")).toEqual({
      q: "xóa án tích",
      status: ["open", "answered"],
      category: 3,
      unit: 7,
      assignee: "me",
      from: "2026-11-01",
      to: "2026-11-30",
      due: "overdue",
      sort: "deadline",
      page: 2,
    });
    expect(parse("assignee=12").assignee).toBe(12);
  });

  it("drops what it cannot read and keeps the rest", () => {
    expect(parse("status=bogus&status=closed&status=closed&category=0&unit=1.5&assignee=you&from=2026-02-30&to=2026-1-5&due=late&sort=up&page=-1&category=x")).toEqual({
      q: "",
      status: ["closed"],
      category: undefined,
      unit: undefined,
      assignee: undefined,
      from: undefined,
      to: undefined,
      due: undefined,
      sort: undefined,
      page: 1,
    });
    expect(parse("page=100001").page).toBe(1);
    expect(parse("category=99999999999999999999").category).toBeUndefined();
    expect(parse(`q=${"a".repeat(3000)}`).q).toHaveLength(2000);
  });

  it("never throws, whatever the query string", () => {
    fc.assert(fc.property(fc.string(), (s) => void parse(s)));
  });
});

describe("listQueryString", () => {
  it("is canonical: only what filters, in a fixed order, the page only past the first", () => {
    const f = parse("sort=&due=due_soon&q=&status=open&category=&unit=2&page=3");
    expect(listQueryString(f)).toBe("status=open&unit=2&due=due_soon");
    expect(listQueryString(f, 3)).toBe("status=open&unit=2&due=due_soon&page=3");
    expect(listQueryString(parse(""))).toBe("");
  });

  it("reads back to the same filters", () => {
    const f = parse("q=%22án treo%22 & NEAR(&status=answered&status=closed&assignee=me&from=2026-11-19&sort=oldest");
    expect(parse(listQueryString(f))).toEqual({ ...f, page: 1 });
  });
});

describe("effectiveSort", () => {
  it("is relevance when searching and nothing else is asked, newest otherwise", () => {
    expect(effectiveSort(parse("q=căn+cước"))).toBe("relevance");
    expect(effectiveSort(parse(""))).toBe("newest");
    expect(effectiveSort(parse("q=căn+cước&sort=oldest"))).toBe("oldest");
    // Relevance needs words: operators and symbols alone have none.
    expect(effectiveSort(parse("q=*+%22+(&sort=relevance"))).toBe("newest");
    expect(effectiveSort(parse("q=*"))).toBe("newest");
  });
});
