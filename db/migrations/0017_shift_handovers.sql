CREATE TABLE `handover_items` (
	`handover_id` integer NOT NULL,
	`question_id` integer NOT NULL,
	`position` integer NOT NULL,
	`to_user_id` integer NOT NULL,
	`status` text NOT NULL,
	`deadline_at` integer NOT NULL,
	`sla_state` text NOT NULL,
	`left_minutes` integer NOT NULL,
	`overdue_minutes` integer NOT NULL,
	`paused` integer NOT NULL,
	PRIMARY KEY(`handover_id`, `question_id`),
	FOREIGN KEY (`handover_id`) REFERENCES `handovers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`question_id`) REFERENCES `questions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`to_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `handover_items_question_idx` ON `handover_items` (`question_id`);--> statement-breakpoint
CREATE TABLE `handover_recipients` (
	`handover_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`acknowledged_at` integer,
	PRIMARY KEY(`handover_id`, `user_id`),
	FOREIGN KEY (`handover_id`) REFERENCES `handovers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `handover_recipients_user_idx` ON `handover_recipients` (`user_id`,`acknowledged_at`);--> statement-breakpoint
CREATE TABLE `handovers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`from_user_id` integer NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`from_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `handovers_from_idx` ON `handovers` (`from_user_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `notifications` ADD `handover_id` integer REFERENCES handovers(id);