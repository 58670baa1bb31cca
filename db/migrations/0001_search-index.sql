-- Full-text index over everything the hub lists (tools now; models and datasets join it later).
-- Holds only what is public (published tools); kept in sync by triggers so every writer (API,
-- seed, webhooks) updates it in the same transaction.
CREATE VIRTUAL TABLE `search_documents` USING fts5(
	`kind` UNINDEXED,
	`ref` UNINDEXED,
	`name`,
	`summary`,
	`body`,
	`tags`,
	`task`,
	tokenize = 'unicode61 remove_diacritics 2',
	prefix = '2 3'
);
--> statement-breakpoint
CREATE TRIGGER `tools_search_insert` AFTER INSERT ON `tools` WHEN NEW.`status` = 'published' BEGIN
	INSERT INTO `search_documents` (`kind`, `ref`, `name`, `summary`, `body`, `tags`, `task`)
	VALUES ('tool', NEW.`id`, NEW.`name`, NEW.`summary`, NEW.`description_md`,
		(SELECT group_concat(value, ' ') FROM (
			SELECT value FROM json_each(NEW.`tags`)
			UNION ALL SELECT value FROM json_each(NEW.`experiments`)
			UNION ALL SELECT replace(value, '-', ' ') FROM json_each(NEW.`categories`))),
		'');
END;
--> statement-breakpoint
CREATE TRIGGER `tools_search_update` AFTER UPDATE ON `tools` BEGIN
	DELETE FROM `search_documents` WHERE `kind` = 'tool' AND `ref` = OLD.`id`;
	INSERT INTO `search_documents` (`kind`, `ref`, `name`, `summary`, `body`, `tags`, `task`)
	SELECT 'tool', NEW.`id`, NEW.`name`, NEW.`summary`, NEW.`description_md`,
		(SELECT group_concat(value, ' ') FROM (
			SELECT value FROM json_each(NEW.`tags`)
			UNION ALL SELECT value FROM json_each(NEW.`experiments`)
			UNION ALL SELECT replace(value, '-', ' ') FROM json_each(NEW.`categories`))),
		''
	WHERE NEW.`status` = 'published';
END;
--> statement-breakpoint
CREATE TRIGGER `tools_search_delete` AFTER DELETE ON `tools` BEGIN
	DELETE FROM `search_documents` WHERE `kind` = 'tool' AND `ref` = OLD.`id`;
END;
