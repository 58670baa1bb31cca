-- One full-text index over tools, models and datasets, with facets.
-- * Each public entity is one document; its rowid is id * 4 + kind (1 tool, 2 model, 3 dataset),
--   so triggers find and replace it by rowid instead of scanning the index.
-- * Facets (kind, group, task, framework, format, precision, license) are (facet, value) pairs:
--   `search_facet_values` numbers each pair once, `search_facets` lists a document's pairs (for
--   counting), and the document's `facets` column holds one token "f<code>" per pair, so filters
--   are part of the FTS5 MATCH (doclist intersection) instead of a per-row check.
-- * Only public rows are indexed (published tools, public models and datasets). Triggers keep the
--   index in sync inside the writing transaction, whoever writes (API, seed, webhooks).
-- * The views below are the one definition of what a document contains; triggers and the
--   rebuild at the end of this file read them, always with a constant id (NEW.id) or in one
--   grouped pass: SQLite does not push a correlated `WHERE id = outer.id` into a UNION view,
--   which would turn every write into a scan of the whole catalog.
DROP TRIGGER IF EXISTS `tools_search_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `tools_search_update`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `tools_search_delete`;
--> statement-breakpoint
DROP TABLE IF EXISTS `search_documents`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_documents` USING fts5(
	`kind` UNINDEXED,
	`ref` UNINDEXED,
	`slug` UNINDEXED,
	`name`,
	`summary`,
	`body`,
	`tags`,
	`task`,
	`facets`,
	tokenize = 'unicode61 remove_diacritics 2',
	prefix = '2 3'
);
--> statement-breakpoint
-- `ORDER BY rank` ranks with these bm25 column weights: name and tags weigh most, facets nothing.
INSERT INTO `search_documents` (`search_documents`, `rank`) VALUES ('rank', 'bm25(0.0, 0.0, 0.0, 10.0, 4.0, 1.0, 3.0, 2.0, 0.0)');
--> statement-breakpoint
CREATE TABLE `search_facet_values` (
	`id` integer PRIMARY KEY,
	`facet` text NOT NULL,
	`value` text NOT NULL,
	UNIQUE (`facet`, `value`)
);
--> statement-breakpoint
CREATE TABLE `search_facets` (
	`doc` integer NOT NULL,
	`code` integer NOT NULL,
	PRIMARY KEY (`doc`, `code`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE VIEW `search_tool_facets` AS
	SELECT `id` AS `tool_id`, 'kind' AS `facet`, 'tool' AS `value` FROM `tools` WHERE `status` = 'published'
	UNION ALL SELECT `id`, 'group', `owner_group_id` FROM `tools` WHERE `status` = 'published' AND `owner_group_id` IS NOT NULL
	UNION ALL SELECT `id`, 'license', `license` FROM `tools` WHERE `status` = 'published' AND `license` IS NOT NULL;
--> statement-breakpoint
-- Two terms per compound SELECT: D1 allows at most five. Single-valued facets come from one row
-- of pairs per model; artifact facets from one row of pairs per artifact.
CREATE VIEW `search_model_facets` AS
	SELECT m.`id` AS `model_id`, json_extract(p.`value`, '$[0]') AS `facet`, json_extract(p.`value`, '$[1]') AS `value`
		FROM `models` m, json_each(json_array(
			json_array('kind', 'model'), json_array('group', m.`owner_group_id`), json_array('task', m.`task`), json_array('license', m.`license`))) p
		WHERE m.`visibility` = 'public' AND json_extract(p.`value`, '$[1]') IS NOT NULL
	UNION ALL SELECT DISTINCT m.`id`, json_extract(p.`value`, '$[0]'), json_extract(p.`value`, '$[1]')
		FROM `models` m JOIN `model_versions` v ON v.`model_id` = m.`id` JOIN `model_artifacts` a ON a.`version_id` = v.`id`,
			json_each(json_array(json_array('format', a.`format`), json_array('framework', a.`framework`), json_array('precision', a.`precision`))) p
		WHERE m.`visibility` = 'public' AND json_extract(p.`value`, '$[1]') IS NOT NULL;
--> statement-breakpoint
CREATE VIEW `search_dataset_facets` AS
	SELECT `id` AS `dataset_id`, 'kind' AS `facet`, 'dataset' AS `value` FROM `datasets` WHERE `visibility` = 'public'
	UNION ALL SELECT `id`, 'group', `owner_group_id` FROM `datasets` WHERE `visibility` = 'public'
	UNION ALL SELECT `id`, 'format', `format` FROM `datasets` WHERE `visibility` = 'public'
	UNION ALL SELECT `id`, 'license', `license` FROM `datasets` WHERE `visibility` = 'public' AND `license` IS NOT NULL;
--> statement-breakpoint
CREATE VIEW `search_tool_source` AS
	SELECT t.`id` AS `tool_id`, t.`id` * 4 + 1 AS `doc`, t.`slug`, t.`name`, t.`summary`, t.`description_md` AS `body`,
		(SELECT group_concat(`value`, ' ') FROM (
			SELECT `value` FROM json_each(t.`tags`)
			UNION ALL SELECT `value` FROM json_each(t.`experiments`)
			UNION ALL SELECT replace(`value`, '-', ' ') FROM json_each(t.`categories`))) AS `tags`,
		'' AS `task`
	FROM `tools` t WHERE t.`status` = 'published';
--> statement-breakpoint
CREATE VIEW `search_model_source` AS
	SELECT m.`id` AS `model_id`, m.`id` * 4 + 2 AS `doc`, m.`slug`, m.`name`, m.`summary`, m.`card_md` AS `body`,
		(SELECT group_concat(`value`, ' ') FROM (
			SELECT `value` FROM json_each(m.`tags`)
			UNION ALL SELECT m.`owner_group_id`
			UNION ALL SELECT m.`library` WHERE m.`library` IS NOT NULL)) AS `tags`,
		replace(m.`task`, '-', ' ') AS `task`
	FROM `models` m WHERE m.`visibility` = 'public';
--> statement-breakpoint
CREATE VIEW `search_dataset_source` AS
	SELECT d.`id` AS `dataset_id`, d.`id` * 4 + 3 AS `doc`, d.`slug`, d.`name`, d.`summary`,
		d.`description_md` || char(10) || d.`schema_notes_md` AS `body`,
		(SELECT group_concat(`value`, ' ') FROM (
			SELECT `value` FROM json_each(d.`tags`)
			UNION ALL SELECT d.`owner_group_id`
			UNION ALL SELECT d.`format`)) AS `tags`,
		'' AS `task`
	FROM `datasets` d WHERE d.`visibility` = 'public';
--> statement-breakpoint
CREATE TRIGGER `tools_search_insert` AFTER INSERT ON `tools` BEGIN
	INSERT OR IGNORE INTO `search_facet_values` (`facet`, `value`) SELECT `facet`, `value` FROM `search_tool_facets` WHERE `tool_id` = NEW.`id`;
	INSERT INTO `search_documents` (`rowid`, `kind`, `ref`, `slug`, `name`, `summary`, `body`, `tags`, `task`, `facets`)
		SELECT `doc`, 'tool', `tool_id`, `slug`, `name`, `summary`, `body`, `tags`, `task`,
			(SELECT group_concat('f' || fv.`id`, ' ') FROM `search_tool_facets` f
				JOIN `search_facet_values` fv ON fv.`facet` = f.`facet` AND fv.`value` = f.`value` WHERE f.`tool_id` = NEW.`id`)
		FROM `search_tool_source` WHERE `tool_id` = NEW.`id`;
	INSERT OR IGNORE INTO `search_facets` (`doc`, `code`)
		SELECT NEW.`id` * 4 + 1, fv.`id` FROM `search_tool_facets` f JOIN `search_facet_values` fv ON fv.`facet` = f.`facet` AND fv.`value` = f.`value` WHERE f.`tool_id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `tools_search_update` AFTER UPDATE ON `tools` BEGIN
	DELETE FROM `search_documents` WHERE `rowid` = OLD.`id` * 4 + 1;
	DELETE FROM `search_facets` WHERE `doc` = OLD.`id` * 4 + 1;
	INSERT OR IGNORE INTO `search_facet_values` (`facet`, `value`) SELECT `facet`, `value` FROM `search_tool_facets` WHERE `tool_id` = NEW.`id`;
	INSERT INTO `search_documents` (`rowid`, `kind`, `ref`, `slug`, `name`, `summary`, `body`, `tags`, `task`, `facets`)
		SELECT `doc`, 'tool', `tool_id`, `slug`, `name`, `summary`, `body`, `tags`, `task`,
			(SELECT group_concat('f' || fv.`id`, ' ') FROM `search_tool_facets` f
				JOIN `search_facet_values` fv ON fv.`facet` = f.`facet` AND fv.`value` = f.`value` WHERE f.`tool_id` = NEW.`id`)
		FROM `search_tool_source` WHERE `tool_id` = NEW.`id`;
	INSERT OR IGNORE INTO `search_facets` (`doc`, `code`)
		SELECT NEW.`id` * 4 + 1, fv.`id` FROM `search_tool_facets` f JOIN `search_facet_values` fv ON fv.`facet` = f.`facet` AND fv.`value` = f.`value` WHERE f.`tool_id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `tools_search_delete` AFTER DELETE ON `tools` BEGIN
	DELETE FROM `search_documents` WHERE `rowid` = OLD.`id` * 4 + 1;
	DELETE FROM `search_facets` WHERE `doc` = OLD.`id` * 4 + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `models_search_insert` AFTER INSERT ON `models` BEGIN
	INSERT OR IGNORE INTO `search_facet_values` (`facet`, `value`) SELECT `facet`, `value` FROM `search_model_facets` WHERE `model_id` = NEW.`id`;
	INSERT INTO `search_documents` (`rowid`, `kind`, `ref`, `slug`, `name`, `summary`, `body`, `tags`, `task`, `facets`)
		SELECT `doc`, 'model', `model_id`, `slug`, `name`, `summary`, `body`, `tags` || coalesce(' ' || (SELECT group_concat(`value`, ' ') FROM `search_model_facets` WHERE `model_id` = NEW.`id` AND `facet` IN ('format', 'framework')), ''), `task`,
			(SELECT group_concat('f' || fv.`id`, ' ') FROM `search_model_facets` f
				JOIN `search_facet_values` fv ON fv.`facet` = f.`facet` AND fv.`value` = f.`value` WHERE f.`model_id` = NEW.`id`)
		FROM `search_model_source` WHERE `model_id` = NEW.`id`;
	INSERT OR IGNORE INTO `search_facets` (`doc`, `code`)
		SELECT NEW.`id` * 4 + 2, fv.`id` FROM `search_model_facets` f JOIN `search_facet_values` fv ON fv.`facet` = f.`facet` AND fv.`value` = f.`value` WHERE f.`model_id` = NEW.`id`;
END;
--> statement-breakpoint
-- Only columns that change the document; `updated_at` bumps (a new version) do not rewrite it.
CREATE TRIGGER `models_search_update` AFTER UPDATE OF `slug`, `name`, `summary`, `task`, `card_md`, `tags`, `license`, `library`, `owner_group_id`, `visibility` ON `models` BEGIN
	DELETE FROM `search_documents` WHERE `rowid` = OLD.`id` * 4 + 2;
	DELETE FROM `search_facets` WHERE `doc` = OLD.`id` * 4 + 2;
	INSERT OR IGNORE INTO `search_facet_values` (`facet`, `value`) SELECT `facet`, `value` FROM `search_model_facets` WHERE `model_id` = NEW.`id`;
	INSERT INTO `search_documents` (`rowid`, `kind`, `ref`, `slug`, `name`, `summary`, `body`, `tags`, `task`, `facets`)
		SELECT `doc`, 'model', `model_id`, `slug`, `name`, `summary`, `body`, `tags` || coalesce(' ' || (SELECT group_concat(`value`, ' ') FROM `search_model_facets` WHERE `model_id` = NEW.`id` AND `facet` IN ('format', 'framework')), ''), `task`,
			(SELECT group_concat('f' || fv.`id`, ' ') FROM `search_model_facets` f
				JOIN `search_facet_values` fv ON fv.`facet` = f.`facet` AND fv.`value` = f.`value` WHERE f.`model_id` = NEW.`id`)
		FROM `search_model_source` WHERE `model_id` = NEW.`id`;
	INSERT OR IGNORE INTO `search_facets` (`doc`, `code`)
		SELECT NEW.`id` * 4 + 2, fv.`id` FROM `search_model_facets` f JOIN `search_facet_values` fv ON fv.`facet` = f.`facet` AND fv.`value` = f.`value` WHERE f.`model_id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `models_search_delete` AFTER DELETE ON `models` BEGIN
	DELETE FROM `search_documents` WHERE `rowid` = OLD.`id` * 4 + 2;
	DELETE FROM `search_facets` WHERE `doc` = OLD.`id` * 4 + 2;
END;
--> statement-breakpoint
-- A new artifact changes the model's document only when it brings a new format, framework or
-- precision: most new versions repeat those of the last one, so registering stays cheap.
-- Setting `tags` to itself re-indexes the model through `models_search_update`.
CREATE TRIGGER `model_artifacts_search_insert` AFTER INSERT ON `model_artifacts`
WHEN NOT EXISTS (
	SELECT 1 FROM `model_artifacts` a JOIN `model_versions` v ON v.`id` = a.`version_id`
	WHERE v.`model_id` = (SELECT `model_id` FROM `model_versions` WHERE `id` = NEW.`version_id`)
		AND a.`id` <> NEW.`id` AND a.`format` = NEW.`format` AND a.`framework` IS NEW.`framework` AND a.`precision` IS NEW.`precision`)
BEGIN
	UPDATE `models` SET `tags` = `tags` WHERE `id` = (SELECT `model_id` FROM `model_versions` WHERE `id` = NEW.`version_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `model_artifacts_search_update` AFTER UPDATE OF `format`, `framework`, `precision` ON `model_artifacts` BEGIN
	UPDATE `models` SET `tags` = `tags` WHERE `id` = (SELECT `model_id` FROM `model_versions` WHERE `id` = NEW.`version_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `model_artifacts_search_delete` AFTER DELETE ON `model_artifacts` BEGIN
	UPDATE `models` SET `tags` = `tags` WHERE `id` = (SELECT `model_id` FROM `model_versions` WHERE `id` = OLD.`version_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `datasets_search_insert` AFTER INSERT ON `datasets` BEGIN
	INSERT OR IGNORE INTO `search_facet_values` (`facet`, `value`) SELECT `facet`, `value` FROM `search_dataset_facets` WHERE `dataset_id` = NEW.`id`;
	INSERT INTO `search_documents` (`rowid`, `kind`, `ref`, `slug`, `name`, `summary`, `body`, `tags`, `task`, `facets`)
		SELECT `doc`, 'dataset', `dataset_id`, `slug`, `name`, `summary`, `body`, `tags`, `task`,
			(SELECT group_concat('f' || fv.`id`, ' ') FROM `search_dataset_facets` f
				JOIN `search_facet_values` fv ON fv.`facet` = f.`facet` AND fv.`value` = f.`value` WHERE f.`dataset_id` = NEW.`id`)
		FROM `search_dataset_source` WHERE `dataset_id` = NEW.`id`;
	INSERT OR IGNORE INTO `search_facets` (`doc`, `code`)
		SELECT NEW.`id` * 4 + 3, fv.`id` FROM `search_dataset_facets` f JOIN `search_facet_values` fv ON fv.`facet` = f.`facet` AND fv.`value` = f.`value` WHERE f.`dataset_id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `datasets_search_update` AFTER UPDATE OF `slug`, `name`, `summary`, `description_md`, `schema_notes_md`, `format`, `tags`, `license`, `owner_group_id`, `visibility` ON `datasets` BEGIN
	DELETE FROM `search_documents` WHERE `rowid` = OLD.`id` * 4 + 3;
	DELETE FROM `search_facets` WHERE `doc` = OLD.`id` * 4 + 3;
	INSERT OR IGNORE INTO `search_facet_values` (`facet`, `value`) SELECT `facet`, `value` FROM `search_dataset_facets` WHERE `dataset_id` = NEW.`id`;
	INSERT INTO `search_documents` (`rowid`, `kind`, `ref`, `slug`, `name`, `summary`, `body`, `tags`, `task`, `facets`)
		SELECT `doc`, 'dataset', `dataset_id`, `slug`, `name`, `summary`, `body`, `tags`, `task`,
			(SELECT group_concat('f' || fv.`id`, ' ') FROM `search_dataset_facets` f
				JOIN `search_facet_values` fv ON fv.`facet` = f.`facet` AND fv.`value` = f.`value` WHERE f.`dataset_id` = NEW.`id`)
		FROM `search_dataset_source` WHERE `dataset_id` = NEW.`id`;
	INSERT OR IGNORE INTO `search_facets` (`doc`, `code`)
		SELECT NEW.`id` * 4 + 3, fv.`id` FROM `search_dataset_facets` f JOIN `search_facet_values` fv ON fv.`facet` = f.`facet` AND fv.`value` = f.`value` WHERE f.`dataset_id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `datasets_search_delete` AFTER DELETE ON `datasets` BEGIN
	DELETE FROM `search_documents` WHERE `rowid` = OLD.`id` * 4 + 3;
	DELETE FROM `search_facets` WHERE `doc` = OLD.`id` * 4 + 3;
END;
--> statement-breakpoint
-- Re-index what exists (tools; models and datasets are new tables, but a rebuild is harmless).
INSERT OR IGNORE INTO `search_facet_values` (`facet`, `value`)
	SELECT `facet`, `value` FROM `search_tool_facets`
	UNION SELECT `facet`, `value` FROM `search_model_facets`
	UNION SELECT `facet`, `value` FROM `search_dataset_facets`;
--> statement-breakpoint
INSERT INTO `search_documents` (`rowid`, `kind`, `ref`, `slug`, `name`, `summary`, `body`, `tags`, `task`, `facets`)
	SELECT s.`doc`, 'tool', s.`tool_id`, s.`slug`, s.`name`, s.`summary`, s.`body`, s.`tags`, s.`task`, c.`facets`
	FROM `search_tool_source` s LEFT JOIN (
		SELECT f.`tool_id`, group_concat('f' || fv.`id`, ' ') AS `facets` FROM `search_tool_facets` f
		JOIN `search_facet_values` fv ON fv.`facet` = f.`facet` AND fv.`value` = f.`value` GROUP BY f.`tool_id`
	) c ON c.`tool_id` = s.`tool_id`;
--> statement-breakpoint
INSERT OR IGNORE INTO `search_facets` (`doc`, `code`)
	SELECT f.`tool_id` * 4 + 1, fv.`id` FROM `search_tool_facets` f JOIN `search_facet_values` fv ON fv.`facet` = f.`facet` AND fv.`value` = f.`value`;
