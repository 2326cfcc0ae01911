CREATE TABLE `planned_contacts` (
	`id` text PRIMARY KEY,
	`match_id` text NOT NULL,
	`mentee_person_id` text NOT NULL,
	`kind` text NOT NULL,
	`contact_mode` text NOT NULL,
	`starts_at` integer NOT NULL,
	`cancelled_at` integer,
	`created_by_person_id` text,
	`created_at` integer NOT NULL,
	CONSTRAINT `fk_planned_contacts_match_id_mentoring_matches_id_fk` FOREIGN KEY (`match_id`) REFERENCES `mentoring_matches`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_planned_contacts_mentee_person_id_people_id_fk` FOREIGN KEY (`mentee_person_id`) REFERENCES `people`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_planned_contacts_created_by_person_id_people_id_fk` FOREIGN KEY (`created_by_person_id`) REFERENCES `people`(`id`) ON DELETE SET NULL
);
--> statement-breakpoint
CREATE TABLE `push_subscriptions` (
	`id` text PRIMARY KEY,
	`person_id` text NOT NULL,
	`endpoint` text NOT NULL UNIQUE,
	`p256dh` text NOT NULL,
	`auth` text NOT NULL,
	`created_at` integer NOT NULL,
	`last_sent_at` integer,
	CONSTRAINT `fk_push_subscriptions_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE INDEX `planned_contacts_match_idx` ON `planned_contacts` (`match_id`,`starts_at`);--> statement-breakpoint
CREATE INDEX `push_subscriptions_person_idx` ON `push_subscriptions` (`person_id`);