// Search quality over the demo knowledge base: every query of kb-queries.ts, as written and in the
// forms officers really type (capitals, no diacritics, tone-mark typos, a hurried mix), must find
// an entry that answers it in the top 5. Prints recall@5 and MRR@10 per form and the misses.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { kbEntries } from "../../db/seed/demo-content.js";
import { upsertPublishedEntries } from "../../src/services/kb-entries.js";
import { createTestDesk, type TestDesk } from "../support/app.js";
import { QUERIES, type QualityQuery } from "./kb-queries.js";
import { toneTypos, upperCase, withoutDiacritics, withoutDiacriticsAndTypos } from "./variants.js";

type SearchKb = (typeof import("../../src/search/index.js"))["searchKb"];
type Page = Awaited<ReturnType<SearchKb>>;

const FORMS: { name: string; make: (q: string) => string }[] = [
  { name: "as written", make: (q) => q },
  { name: "upper case", make: upperCase },
  { name: "no diacritics", make: withoutDiacritics },
  { name: "tone typos", make: (q) => toneTypos(q, 1) },
  { name: "mixed (bare + typos)", make: (q) => withoutDiacriticsAndTypos(q, 1) },
];
const RECALL_MIN = 0.95;
const TOP = 5;
const LIMIT = 10;

interface Miss {
  query: QualityQuery;
  asked: string;
  got: string[];
}
interface FormScore {
  name: string;
  recall: number;
  mrr: number;
  misses: Miss[];
}

describe("the query set", () => {
  const refs = new Set(kbEntries.map((e) => e.ref));
  const count = (s: string) => s.split(/\s+/).filter(Boolean).length;

  it("has enough queries of each kind, well formed", () => {
    const by = (k: QualityQuery["kind"]) => QUERIES.filter((q) => q.kind === k);
    expect(QUERIES.length).toBeGreaterThanOrEqual(60);
    expect(by("sentence").length).toBeGreaterThanOrEqual(25);
    expect(by("keywords").length).toBeGreaterThanOrEqual(15);
    expect(by("phrase").length).toBeGreaterThanOrEqual(5);
    for (const q of by("sentence")) expect(count(q.query), q.query).toBeGreaterThanOrEqual(8);
    for (const q of by("sentence")) expect(count(q.query), q.query).toBeLessThanOrEqual(25);
    for (const q of by("keywords")) expect(count(q.query), q.query).toBeGreaterThanOrEqual(2);
    for (const q of by("keywords")) expect(count(q.query), q.query).toBeLessThanOrEqual(4);
    for (const q of by("phrase")) expect(q.query, q.query).toMatch(/"[^"]+"/);
    expect(new Set(QUERIES.map((q) => q.query)).size).toBe(QUERIES.length);
  });

  it("expects only existing entries and covers most of them", () => {
    for (const q of QUERIES) {
      expect(q.expect.length, q.query).toBeGreaterThan(0);
      for (const r of q.expect) expect(refs.has(r), `${q.query} → ${r}`).toBe(true);
    }
    const covered = new Set(QUERIES.flatMap((q) => q.expect));
    expect(covered.size).toBeGreaterThanOrEqual(25);
  });

  it("does not copy entry titles or questions", () => {
    const norm = (s: string) => withoutDiacritics(s).toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
    const own = new Set(kbEntries.flatMap((e) => [norm(e.title), norm(e.question)]));
    for (const q of QUERIES.filter((x) => x.kind === "sentence")) expect(own.has(norm(q.query)), q.query).toBe(false);
  });
});

