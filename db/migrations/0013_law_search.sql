-- The articles of the register's documents are searched by the knowledge base's engine
-- (docs/decisions/004-kb-search.md), over indexes of their own shaped like kb_fts and kb_pairs:
-- folded syllables, and adjacent syllable pairs as single tokens. Head = "Điều N. heading" with the
-- document's title, number and aliases; body = the article's text. Rowid = regulation_articles.id.
-- Contentless: the text lives in regulation_articles, the index holds only the folded forms.
CREATE VIRTUAL TABLE `law_fts` USING fts5(
  `head`, `body`,
  content='', contentless_delete=1,
  tokenize='unicode61 remove_diacritics 0'
);
--> statement-breakpoint
CREATE VIRTUAL TABLE `law_fts_vocab` USING fts5vocab(`law_fts`, 'row');
--> statement-breakpoint
CREATE VIRTUAL TABLE `law_pairs` USING fts5(
  `head`, `body`,
  content='', contentless_delete=1,
  tokenize="unicode61 remove_diacritics 0 tokenchars '_'"
);
--> statement-breakpoint
CREATE VIRTUAL TABLE `law_pairs_vocab` USING fts5vocab(`law_pairs`, 'row');
