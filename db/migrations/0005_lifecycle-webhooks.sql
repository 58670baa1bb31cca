CREATE TABLE `webhook_sources` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`group_id` text NOT NULL,
	`schemes` text NOT NULL,
	`secret_box` text NOT NULL,
	`previous_secret_box` text,
	`previous_secret_expires_at` integer,
	`status` text DEFAULT 'active' NOT NULL,
	`created_by_token_id` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`rotated_at` integer,
	`disabled_at` integer,
	FOREIGN KEY (`group_id`) REFERENCES `groups`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_token_id`) REFERENCES `api_tokens`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `webhook_sources_group_id_idx` ON `webhook_sources` (`group_id`);--> statement-breakpoint
CREATE TABLE `webhook_deliveries` (
	`id` text PRIMARY KEY NOT NULL,
	`source_id` text NOT NULL,
	`delivery_id` text NOT NULL,
	`scheme` text NOT NULL,
	`status` text NOT NULL,
	`event_type` text,
	`error_code` text,
	`error_message` text,
	`rejected_body` text,
	`body_bytes` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `webhook_sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `webhook_deliveries_idempotency_uq` ON `webhook_deliveries` (`source_id`,`delivery_id`) WHERE status = 'accepted';--> statement-breakpoint
CREATE INDEX `webhook_deliveries_source_received_idx` ON `webhook_deliveries` (`source_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `event_model_links` (
	`event_id` integer NOT NULL,
	`model_id` integer NOT NULL,
	PRIMARY KEY(`model_id`, `event_id`)
);
--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`type` text NOT NULL,
	`schema_version` integer NOT NULL,
	`origin` text NOT NULL,
	`ref` text NOT NULL,
	`source_id` text,
	`cause_event_id` integer,
	`model_id` integer,
	`model_version_id` integer,
	`model_version` integer,
	`dataset_id` integer,
	`dataset_version_id` integer,
	`job_id` text,
	`job_kind` text,
	`retrain_request_id` text,
	`summary` text NOT NULL,
	`gpu_hours` real,
	`data` text NOT NULL,
	`occurred_at` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `events_ref_uq` ON `events` (`ref`);--> statement-breakpoint
CREATE INDEX `events_model_id_idx` ON `events` (`model_id`,`id`);--> statement-breakpoint
CREATE INDEX `events_model_version_type_idx` ON `events` (`model_version_id`,`type`);--> statement-breakpoint
CREATE TABLE `retrain_policies` (
	`id` text PRIMARY KEY NOT NULL,
	`model_id` integer NOT NULL,
	`kind` text NOT NULL,
	`config` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`enabled` integer DEFAULT true NOT NULL,
	`created_by_token_id` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`last_fired_at` integer,
	FOREIGN KEY (`model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by_token_id`) REFERENCES `api_tokens`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `retrain_policies_model_id_idx` ON `retrain_policies` (`model_id`);--> statement-breakpoint
CREATE INDEX `retrain_policies_kind_idx` ON `retrain_policies` (`kind`,`enabled`);--> statement-breakpoint
CREATE TABLE `retrain_requests` (
	`id` text PRIMARY KEY NOT NULL,
	`model_id` integer NOT NULL,
	`policy_id` text,
	`trigger_kind` text NOT NULL,
	`reason` text NOT NULL,
	`inputs` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`status_reason` text,
	`dedup_key` text,
	`cause_event_id` integer,
	`result_model_version_id` integer,
	`result_version` integer,
	`requested_by_token_id` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`triggered_at` integer,
	`closed_at` integer,
	FOREIGN KEY (`model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`policy_id`) REFERENCES `retrain_policies`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`requested_by_token_id`) REFERENCES `api_tokens`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `retrain_requests_dedup_key_unique` ON `retrain_requests` (`dedup_key`);--> statement-breakpoint
CREATE INDEX `retrain_requests_model_opened_idx` ON `retrain_requests` (`model_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `outbound_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`delivery_id` text NOT NULL,
	`attempt` integer NOT NULL,
	`started_at` integer NOT NULL,
	`status_code` integer,
	`latency_ms` integer,
	`error` text,
	`outcome` text NOT NULL,
	FOREIGN KEY (`delivery_id`) REFERENCES `outbound_deliveries`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `outbound_attempts_delivery_idx` ON `outbound_attempts` (`delivery_id`,`attempt`);--> statement-breakpoint
CREATE TABLE `outbound_deliveries` (
	`id` text PRIMARY KEY NOT NULL,
	`subscription_id` text NOT NULL,
	`model_id` integer NOT NULL,
	`retrain_request_id` text,
	`event_type` text NOT NULL,
	`body` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`round_start` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`lease_until` integer,
	`last_status_code` integer,
	`last_error` text,
	`last_latency_ms` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`delivered_at` integer,
	FOREIGN KEY (`subscription_id`) REFERENCES `webhook_subscriptions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `outbound_deliveries_due_idx` ON `outbound_deliveries` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `outbound_deliveries_model_idx` ON `outbound_deliveries` (`model_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `webhook_subscriptions` (
	`id` text PRIMARY KEY NOT NULL,
	`model_id` integer NOT NULL,
	`url` text NOT NULL,
	`ref` text,
	`secret_box` text NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`disabled_reason` text,
	`disabled_at` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `webhook_subscriptions_model_id_unique` ON `webhook_subscriptions` (`model_id`);