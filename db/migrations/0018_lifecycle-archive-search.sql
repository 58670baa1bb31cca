-- Archived models and datasets leave the search index and its facets (the /models/ and /datasets/
-- sidebars count from it), like internal ones. The views are the one definition of what is indexed:
-- they gain `archived_at IS NULL`, and archiving or unarchiving re-indexes the row through the
-- update triggers, which now also fire on `archived_at`.
DROP VIEW `search_model_facets`;
--> statement-breakpoint
CREATE VIEW `search_model_facets` AS
	SELECT m.`id` AS `model_id`, json_extract(p.`value`, '$[0]') AS `facet`, json_extract(p.`value`, '$[1]') AS `value`
		FROM `models` m, json_each(json_array(
			json_array('kind', 'model'), json_array('group', m.`owner_group_id`), json_array('task', m.`task`), json_array('license', m.`license`))) p
		WHERE m.`visibility` = 'public' AND m.`archived_at` IS NULL AND json_extract(p.`value`, '$[1]') IS NOT NULL
	UNION ALL SELECT DISTINCT m.`id`, json_extract(p.`value`, '$[0]'), json_extract(p.`value`, '$[1]')
		FROM `models` m JOIN `model_versions` v ON v.`model_id` = m.`id` JOIN `model_artifacts` a ON a.`version_id` = v.`id`,
			json_each(json_array(json_array('format', a.`format`), json_array('framework', a.`framework`), json_array('precision', a.`precision`))) p
		WHERE m.`visibility` = 'public' AND m.`archived_at` IS NULL AND json_extract(p.`value`, '$[1]') IS NOT NULL;
--> statement-breakpoint
DROP VIEW `search_dataset_facets`;
--> statement-breakpoint
CREATE VIEW `search_dataset_facets` AS
	SELECT `id` AS `dataset_id`, 'kind' AS `facet`, 'dataset' AS `value` FROM `datasets` WHERE `visibility` = 'public' AND `archived_at` IS NULL
	UNION ALL SELECT `id`, 'group', `owner_group_id` FROM `datasets` WHERE `visibility` = 'public' AND `archived_at` IS NULL
	UNION ALL SELECT `id`, 'format', `format` FROM `datasets` WHERE `visibility` = 'public' AND `archived_at` IS NULL
	UNION ALL SELECT `id`, 'license', `license` FROM `datasets` WHERE `visibility` = 'public' AND `archived_at` IS NULL AND `license` IS NOT NULL;
--> statement-breakpoint
DROP VIEW `search_model_source`;
--> statement-breakpoint
CREATE VIEW `search_model_source` AS
	SELECT m.`id` AS `model_id`, m.`id` * 4 + 2 AS `doc`, m.`slug`, m.`name`, m.`summary`, m.`card_md` AS `body`,
		(SELECT group_concat(`value`, ' ') FROM (
			SELECT `value` FROM json_each(m.`tags`)
			UNION ALL SELECT m.`owner_group_id`
			UNION ALL SELECT m.`library` WHERE m.`library` IS NOT NULL)) AS `tags`,
		replace(m.`task`, '-', ' ') AS `task`
	FROM `models` m WHERE m.`visibility` = 'public' AND m.`archived_at` IS NULL;
--> statement-breakpoint
DROP VIEW `search_dataset_source`;
--> statement-breakpoint
CREATE VIEW `search_dataset_source` AS
	SELECT d.`id` AS `dataset_id`, d.`id` * 4 + 3 AS `doc`, d.`slug`, d.`name`, d.`summary`,
		d.`description_md` || char(10) || d.`schema_notes_md` AS `body`,
		(SELECT group_concat(`value`, ' ') FROM (
			SELECT `value` FROM json_each(d.`tags`)
			UNION ALL SELECT d.`owner_group_id`
			UNION ALL SELECT d.`format`)) AS `tags`,
		'' AS `task`
	FROM `datasets` d WHERE d.`visibility` = 'public' AND d.`archived_at` IS NULL;
--> statement-breakpoint
DROP TRIGGER `models_search_update`;
--> statement-breakpoint
CREATE TRIGGER `models_search_update` AFTER UPDATE OF `slug`, `name`, `summary`, `task`, `card_md`, `tags`, `license`, `library`, `owner_group_id`, `visibility`, `archived_at` ON `models` BEGIN
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
DROP TRIGGER `datasets_search_update`;
--> statement-breakpoint
CREATE TRIGGER `datasets_search_update` AFTER UPDATE OF `slug`, `name`, `summary`, `description_md`, `schema_notes_md`, `format`, `tags`, `license`, `owner_group_id`, `visibility`, `archived_at` ON `datasets` BEGIN
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
CREATE TRIGGER `catalog_audit_no_update` BEFORE UPDATE ON `catalog_audit` BEGIN
	SELECT RAISE(ABORT, 'catalog_audit is append-only: rows cannot be updated');
END;
--> statement-breakpoint
CREATE TRIGGER `catalog_audit_no_delete` BEFORE DELETE ON `catalog_audit` BEGIN
	SELECT RAISE(ABORT, 'catalog_audit is append-only: rows cannot be deleted');
END;
