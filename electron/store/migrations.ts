import type { DatabaseSync } from 'node:sqlite';
import { auditEntryHash, GENESIS_HASH, type ChainedFields } from './auditChain.ts';
import { transaction } from './transaction.ts';
import { STARTING_TEMPLATE_AUTHOR, STARTING_TEMPLATES } from './consentStartingTemplates.ts';

/** Written to the SQLite header ("MESO"): tells a MesoChart database from any other SQLite file. */
export const MESOCHART_APPLICATION_ID = 0x4d45534f;

export type Migration = {
  /** The user_version this migration brings the database to, from version - 1. */
  version: number;
  description: string;
  up: (db: DatabaseSync) => void;
};

/**
 * Schema 1. Tables are STRICT so a value of the wrong type is refused instead of stored. Enumerations
 * the domain may extend (indications, views, needles...) are left to the shared schemas; CHECKs hold
 * only what must always be true of a record. Signed sessions and the audit trail are protected by
 * triggers as well as by the store, so no code path can rewrite them.
 */
const SCHEMA_1 = `
CREATE TABLE patients (
  id TEXT PRIMARY KEY NOT NULL,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  search_key TEXT NOT NULL,          -- see searchKey.ts: folded "last first | first last"
  date_of_birth TEXT NOT NULL,
  sex TEXT NOT NULL,
  phone TEXT NOT NULL,
  email TEXT NOT NULL,
  address TEXT NOT NULL,
  allergies TEXT NOT NULL,
  notes TEXT NOT NULL,
  screening TEXT,                    -- JSON Screening; NULL until first screened
  has_positive_screening INTEGER NOT NULL CHECK (has_positive_screening IN (0, 1)),
  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX patients_by_name ON patients (search_key, id);

CREATE TABLE courses (
  id TEXT PRIMARY KEY NOT NULL,
  patient_id TEXT NOT NULL REFERENCES patients (id),
  indication TEXT NOT NULL,
  area TEXT NOT NULL,
  planned_sessions INTEGER NOT NULL CHECK (planned_sessions >= 1),
  interval_days INTEGER NOT NULL CHECK (interval_days >= 1),
  maintenance_interval_days INTEGER NOT NULL CHECK (maintenance_interval_days >= 1),
  start_date TEXT NOT NULL,
  status TEXT NOT NULL,
  notes TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX courses_by_patient ON courses (patient_id, start_date);

CREATE TABLE sessions (
  id TEXT PRIMARY KEY NOT NULL,
  patient_id TEXT NOT NULL REFERENCES patients (id),
  course_id TEXT REFERENCES courses (id),
  number_in_course INTEGER CHECK (number_in_course >= 1),
  date TEXT NOT NULL,
  time TEXT NOT NULL,
  practitioner TEXT NOT NULL,
  indication TEXT NOT NULL,
  treated_areas TEXT NOT NULL,       -- JSON string[]
  default_technique TEXT NOT NULL,
  default_needle TEXT NOT NULL,
  injector TEXT NOT NULL,            -- JSON Injector
  vas_before INTEGER CHECK (vas_before BETWEEN 0 AND 10),
  vas_after INTEGER CHECK (vas_after BETWEEN 0 AND 10),
  side_effects TEXT NOT NULL,        -- JSON SideEffectId[]
  aftercare TEXT NOT NULL,
  notes TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed')),
  signed_at TEXT,
  signed_by TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((status = 'signed') = (signed_at IS NOT NULL AND signed_by IS NOT NULL)),
  CHECK ((course_id IS NULL) = (number_in_course IS NULL))
) STRICT;
-- Serves the patient list's MAX(date) per patient and the session list, without a table scan.
CREATE INDEX sessions_by_patient_date ON sessions (patient_id, date);
CREATE INDEX sessions_by_course ON sessions (course_id);

-- Products are rows, not JSON, so that a recalled lot can be traced to every session by index.
-- NOCASE: "ab123" and "AB123" are the same lot to the person searching.
CREATE TABLE session_products (
  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  name TEXT NOT NULL COLLATE NOCASE,
  active_ingredients TEXT NOT NULL,
  concentration TEXT NOT NULL,
  dilution TEXT NOT NULL,
  volume_ml REAL CHECK (volume_ml >= 0),
  lot TEXT NOT NULL COLLATE NOCASE,
  expiry TEXT NOT NULL,
  PRIMARY KEY (session_id, position)
) STRICT, WITHOUT ROWID;
CREATE INDEX session_products_by_lot ON session_products (lot);
CREATE INDEX session_products_by_name ON session_products (name);

-- The largest table (a benchmark holds a million rows), so it is lean: no rowid and no separate index;
-- the primary key (session_id, seq) is the index on session_id and keeps a session's points together
-- in chart order. The point's own id is not a key: a chart copied from an earlier session may
-- legitimately reuse ids, and the store checks they are unique within the session.
CREATE TABLE points (
  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL CHECK (seq >= 0),
  id TEXT NOT NULL,
  view TEXT NOT NULL,
  x REAL NOT NULL CHECK (x BETWEEN 0 AND 2000),
  y REAL NOT NULL CHECK (y BETWEEN 0 AND 2000),
  region TEXT NOT NULL,
  depth_mm REAL NOT NULL CHECK (depth_mm > 0),
  needle TEXT NOT NULL,
  needle_count INTEGER CHECK (needle_count BETWEEN 1 AND 18),  -- NULL: a single needle
  technique TEXT NOT NULL,
  product_index INTEGER CHECK (product_index >= 0),
  volume_ml REAL CHECK (volume_ml >= 0),
  note TEXT NOT NULL,
  PRIMARY KEY (session_id, seq)
) STRICT, WITHOUT ROWID;

CREATE TABLE audit (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL CHECK (actor <> ''),
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  detail TEXT NOT NULL               -- JSON
) STRICT;
CREATE INDEX audit_by_entity ON audit (entity_id);

CREATE TRIGGER signed_session_update_refused BEFORE UPDATE ON sessions WHEN OLD.status = 'signed'
BEGIN SELECT RAISE(ABORT, 'Signed sessions cannot be changed; add an amendment'); END;
CREATE TRIGGER signed_session_delete_refused BEFORE DELETE ON sessions WHEN OLD.status = 'signed'
BEGIN SELECT RAISE(ABORT, 'Signed sessions cannot be deleted'); END;

CREATE TRIGGER signed_session_point_insert_refused BEFORE INSERT ON points
WHEN (SELECT status FROM sessions WHERE id = NEW.session_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'Signed sessions cannot be changed; add an amendment'); END;
CREATE TRIGGER signed_session_point_update_refused BEFORE UPDATE ON points
WHEN (SELECT status FROM sessions WHERE id = OLD.session_id) = 'signed'
  OR (SELECT status FROM sessions WHERE id = NEW.session_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'Signed sessions cannot be changed; add an amendment'); END;
CREATE TRIGGER signed_session_point_delete_refused BEFORE DELETE ON points
WHEN (SELECT status FROM sessions WHERE id = OLD.session_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'Signed sessions cannot be changed; add an amendment'); END;

CREATE TRIGGER signed_session_product_insert_refused BEFORE INSERT ON session_products
WHEN (SELECT status FROM sessions WHERE id = NEW.session_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'Signed sessions cannot be changed; add an amendment'); END;
CREATE TRIGGER signed_session_product_update_refused BEFORE UPDATE ON session_products
WHEN (SELECT status FROM sessions WHERE id = OLD.session_id) = 'signed'
  OR (SELECT status FROM sessions WHERE id = NEW.session_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'Signed sessions cannot be changed; add an amendment'); END;
CREATE TRIGGER signed_session_product_delete_refused BEFORE DELETE ON session_products
WHEN (SELECT status FROM sessions WHERE id = OLD.session_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'Signed sessions cannot be changed; add an amendment'); END;

CREATE TRIGGER audit_update_refused BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'The audit trail cannot be changed'); END;
CREATE TRIGGER audit_delete_refused BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'The audit trail cannot be changed'); END;
`;

