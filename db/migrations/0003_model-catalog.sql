CREATE TABLE `dataset_replicas` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`dataset_version_id` integer NOT NULL,
	`uri` text NOT NULL,
	`location` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`dataset_version_id`) REFERENCES `dataset_versions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `dataset_replicas_version_uri_unique` ON `dataset_replicas` (`dataset_version_id`,`uri`);--> statement-breakpoint
CREATE TABLE `dataset_versions` (
	`id` integer PRIMARY KEY NOT NULL,
	`dataset_id` integer NOT NULL,
	`version` text NOT NULL,
	`description_md` text DEFAULT '' NOT NULL,
	`bytes` integer NOT NULL,
	`file_count` integer NOT NULL,
	`checksum` text,
	`produced_by` text,
	`registered_by_token_id` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`dataset_id`) REFERENCES `datasets`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`registered_by_token_id`) REFERENCES `api_tokens`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `dataset_versions_dataset_version_unique` ON `dataset_versions` (`dataset_id`,`version`);--> statement-breakpoint
CREATE INDEX `dataset_versions_created_idx` ON `dataset_versions` (`dataset_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `datasets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`summary` text NOT NULL,
	`description_md` text DEFAULT '' NOT NULL,
	`format` text NOT NULL,
	`schema_notes_md` text DEFAULT '' NOT NULL,
	`owner_group_id` text NOT NULL,
	`license` text,
	`tags` text NOT NULL,
	`contacts` text NOT NULL,
	`visibility` text DEFAULT 'public' NOT NULL,
	`created_by_token_id` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`owner_group_id`) REFERENCES `groups`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_token_id`) REFERENCES `api_tokens`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `datasets_slug_unique` ON `datasets` (`slug`);--> statement-breakpoint
CREATE INDEX `datasets_owner_group_idx` ON `datasets` (`owner_group_id`);--> statement-breakpoint
CREATE INDEX `datasets_visibility_name_idx` ON `datasets` (`visibility`,`name`);--> statement-breakpoint
CREATE TABLE `models` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`summary` text NOT NULL,
	`task` text NOT NULL,
	`card_md` text DEFAULT '' NOT NULL,
	`card_metadata` text NOT NULL,
	`tags` text NOT NULL,
	`license` text,
	`contacts` text NOT NULL,
	`card_datasets` text NOT NULL,
	`languages` text NOT NULL,
	`library` text,
	`owner_group_id` text NOT NULL,
	`visibility` text DEFAULT 'public' NOT NULL,
	`created_by_token_id` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`owner_group_id`) REFERENCES `groups`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_token_id`) REFERENCES `api_tokens`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `models_slug_unique` ON `models` (`slug`);--> statement-breakpoint
CREATE INDEX `models_owner_group_idx` ON `models` (`owner_group_id`);--> statement-breakpoint
CREATE INDEX `models_visibility_name_idx` ON `models` (`visibility`,`name`);--> statement-breakpoint
CREATE INDEX `models_visibility_updated_idx` ON `models` (`visibility`,`updated_at`);--> statement-breakpoint
CREATE TABLE `model_artifacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version_id` integer NOT NULL,
	`name` text NOT NULL,
	`format` text NOT NULL,
	`uri` text NOT NULL,
	`bytes` integer,
	`sha256` text,
	`precision` text,
	`sparsity_pct` real,
	`parameters` integer,
	`framework` text,
	`framework_version` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `model_versions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `model_artifacts_version_idx` ON `model_artifacts` (`version_id`);--> statement-breakpoint
CREATE TABLE `model_metrics` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version_id` integer NOT NULL,
	`name` text NOT NULL,
	`value` real NOT NULL,
	`split` text NOT NULL,
	`dataset_version_id` integer,
	`description` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `model_versions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`dataset_version_id`) REFERENCES `dataset_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `model_metrics_version_idx` ON `model_metrics` (`version_id`);--> statement-breakpoint
CREATE TABLE `model_version_datasets` (
	`version_id` integer NOT NULL,
	`dataset_version_id` integer NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`version_id`, `dataset_version_id`, `role`),
	FOREIGN KEY (`version_id`) REFERENCES `model_versions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`dataset_version_id`) REFERENCES `dataset_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `model_version_datasets_dataset_idx` ON `model_version_datasets` (`dataset_version_id`);--> statement-breakpoint
CREATE TABLE `model_versions` (
	`id` integer PRIMARY KEY NOT NULL,
	`model_id` integer NOT NULL,
	`version` integer NOT NULL,
	`description_md` text DEFAULT '' NOT NULL,
	`status` text NOT NULL,
	`status_message` text,
	`hyper_parameters` text NOT NULL,
	`parent_version_id` integer,
	`training_job` text,
	`registered_by_token_id` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`parent_version_id`) REFERENCES `model_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`registered_by_token_id`) REFERENCES `api_tokens`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `model_versions_model_version_unique` ON `model_versions` (`model_id`,`version`);--> statement-breakpoint
CREATE INDEX `model_versions_parent_idx` ON `model_versions` (`parent_version_id`);--> statement-breakpoint
CREATE TABLE `model_alias_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`model_id` integer NOT NULL,
	`alias` text NOT NULL,
	`from_version_id` integer,
	`to_version_id` integer,
	`reason` text,
	`moved_by_token_id` text,
	`moved_at` integer NOT NULL,
	FOREIGN KEY (`model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`from_version_id`) REFERENCES `model_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`to_version_id`) REFERENCES `model_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`moved_by_token_id`) REFERENCES `api_tokens`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `model_alias_history_model_idx` ON `model_alias_history` (`model_id`,`moved_at`);--> statement-breakpoint
CREATE TABLE `model_aliases` (
	`model_id` integer NOT NULL,
	`name` text NOT NULL,
	`version_id` integer NOT NULL,
	`protected` integer DEFAULT false NOT NULL,
	`updated_by_token_id` text,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	PRIMARY KEY(`model_id`, `name`),
	FOREIGN KEY (`model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`version_id`) REFERENCES `model_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by_token_id`) REFERENCES `api_tokens`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `model_aliases_version_idx` ON `model_aliases` (`version_id`);--> statement-breakpoint
CREATE TABLE `model_deployments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`model_id` integer NOT NULL,
	`version_id` integer NOT NULL,
	`kind` text NOT NULL,
	`target` text NOT NULL,
	`url` text,
	`notes` text,
	`started_at` integer NOT NULL,
	`ended_at` integer,
	`end_reason` text,
	`recorded_by_token_id` text,
	`ended_by_token_id` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`version_id`) REFERENCES `model_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by_token_id`) REFERENCES `api_tokens`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`ended_by_token_id`) REFERENCES `api_tokens`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `model_deployments_model_idx` ON `model_deployments` (`model_id`,`started_at`);--> statement-breakpoint
CREATE INDEX `model_deployments_version_idx` ON `model_deployments` (`version_id`);