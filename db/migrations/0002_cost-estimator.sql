CREATE TABLE `price_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`effective_date` text NOT NULL,
	`note` text NOT NULL,
	`created_by_token_id` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`created_by_token_id`) REFERENCES `api_tokens`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `price_versions_effective_idx` ON `price_versions` (`effective_date`,`created_at`);--> statement-breakpoint
CREATE TABLE `prices` (
	`price_version_id` text NOT NULL,
	`row_id` text NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`provider` text NOT NULL,
	`region` text NOT NULL,
	`sku` text NOT NULL,
	`accelerator` text,
	`accelerator_count` integer,
	`unit` text NOT NULL,
	`on_demand_usd` real NOT NULL,
	`spot` text,
	`host` text,
	`tier` text,
	`network` text,
	`storage_class` text,
	`source` text NOT NULL,
	`retrieved` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`flags` text NOT NULL,
	PRIMARY KEY(`price_version_id`, `row_id`),
	FOREIGN KEY (`price_version_id`) REFERENCES `price_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `prices_version_position_idx` ON `prices` (`price_version_id`,`position`);--> statement-breakpoint
CREATE INDEX `prices_version_accelerator_idx` ON `prices` (`price_version_id`,`accelerator`);--> statement-breakpoint
CREATE TABLE `estimates` (
	`id` text PRIMARY KEY NOT NULL,
	`price_version_id` text NOT NULL,
	`input` text NOT NULL,
	`result` text NOT NULL,
	`created_by_token_id` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`price_version_id`) REFERENCES `price_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_token_id`) REFERENCES `api_tokens`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `estimates_price_version_idx` ON `estimates` (`price_version_id`);