/**
 * Schema 2: amendments of signed sessions, acknowledgements of contraindications, protocols.
 * Amendments are append-only and only signed sessions take them; an acknowledgement can only be
 * added to a draft, and once its session is signed it is as immutable as the session.
 */
const SCHEMA_2 = `
CREATE TABLE amendments (
  id TEXT PRIMARY KEY NOT NULL,
  session_id TEXT NOT NULL REFERENCES sessions (id),
  seq INTEGER NOT NULL CHECK (seq >= 1),  -- 1, 2, 3... within the session, in the order they apply
  at TEXT NOT NULL,
  actor TEXT NOT NULL CHECK (actor <> ''),
  reason TEXT NOT NULL CHECK (trim(reason) <> ''),
  changes TEXT NOT NULL,             -- JSON AmendmentChanges: { fields?: {name: {from, to}}, points?: {added, removed, changed} }
  UNIQUE (session_id, seq)
) STRICT;

CREATE TRIGGER amendment_of_draft_refused BEFORE INSERT ON amendments
WHEN (SELECT status FROM sessions WHERE id = NEW.session_id) IS NOT 'signed'
BEGIN SELECT RAISE(ABORT, 'Only signed sessions take amendments; edit the draft itself'); END;
CREATE TRIGGER amendment_update_refused BEFORE UPDATE ON amendments
BEGIN SELECT RAISE(ABORT, 'Amendments cannot be changed; add another amendment'); END;
CREATE TRIGGER amendment_delete_refused BEFORE DELETE ON amendments
BEGIN SELECT RAISE(ABORT, 'Amendments cannot be changed; add another amendment'); END;

-- Every acknowledgement is kept; the session shows its latest (highest seq).
CREATE TABLE contraindication_acks (
  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL CHECK (seq >= 1),
  at TEXT NOT NULL,
  actor TEXT NOT NULL CHECK (actor <> ''),
  items TEXT NOT NULL,               -- JSON ContraindicationKey[]: the positive answers at that moment
  PRIMARY KEY (session_id, seq)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER contraindication_ack_of_signed_refused BEFORE INSERT ON contraindication_acks
WHEN (SELECT status FROM sessions WHERE id = NEW.session_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'Signed sessions cannot be changed; add an amendment'); END;
CREATE TRIGGER contraindication_ack_update_refused BEFORE UPDATE ON contraindication_acks
BEGIN SELECT RAISE(ABORT, 'Acknowledgements cannot be changed; acknowledge again'); END;
CREATE TRIGGER contraindication_ack_of_signed_delete_refused BEFORE DELETE ON contraindication_acks
WHEN (SELECT status FROM sessions WHERE id = OLD.session_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'Signed sessions cannot be changed; add an amendment'); END;

CREATE TABLE protocols (
  id TEXT PRIMARY KEY NOT NULL,
  name TEXT NOT NULL CHECK (trim(name) <> ''),
  name_key TEXT NOT NULL UNIQUE,     -- protocolNameKey(name): unique regardless of case and spacing
  view TEXT NOT NULL,
  points TEXT NOT NULL,              -- JSON ProtocolPoint[]: offsets from the centroid and what is injected
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL CHECK (created_by <> '')
) STRICT;
CREATE INDEX protocols_by_view ON protocols (view, name_key);
`;

