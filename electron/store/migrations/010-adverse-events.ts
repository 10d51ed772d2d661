// Frozen: shipped migrations are never edited, and import nothing but node: modules and the frozen
// helpers beside them (tests/electron/store/migrations.test.ts).
import type { SqlDatabase } from '../sqlDatabase.ts';

/**
 * Schema 10: adverse events, a record of their own linked to a session (and the patient, for the
 * patient page's list), with the points concerned (JSON array of point ids), type, onset, severity,
 * treatment, outcome, follow-up date and the report to the national agency. An event is followed up
 * (updated) but never deleted, and never moved to another session or patient; who recorded it and
 * when stays as it was. Types, severities and outcomes are left to the shared schema (the list may grow).
 * The session, signed or not, is not touched: an event after signing is a follow-up, not a correction.
 */
const SCHEMA_11 = `
CREATE TABLE adverse_events (
  id TEXT PRIMARY KEY NOT NULL,
  session_id TEXT NOT NULL REFERENCES sessions (id),
  patient_id TEXT NOT NULL REFERENCES patients (id),
  point_ids TEXT NOT NULL DEFAULT '[]',       -- JSON array of the session's point ids
  type TEXT NOT NULL CHECK (type <> ''),
  description TEXT NOT NULL DEFAULT '',
  onset_date TEXT NOT NULL,
  severity TEXT NOT NULL CHECK (severity <> ''),
  treatment TEXT NOT NULL DEFAULT '',
  outcome TEXT NOT NULL CHECK (outcome <> ''),
  follow_up_date TEXT,
  reported_to_agency INTEGER NOT NULL DEFAULT 0 CHECK (reported_to_agency IN (0, 1)),
  reported_on TEXT,
  report_reference TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL CHECK (created_by <> ''),
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL CHECK (updated_by <> ''),
  CHECK (reported_to_agency = 1 OR (reported_on IS NULL AND report_reference = '')),
  CHECK (reported_to_agency = 0 OR reported_on IS NOT NULL)
) STRICT;
CREATE INDEX adverse_events_by_patient ON adverse_events (patient_id, onset_date);
CREATE INDEX adverse_events_by_session ON adverse_events (session_id);
CREATE TRIGGER adverse_event_delete_refused BEFORE DELETE ON adverse_events
BEGIN SELECT RAISE(ABORT, 'An adverse event cannot be deleted; record its outcome'); END;
CREATE TRIGGER adverse_event_identity_fixed BEFORE UPDATE ON adverse_events
WHEN NEW.id IS NOT OLD.id OR NEW.session_id IS NOT OLD.session_id OR NEW.patient_id IS NOT OLD.patient_id
  OR NEW.created_at IS NOT OLD.created_at OR NEW.created_by IS NOT OLD.created_by
BEGIN SELECT RAISE(ABORT, 'An adverse event stays with its session, and who recorded it stays as it was'); END;
`;

export const MIGRATION_10 = {
  version: 10,
  description: 'adverse events: linked to a session and its points, followed up, reported to the national agency; never deleted',
  up: (db: SqlDatabase): void => db.exec(SCHEMA_11),
};
