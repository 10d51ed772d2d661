// Frozen: shipped migrations are never edited, and import nothing but node: modules and the frozen
// helpers beside them (tests/electron/store/migrations.test.ts).
import type { SqlDatabase } from '../sqlDatabase.ts';

/**
 * Schema 15: recalls as records that stay (issue 15).
 *
 * - recalls: a recall opened for a lot and/or a product (one at least), why and the authority's
 *   reference, who opened it and when; closed once, by whom, when and with a note. Never deleted; a
 *   closed recall is never changed again.
 * - recall_patients: the patients the lot search found at opening, in its order, each with the uses it
 *   found (JSON: session, date, time, status, product, lot, expiry, volume), frozen: later edits of the
 *   sessions do not change what the recall was about. Each patient's contact (date, how, by whom, note,
 *   when marked and by whom) is written and may be corrected while the recall is open. The patient's
 *   contact details are read from the patient's record as it is, so they are not copied here.
 */
const RECALL_SCHEMA = `
CREATE TABLE recalls (
  id TEXT PRIMARY KEY NOT NULL,
  lot TEXT NOT NULL DEFAULT '',
  product TEXT NOT NULL DEFAULT '',
  reason TEXT NOT NULL CHECK (reason <> ''),
  reference TEXT NOT NULL DEFAULT '',
  opened_at TEXT NOT NULL,
  opened_by TEXT NOT NULL CHECK (opened_by <> ''),
  opened_by_id TEXT,
  closed_at TEXT,
  closed_by TEXT,
  closed_by_id TEXT,
  close_note TEXT NOT NULL DEFAULT '',
  CHECK (lot <> '' OR product <> ''),
  CHECK ((closed_at IS NULL) = (closed_by IS NULL))
) STRICT;
CREATE INDEX recalls_by_opening ON recalls (opened_at);
CREATE TRIGGER recall_delete_refused BEFORE DELETE ON recalls
BEGIN SELECT RAISE(ABORT, 'A recall cannot be deleted; close it'); END;
CREATE TRIGGER recall_closed_fixed BEFORE UPDATE ON recalls WHEN OLD.closed_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'A closed recall cannot be changed'); END;
CREATE TRIGGER recall_opening_fixed BEFORE UPDATE OF id, lot, product, reason, reference, opened_at, opened_by, opened_by_id ON recalls
BEGIN SELECT RAISE(ABORT, 'A recall''s opening cannot be changed'); END;

CREATE TABLE recall_patients (
  recall_id TEXT NOT NULL REFERENCES recalls (id),
  patient_id TEXT NOT NULL REFERENCES patients (id),
  position INTEGER NOT NULL CHECK (position >= 0),
  uses TEXT NOT NULL CHECK (json_valid(uses) AND json_type(uses) = 'array'),
  contacted_on TEXT CHECK (contacted_on IS NULL OR contacted_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  contact_method TEXT CHECK (contact_method IS NULL OR contact_method IN ('phone', 'email', 'letter', 'in-person')),
  contacted_by TEXT,
  contact_note TEXT NOT NULL DEFAULT '',
  marked_at TEXT,
  marked_by TEXT,
  marked_by_id TEXT,
  PRIMARY KEY (recall_id, patient_id),
  CHECK ((contacted_on IS NULL) = (contact_method IS NULL) AND (contacted_on IS NULL) = (contacted_by IS NULL) AND (contacted_on IS NULL) = (marked_at IS NULL))
) STRICT;
CREATE UNIQUE INDEX recall_patients_in_order ON recall_patients (recall_id, position);
CREATE INDEX recall_patients_by_patient ON recall_patients (patient_id);
CREATE TRIGGER recall_patient_delete_refused BEFORE DELETE ON recall_patients
BEGIN SELECT RAISE(ABORT, 'A recall''s patient cannot be removed'); END;
CREATE TRIGGER recall_patient_frozen BEFORE UPDATE OF recall_id, patient_id, position, uses ON recall_patients
BEGIN SELECT RAISE(ABORT, 'A recall''s patients are frozen at opening'); END;
CREATE TRIGGER recall_patient_of_closed_recall BEFORE UPDATE ON recall_patients
WHEN (SELECT closed_at FROM recalls WHERE id = OLD.recall_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'A closed recall cannot be changed'); END;
CREATE TRIGGER recall_patient_added_to_closed_recall BEFORE INSERT ON recall_patients
WHEN (SELECT closed_at FROM recalls WHERE id = NEW.recall_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'A closed recall cannot be changed'); END;
`;

export const MIGRATION_15 = {
  version: 15,
  description: 'recalls as records: opened for a lot or a product with its reason and reference, its patients and their uses frozen at opening, each contact recorded, closed with a note; never deleted',
  up: (db: SqlDatabase): void => db.exec(RECALL_SCHEMA),
};