/**
 * Schema 3: the audit trail is hash-chained. Each entry stores the previous entry's hash and its own,
 * SHA-256 over that and the entry's canonical JSON (auditChain.ts), so an edit or removal of a past
 * entry is detected by verifyAuditChain. Existing entries are chained in id order; the update trigger
 * is lifted for that back-fill only, inside the migration's transaction.
 */
function migrateToChainedAudit(db: DatabaseSync): void {
  db.exec(`
    ALTER TABLE audit ADD COLUMN prev_hash TEXT NOT NULL DEFAULT '';
    ALTER TABLE audit ADD COLUMN hash TEXT NOT NULL DEFAULT '';
    DROP TRIGGER audit_update_refused;
  `);
  const update = db.prepare('UPDATE audit SET prev_hash = ?, hash = ? WHERE id = ?');
  let prev = GENESIS_HASH;
  const rows = db.prepare('SELECT id, at, actor, action, entity, entity_id, detail FROM audit ORDER BY id').all() as unknown as ChainedFields[];
  for (const row of rows) {
    const hash = auditEntryHash(prev, row);
    update.run(prev, hash, row.id);
    prev = hash;
  }
  db.exec(`
    CREATE TRIGGER audit_update_refused BEFORE UPDATE ON audit
    BEGIN SELECT RAISE(ABORT, 'The audit trail cannot be changed'); END;
  `);
}

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

/**
 * Schema 5: informed consent and clinical photos. Template versions are append-only (an edit is a new
 * version). A signed consent keeps its exact text, screening, signatures, time and hash: triggers refuse
 * any change but the one withdrawal (date and reason, set once). A course started without consent
 * keeps the override's reason. Photos name their original file by SHA-256; a photo of a signed session
 * is never deleted, only marked removed (by an amendment), and its file stays.
 */
