-- Volunteering hours are never deleted, and a decided (approved or declined)
-- entry is locked. Erasing a person only sets person_id to NULL, which these
-- triggers allow (as does erasing the coordinator who decided), so an
-- organisation's verified totals survive.
CREATE TRIGGER `volunteering_hours_no_delete` BEFORE DELETE ON `volunteering_hours`
BEGIN
  SELECT RAISE(ABORT, 'volunteering hours are never deleted');
END;
--> statement-breakpoint
CREATE TRIGGER `volunteering_hours_locked_once_decided`
BEFORE UPDATE OF `status`, `activity`, `worked_on`, `minutes`, `description`, `organisation_id`, `decided_at`, `decline_reason` ON `volunteering_hours`
WHEN OLD.`status` <> 'pending'
BEGIN
  SELECT RAISE(ABORT, 'decided volunteering hours are locked');
END;
