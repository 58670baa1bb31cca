CREATE TABLE `benchmark_results` (
	`id` text PRIMARY KEY NOT NULL,
	`model_id` integer NOT NULL,
	`model_version_id` integer NOT NULL,
	`artifact_sha256` text,
	`precision` text,
	`sparsity_pct` real,
	`engine` text NOT NULL,
	`engine_version` text NOT NULL,
	`execution_provider` text NOT NULL,
	`build_variant` text,
	`hardware` text NOT NULL,
	`software_rendered` integer DEFAULT false NOT NULL,
	`scenario` text NOT NULL,
	`batch_size` integer NOT NULL,
	`threads` integer,
	`latency_p50_ms` real NOT NULL,
	`latency_p99_ms` real NOT NULL,
	`throughput_per_s` real NOT NULL,
	`peak_memory_bytes` integer,
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
	FOREIGN KEY (`model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`model_version_id`) REFERENCES `model_versions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`supersedes_id`) REFERENCES `benchmark_results`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `benchmark_results_version_idx` ON `benchmark_results` (`model_version_id`,`batch_size`);--> statement-breakpoint
CREATE INDEX `benchmark_results_model_idx` ON `benchmark_results` (`model_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `benchmark_results_created_idx` ON `benchmark_results` (`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `benchmark_results_engine_idx` ON `benchmark_results` (`engine`,`execution_provider`);--> statement-breakpoint
CREATE UNIQUE INDEX `benchmark_results_supersedes_uq` ON `benchmark_results` (`supersedes_id`);