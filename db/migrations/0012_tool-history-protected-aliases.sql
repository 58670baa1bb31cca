CREATE TABLE `tool_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tool_id` integer NOT NULL,
	`action` text NOT NULL,
	`token_id` text,
	`group_id` text,
	`changes` text NOT NULL,
	`changed_at` integer NOT NULL,
	FOREIGN KEY (`tool_id`) REFERENCES `tools`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`token_id`) REFERENCES `api_tokens`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `tool_changes_tool_idx` ON `tool_changes` (`tool_id`,`id`);--> statement-breakpoint
ALTER TABLE `model_alias_history` ADD `moved_by_source_id` text REFERENCES webhook_sources(id);--> statement-breakpoint
ALTER TABLE `webhook_sources` ADD `allow_protected_aliases` integer DEFAULT false NOT NULL;