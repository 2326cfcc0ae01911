CREATE TABLE `access_audit` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`at` integer NOT NULL,
	`viewer_person_id` text NOT NULL,
	`subject_person_id` text NOT NULL,
	`organisation_id` text,
	`viewer_role` text NOT NULL,
	`relationship` text NOT NULL,
	`fields` text NOT NULL,
	`via` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `access_audit_subject_idx` ON `access_audit` (`subject_person_id`,`at`);--> statement-breakpoint
CREATE INDEX `access_audit_organisation_idx` ON `access_audit` (`organisation_id`,`at`);