describe("knowledge-base search quality (demo KB)", () => {
  let desk: TestDesk;
  let searchKb: SearchKb;
  const scores: FormScore[] = [];

  // Runs (and is awaited) whether searchKb is synchronous, as specified, or returns a promise.
  const search = async (q: string, limit = LIMIT): Promise<Page> => await searchKb(desk.db, { q, limit });

  beforeAll(async () => {
    ({ searchKb } = await import("../../src/search/index.js"));
    desk = createTestDesk();
    upsertPublishedEntries(desk.db, null, kbEntries, desk.now.value);

    for (const form of FORMS) {
      let found = 0;
      let rr = 0;
      const misses: Miss[] = [];
      for (const query of QUERIES) {
        const asked = form.make(query.query);
        const got = (await search(asked)).results.map((r) => r.ref);
        const rank = got.slice(0, LIMIT).findIndex((ref) => query.expect.includes(ref));
        if (rank >= 0) rr += 1 / (rank + 1);
        if (rank >= 0 && rank < TOP) found++;
        else misses.push({ query, asked, got: got.slice(0, TOP) });
      }
      scores.push({ name: form.name, recall: found / QUERIES.length, mrr: rr / QUERIES.length, misses });
    }
    report(scores);
  });

  afterAll(() => desk?.close());

  const score = (name: string) => scores.find((s) => s.name === name)!;

  for (const form of FORMS) {
    it(`recall@${TOP} ≥ ${RECALL_MIN} ${form.name}`, () => {
      const s = score(form.name);
      expect(s.recall, s.misses.map((m) => `${m.asked} → [${m.got.join(", ")}] want ${m.query.expect.join("|")}`).join("\n")).toBeGreaterThanOrEqual(
        RECALL_MIN,
      );
    });
  }

  it("finds as much without diacritics as with them (within 0.02)", () => {
    expect(score("no diacritics").recall).toBeGreaterThanOrEqual(score("as written").recall - 0.02);
    expect(score("mixed (bare + typos)").recall).toBeGreaterThanOrEqual(score("as written").recall - 0.02);
  });

  it("recall per kind of query, as written and without diacritics, stays ≥ 0.9", () => {
    for (const name of ["as written", "no diacritics"]) {
      for (const kind of ["sentence", "keywords", "phrase"] as const) {
        const all = QUERIES.filter((q) => q.kind === kind).length;
        const missed = score(name).misses.filter((m) => m.query.kind === kind).length;
        expect((all - missed) / all, `${name} / ${kind}`).toBeGreaterThanOrEqual(0.9);
      }
    }
  });

  describe("any input returns a result page, never an error", () => {
    const long = kbEntries
      .map((e) => `${e.title} ${e.question} ${e.answer}`)
      .join(" ")
      .slice(0, 5000);
    const odd: [string, string][] = [
      ["empty", ""],
      ["blanks", "   "],
      ["tabs and newlines", "\t\n\r "],
      ["a lone quote", '"'],
      ["an unclosed phrase", '"xóa án tích'],
      ["an empty phrase", '""'],
      ["FTS operators only", "AND OR NOT NEAR"],
      ["lower-case operators", "and or not near"],
      ["NEAR()", "NEAR(xóa án, 2)"],
      ["a star", "*"],
      ["a prefix star", "xóa*"],
      ["an open bracket", "("],
      ["a close bracket", ")"],
      ["a column filter", "title:x"],
      ["column braces", "{title tags}: án tích"],
      ["a caret", "^án"],
      ["a minus", "-xóa"],
      ["a plus", "+"],
      ["a colon", ":"],
      ["punctuation only", ".,;:!?…–—"],
      ["digits only", "2025"],
      ["emoji", "👮‍♂️ 📄 ❤️"],
      ["emoji with words", "lý lịch tư pháp 👍"],
      ["SQL injection", "' OR 1=1 --"],
      ["SQL with a semicolon", "'; DROP TABLE kb_entries; --"],
      ["a NUL character", "xóa\u0000án"],
      ["combining marks only", "\u0301\u0300\u0323"],
      ["decomposed text", "xóa án tích".normalize("NFD")],
      ["a 5,000-character text", long],
      ["5,000 characters of one word", "tích ".repeat(1000)],
      ["a 5,000-character word", "a".repeat(5000)],
    ];
    for (const [label, q] of odd) {
      it(label, async () => {
        const page = await search(q);
        expect(typeof page.total).toBe("number");
        expect(Array.isArray(page.results)).toBe(true);
        expect(page.results.length).toBeLessThanOrEqual(LIMIT);
        expect(page.total).toBeGreaterThanOrEqual(page.results.length);
      });
    }

    it("the long pasted text still finds something", async () => {
      expect((await search(long)).results.length).toBeGreaterThan(0);
    });
  });
});

function report(scores: FormScore[]): void {
  const pad = (s: string, n: number) => s.padEnd(n);
  const lines = [
    `KB search quality: ${QUERIES.length} queries (${["sentence", "keywords", "phrase"]
      .map((k) => `${QUERIES.filter((q) => q.kind === k).length} ${k}`)
      .join(", ")}), recall@${TOP} and MRR@${LIMIT}`,
    `${pad("form", 22)} ${pad("recall@5", 9)} MRR@10`,
    ...scores.map((s) => `${pad(s.name, 22)} ${pad(s.recall.toFixed(3), 9)} ${s.mrr.toFixed(3)}`),
  ];
  for (const s of scores) {
    if (!s.misses.length) continue;
    lines.push(`-- missed ${s.name} (${s.misses.length}):`);
    for (const m of s.misses) lines.push(`   [${m.query.kind}] ${m.asked}\n      want ${m.query.expect.join("|")}, top ${TOP}: ${m.got.join(", ") || "(none)"}`);
  }
  console.log(lines.join("\n"));
}
