CREATE TABLE `recovery_codes` (
	`id` text PRIMARY KEY,
	`person_id` text NOT NULL,
	`code_hash` text NOT NULL,
	`used_at` integer,
	CONSTRAINT `fk_recovery_codes_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `totp_credentials` (
	`person_id` text PRIMARY KEY,
	`encrypted_secret` text NOT NULL,
	`confirmed_at` integer,
	`last_used_step` integer,
	`created_at` integer NOT NULL,
	CONSTRAINT `fk_totp_credentials_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
ALTER TABLE `sessions` ADD `second_factor_at` integer;--> statement-breakpoint
CREATE INDEX `recovery_codes_person_idx` ON `recovery_codes` (`person_id`);