CREATE TABLE `kb_second_reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entry_id` integer NOT NULL,
	`version` integer NOT NULL,
	`status` text NOT NULL,
	`requested_by` integer NOT NULL,
	`requested_at` integer NOT NULL,
	`pii_waived` integer DEFAULT false NOT NULL,
	`decided_by` integer,
	`decided_at` integer,
	`reason` text,
	FOREIGN KEY (`entry_id`) REFERENCES `kb_entries`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`requested_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `kb_second_reviews_version_idx` ON `kb_second_reviews` (`entry_id`,`version`);--> statement-breakpoint
CREATE INDEX `kb_second_reviews_status_idx` ON `kb_second_reviews` (`status`,`requested_at`);--> statement-breakpoint
ALTER TABLE `kb_entry_versions` ADD `note` text;--> statement-breakpoint
ALTER TABLE `notifications` ADD `kb_review_id` integer REFERENCES kb_second_reviews(id);