const SCHEMA_5 = `
CREATE TABLE consent_templates (
  id TEXT PRIMARY KEY NOT NULL,
  indication TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX consent_templates_by_indication ON consent_templates (indication, created_at);
CREATE TRIGGER consent_template_update_refused BEFORE UPDATE ON consent_templates
BEGIN SELECT RAISE(ABORT, 'Consent templates change by new versions'); END;
CREATE TRIGGER consent_template_delete_refused BEFORE DELETE ON consent_templates
BEGIN SELECT RAISE(ABORT, 'Consent templates cannot be deleted'); END;

CREATE TABLE consent_template_versions (
  template_id TEXT NOT NULL REFERENCES consent_templates (id),
  version INTEGER NOT NULL CHECK (version >= 1),
  title TEXT NOT NULL CHECK (trim(title) <> ''),
  body TEXT NOT NULL CHECK (trim(body) <> ''),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL CHECK (created_by <> ''),
  PRIMARY KEY (template_id, version)
) STRICT, WITHOUT ROWID;
CREATE TRIGGER consent_template_version_update_refused BEFORE UPDATE ON consent_template_versions
BEGIN SELECT RAISE(ABORT, 'A consent template version cannot be changed; save a new version'); END;
CREATE TRIGGER consent_template_version_delete_refused BEFORE DELETE ON consent_template_versions
BEGIN SELECT RAISE(ABORT, 'A consent template version cannot be deleted'); END;

CREATE TABLE consents (
  id TEXT PRIMARY KEY NOT NULL,
  patient_id TEXT NOT NULL REFERENCES patients (id),
  template_id TEXT NOT NULL,
  template_version INTEGER NOT NULL,
  indication TEXT NOT NULL,
  title TEXT NOT NULL,
  text TEXT NOT NULL CHECK (trim(text) <> ''),
  screening TEXT NOT NULL,               -- JSON Screening: the answers the patient confirmed
  patient_signature TEXT NOT NULL,       -- JSON Signature
  practitioner_signature TEXT NOT NULL,  -- JSON Signature
  signed_at TEXT NOT NULL,
  hash TEXT NOT NULL CHECK (length(hash) = 64),
  withdrawn_on TEXT,
  withdrawal_reason TEXT,
  withdrawal_recorded_at TEXT,
  withdrawal_recorded_by TEXT,
  FOREIGN KEY (template_id, template_version) REFERENCES consent_template_versions (template_id, version),
  CHECK ((withdrawn_on IS NULL) = (withdrawal_reason IS NULL)),
  CHECK ((withdrawn_on IS NULL) = (withdrawal_recorded_at IS NULL)),
  CHECK ((withdrawn_on IS NULL) = (withdrawal_recorded_by IS NULL)),
  CHECK (withdrawal_reason IS NULL OR trim(withdrawal_reason) <> '')
) STRICT;
CREATE INDEX consents_by_patient ON consents (patient_id, indication, signed_at);
-- The only change a signed consent takes: its withdrawal, once, leaving everything signed as it was.
CREATE TRIGGER consent_update_refused BEFORE UPDATE ON consents
WHEN OLD.withdrawn_on IS NOT NULL OR NEW.withdrawn_on IS NULL
  OR NEW.id IS NOT OLD.id OR NEW.patient_id IS NOT OLD.patient_id OR NEW.template_id IS NOT OLD.template_id
  OR NEW.template_version IS NOT OLD.template_version OR NEW.indication IS NOT OLD.indication OR NEW.title IS NOT OLD.title
  OR NEW.text IS NOT OLD.text OR NEW.screening IS NOT OLD.screening OR NEW.patient_signature IS NOT OLD.patient_signature
  OR NEW.practitioner_signature IS NOT OLD.practitioner_signature OR NEW.signed_at IS NOT OLD.signed_at OR NEW.hash IS NOT OLD.hash
BEGIN SELECT RAISE(ABORT, 'A signed consent cannot be changed; it can only be withdrawn, once'); END;
CREATE TRIGGER consent_delete_refused BEFORE DELETE ON consents
BEGIN SELECT RAISE(ABORT, 'A signed consent cannot be deleted; withdraw it'); END;

CREATE TABLE consent_overrides (
  session_id TEXT PRIMARY KEY NOT NULL REFERENCES sessions (id),
  reason TEXT NOT NULL CHECK (trim(reason) <> ''),
  at TEXT NOT NULL,
  actor TEXT NOT NULL CHECK (actor <> '')
) STRICT;
CREATE TRIGGER consent_override_update_refused BEFORE UPDATE ON consent_overrides
BEGIN SELECT RAISE(ABORT, 'A consent override cannot be changed'); END;
CREATE TRIGGER consent_override_delete_refused BEFORE DELETE ON consent_overrides
BEGIN SELECT RAISE(ABORT, 'A consent override cannot be deleted'); END;

CREATE TABLE photos (
  id TEXT PRIMARY KEY NOT NULL,
  patient_id TEXT NOT NULL REFERENCES patients (id),
  session_id TEXT NOT NULL REFERENCES sessions (id),
  hash TEXT NOT NULL CHECK (length(hash) = 64),  -- SHA-256 of the original file: photos/ab/abcdef...
  format TEXT NOT NULL CHECK (format IN ('jpeg', 'png')),
  width INTEGER NOT NULL CHECK (width > 0),
  height INTEGER NOT NULL CHECK (height > 0),
  bytes INTEGER NOT NULL CHECK (bytes > 0),
  pose TEXT NOT NULL,
  caption TEXT NOT NULL,
  file_name TEXT NOT NULL,
  added_at TEXT NOT NULL,
  added_by TEXT NOT NULL CHECK (added_by <> ''),
  removed_at TEXT,                       -- set by an amendment of a signed session; the row and file stay
  removed_by TEXT,
  CHECK ((removed_at IS NULL) = (removed_by IS NULL))
) STRICT;
CREATE INDEX photos_by_patient ON photos (patient_id, added_at);
CREATE INDEX photos_by_session ON photos (session_id);
CREATE TRIGGER photo_of_signed_delete_refused BEFORE DELETE ON photos
WHEN (SELECT status FROM sessions WHERE id = OLD.session_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'A photo of a signed session is removed by an amendment, never deleted'); END;
CREATE TRIGGER photo_update_refused BEFORE UPDATE ON photos
WHEN OLD.removed_at IS NOT NULL OR NEW.removed_at IS NULL
  OR NEW.id IS NOT OLD.id OR NEW.patient_id IS NOT OLD.patient_id OR NEW.session_id IS NOT OLD.session_id
  OR NEW.hash IS NOT OLD.hash OR NEW.format IS NOT OLD.format OR NEW.width IS NOT OLD.width OR NEW.height IS NOT OLD.height
  OR NEW.bytes IS NOT OLD.bytes OR NEW.pose IS NOT OLD.pose OR NEW.caption IS NOT OLD.caption OR NEW.file_name IS NOT OLD.file_name
  OR NEW.added_at IS NOT OLD.added_at OR NEW.added_by IS NOT OLD.added_by
BEGIN SELECT RAISE(ABORT, 'A photo cannot be changed; it can only be removed, once'); END;
`;

