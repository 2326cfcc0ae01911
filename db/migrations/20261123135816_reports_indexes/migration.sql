CREATE INDEX `gathering_attendance_occurrence_idx` ON `gathering_attendance` (`gathering_id`,`status`,`occurrence_on`,`person_id`);--> statement-breakpoint
CREATE INDEX `mentoring_matches_organisation_started_idx` ON `mentoring_matches` (`organisation_id`,`started_on`,`ended_on`);--> statement-breakpoint
-- drizzle-kit does not notice new columns in an existing index, so these four are rebuilt by hand (same names, wider).
DROP INDEX IF EXISTS `support_sessions_organisation_held_idx`;--> statement-breakpoint
CREATE INDEX `support_sessions_organisation_held_idx` ON `support_sessions` (`organisation_id`,`held_on`,`duration_minutes`,`mentee_person_id`,`mentor_person_id`);--> statement-breakpoint
DROP INDEX IF EXISTS `volunteering_hours_organisation_idx`;--> statement-breakpoint
CREATE INDEX `volunteering_hours_organisation_idx` ON `volunteering_hours` (`organisation_id`,`status`,`worked_on`,`minutes`,`person_id`);--> statement-breakpoint
DROP INDEX IF EXISTS `memberships_organisation_idx`;--> statement-breakpoint
CREATE INDEX `memberships_organisation_idx` ON `memberships` (`organisation_id`,`person_id`,`role`);--> statement-breakpoint
DROP INDEX IF EXISTS `consents_person_purpose_idx`;--> statement-breakpoint
CREATE INDEX `consents_person_purpose_idx` ON `consents` (`person_id`,`purpose`,`id`,`is_granted`);
