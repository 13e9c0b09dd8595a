CREATE TABLE `monthly_report_drafts` (
	`month` text PRIMARY KEY NOT NULL,
	`fields` text NOT NULL,
	`saved_by` integer NOT NULL,
	`saved_at` integer NOT NULL,
	FOREIGN KEY (`saved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `monthly_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`month` text NOT NULL,
	`year` integer NOT NULL,
	`number` integer NOT NULL,
	`symbol` text NOT NULL,
	`issued_on` text NOT NULL,
	`signer_name` text NOT NULL,
	`signer_position` text NOT NULL,
	`replaces_id` integer,
	`snapshot` text NOT NULL,
	`issued_by` integer NOT NULL,
	`issued_at` integer NOT NULL,
	FOREIGN KEY (`replaces_id`) REFERENCES `monthly_reports`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`issued_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `monthly_reports_number_idx` ON `monthly_reports` (`year`,`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `monthly_reports_original_idx` ON `monthly_reports` (`month`) WHERE "monthly_reports"."replaces_id" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `monthly_reports_replaces_idx` ON `monthly_reports` (`replaces_id`);--> statement-breakpoint
-- Hand-written (drizzle-kit does not model triggers): an issued monthly report is the department's
-- record of what it reported, so the database itself refuses to change or delete one, whoever
-- asks (the app, a CLI, the sqlite3 shell). A correction is a new report with replaces_id.
CREATE TRIGGER `monthly_reports_no_update` BEFORE UPDATE ON `monthly_reports`
BEGIN
  SELECT RAISE(ABORT, 'an issued monthly report cannot be changed or deleted');
END;
--> statement-breakpoint
CREATE TRIGGER `monthly_reports_no_delete` BEFORE DELETE ON `monthly_reports`
BEGIN
  SELECT RAISE(ABORT, 'an issued monthly report cannot be changed or deleted');
END;
