-- The access audit is append-only: the application can add rows, never change or remove them.
CREATE TRIGGER `access_audit_no_update` BEFORE UPDATE ON `access_audit`
BEGIN
  SELECT RAISE(ABORT, 'access_audit is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `access_audit_no_delete` BEFORE DELETE ON `access_audit`
BEGIN
  SELECT RAISE(ABORT, 'access_audit is append-only');
END;
