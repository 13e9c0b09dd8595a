// 0012 rebuilds the regulations table (its number became nullable) under existing citations that
// reference it: a database from before keeps its register and links, and its foreign keys hold.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { openDatabase } from "../../src/db.js";
import { databaseBefore } from "../support/migrations.js";
import { linkCitationsAtStart } from "../../src/services/regulation-links.js";

const dir = mkdtempSync(join(tmpdir(), "hotline-0012-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("keeps the register and the citations linked to it, and links their articles later", () => {
  const { path, old } = databaseBefore(12, dir);
  old.exec(`
    INSERT INTO categories (code, name) VALUES ('ly-lich-tu-phap', 'Lý lịch tư pháp');
    INSERT INTO regulations (number, title, status, created_at) VALUES ('28/2009/QH12', 'Luật Lý lịch tư pháp', 'in_force', 0);
    INSERT INTO kb_entries (ref, title, question, answer, category_id, status, created_at, updated_at) VALUES ('A', 't', 'q', 'a', 1, 'published', 0, 0);
    INSERT INTO kb_citations (entry_id, document, article, regulation_id) VALUES (1, 'Luật số 28/2009/QH12', 'Điều 41', 1);
    INSERT INTO kb_citations (entry_id, document, article) VALUES (1, 'Luật Lý lịch tư pháp 2009', '');
  `);
  old.close();

  const db = openDatabase(path);
  const c = db.$client;
  expect(c.prepare("SELECT id, number, title, aliases, incomplete FROM regulations").all()).toEqual([{ id: 1, number: "28/2009/QH12", title: "Luật Lý lịch tư pháp", aliases: "[]", incomplete: 0 }]);
  expect(c.pragma("foreign_keys", { simple: true })).toBe(1);
  expect(c.pragma("foreign_key_check")).toEqual([]);
  expect(c.prepare("SELECT regulation_id, article_id FROM kb_citations ORDER BY id").all()).toEqual([
    { regulation_id: 1, article_id: null },
    { regulation_id: null, article_id: null },
  ]);
  // Today's citations are migrated at start: the one by title now points at the document too.
  expect(linkCitationsAtStart(db)).toBe(1);
  expect(c.prepare("SELECT regulation_id FROM kb_citations ORDER BY id").pluck().all()).toEqual([1, 1]);
  // A citation pointing at nothing is still refused once the database is open.
  expect(() => c.prepare("INSERT INTO kb_citations (entry_id, document, regulation_id) VALUES (1, 'x', 99)").run()).toThrow(/FOREIGN KEY/);
  db.$client.close();
});
