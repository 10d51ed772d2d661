// Frozen: shipped migrations are never edited, and import nothing but node: modules and the frozen
// helpers beside them (tests/electron/store/migrations.test.ts).
import type { SqlDatabase } from '../sqlDatabase.ts';

/**
 * Schema 12: the practitioner on the record.
 *
 * - practitioners: the registration with the country's medical register (register kind, its region where
 *   it has one: the Italian province, the Brazilian state, another register's name; and the number) and
 *   the qualification printed under the name. Profiles from before have neither: NULL and ''. The
 *   number's format is checked by the shared schema (it may be refined); here only that a register comes
 *   with its number.
 * - sessions.practitioner_id: the profile of the session's practitioner, beside the name as it was
 *   (sessions.practitioner, kept for the record). Sessions from before keep their free-text name and no
 *   profile (NULL): nothing can say which profile a typed name meant, so none is guessed.
 */
const SCHEMA_13 = `
ALTER TABLE practitioners ADD COLUMN register TEXT CHECK (register IS NULL OR register <> '');
ALTER TABLE practitioners ADD COLUMN registration_region TEXT;
ALTER TABLE practitioners ADD COLUMN registration_number TEXT CHECK ((register IS NULL) = (registration_number IS NULL));
ALTER TABLE practitioners ADD COLUMN qualification TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN practitioner_id TEXT REFERENCES practitioners (id);
CREATE INDEX sessions_by_practitioner ON sessions (practitioner_id) WHERE practitioner_id IS NOT NULL;
`;

export const MIGRATION_12 = {
  version: 12,
  description: "practitioners' registration (register, region, number) and qualification; a session's practitioner profile beside the name as it was",
  up: (db: SqlDatabase): void => db.exec(SCHEMA_13),
};
