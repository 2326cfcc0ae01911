CREATE TABLE `disengagement_settings` (
	`organisation_id` text PRIMARY KEY,
	`nudge_after_days` integer NOT NULL,
	`alert_after_days` integer NOT NULL,
	`updated_at` integer NOT NULL,
	CONSTRAINT `fk_disengagement_settings_organisation_id_organisations_id_fk` FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `disengagement_signals` (
	`id` text PRIMARY KEY,
	`match_id` text NOT NULL,
	`kind` text NOT NULL,
	`quiet_since_on` text NOT NULL,
	`days_quiet` integer NOT NULL,
	`created_at` integer NOT NULL,
	CONSTRAINT `fk_disengagement_signals_match_id_mentoring_matches_id_fk` FOREIGN KEY (`match_id`) REFERENCES `mentoring_matches`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `missed_contacts` (
	`id` text PRIMARY KEY,
	`match_id` text NOT NULL,
	`mentee_person_id` text NOT NULL,
	`planned_on` text NOT NULL,
	`contact_mode` text NOT NULL,
	`recorded_by_person_id` text,
	`created_at` integer NOT NULL,
	CONSTRAINT `fk_missed_contacts_match_id_mentoring_matches_id_fk` FOREIGN KEY (`match_id`) REFERENCES `mentoring_matches`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_missed_contacts_mentee_person_id_people_id_fk` FOREIGN KEY (`mentee_person_id`) REFERENCES `people`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_missed_contacts_recorded_by_person_id_people_id_fk` FOREIGN KEY (`recorded_by_person_id`) REFERENCES `people`(`id`) ON DELETE SET NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `disengagement_signals_spell_unique` ON `disengagement_signals` (`match_id`,`kind`,`quiet_since_on`);--> statement-breakpoint
CREATE INDEX `missed_contacts_match_idx` ON `missed_contacts` (`match_id`,`planned_on`);