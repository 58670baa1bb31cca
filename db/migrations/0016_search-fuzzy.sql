-- Typo-tolerant search (issue 15): a vocabulary of the words that describe public entries
-- (names, summaries, tags, tasks: the columns of the first ranking tier) and the trigrams of each
-- word. A query word that matches no vocabulary word as a prefix is looked up by its trigrams;
-- the closest words (edit distance, computed by the query code) join the FTS5 MATCH as
-- alternatives, ranked after the exact and prefix matches ("anomally" finds "anomaly").
-- * Plain tables and json_each, no FTS5 trigram tokenizer: the same SQL runs on libSQL and D1.
-- * Kept in sync by triggers in the writing transaction, like the search index itself. Words are
--   only added: a word no entry uses any more is a harmless alternative that matches nothing.
-- * The tokenizer: lower-case, the separators below become spaces, then the text is read as a
--   JSON array of words (json_each). Text that would not make valid JSON adds no words.
CREATE TABLE `search_terms` (
	`id` integer PRIMARY KEY,
	`term` text NOT NULL UNIQUE
);
--> statement-breakpoint
CREATE TABLE `search_term_trigrams` (
	`trigram` text NOT NULL,
	`term` integer NOT NULL,
	PRIMARY KEY (`trigram`, `term`)
) WITHOUT ROWID;
--> statement-breakpoint
-- Every new word adds its trigrams (positions 1 to 38: words are 3 to 40 characters).
CREATE TRIGGER `search_terms_trigrams` AFTER INSERT ON `search_terms` BEGIN
	INSERT OR IGNORE INTO `search_term_trigrams` (`trigram`, `term`)
		SELECT substr(NEW.`term`, p.`value`, 3), NEW.`id` FROM json_each('[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38]') p
		WHERE p.`value` <= length(NEW.`term`) - 2;
END;
--> statement-breakpoint
CREATE VIEW `search_tool_terms` AS
	SELECT x.`id` AS `tool_id`, j.`value` AS `term`
	FROM (SELECT `id`, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(`s`, '*', ' '), '=', ' '), '&', ' '), '|', ' '), '#', ' '), '@', ' '), '%', ' '), '$', ' '), '^', ' '), '~', ' '), '''', ' ') AS `s`
		FROM (SELECT `id`, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(`s`, '(', ' '), ')', ' '), '[', ' '), ']', ' '), '{', ' '), '}', ' '), '<', ' '), '>', ' '), '!', ' '), '?', ' '), '`', ' '), '+', ' ') AS `s`
			FROM (SELECT t.`id`, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(lower(t.`name` || ' ' || t.`summary` || ' ' || t.`tags` || ' ' || t.`experiments` || ' ' || t.`categories`), char(9), ' '), char(10), ' '), char(13), ' '), '"', ' '), '\', ' '), '-', ' '), '_', ' '), '.', ' '), ',', ' '), ';', ' '), ':', ' '), '/', ' ') AS `s`
				FROM `tools` t WHERE t.`status` = 'published'))) x, json_each(CASE WHEN json_valid('["' || replace(trim(x.`s`), ' ', '","') || '"]') THEN '["' || replace(trim(x.`s`), ' ', '","') || '"]' ELSE '[]' END) j
	WHERE length(j.`value`) BETWEEN 3 AND 40 AND j.`value` GLOB '*[a-z]*';
--> statement-breakpoint
CREATE VIEW `search_model_terms` AS
	SELECT x.`id` AS `model_id`, j.`value` AS `term`
	FROM (SELECT `id`, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(`s`, '*', ' '), '=', ' '), '&', ' '), '|', ' '), '#', ' '), '@', ' '), '%', ' '), '$', ' '), '^', ' '), '~', ' '), '''', ' ') AS `s`
		FROM (SELECT `id`, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(`s`, '(', ' '), ')', ' '), '[', ' '), ']', ' '), '{', ' '), '}', ' '), '<', ' '), '>', ' '), '!', ' '), '?', ' '), '`', ' '), '+', ' ') AS `s`
			FROM (SELECT m.`id`, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(lower(m.`name` || ' ' || m.`summary` || ' ' || m.`tags` || ' ' || coalesce(m.`task`, '') || ' ' || coalesce(m.`library`, '')), char(9), ' '), char(10), ' '), char(13), ' '), '"', ' '), '\', ' '), '-', ' '), '_', ' '), '.', ' '), ',', ' '), ';', ' '), ':', ' '), '/', ' ') AS `s`
				FROM `models` m WHERE m.`visibility` = 'public'))) x, json_each(CASE WHEN json_valid('["' || replace(trim(x.`s`), ' ', '","') || '"]') THEN '["' || replace(trim(x.`s`), ' ', '","') || '"]' ELSE '[]' END) j
	WHERE length(j.`value`) BETWEEN 3 AND 40 AND j.`value` GLOB '*[a-z]*';
