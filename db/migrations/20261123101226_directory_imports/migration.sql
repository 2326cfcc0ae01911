CREATE TABLE `import_sources` (
	`id` text PRIMARY KEY,
	`organisation_id` text NOT NULL,
	`name` text NOT NULL,
	`format` text NOT NULL,
	`url` text,
	`default_kind` text NOT NULL,
	`every_hours` integer DEFAULT 0 NOT NULL,
	`last_run_at` integer,
	`last_report` text,
	`created_at` integer NOT NULL,
	CONSTRAINT `fk_import_sources_organisation_id_organisations_id_fk` FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
ALTER TABLE `gatherings` ADD `source_id` text;--> statement-breakpoint
ALTER TABLE `gatherings` ADD `source_record_id` text;--> statement-breakpoint
ALTER TABLE `gatherings` ADD `source_fingerprint` text;--> statement-breakpoint
ALTER TABLE `gatherings` ADD `locally_edited_at` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `gatherings_source_record_unique` ON `gatherings` (`source_id`,`source_record_id`);