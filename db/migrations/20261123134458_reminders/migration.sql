CREATE TABLE `development_outbox` (
	`id` text PRIMARY KEY,
	`message_id` text NOT NULL UNIQUE,
	`person_id` text NOT NULL,
	`channel` text NOT NULL,
	`recipient` text NOT NULL,
	`subject` text,
	`body` text NOT NULL,
	`sent_at` integer NOT NULL,
	CONSTRAINT `fk_development_outbox_message_id_reminder_messages_id_fk` FOREIGN KEY (`message_id`) REFERENCES `reminder_messages`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_development_outbox_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `reminder_messages` (
	`id` text PRIMARY KEY,
	`person_id` text NOT NULL,
	`kind` text NOT NULL,
	`dedupe_key` text NOT NULL,
	`channel` text NOT NULL,
	`text` text NOT NULL,
	`named_text` text NOT NULL,
	`due_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`lease_owner` text,
	`lease_until` integer,
	`is_uncertain` integer DEFAULT false NOT NULL,
	`provider` text,
	`provider_id` text,
	`delivery_status` text,
	`delivery_checked_at` integer,
	`last_error` text,
	`sent_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	CONSTRAINT `fk_reminder_messages_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `reminder_preferences` (
	`person_id` text PRIMARY KEY,
	`quiet_from` text,
	`quiet_until` text,
	`daily_limit` integer DEFAULT 3 NOT NULL,
	`may_name_service` integer DEFAULT false NOT NULL,
	`updated_at` integer NOT NULL,
	CONSTRAINT `fk_reminder_preferences_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `reminder_stop_tokens` (
	`token_hash` text PRIMARY KEY,
	`person_id` text NOT NULL,
	`message_id` text,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	CONSTRAINT `fk_reminder_stop_tokens_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_reminder_stop_tokens_message_id_reminder_messages_id_fk` FOREIGN KEY (`message_id`) REFERENCES `reminder_messages`(`id`) ON DELETE SET NULL
);
--> statement-breakpoint
CREATE TABLE `scheduled_runs` (
	`job` text NOT NULL,
	`slot` text NOT NULL,
	`claimed_by` text NOT NULL,
	`claimed_at` integer NOT NULL,
	`finished_at` integer,
	`outcome` text DEFAULT '{}',
	CONSTRAINT `scheduled_runs_pk` PRIMARY KEY(`job`, `slot`)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reminder_messages_dedupe_unique` ON `reminder_messages` (`person_id`,`channel`,`dedupe_key`);--> statement-breakpoint
CREATE INDEX `reminder_messages_due_idx` ON `reminder_messages` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `reminder_messages_person_sent_idx` ON `reminder_messages` (`person_id`,`sent_at`);--> statement-breakpoint
CREATE INDEX `reminder_stop_tokens_person_idx` ON `reminder_stop_tokens` (`person_id`);