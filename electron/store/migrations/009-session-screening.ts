// Frozen: shipped migrations are never edited, and import nothing but node: modules and the frozen
// helpers beside them (tests/electron/store/migrations.test.ts).
import type { SqlDatabase } from '../sqlDatabase.ts';

/**
 * Schema 9: screening at every session, diagnosis, medication.
 *
 * - sessions.screening: the copy of the screening as it was when the session started (JSON: screening,
 *   medication, confirmedAt, confirmedBy, updated), so that the acknowledgement and the printed record
 *   of a session never read a later screening. Signed sessions started before keep NULL: nobody can say
 *   what was screened that day, and their record says so rather than print today's file. Drafts, still
 *   being charted, get the patient's screening of now as their copy, marked as carried over (no
 *   confirmedAt / confirmedBy), so that their contraindication gate keeps asking what it asked before.
 * - sessions.diagnosis, courses.diagnosis: the practitioner's diagnosis, free text, empty before.
 * - patients.medication: the patient's current medication, free text, empty before.
 */
const SCHEMA_10 = `
ALTER TABLE sessions ADD COLUMN screening TEXT CHECK (screening IS NULL OR json_valid(screening));
ALTER TABLE sessions ADD COLUMN diagnosis TEXT NOT NULL DEFAULT '';
ALTER TABLE courses ADD COLUMN diagnosis TEXT NOT NULL DEFAULT '';
ALTER TABLE patients ADD COLUMN medication TEXT NOT NULL DEFAULT '';
UPDATE sessions SET screening = json_object(
    'screening', (SELECT json(p.screening) FROM patients AS p WHERE p.id = sessions.patient_id),
    'medication', '',
    'confirmedAt', NULL,
    'confirmedBy', NULL,
    'updated', json('false'))
  WHERE status = 'draft';
`;

export const MIGRATION_9 = {
  version: 9,
  description: 'each session keeps a copy of the screening it started with; diagnosis on courses and sessions; the patient\'s medication',
  up: (db: SqlDatabase) => db.exec(SCHEMA_10),
};
