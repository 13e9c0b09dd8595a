-- The audit trail is the desk's evidence of who did what and when (issue D.5): the steering board
-- and inspectors rely on it, so it must be append-only in the database itself, not only by the
-- app's habit. These triggers refuse any UPDATE or DELETE on audit_log, whoever runs it (the app,
-- a CLI, someone with the sqlite3 shell); a mistake is corrected by appending a new row.
-- Hand-written because drizzle-kit does not model triggers. Rolling back a transaction is not a
-- DELETE, so a failed change still takes its own audit row with it.
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log`
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log`
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
