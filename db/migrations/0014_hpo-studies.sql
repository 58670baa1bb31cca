CREATE TABLE `hpo_intermediate_values` (
	`trial_id` text NOT NULL,
	`step` integer NOT NULL,
	`value` real NOT NULL,
	PRIMARY KEY(`trial_id`, `step`),
	FOREIGN KEY (`trial_id`) REFERENCES `hpo_trials`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `hpo_studies` (
	`id` text PRIMARY KEY NOT NULL,
	`model_id` integer NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`objective_metric` text NOT NULL,
	`direction` text NOT NULL,
	`search_space` text NOT NULL,
	`sampler` text NOT NULL,
	`pruner` text,
	`max_trials` integer,
	`max_gpu_hours` real,
	`gpu_type` text,
	`status` text DEFAULT 'running' NOT NULL,
	`source` text DEFAULT 'api' NOT NULL,
	`created_by_token_id` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by_token_id`) REFERENCES `api_tokens`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `hpo_studies_model_slug_uq` ON `hpo_studies` (`model_id`,`slug`);--> statement-breakpoint
CREATE TABLE `hpo_trials` (
	`id` text PRIMARY KEY NOT NULL,
	`study_id` text NOT NULL,
	`number` integer NOT NULL,
	`state` text NOT NULL,
	`params` text NOT NULL,
	`value` real,
	`values` text,
	`metrics` text NOT NULL,
	`job_id` text,
	`job_url` text,
	`gpu_hours` real,
	`started_at` integer,
	`finished_at` integer,
	`promoted_version_id` integer,
	`created_by_token_id` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`study_id`) REFERENCES `hpo_studies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`promoted_version_id`) REFERENCES `model_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_token_id`) REFERENCES `api_tokens`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `hpo_trials_study_number_uq` ON `hpo_trials` (`study_id`,`number`);--> statement-breakpoint
CREATE INDEX `hpo_trials_state_idx` ON `hpo_trials` (`study_id`,`state`);