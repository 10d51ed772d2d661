// Frozen: shipped migrations are never edited, and import nothing but node: modules and the frozen
// helpers beside them (tests/electron/store/migrations.test.ts).
import type { SqlDatabase } from '../sqlDatabase.ts';

/**
 * Schema 11: outcome measures beyond pain (cellulite grade or severity scale, hair loss stage, hair
 * count, girths, satisfaction), recorded per session as a JSON array in a column of `sessions`, like
 * its treated areas and side effects, rather than in a table of their own:
 * - they are read and written whole with the session (the form saves the list, the records print it,
 *   the export carries it), never queried across sessions but within a course already loaded;
 * - they are session content: the signed-session trigger of schema 1 already refuses any change to
 *   them once signed, with no new trigger, and a correction is an amendment whose from / to is the
 *   list (amendments are stored as JSON field changes), as for every other field;
 * - the shared schema (shared/outcomeMeasures.ts) checks every entry against its scale before it is
 *   written; the database keeps it an array, so a bad write cannot leave a value no reader can parse.
 * Existing sessions get an empty list (adding a column does not fire the update triggers).
 */
const SCHEMA_12 = `
ALTER TABLE sessions ADD COLUMN outcomes TEXT NOT NULL DEFAULT '[]'
  CHECK (json_valid(outcomes) AND json_type(outcomes) = 'array');
`;

export const MIGRATION_11 = {
  version: 11,
  description: 'outcome measures per session (JSON array): cellulite grade or severity, hair loss stage, hair count, girths, satisfaction',
  up: (db: SqlDatabase): void => db.exec(SCHEMA_12),
};
