CREATE TABLE `consents` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`person_id` text NOT NULL,
	`purpose` text NOT NULL,
	`is_granted` integer NOT NULL,
	`wording_version` integer NOT NULL,
	`recorded_at` integer NOT NULL,
	CONSTRAINT `fk_consents_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE INDEX `consents_person_purpose_idx` ON `consents` (`person_id`,`purpose`,`id`);