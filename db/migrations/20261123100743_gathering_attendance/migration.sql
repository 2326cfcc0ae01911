CREATE TABLE `check_in_codes` (
	`code_hash` text PRIMARY KEY,
	`gathering_id` text NOT NULL,
	`occurrence_on` text NOT NULL,
	`expires_at` integer NOT NULL,
	CONSTRAINT `fk_check_in_codes_gathering_id_gatherings_id_fk` FOREIGN KEY (`gathering_id`) REFERENCES `gatherings`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `gathering_attendance` (
	`id` text PRIMARY KEY,
	`gathering_id` text NOT NULL,
	`person_id` text NOT NULL,
	`occurrence_on` text NOT NULL,
	`status` text NOT NULL,
	`going_at` integer,
	`checked_in_at` integer,
	CONSTRAINT `fk_gathering_attendance_gathering_id_gatherings_id_fk` FOREIGN KEY (`gathering_id`) REFERENCES `gatherings`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_gathering_attendance_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE UNIQUE INDEX `gathering_attendance_unique` ON `gathering_attendance` (`gathering_id`,`occurrence_on`,`person_id`);--> statement-breakpoint
CREATE INDEX `gathering_attendance_person_idx` ON `gathering_attendance` (`person_id`);