CREATE TABLE `call_backs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`question_id` integer NOT NULL,
	`message_id` integer,
	`created_at` integer NOT NULL,
	`done_at` integer,
	`done_by` integer,
	`note` text,
	FOREIGN KEY (`question_id`) REFERENCES `questions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`message_id`) REFERENCES `messages`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`done_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `call_backs_question_idx` ON `call_backs` (`question_id`);--> statement-breakpoint
CREATE INDEX `call_backs_open_idx` ON `call_backs` (`done_at`,`created_at`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_questions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`category_id` integer NOT NULL,
	`asker_id` integer,
	`unit_id` integer,
	`channel` text DEFAULT 'web' NOT NULL,
	`status` text NOT NULL,
	`assignee_id` integer,
	`submitted_at` integer NOT NULL,
	`deadline_at` integer NOT NULL,
	`reopened_at` integer,
	`answered_at` integer,
	`closed_at` integer,
	`caller_name` text,
	`caller_rank` text,
	`caller_phone` text,
	`call_minutes` integer,
	`channel_ref` text,
	`logged_by` integer,
	`logged_at` integer,
	`duplicate_of_question_id` integer,
	`duplicate_of_kb_entry_id` integer,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`category_id`) REFERENCES `categories`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`asker_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assignee_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`logged_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`duplicate_of_question_id`) REFERENCES `questions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
-- Hand-edited: drizzle-kit copied the new columns from the old table too, where they do not exist
-- yet. The PRAGMAs around this rebuild (asker_id became nullable) are no-ops inside the migrator's
-- transaction: openDatabase turns foreign keys off while migrating. No triggers sit on questions;
-- questions_fts is keyed by id, which the copy keeps.
INSERT INTO `__new_questions`("id", "title", "body", "category_id", "asker_id", "unit_id", "channel", "status", "assignee_id", "submitted_at", "deadline_at", "reopened_at", "answered_at", "closed_at", "caller_name", "logged_by", "logged_at", "duplicate_of_question_id", "duplicate_of_kb_entry_id", "updated_at") SELECT "id", "title", "body", "category_id", "asker_id", "unit_id", "channel", "status", "assignee_id", "submitted_at", "deadline_at", "reopened_at", "answered_at", "closed_at", "caller_name", "logged_by", CASE WHEN "logged_by" IS NULL THEN NULL ELSE "submitted_at" END, "duplicate_of_question_id", "duplicate_of_kb_entry_id", "updated_at" FROM `questions`;--> statement-breakpoint
DROP TABLE `questions`;--> statement-breakpoint
ALTER TABLE `__new_questions` RENAME TO `questions`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `questions_status_deadline_idx` ON `questions` (`status`,`deadline_at`);--> statement-breakpoint
CREATE INDEX `questions_asker_idx` ON `questions` (`asker_id`,`submitted_at`);--> statement-breakpoint
CREATE INDEX `questions_assignee_idx` ON `questions` (`assignee_id`,`status`);--> statement-breakpoint
-- Data: a call logged before this without a caller account made the team member who logged it the
-- asker (asker_id = logged_by), so they were offered withdrawing, closing and rating, and got the
-- notices. Such questions now have no asker account. The former asker is kept in an audit row,
-- written first; no call-back is created for them, as the logger was told of the answer then.
INSERT INTO `audit_log` (`actor_id`, `action`, `object_type`, `object_id`, `from_state`, `to_state`, `data`, `at`)
SELECT NULL, 'question.asker_unlinked', 'question', CAST(`id` AS TEXT), NULL, NULL,
       json_object('formerAskerId', `asker_id`, 'why', 'call logged without a caller account (issue 15)'),
       CAST(strftime('%s', 'now') AS INTEGER) * 1000
FROM `questions` WHERE `channel` = 'phone' AND `asker_id` = `logged_by`;--> statement-breakpoint
UPDATE `questions` SET `asker_id` = NULL WHERE `channel` = 'phone' AND `asker_id` = `logged_by`;