-- How many questions hold each folded syllable, for "similar answered questions" beside the answer
-- box: it picks the rarest syllables of a title, and counting each one's matches on every render of
-- the question page (live updates re-render it) read up to a thousand rows a syllable.
CREATE VIRTUAL TABLE `questions_fts_vocab` USING fts5vocab(`questions_fts`, 'row');
