// Frozen: shipped migrations are never edited, and import nothing but node: modules and the frozen
// helpers beside them (tests/electron/store/migrations.test.ts).
import type { SqlDatabase } from '../sqlDatabase.ts';

const SCHEMA_6 = `
ALTER TABLE patients ADD COLUMN language TEXT CHECK (language IS NULL OR language IN ('en', 'fr', 'it', 'es', 'pt-BR'));
ALTER TABLE practitioners ADD COLUMN language TEXT CHECK (language IS NULL OR language IN ('en', 'fr', 'it', 'es', 'pt-BR'));
`;

export const MIGRATION_6 = {
  version: 6,
  description: "languages: a patient's language (printed records, consent) and a practitioner's (the screens); NULL: the clinic's",
  up: (db: SqlDatabase): void => db.exec(SCHEMA_6),
};