function migrateToConsentsAndPhotos(db: DatabaseSync): void {
  db.exec(SCHEMA_5);
  const at = '2025-01-01T00:00:00.000Z';
  const template = db.prepare('INSERT INTO consent_templates (id, indication, created_at) VALUES (?, ?, ?)');
  const version = db.prepare('INSERT INTO consent_template_versions (template_id, version, title, body, created_at, created_by) VALUES (?, 1, ?, ?, ?, ?)');
  for (const t of STARTING_TEMPLATES) {
    template.run(t.id, t.indication, at);
    version.run(t.id, t.title, t.body, at, STARTING_TEMPLATE_AUTHOR);
  }
}

const SCHEMA_6 = `
ALTER TABLE patients ADD COLUMN language TEXT CHECK (language IS NULL OR language IN ('en', 'fr', 'it', 'es', 'pt-BR'));
ALTER TABLE practitioners ADD COLUMN language TEXT CHECK (language IS NULL OR language IN ('en', 'fr', 'it', 'es', 'pt-BR'));
`;

/** In order; migration N brings user_version N - 1 to N. Never edit one that has shipped: add one. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'patients, courses, sessions with products and points, audit trail',
    up: (db) => {
      db.exec(SCHEMA_1);
      db.exec(`PRAGMA application_id = ${MESOCHART_APPLICATION_ID}`);
    },
  },
  {
    version: 2,
    description: 'amendments of signed sessions, contraindication acknowledgements, protocols',
    up: (db) => db.exec(SCHEMA_2),
  },
  {
    version: 3,
    description: 'hash-chained audit trail (prev_hash, hash), back-filled in order',
    up: migrateToChainedAudit,
  },
  {
    version: 4,
    description: 'practitioner profiles (salted scrypt passphrase hashes), actor id on audit entries',
    up: (db) => db.exec(SCHEMA_4),
  },
  {
    version: 5,
    description: 'consent templates (versioned, starting templates), signed consents, consent overrides, photos',
    up: migrateToConsentsAndPhotos,
  },
  {
    version: 6,
    description: "languages: a patient's language (printed records, consent) and a practitioner's (the screens); NULL: the clinic's",
    up: (db) => db.exec(SCHEMA_6),
  },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

/**
 * Applies every migration above `fromVersion`, each in its own transaction together with the
 * user_version it reaches: a crash between two migrations leaves a consistent, resumable database.
 */
export function migrate(db: DatabaseSync, fromVersion: number): void {
  for (const migration of MIGRATIONS) {
    if (migration.version <= fromVersion) continue;
    transaction(db, () => {
      migration.up(db);
      db.exec(`PRAGMA user_version = ${migration.version}`);
    });
  }
}
