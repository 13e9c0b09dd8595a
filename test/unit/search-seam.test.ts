// The search module is the only code that touches the full-text indexes (issue 16, item 4): write
// paths call src/search/index.ts, and a second storage engine is one more store beside
// src/search/sqlite/. This reads the source as text, so a hand-written query slipping in elsewhere
// fails here rather than in a review.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const outside = [...sources(join(ROOT, "src")), ...sources(join(ROOT, "views"))]
  .map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, "utf8") }))
  .filter((f) => !f.path.startsWith("src/search/"));

// The index tables (and their vocabularies and shadow tables) by name, FTS5 queries, and SQLite's
// change counter that the caches key on.
const INDEX_SQL = /\b(kb_fts|kb_pairs|law_fts|law_pairs|questions_fts)\w*\b|\bMATCH\b|fts5|data_version/;

describe("the search seam", () => {
  it("no code outside src/search/ names an index table, an FTS query or data_version", () => {
    // Comments may name what they explain; code may not.
    const code = (text: string) => text.replace(/\/\/.*$/gm, "");
    expect(outside.filter((f) => INDEX_SQL.test(code(f.text))).map((f) => f.path)).toEqual([]);
  });

  it("only kb:import reaches into the SQLite store, for its bulk pair index", () => {
    const importers = outside.filter((f) => /from "[./]*search\/sqlite\//.test(f.text)).map((f) => f.path);
    expect(importers.sort()).toEqual(["src/cli/kb-import-pairs-worker.ts", "src/cli/kb-import.ts"]);
  });
});
