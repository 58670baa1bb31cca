-- Archived models and datasets leave the typo vocabulary of 0016, as 0018 took them out of search:
-- a word only archived (or no longer public) entries have is neither offered as a correction nor
-- taken as a word "as typed" (which would switch typo tolerance off for it).
-- * The term views gain `archived_at IS NULL`; the update triggers also fire on `archived_at`, so
--   unarchiving adds the words back.
-- * When a model or dataset leaves the public, live set, a BEFORE UPDATE trigger (the row still has
--   its words then) deletes those of its words that no other public, live entry has. It reads the
--   whole vocabulary once: archiving is rare. Renames still only add words (as in 0016).
-- * Deleting a word deletes its trigrams (looked up by the word's own trigrams: the primary key).
-- * Plain SQLite (triggers, views, json_each): the same SQL runs on libSQL and Cloudflare D1.
DROP VIEW `search_model_terms`;
--> statement-breakpoint
CREATE VIEW `search_model_terms` AS
	SELECT x.`id` AS `model_id`, j.`value` AS `term`
	FROM (SELECT `id`, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(`s`, '*', ' '), '=', ' '), '&', ' '), '|', ' '), '#', ' '), '@', ' '), '%', ' '), '$', ' '), '^', ' '), '~', ' '), '''', ' ') AS `s`
		FROM (SELECT `id`, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(`s`, '(', ' '), ')', ' '), '[', ' '), ']', ' '), '{', ' '), '}', ' '), '<', ' '), '>', ' '), '!', ' '), '?', ' '), '`', ' '), '+', ' ') AS `s`
			FROM (SELECT m.`id`, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(lower(m.`name` || ' ' || m.`summary` || ' ' || m.`tags` || ' ' || coalesce(m.`task`, '') || ' ' || coalesce(m.`library`, '')), char(9), ' '), char(10), ' '), char(13), ' '), '"', ' '), '\', ' '), '-', ' '), '_', ' '), '.', ' '), ',', ' '), ';', ' '), ':', ' '), '/', ' ') AS `s`
				FROM `models` m WHERE m.`visibility` = 'public' AND m.`archived_at` IS NULL))) x, json_each(CASE WHEN json_valid('["' || replace(trim(x.`s`), ' ', '","') || '"]') THEN '["' || replace(trim(x.`s`), ' ', '","') || '"]' ELSE '[]' END) j
	WHERE length(j.`value`) BETWEEN 3 AND 40 AND j.`value` GLOB '*[a-z]*';
--> statement-breakpoint
DROP VIEW `search_dataset_terms`;
--> statement-breakpoint
CREATE VIEW `search_dataset_terms` AS
	SELECT x.`id` AS `dataset_id`, j.`value` AS `term`
	FROM (SELECT `id`, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(`s`, '*', ' '), '=', ' '), '&', ' '), '|', ' '), '#', ' '), '@', ' '), '%', ' '), '$', ' '), '^', ' '), '~', ' '), '''', ' ') AS `s`
		FROM (SELECT `id`, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(`s`, '(', ' '), ')', ' '), '[', ' '), ']', ' '), '{', ' '), '}', ' '), '<', ' '), '>', ' '), '!', ' '), '?', ' '), '`', ' '), '+', ' ') AS `s`
			FROM (SELECT d.`id`, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(lower(d.`name` || ' ' || d.`summary` || ' ' || d.`tags` || ' ' || d.`format`), char(9), ' '), char(10), ' '), char(13), ' '), '"', ' '), '\', ' '), '-', ' '), '_', ' '), '.', ' '), ',', ' '), ';', ' '), ':', ' '), '/', ' ') AS `s`
				FROM `datasets` d WHERE d.`visibility` = 'public' AND d.`archived_at` IS NULL))) x, json_each(CASE WHEN json_valid('["' || replace(trim(x.`s`), ' ', '","') || '"]') THEN '["' || replace(trim(x.`s`), ' ', '","') || '"]' ELSE '[]' END) j
	WHERE length(j.`value`) BETWEEN 3 AND 40 AND j.`value` GLOB '*[a-z]*';
--> statement-breakpoint
DROP TRIGGER `models_search_terms_update`;
--> statement-breakpoint
CREATE TRIGGER `models_search_terms_update` AFTER UPDATE OF `visibility`, `archived_at`, `name`, `summary`, `tags`, `task`, `library` ON `models` BEGIN
	INSERT OR IGNORE INTO `search_terms` (`term`) SELECT `term` FROM `search_model_terms` WHERE `model_id` = NEW.`id`;
END;
--> statement-breakpoint
DROP TRIGGER `datasets_search_terms_update`;
--> statement-breakpoint
CREATE TRIGGER `datasets_search_terms_update` AFTER UPDATE OF `visibility`, `archived_at`, `name`, `summary`, `tags`, `format` ON `datasets` BEGIN
	INSERT OR IGNORE INTO `search_terms` (`term`) SELECT `term` FROM `search_dataset_terms` WHERE `dataset_id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `search_terms_trigrams_delete` AFTER DELETE ON `search_terms` BEGIN
	DELETE FROM `search_term_trigrams` WHERE `term` = OLD.`id` AND `trigram` IN (
		SELECT substr(OLD.`term`, p.`value`, 3) FROM json_each('[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38]') p
		WHERE p.`value` <= length(OLD.`term`) - 2);
END;
--> statement-breakpoint
CREATE TRIGGER `models_search_terms_leave` BEFORE UPDATE OF `visibility`, `archived_at` ON `models`
	WHEN OLD.`visibility` = 'public' AND OLD.`archived_at` IS NULL AND (NEW.`visibility` <> 'public' OR NEW.`archived_at` IS NOT NULL) BEGIN
	DELETE FROM `search_terms` WHERE `term` IN (SELECT `term` FROM `search_model_terms` WHERE `model_id` = OLD.`id`)
		AND `term` NOT IN (SELECT `term` FROM `search_model_terms` WHERE `model_id` <> OLD.`id`
			UNION SELECT `term` FROM `search_tool_terms` UNION SELECT `term` FROM `search_dataset_terms`);
END;
--> statement-breakpoint
CREATE TRIGGER `datasets_search_terms_leave` BEFORE UPDATE OF `visibility`, `archived_at` ON `datasets`
	WHEN OLD.`visibility` = 'public' AND OLD.`archived_at` IS NULL AND (NEW.`visibility` <> 'public' OR NEW.`archived_at` IS NOT NULL) BEGIN
	DELETE FROM `search_terms` WHERE `term` IN (SELECT `term` FROM `search_dataset_terms` WHERE `dataset_id` = OLD.`id`)
		AND `term` NOT IN (SELECT `term` FROM `search_dataset_terms` WHERE `dataset_id` <> OLD.`id`
			UNION SELECT `term` FROM `search_tool_terms` UNION SELECT `term` FROM `search_model_terms`);
END;
--> statement-breakpoint
-- The words of what is archived now (and of nothing any more) leave.
DELETE FROM `search_terms` WHERE `term` NOT IN (SELECT `term` FROM `search_tool_terms` UNION SELECT `term` FROM `search_model_terms` UNION SELECT `term` FROM `search_dataset_terms`);
