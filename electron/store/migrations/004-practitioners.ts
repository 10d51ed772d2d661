// Frozen: shipped migrations are never edited, and import nothing but node: modules and the frozen
// helpers beside them (tests/electron/store/migrations.test.ts).
import type { SqlDatabase } from '../sqlDatabase.ts';

/**
 * Schema 4: practitioner profiles (who may unlock the app and who acts), and the practitioner's id on
 * audit entries. A profile keeps a salted scrypt hash of its passphrase and the hash's parameters, never
 * the passphrase. Profiles are disabled, never deleted: the records name them. The audit entry's
 * actor_id joins the hash chain only when present (auditChain.ts), so earlier entries verify unchanged.
 */
const SCHEMA_4 = `
CREATE TABLE practitioners (
  id TEXT PRIMARY KEY NOT NULL,
  display_name TEXT NOT NULL CHECK (trim(display_name) <> ''),
  name_key TEXT NOT NULL UNIQUE,     -- practitionerNameKey(display_name): names differ beyond case and spacing
  salt TEXT NOT NULL CHECK (salt <> ''),
  hash TEXT NOT NULL CHECK (hash <> ''),
  params TEXT NOT NULL,              -- JSON ScryptParams: algorithm, logN, r, p, keyLength
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1))
) STRICT;

CREATE TRIGGER practitioner_delete_refused BEFORE DELETE ON practitioners
BEGIN SELECT RAISE(ABORT, 'Practitioner profiles cannot be deleted; disable them'); END;

ALTER TABLE audit ADD COLUMN actor_id TEXT;
`;

export const MIGRATION_4 = {
  version: 4,
  description: 'practitioner profiles (salted scrypt passphrase hashes), actor id on audit entries',
  up: (db: SqlDatabase): void => db.exec(SCHEMA_4),
};
