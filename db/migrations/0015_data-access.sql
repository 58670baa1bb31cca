CREATE TABLE `data_access_results` (
	`id` text PRIMARY KEY NOT NULL,
	`storage_kind` text NOT NULL,
	`protocol` text NOT NULL,
	`file_format` text NOT NULL,
	`reader` text NOT NULL,
	`reader_version` text NOT NULL,
	`file_size_bytes` integer NOT NULL,
	`file_count` integer NOT NULL,
	`concurrency` integer NOT NULL,
	`cache_state` text NOT NULL,
	`throughput_mb_per_s` real NOT NULL,
	`events_per_s` real,
	`ttfb_ms` real NOT NULL,
	`duration_ms` real NOT NULL,
	`hardware` text NOT NULL,
	`pool_id` integer,
	`dataset_id` integer,
	`visibility` text DEFAULT 'public' NOT NULL,
	`owner_group_id` text,
	`valid` integer NOT NULL,
	`source` text NOT NULL,
	`submitter` text NOT NULL,
	`token_id` text,
	`webhook_source_id` text,
	`event_ref` text,
	`supersedes_id` text,
	`measured_at` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`record` text NOT NULL,
	FOREIGN KEY (`pool_id`) REFERENCES `hardware_pools`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`dataset_id`) REFERENCES `datasets`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`supersedes_id`) REFERENCES `data_access_results`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `data_access_created_idx` ON `data_access_results` (`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `data_access_setup_idx` ON `data_access_results` (`storage_kind`,`reader`,`concurrency`);--> statement-breakpoint
CREATE INDEX `data_access_pool_idx` ON `data_access_results` (`pool_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `data_access_supersedes_uq` ON `data_access_results` (`supersedes_id`);