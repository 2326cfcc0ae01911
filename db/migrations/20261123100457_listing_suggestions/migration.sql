CREATE TABLE `listing_suggestions` (
	`id` text PRIMARY KEY,
	`organisation_id` text NOT NULL,
	`gathering_id` text,
	`changes` text NOT NULL,
	`message` text DEFAULT '' NOT NULL,
	`suggested_by_person_id` text,
	`status` text DEFAULT 'pending' NOT NULL,
	`moderated_by_person_id` text,
	`moderated_at` integer,
	`moderation_note` text,
	`created_at` integer NOT NULL,
	CONSTRAINT `fk_listing_suggestions_organisation_id_organisations_id_fk` FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_listing_suggestions_gathering_id_gatherings_id_fk` FOREIGN KEY (`gathering_id`) REFERENCES `gatherings`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_listing_suggestions_suggested_by_person_id_people_id_fk` FOREIGN KEY (`suggested_by_person_id`) REFERENCES `people`(`id`) ON DELETE SET NULL,
	CONSTRAINT `fk_listing_suggestions_moderated_by_person_id_people_id_fk` FOREIGN KEY (`moderated_by_person_id`) REFERENCES `people`(`id`) ON DELETE SET NULL
);
--> statement-breakpoint
CREATE INDEX `listing_suggestions_queue_idx` ON `listing_suggestions` (`organisation_id`,`status`,`created_at`);