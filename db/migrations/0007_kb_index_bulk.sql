-- Bulk imports (kb:import writes 100k entries in one transaction): each FTS index gathers 64 MB of
-- terms in memory before writing a segment (the default is 1 MB), so an import writes a few large
-- segments instead of hundreds to merge. A single edit's pending terms are tiny and are written at
-- its commit, so the server's memory is unaffected.
INSERT INTO kb_fts(kb_fts, rank) VALUES ('hashsize', 67108864);
--> statement-breakpoint
INSERT INTO kb_pairs(kb_pairs, rank) VALUES ('hashsize', 67108864);
