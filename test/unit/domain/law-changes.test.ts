import type { CitedLaw } from "../../../src/model.js";
import { describe, expect, it } from "vitest";
import { lawChanges } from "../../../src/domain/law-changes.js";

const cuTru = { regulationId: 3, document: "Luật Cư trú", number: "68/2020/QH14", documentStatus: "in_force", documentSince: null } as const;
const article = (articleId: number, label: string, status: CitedLaw["articleStatus"], since: string | null = null): CitedLaw => ({
  ...cuTru,
  articleId,
  article: label,
  articleStatus: status,
  articleSince: since,
});

describe("lawChanges", () => {
  it("names each changed article once, in the order cited, and leaves out those in force", () => {
    const cited = [article(41, "Điều 20", "amended", "2025-07-01"), article(42, "Điều 21", "in_force"), article(41, "Điều 20", "amended", "2025-07-01"), article(43, "Điều 38", "replaced", "2026-01-01")];
    expect(lawChanges(cited)).toEqual([
      { regulationId: 3, articleId: 41, document: "Luật Cư trú", number: "68/2020/QH14", article: "Điều 20", status: "amended", since: "2025-07-01" },
      { regulationId: 3, articleId: 43, document: "Luật Cư trú", number: "68/2020/QH14", article: "Điều 38", status: "replaced", since: "2026-01-01" },
    ]);
  });

  it("lets a document amended or replaced speak for all its articles", () => {
    const replaced = { documentStatus: "replaced", documentSince: "2026-01-01" } as const;
    const cited = [{ ...article(41, "Điều 20", "amended", "2025-07-01"), ...replaced }, { ...article(42, "Điều 21", "in_force"), ...replaced }];
    expect(lawChanges(cited)).toEqual([{ regulationId: 3, articleId: null, document: "Luật Cư trú", number: "68/2020/QH14", article: null, status: "replaced", since: "2026-01-01" }]);
  });

  it("finds nothing in a document cited whole and in force", () => {
    expect(lawChanges([{ ...cuTru, articleId: null, article: null, articleStatus: null, articleSince: null }])).toEqual([]);
  });
});
