CREATE TABLE `gathering_exceptions` (
	`id` text PRIMARY KEY,
	`gathering_id` text NOT NULL,
	`occurrence_on` text NOT NULL,
	`change` text NOT NULL,
	`moved_to_on` text,
	`moved_to_time` text,
	`note` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	CONSTRAINT `fk_gathering_exceptions_gathering_id_gatherings_id_fk` FOREIGN KEY (`gathering_id`) REFERENCES `gatherings`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `gatherings` (
	`id` text PRIMARY KEY,
	`organisation_id` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`attendance_mode` text NOT NULL,
	`timezone` text DEFAULT 'Europe/London' NOT NULL,
	`starts_on` text NOT NULL,
	`start_time` text NOT NULL,
	`duration_minutes` integer NOT NULL,
	`recurrence` text,
	`cancelled_at` integer,
	`venue_name` text,
	`address` text,
	`town` text,
	`postcode` text,
	`latitude` real,
	`longitude` real,
	`accessibility` text DEFAULT '[]' NOT NULL,
	`accessibility_notes` text,
	`online_url` text,
	`online_phone` text,
	`online_notes` text,
	`tags` text DEFAULT '[]' NOT NULL,
	`contact_email` text,
	`contact_phone` text,
	`website` text,
	`last_confirmed_at` integer NOT NULL,
	`withdrawn_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	CONSTRAINT `fk_gatherings_organisation_id_organisations_id_fk` FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE UNIQUE INDEX `gathering_exceptions_occurrence_unique` ON `gathering_exceptions` (`gathering_id`,`occurrence_on`);--> statement-breakpoint
CREATE INDEX `gatherings_organisation_idx` ON `gatherings` (`organisation_id`);--> statement-breakpoint
CREATE INDEX `gatherings_latitude_idx` ON `gatherings` (`latitude`);--> statement-breakpoint
CREATE INDEX `gatherings_attendance_mode_idx` ON `gatherings` (`attendance_mode`);--> statement-breakpoint
CREATE INDEX `gatherings_postcode_idx` ON `gatherings` (`postcode`);