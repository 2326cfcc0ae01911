CREATE TABLE `retention_cleared_cases` (
	`request_id` text PRIMARY KEY,
	`organisation_id` text NOT NULL,
	`cleared_at` integer NOT NULL,
	CONSTRAINT `fk_retention_cleared_cases_request_id_mentor_requests_id_fk` FOREIGN KEY (`request_id`) REFERENCES `mentor_requests`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_retention_cleared_cases_organisation_id_organisations_id_fk` FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `retention_settings` (
	`organisation_id` text PRIMARY KEY,
	`closed_case_months` integer NOT NULL,
	`updated_at` integer NOT NULL,
	CONSTRAINT `fk_retention_settings_organisation_id_organisations_id_fk` FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE INDEX `retention_cleared_cases_organisation_idx` ON `retention_cleared_cases` (`organisation_id`,`cleared_at`);