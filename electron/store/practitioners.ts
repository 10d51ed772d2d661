import type { SqlDatabase } from './sqlDatabase.ts';
import type { Language } from '../../shared/i18n/languages.ts';
import {
  practitionerNameKey,
  scryptParamsSchema,
  type PassphraseCredential as StoredCredential,
  type PractitionerSummary,
  type PractitionerWithCredential,
  type ScryptParams,
} from '../../shared/access.ts';
import { registrationFromParts, registrationRegion, type Registration } from '../../shared/registration.ts';
import { statement } from './statements.ts';

type PractitionerRow = {
  id: string;
  display_name: string;
  salt: string;
  hash: string;
  params: string;
  created_at: string;
  disabled: number;
  language: Language | null;
  register: string | null;
  registration_region: string | null;
  registration_number: string | null;
  qualification: string;
};

const COLUMNS = 'id, display_name, salt, hash, params, created_at, disabled, language, register, registration_region, registration_number, qualification';
const SELECT_ALL = `SELECT ${COLUMNS} FROM practitioners ORDER BY name_key`;
const SELECT_BY_ID = `SELECT ${COLUMNS} FROM practitioners WHERE id = ?`;
const SELECT_BY_NAME_KEY = `SELECT ${COLUMNS} FROM practitioners WHERE name_key = ?`;
const COUNT = 'SELECT COUNT(*) AS n FROM practitioners';
const INSERT = `
  INSERT INTO practitioners (id, display_name, name_key, salt, hash, params, created_at, updated_at, disabled, language)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)`;
const UPDATE_CREDENTIAL = 'UPDATE practitioners SET salt = ?, hash = ?, params = ?, updated_at = ? WHERE id = ?';
const UPDATE_DISABLED = 'UPDATE practitioners SET disabled = ?, updated_at = ? WHERE id = ?';
const UPDATE_LANGUAGE = 'UPDATE practitioners SET language = ?, updated_at = ? WHERE id = ?';
const UPDATE_REGISTRATION = 'UPDATE practitioners SET register = ?, registration_region = ?, registration_number = ?, qualification = ?, updated_at = ? WHERE id = ?';

/** A profile's stored scrypt parameters (JSON), checked against their schema: anything unexpected is refused (null), not trusted. */
export function parseScryptParams(text: string): ScryptParams | null {
  try {
    const parsed = scryptParamsSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function summary(row: PractitionerRow): PractitionerSummary {
  return {
    id: row.id,
    displayName: row.display_name,
    createdAt: row.created_at,
    disabled: row.disabled === 1,
    language: row.language ?? null,
    // Read back through the shared schema: parts that are not a registration are shown as none, not trusted.
    registration: registrationFromParts(row.register, row.registration_region, row.registration_number),
    qualification: row.qualification,
  };
}

export function listPractitioners(db: SqlDatabase): PractitionerSummary[] {
  return (statement(db, SELECT_ALL).all() as unknown as PractitionerRow[]).map(summary);
}

export function countPractitioners(db: SqlDatabase): number {
  return Number(statement(db, COUNT).get()?.n ?? 0);
}

/** The profile and its credential; a credential whose parameters do not parse is returned as null (it never verifies). */
export function findPractitioner(db: SqlDatabase, id: string): PractitionerWithCredential | null {
  const row = statement(db, SELECT_BY_ID).get(id) as PractitionerRow | undefined;
  if (!row) return null;
  const params = parseScryptParams(row.params);
  return { ...summary(row), credential: params ? { salt: row.salt, hash: row.hash, params } : null };
}

/** The profile whose name is the same as `displayName` regardless of case and spacing. */
export function findPractitionerByName(db: SqlDatabase, displayName: string): PractitionerSummary | null {
  const row = statement(db, SELECT_BY_NAME_KEY).get(practitionerNameKey(displayName)) as PractitionerRow | undefined;
  return row ? summary(row) : null;
}

export function insertPractitioner(db: SqlDatabase, p: { id: string; displayName: string; credential: StoredCredential; language?: Language | null; at: string }): void {
  const c = p.credential;
  statement(db, INSERT).run(p.id, p.displayName, practitionerNameKey(p.displayName), c.salt, c.hash, JSON.stringify(c.params), p.at, p.at, p.language ?? null);
}

export function updatePractitionerCredential(db: SqlDatabase, id: string, c: StoredCredential, at: string): void {
  statement(db, UPDATE_CREDENTIAL).run(c.salt, c.hash, JSON.stringify(c.params), at, id);
}

export function updatePractitionerDisabled(db: SqlDatabase, id: string, disabled: boolean, at: string): void {
  statement(db, UPDATE_DISABLED).run(disabled ? 1 : 0, at, id);
}

export function updatePractitionerLanguage(db: SqlDatabase, id: string, language: Language | null, at: string): void {
  statement(db, UPDATE_LANGUAGE).run(language, at, id);
}

export function updatePractitionerRegistration(db: SqlDatabase, id: string, registration: Registration | null, qualification: string, at: string): void {
  statement(db, UPDATE_REGISTRATION).run(registration?.register ?? null, registration ? registrationRegion(registration) : null, registration?.number ?? null, qualification, at, id);
}
