CREATE TABLE `regulation_articles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`regulation_id` integer NOT NULL,
	`label` text NOT NULL,
	`heading` text DEFAULT '' NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	`position` integer NOT NULL,
	`status` text DEFAULT 'in_force' NOT NULL,
	`status_since` text,
	`status_changed_at` integer,
	FOREIGN KEY (`regulation_id`) REFERENCES `regulations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `regulation_articles_label_idx` ON `regulation_articles` (`regulation_id`,`label`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_regulations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`number` text,
	`title` text NOT NULL,
	`issuer` text,
	`effective_date` text,
	`status` text DEFAULT 'in_force' NOT NULL,
	`status_since` text,
	`status_changed_at` integer,
	`aliases` text DEFAULT '[]' NOT NULL,
	`incomplete` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
-- Hand-edited: drizzle-kit copied the three new columns from the old table too, where they do not
-- exist yet; they take their defaults. The PRAGMAs around this rebuild (number became nullable) are
-- no-ops inside the migrator's transaction: openDatabase turns foreign keys off while migrating.
INSERT INTO `__new_regulations`("id", "number", "title", "issuer", "effective_date", "status", "status_changed_at", "created_at") SELECT "id", "number", "title", "issuer", "effective_date", "status", "status_changed_at", "created_at" FROM `regulations`;--> statement-breakpoint
DROP TABLE `regulations`;--> statement-breakpoint
ALTER TABLE `__new_regulations` RENAME TO `regulations`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `regulations_number_unique` ON `regulations` (`number`);--> statement-breakpoint
ALTER TABLE `kb_citations` ADD `article_id` integer REFERENCES regulation_articles(id);--> statement-breakpoint
CREATE INDEX `kb_citations_link_idx` ON `kb_citations` (`regulation_id`,`article_id`);