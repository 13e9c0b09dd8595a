-- Vietnamese words are mostly two syllables, and single syllables ("hồ", "sơ", "án", "quy") are in
-- most entries, so they select almost nothing. This second contentless index holds syllable PAIRS
-- as single tokens ("xoa_an", "an_tich"): their posting lists are short, which makes a pasted
-- sentence cheap to match and ranks entries sharing its words, not just its syllables.
-- head = title, tags and question; body = answer and citations. Maintained with kb_fts.
CREATE VIRTUAL TABLE `kb_pairs` USING fts5(
  `head`, `body`,
  content='', contentless_delete=1,
  tokenize="unicode61 remove_diacritics 0 tokenchars '_'"
);
--> statement-breakpoint
CREATE VIRTUAL TABLE `kb_pairs_vocab` USING fts5vocab(`kb_pairs`, 'row');
-- Entries indexed before this migration are paired at the next start (backfillPairIndex).
