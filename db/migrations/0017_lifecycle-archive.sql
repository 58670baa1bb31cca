CREATE TABLE `catalog_audit` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`action` text NOT NULL,
	`kind` text NOT NULL,
	`subject` text NOT NULL,
	`record_id` integer NOT NULL,
	`owner_group_id` text NOT NULL,
	`actor_token_id` text,
	`actor_group_id` text,
	`reason` text,
	`snapshot` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `catalog_audit_subject_idx` ON `catalog_audit` (`kind`,`record_id`);--> statement-breakpoint
ALTER TABLE `dataset_versions` ADD `archived_at` integer;--> statement-breakpoint
ALTER TABLE `dataset_versions` ADD `archived_by_group_id` text;--> statement-breakpoint
ALTER TABLE `datasets` ADD `archived_at` integer;--> statement-breakpoint
ALTER TABLE `datasets` ADD `archived_by_group_id` text;--> statement-breakpoint
ALTER TABLE `models` ADD `archived_at` integer;--> statement-breakpoint
ALTER TABLE `models` ADD `archived_by_group_id` text;--> statement-breakpoint
ALTER TABLE `model_versions` ADD `archived_at` integer;--> statement-breakpoint
ALTER TABLE `model_versions` ADD `archived_by_group_id` text;--> statement-breakpoint
ALTER TABLE `benchmark_results` ADD `hardware_pool_id` integer;--> statement-breakpoint
CREATE INDEX `benchmark_results_pool_idx` ON `benchmark_results` (`hardware_pool_id`,`created_at`);