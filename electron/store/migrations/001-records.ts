// Frozen: shipped migrations are never edited, and import nothing but node: modules and the frozen
// helpers beside them (tests/electron/store/migrations.test.ts).
import type { SqlDatabase } from '../sqlDatabase.ts';

/** Written to the SQLite header ("MESO"): tells a MesoChart database from any other SQLite file. */
export const MESOCHART_APPLICATION_ID = 0x4d45534f;

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

export const MIGRATION_1 = {
  version: 1,
  description: 'patients, courses, sessions with products and points, audit trail',
  up: (db: SqlDatabase): void => {
    db.exec(SCHEMA_1);
    db.exec(`PRAGMA application_id = ${MESOCHART_APPLICATION_ID}`);
  },
};
