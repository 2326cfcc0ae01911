CREATE TABLE `journey_settings` (
	`organisation_id` text PRIMARY KEY,
	`instrument_id` text NOT NULL,
	`check_in_every_weeks` integer DEFAULT 6 NOT NULL,
	`updated_at` integer NOT NULL,
	CONSTRAINT `fk_journey_settings_organisation_id_organisations_id_fk` FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_journey_settings_instrument_id_recovery_instruments_id_fk` FOREIGN KEY (`instrument_id`) REFERENCES `recovery_instruments`(`id`)
);
--> statement-breakpoint
CREATE TABLE `recovery_check_ins` (
	`id` text PRIMARY KEY,
	`person_id` text NOT NULL,
	`instrument_id` text NOT NULL,
	`taken_on` text NOT NULL,
	`answers` text NOT NULL,
	`score_percent` real NOT NULL,
	`note_cipher` text,
	`created_at` integer NOT NULL,
	CONSTRAINT `fk_recovery_check_ins_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_recovery_check_ins_instrument_id_recovery_instruments_id_fk` FOREIGN KEY (`instrument_id`) REFERENCES `recovery_instruments`(`id`)
);
--> statement-breakpoint
CREATE TABLE `recovery_instruments` (
	`id` text PRIMARY KEY,
	`organisation_id` text,
	`code` text NOT NULL,
	`version` integer NOT NULL,
	`name` text NOT NULL,
	`attribution` text NOT NULL,
	`definition` text NOT NULL,
	`created_at` integer NOT NULL,
	`retired_at` integer,
	CONSTRAINT `fk_recovery_instruments_organisation_id_organisations_id_fk` FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `goal_steps` (
	`id` text PRIMARY KEY,
	`goal_id` text NOT NULL,
	`person_id` text NOT NULL,
	`title_cipher` text NOT NULL,
	`position` integer NOT NULL,
	`due_on` text,
	`done_at` integer,
	`created_at` integer NOT NULL,
	CONSTRAINT `fk_goal_steps_goal_id_journey_goals_id_fk` FOREIGN KEY (`goal_id`) REFERENCES `journey_goals`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_goal_steps_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `journey_goals` (
	`id` text PRIMARY KEY,
	`person_id` text NOT NULL,
	`title_cipher` text NOT NULL,
	`needs` text DEFAULT '[]' NOT NULL,
	`set_with_person_id` text,
	`status` text DEFAULT 'active' NOT NULL,
	`target_on` text,
	`created_at` integer NOT NULL,
	`achieved_at` integer,
	`set_aside_at` integer,
	CONSTRAINT `fk_journey_goals_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_journey_goals_set_with_person_id_people_id_fk` FOREIGN KEY (`set_with_person_id`) REFERENCES `people`(`id`) ON DELETE SET NULL
);
--> statement-breakpoint
CREATE TABLE `lapses` (
	`id` text PRIMARY KEY,
	`person_id` text NOT NULL,
	`happened_on` text NOT NULL,
	`note_cipher` text,
	`recorded_at` integer NOT NULL,
	CONSTRAINT `fk_lapses_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `treatment_phase_records` (
	`id` text PRIMARY KEY,
	`person_id` text NOT NULL,
	`organisation_id` text NOT NULL,
	`phase` text NOT NULL,
	`review_on` text NOT NULL,
	`recorded_by_person_id` text,
	`recorded_at` integer NOT NULL,
	CONSTRAINT `fk_treatment_phase_records_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_treatment_phase_records_organisation_id_organisations_id_fk` FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_treatment_phase_records_recorded_by_person_id_people_id_fk` FOREIGN KEY (`recorded_by_person_id`) REFERENCES `people`(`id`) ON DELETE SET NULL
);
--> statement-breakpoint
CREATE TABLE `network_connections` (
	`id` text PRIMARY KEY,
	`person_id` text NOT NULL,
	`label_cipher` text NOT NULL,
	`kind` text NOT NULL,
	`influence` text NOT NULL,
	`closeness` integer NOT NULL,
	`suggestion_key` text,
	`added_on` text NOT NULL,
	`removed_on` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	CONSTRAINT `fk_network_connections_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `network_snapshots` (
	`id` text PRIMARY KEY,
	`person_id` text NOT NULL,
	`taken_on` text NOT NULL,
	`connection_count` integer NOT NULL,
	`supportive_count` integer NOT NULL,
	`using_count` integer NOT NULL,
	`recovery_community_count` integer NOT NULL,
	`connections` text NOT NULL,
	`created_at` integer NOT NULL,
	CONSTRAINT `fk_network_snapshots_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `network_suggestion_dismissals` (
	`person_id` text NOT NULL,
	`suggestion_key` text NOT NULL,
	`dismissed_at` integer NOT NULL,
	CONSTRAINT `network_suggestion_dismissals_pk` PRIMARY KEY(`person_id`, `suggestion_key`),
	CONSTRAINT `fk_network_suggestion_dismissals_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE INDEX `recovery_check_ins_person_idx` ON `recovery_check_ins` (`person_id`,`taken_on`);--> statement-breakpoint
CREATE UNIQUE INDEX `recovery_instruments_code_version_unique` ON `recovery_instruments` (`organisation_id`,`code`,`version`);--> statement-breakpoint
CREATE INDEX `goal_steps_goal_idx` ON `goal_steps` (`goal_id`,`position`);--> statement-breakpoint
CREATE INDEX `goal_steps_person_idx` ON `goal_steps` (`person_id`,`done_at`);--> statement-breakpoint
CREATE INDEX `journey_goals_person_idx` ON `journey_goals` (`person_id`,`status`);--> statement-breakpoint
CREATE INDEX `lapses_person_idx` ON `lapses` (`person_id`,`happened_on`);--> statement-breakpoint
CREATE INDEX `treatment_phase_records_person_idx` ON `treatment_phase_records` (`person_id`,`organisation_id`,`recorded_at`);--> statement-breakpoint
CREATE INDEX `treatment_phase_records_organisation_idx` ON `treatment_phase_records` (`organisation_id`,`review_on`);--> statement-breakpoint
CREATE INDEX `network_connections_person_idx` ON `network_connections` (`person_id`,`removed_on`);--> statement-breakpoint
CREATE UNIQUE INDEX `network_connections_suggestion_unique` ON `network_connections` (`person_id`,`suggestion_key`);--> statement-breakpoint
CREATE UNIQUE INDEX `network_snapshots_person_day_unique` ON `network_snapshots` (`person_id`,`taken_on`);--> statement-breakpoint
CREATE INDEX `support_sessions_organisation_held_idx` ON `support_sessions` (`organisation_id`,`held_on`);