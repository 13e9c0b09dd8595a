-- Knowledge-base search index. Hand-written because drizzle-kit does not model FTS5 tables.
-- Contentless (content=''): it holds only the folded text computed in TypeScript
-- (src/domain/search-text.ts: no diacritics, đ → d, lower case), so the index and the queries fold
-- alike; entries' original text stays in kb_entries and snippets are cut from it.
-- contentless_delete lets an entry be re-indexed or removed by rowid (= kb_entries.id).
CREATE VIRTUAL TABLE `kb_fts` USING fts5(
  `title`, `tags`, `question`, `answer`, `citations`,
  content='', contentless_delete=1,
  tokenize='unicode61 remove_diacritics 0'
);
--> statement-breakpoint
-- Document frequency per term, for choosing the selective words of a long pasted question.
CREATE VIRTUAL TABLE `kb_fts_vocab` USING fts5vocab(`kb_fts`, 'row');
