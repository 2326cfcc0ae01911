CREATE TABLE `account_messages` (
	`id` text PRIMARY KEY,
	`channel` text NOT NULL,
	`person_id` text,
	`sealed` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`lease_owner` text,
	`lease_until` integer,
	`last_error` text,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	CONSTRAINT `fk_account_messages_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `account_verifications` (
	`id` text PRIMARY KEY,
	`purpose` text NOT NULL,
	`person_id` text,
	`code_hash` text,
	`payload` text,
	`failed_attempts` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	CONSTRAINT `fk_account_verifications_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_development_outbox` (
	`id` text PRIMARY KEY,
	`message_id` text NOT NULL UNIQUE,
	`person_id` text,
	`channel` text NOT NULL,
	`recipient` text NOT NULL,
	`subject` text,
	`body` text NOT NULL,
	`sent_at` integer NOT NULL,
	CONSTRAINT `fk_development_outbox_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
INSERT INTO `__new_development_outbox`(`id`, `message_id`, `person_id`, `channel`, `recipient`, `subject`, `body`, `sent_at`) SELECT `id`, `message_id`, `person_id`, `channel`, `recipient`, `subject`, `body`, `sent_at` FROM `development_outbox`;--> statement-breakpoint
DROP TABLE `development_outbox`;--> statement-breakpoint
ALTER TABLE `__new_development_outbox` RENAME TO `development_outbox`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `account_messages_due_idx` ON `account_messages` (`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `account_verifications_expires_idx` ON `account_verifications` (`expires_at`);