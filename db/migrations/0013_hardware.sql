CREATE TABLE `hardware_capacity_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`pool_id` integer NOT NULL,
	`status` text NOT NULL,
	`free_gpus` integer,
	`total_gpus` integer,
	`queue_length` integer,
	`note` text,
	`observed_at` integer NOT NULL,
	`source` text NOT NULL,
	`reported_by` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`pool_id`) REFERENCES `hardware_pools`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `hardware_capacity_pool_idx` ON `hardware_capacity_reports` (`pool_id`,`observed_at`);--> statement-breakpoint
CREATE TABLE `hardware_pools` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`summary` text NOT NULL,
	`site` text NOT NULL,
	`zone` text NOT NULL,
	`accelerators` text NOT NULL,
	`precisions` text NOT NULL,
	`scheduler` text,
	`availability` text NOT NULL,
	`access_md` text NOT NULL,
	`description_md` text DEFAULT '' NOT NULL,
	`tool_slugs` text NOT NULL,
	`owner_group_id` text,
	`unverified` text NOT NULL,
	`created_by_token_id` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`owner_group_id`) REFERENCES `groups`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_token_id`) REFERENCES `api_tokens`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `hardware_pools_slug_unique` ON `hardware_pools` (`slug`);--> statement-breakpoint
CREATE INDEX `hardware_pools_name_idx` ON `hardware_pools` (`name`);