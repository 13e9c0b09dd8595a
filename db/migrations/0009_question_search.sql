-- Full-text search over past questions (the question list), with the knowledge base's engine: the
-- text is folded in TypeScript (src/domain/search-text.ts) and the index holds only that.
-- rowid = questions.id; answers = the text of every answer given, joined. Maintained in the same
-- transaction as the question and its answers; existing questions are indexed at the next start.
CREATE VIRTUAL TABLE `questions_fts` USING fts5(
  `title`, `body`, `answers`,
  content='', contentless_delete=1,
  tokenize='unicode61 remove_diacritics 0'
);
