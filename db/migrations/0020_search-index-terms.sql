-- The terms of the search index (read-only; FTS5's own fts5vocab module, no data of its own).
-- Search asks it whether a query word is a whole index term that no longer term starts with:
-- then `"word"` matches exactly what the prefix query `"word"*` matches, with the same bm25, and
-- FTS5 reads the word's doclist as it goes instead of first merging every term with that prefix
-- (db/queries/search.ts, `wholeWordColumns`). An `instance` table, so a lookup by term range
-- stops at the first instance instead of counting the term's documents.
CREATE VIRTUAL TABLE `search_index_terms` USING fts5vocab('search_documents', 'instance');
