CREATE TABLE `role_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`person_id` text NOT NULL,
	`organisation_id` text NOT NULL,
	`from_role` text,
	`to_role` text NOT NULL,
	`changed_by_person_id` text,
	`changed_at` integer NOT NULL,
	CONSTRAINT `fk_role_changes_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_role_changes_organisation_id_organisations_id_fk` FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_role_changes_changed_by_person_id_people_id_fk` FOREIGN KEY (`changed_by_person_id`) REFERENCES `people`(`id`) ON DELETE SET NULL
);
--> statement-breakpoint
CREATE TABLE `follow_up_actions` (
	`id` text PRIMARY KEY,
	`session_id` text NOT NULL,
	`match_id` text NOT NULL,
	`description_cipher` text NOT NULL,
	`due_on` text NOT NULL,
	`done_at` integer,
	`created_at` integer NOT NULL,
	CONSTRAINT `fk_follow_up_actions_session_id_support_sessions_id_fk` FOREIGN KEY (`session_id`) REFERENCES `support_sessions`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_follow_up_actions_match_id_mentoring_matches_id_fk` FOREIGN KEY (`match_id`) REFERENCES `mentoring_matches`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `match_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`match_id` text NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`reason` text,
	`by_person_id` text,
	`at` integer NOT NULL,
	CONSTRAINT `fk_match_events_match_id_mentoring_matches_id_fk` FOREIGN KEY (`match_id`) REFERENCES `mentoring_matches`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_match_events_by_person_id_people_id_fk` FOREIGN KEY (`by_person_id`) REFERENCES `people`(`id`) ON DELETE SET NULL
);
--> statement-breakpoint
CREATE TABLE `mentor_profiles` (
	`id` text PRIMARY KEY,
	`person_id` text NOT NULL,
	`organisation_id` text NOT NULL,
	`introduction` text DEFAULT '' NOT NULL,
	`substances` text DEFAULT '[]' NOT NULL,
	`pathways` text DEFAULT '[]' NOT NULL,
	`life_experiences` text DEFAULT '[]' NOT NULL,
	`strengths` text DEFAULT '[]' NOT NULL,
	`languages` text DEFAULT '[]' NOT NULL,
	`gender` text,
	`age_band` text,
	`home_area` text,
	`latitude` real,
	`longitude` real,
	`travel_miles` integer DEFAULT 5 NOT NULL,
	`meeting_ways` text DEFAULT '[]' NOT NULL,
	`availability` integer DEFAULT 0 NOT NULL,
	`capacity` integer DEFAULT 2 NOT NULL,
	`visibility` text DEFAULT '{}' NOT NULL,
	`is_taking_break` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	CONSTRAINT `fk_mentor_profiles_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_mentor_profiles_organisation_id_organisations_id_fk` FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `mentor_requests` (
	`id` text PRIMARY KEY,
	`organisation_id` text NOT NULL,
	`person_id` text NOT NULL,
	`requested_by_person_id` text,
	`needs` text DEFAULT '[]' NOT NULL,
	`gender_preference` text DEFAULT 'no_preference' NOT NULL,
	`languages` text DEFAULT '[]' NOT NULL,
	`shared_substances` text DEFAULT '[]' NOT NULL,
	`shared_life_experiences` text DEFAULT '[]' NOT NULL,
	`pathway` text,
	`meeting_ways` text DEFAULT '[]' NOT NULL,
	`availability` integer DEFAULT 0 NOT NULL,
	`area` text,
	`latitude` real,
	`longitude` real,
	`status` text DEFAULT 'waiting' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	CONSTRAINT `fk_mentor_requests_organisation_id_organisations_id_fk` FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_mentor_requests_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_mentor_requests_requested_by_person_id_people_id_fk` FOREIGN KEY (`requested_by_person_id`) REFERENCES `people`(`id`) ON DELETE SET NULL
);
--> statement-breakpoint
CREATE TABLE `mentoring_exclusions` (
	`id` text PRIMARY KEY,
	`person_id` text NOT NULL,
	`excluded_person_id` text NOT NULL,
	`reason` text NOT NULL,
	`recorded_by_person_id` text,
	`created_at` integer NOT NULL,
	CONSTRAINT `fk_mentoring_exclusions_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_mentoring_exclusions_excluded_person_id_people_id_fk` FOREIGN KEY (`excluded_person_id`) REFERENCES `people`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_mentoring_exclusions_recorded_by_person_id_people_id_fk` FOREIGN KEY (`recorded_by_person_id`) REFERENCES `people`(`id`) ON DELETE SET NULL
);
--> statement-breakpoint
CREATE TABLE `mentoring_matches` (
	`id` text PRIMARY KEY,
	`request_id` text NOT NULL,
	`organisation_id` text NOT NULL,
	`mentor_profile_id` text,
	`mentor_person_id` text,
	`mentee_person_id` text NOT NULL,
	`status` text NOT NULL,
	`score` real NOT NULL,
	`score_parts` text NOT NULL,
	`approved_by_person_id` text,
	`started_on` text,
	`planned_end_on` text,
	`ended_on` text,
	`end_reason` text,
	`created_at` integer NOT NULL,
	`status_changed_at` integer NOT NULL,
	CONSTRAINT `fk_mentoring_matches_request_id_mentor_requests_id_fk` FOREIGN KEY (`request_id`) REFERENCES `mentor_requests`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_mentoring_matches_organisation_id_organisations_id_fk` FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_mentoring_matches_mentor_profile_id_mentor_profiles_id_fk` FOREIGN KEY (`mentor_profile_id`) REFERENCES `mentor_profiles`(`id`) ON DELETE SET NULL,
	CONSTRAINT `fk_mentoring_matches_mentor_person_id_people_id_fk` FOREIGN KEY (`mentor_person_id`) REFERENCES `people`(`id`) ON DELETE SET NULL,
	CONSTRAINT `fk_mentoring_matches_mentee_person_id_people_id_fk` FOREIGN KEY (`mentee_person_id`) REFERENCES `people`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_mentoring_matches_approved_by_person_id_people_id_fk` FOREIGN KEY (`approved_by_person_id`) REFERENCES `people`(`id`) ON DELETE SET NULL
);
--> statement-breakpoint
CREATE TABLE `mentoring_settings` (
	`organisation_id` text PRIMARY KEY,
	`required_training` text NOT NULL,
	`is_criminal_records_check_required` integer NOT NULL,
	`criminal_records_check_valid_months` integer NOT NULL,
	`references_required` integer NOT NULL,
	`agreement_valid_months` integer NOT NULL,
	`supervision_every_days` integer NOT NULL,
	`weights` text NOT NULL,
	`updated_at` integer NOT NULL,
	CONSTRAINT `fk_mentoring_settings_organisation_id_organisations_id_fk` FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `supervision_sessions` (
	`id` text PRIMARY KEY,
	`mentor_profile_id` text NOT NULL,
	`supervisor_person_id` text,
	`held_on` text NOT NULL,
	`duration_minutes` integer NOT NULL,
	`notes_cipher` text,
	`created_at` integer NOT NULL,
	CONSTRAINT `fk_supervision_sessions_mentor_profile_id_mentor_profiles_id_fk` FOREIGN KEY (`mentor_profile_id`) REFERENCES `mentor_profiles`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_supervision_sessions_supervisor_person_id_people_id_fk` FOREIGN KEY (`supervisor_person_id`) REFERENCES `people`(`id`) ON DELETE SET NULL
);
--> statement-breakpoint
CREATE TABLE `support_sessions` (
	`id` text PRIMARY KEY,
	`match_id` text NOT NULL,
	`organisation_id` text NOT NULL,
	`mentor_person_id` text,
	`mentee_person_id` text NOT NULL,
	`held_on` text NOT NULL,
	`duration_minutes` integer NOT NULL,
	`travel_minutes` integer DEFAULT 0 NOT NULL,
	`contact_mode` text NOT NULL,
	`topics` text DEFAULT '[]' NOT NULL,
	`signposting` text DEFAULT '[]' NOT NULL,
	`notes_cipher` text,
	`has_concern` integer DEFAULT false NOT NULL,
	`concern_cipher` text,
	`concern_acknowledged_at` integer,
	`concern_acknowledged_by_person_id` text,
	`concern_response_cipher` text,
	`confirmed_by_mentee_at` integer,
	`created_at` integer NOT NULL,
	CONSTRAINT `fk_support_sessions_match_id_mentoring_matches_id_fk` FOREIGN KEY (`match_id`) REFERENCES `mentoring_matches`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_support_sessions_organisation_id_organisations_id_fk` FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_support_sessions_mentor_person_id_people_id_fk` FOREIGN KEY (`mentor_person_id`) REFERENCES `people`(`id`) ON DELETE SET NULL,
	CONSTRAINT `fk_support_sessions_mentee_person_id_people_id_fk` FOREIGN KEY (`mentee_person_id`) REFERENCES `people`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_support_sessions_concern_acknowledged_by_person_id_people_id_fk` FOREIGN KEY (`concern_acknowledged_by_person_id`) REFERENCES `people`(`id`) ON DELETE SET NULL
);
--> statement-breakpoint
CREATE TABLE `vetting_records` (
	`id` text PRIMARY KEY,
	`mentor_profile_id` text NOT NULL,
	`kind` text NOT NULL,
	`training_code` text,
	`outcome` text NOT NULL,
	`completed_on` text NOT NULL,
	`expires_on` text,
	`recorded_by_person_id` text,
	`recorded_at` integer NOT NULL,
	CONSTRAINT `fk_vetting_records_mentor_profile_id_mentor_profiles_id_fk` FOREIGN KEY (`mentor_profile_id`) REFERENCES `mentor_profiles`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_vetting_records_recorded_by_person_id_people_id_fk` FOREIGN KEY (`recorded_by_person_id`) REFERENCES `people`(`id`) ON DELETE SET NULL
);
--> statement-breakpoint
CREATE TABLE `notifications` (
	`id` text PRIMARY KEY,
	`person_id` text NOT NULL,
	`kind` text NOT NULL,
	`message` text NOT NULL,
	`link` text NOT NULL,
	`dedupe_key` text,
	`created_at` integer NOT NULL,
	`read_at` integer,
	CONSTRAINT `fk_notifications_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `person_data_keys` (
	`person_id` text PRIMARY KEY,
	`wrapped_key` text NOT NULL,
	`created_at` integer NOT NULL,
	CONSTRAINT `fk_person_data_keys_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `volunteering_hours` (
	`id` text PRIMARY KEY,
	`person_id` text,
	`organisation_id` text NOT NULL,
	`activity` text NOT NULL,
	`worked_on` text NOT NULL,
	`minutes` integer NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`support_session_id` text,
	`status` text DEFAULT 'pending' NOT NULL,
	`decided_by_person_id` text,
	`decided_at` integer,
	`decline_reason` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	CONSTRAINT `fk_volunteering_hours_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON DELETE SET NULL,
	CONSTRAINT `fk_volunteering_hours_organisation_id_organisations_id_fk` FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`),
	CONSTRAINT `fk_volunteering_hours_support_session_id_support_sessions_id_fk` FOREIGN KEY (`support_session_id`) REFERENCES `support_sessions`(`id`) ON DELETE SET NULL,
	CONSTRAINT `fk_volunteering_hours_decided_by_person_id_people_id_fk` FOREIGN KEY (`decided_by_person_id`) REFERENCES `people`(`id`) ON DELETE SET NULL
);
--> statement-breakpoint
CREATE TABLE `volunteering_milestones` (
	`person_id` text NOT NULL,
	`hours` integer NOT NULL,
	`reached_at` integer NOT NULL,
	CONSTRAINT `volunteering_milestones_pk` PRIMARY KEY(`person_id`, `hours`),
	CONSTRAINT `fk_volunteering_milestones_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE INDEX `role_changes_person_idx` ON `role_changes` (`person_id`,`changed_at`);--> statement-breakpoint
CREATE INDEX `follow_up_actions_match_idx` ON `follow_up_actions` (`match_id`,`done_at`,`due_on`);--> statement-breakpoint
CREATE INDEX `match_events_match_idx` ON `match_events` (`match_id`,`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `mentor_profiles_person_organisation_unique` ON `mentor_profiles` (`person_id`,`organisation_id`);--> statement-breakpoint
CREATE INDEX `mentor_profiles_organisation_idx` ON `mentor_profiles` (`organisation_id`);--> statement-breakpoint
CREATE INDEX `mentor_requests_organisation_idx` ON `mentor_requests` (`organisation_id`,`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `mentor_requests_person_idx` ON `mentor_requests` (`person_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `mentoring_exclusions_pair_unique` ON `mentoring_exclusions` (`person_id`,`excluded_person_id`);--> statement-breakpoint
CREATE INDEX `mentoring_matches_mentor_idx` ON `mentoring_matches` (`mentor_person_id`,`status`);--> statement-breakpoint
CREATE INDEX `mentoring_matches_mentee_idx` ON `mentoring_matches` (`mentee_person_id`,`status`);--> statement-breakpoint
CREATE INDEX `mentoring_matches_organisation_idx` ON `mentoring_matches` (`organisation_id`,`status`);--> statement-breakpoint
CREATE INDEX `mentoring_matches_request_idx` ON `mentoring_matches` (`request_id`);--> statement-breakpoint
CREATE INDEX `supervision_sessions_profile_idx` ON `supervision_sessions` (`mentor_profile_id`,`held_on`);--> statement-breakpoint
CREATE INDEX `support_sessions_match_idx` ON `support_sessions` (`match_id`,`held_on`);--> statement-breakpoint
CREATE INDEX `support_sessions_mentee_idx` ON `support_sessions` (`mentee_person_id`,`held_on`);--> statement-breakpoint
CREATE INDEX `support_sessions_concern_idx` ON `support_sessions` (`organisation_id`,`has_concern`,`concern_acknowledged_at`);--> statement-breakpoint
CREATE INDEX `vetting_records_profile_idx` ON `vetting_records` (`mentor_profile_id`,`kind`);--> statement-breakpoint
CREATE INDEX `notifications_person_idx` ON `notifications` (`person_id`,`created_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `notifications_dedupe_unique` ON `notifications` (`person_id`,`dedupe_key`);--> statement-breakpoint
CREATE INDEX `volunteering_hours_person_idx` ON `volunteering_hours` (`person_id`,`worked_on`);--> statement-breakpoint
CREATE INDEX `volunteering_hours_organisation_idx` ON `volunteering_hours` (`organisation_id`,`status`,`worked_on`);--> statement-breakpoint
CREATE UNIQUE INDEX `volunteering_hours_session_unique` ON `volunteering_hours` (`support_session_id`,`activity`);