--> statement-breakpoint
CREATE VIEW `search_dataset_terms` AS
	SELECT x.`id` AS `dataset_id`, j.`value` AS `term`
	FROM (SELECT `id`, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(`s`, '*', ' '), '=', ' '), '&', ' '), '|', ' '), '#', ' '), '@', ' '), '%', ' '), '$', ' '), '^', ' '), '~', ' '), '''', ' ') AS `s`
		FROM (SELECT `id`, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(`s`, '(', ' '), ')', ' '), '[', ' '), ']', ' '), '{', ' '), '}', ' '), '<', ' '), '>', ' '), '!', ' '), '?', ' '), '`', ' '), '+', ' ') AS `s`
			FROM (SELECT d.`id`, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(lower(d.`name` || ' ' || d.`summary` || ' ' || d.`tags` || ' ' || d.`format`), char(9), ' '), char(10), ' '), char(13), ' '), '"', ' '), '\', ' '), '-', ' '), '_', ' '), '.', ' '), ',', ' '), ';', ' '), ':', ' '), '/', ' ') AS `s`
				FROM `datasets` d WHERE d.`visibility` = 'public'))) x, json_each(CASE WHEN json_valid('["' || replace(trim(x.`s`), ' ', '","') || '"]') THEN '["' || replace(trim(x.`s`), ' ', '","') || '"]' ELSE '[]' END) j
	WHERE length(j.`value`) BETWEEN 3 AND 40 AND j.`value` GLOB '*[a-z]*';
--> statement-breakpoint
CREATE TRIGGER `tools_search_terms_insert` AFTER INSERT ON `tools` BEGIN
	INSERT OR IGNORE INTO `search_terms` (`term`) SELECT `term` FROM `search_tool_terms` WHERE `tool_id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `tools_search_terms_update` AFTER UPDATE OF `status`, `name`, `summary`, `tags`, `experiments`, `categories` ON `tools` BEGIN
	INSERT OR IGNORE INTO `search_terms` (`term`) SELECT `term` FROM `search_tool_terms` WHERE `tool_id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `models_search_terms_insert` AFTER INSERT ON `models` BEGIN
	INSERT OR IGNORE INTO `search_terms` (`term`) SELECT `term` FROM `search_model_terms` WHERE `model_id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `models_search_terms_update` AFTER UPDATE OF `visibility`, `name`, `summary`, `tags`, `task`, `library` ON `models` BEGIN
	INSERT OR IGNORE INTO `search_terms` (`term`) SELECT `term` FROM `search_model_terms` WHERE `model_id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `datasets_search_terms_insert` AFTER INSERT ON `datasets` BEGIN
	INSERT OR IGNORE INTO `search_terms` (`term`) SELECT `term` FROM `search_dataset_terms` WHERE `dataset_id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `datasets_search_terms_update` AFTER UPDATE OF `visibility`, `name`, `summary`, `tags`, `format` ON `datasets` BEGIN
	INSERT OR IGNORE INTO `search_terms` (`term`) SELECT `term` FROM `search_dataset_terms` WHERE `dataset_id` = NEW.`id`;
END;
--> statement-breakpoint
-- The words of what exists now.
INSERT OR IGNORE INTO `search_terms` (`term`)
	SELECT `term` FROM `search_tool_terms`
	UNION SELECT `term` FROM `search_model_terms`
	UNION SELECT `term` FROM `search_dataset_terms`;
