CREATE TABLE `deflections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`entry_id` integer NOT NULL,
	`query` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`entry_id`) REFERENCES `kb_entries`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `deflections_created_idx` ON `deflections` (`created_at`);--> statement-breakpoint
CREATE TABLE `kb_entry_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entry_id` integer NOT NULL,
	`version` integer NOT NULL,
	`title` text NOT NULL,
	`question` text NOT NULL,
	`answer` text NOT NULL,
	`category_id` integer NOT NULL,
	`tags` text NOT NULL,
	`citations` text NOT NULL,
	`edited_by` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`entry_id`) REFERENCES `kb_entries`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`edited_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `kb_entry_versions_idx` ON `kb_entry_versions` (`entry_id`,`version`);--> statement-breakpoint
CREATE TABLE `kb_proposals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`question_id` integer NOT NULL,
	`proposed_by` integer NOT NULL,
	`note` text,
	`created_at` integer NOT NULL,
	`status` text NOT NULL,
	`resolved_at` integer,
	`resolved_by` integer,
	`entry_id` integer,
	FOREIGN KEY (`question_id`) REFERENCES `questions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`proposed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`resolved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`entry_id`) REFERENCES `kb_entries`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `kb_proposals_status_idx` ON `kb_proposals` (`status`,`created_at`);--> statement-breakpoint
CREATE TABLE `kb_votes` (
	`entry_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`helpful` integer NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`entry_id`, `user_id`),
	FOREIGN KEY (`entry_id`) REFERENCES `kb_entries`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `regulations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`number` text NOT NULL,
	`title` text NOT NULL,
	`issuer` text,
	`effective_date` text,
	`status` text DEFAULT 'in_force' NOT NULL,
	`status_changed_at` integer,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `regulations_number_unique` ON `regulations` (`number`);--> statement-breakpoint
ALTER TABLE `kb_citations` ADD `regulation_id` integer REFERENCES regulations(id);--> statement-breakpoint
ALTER TABLE `kb_entries` ADD `retired_at` integer;--> statement-breakpoint
ALTER TABLE `kb_entries` ADD `retired_by` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `kb_entries` ADD `superseded_by_id` integer REFERENCES kb_entries(id);--> statement-breakpoint
ALTER TABLE `kb_entries` ADD `flagged_at` integer;--> statement-breakpoint
ALTER TABLE `kb_entries` ADD `flag_reason` text;--> statement-breakpoint
ALTER TABLE `kb_entries` ADD `reviewed_at` integer;--> statement-breakpoint
ALTER TABLE `kb_entries` ADD `reviewed_by` integer REFERENCES users(id);