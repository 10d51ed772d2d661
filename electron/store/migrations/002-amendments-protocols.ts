// Frozen: shipped migrations are never edited, and import nothing but node: modules and the frozen
// helpers beside them (tests/electron/store/migrations.test.ts).
import type { SqlDatabase } from '../sqlDatabase.ts';

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

export const MIGRATION_2 = {
  version: 2,
  description: 'amendments of signed sessions, contraindication acknowledgements, protocols',
  up: (db: SqlDatabase): void => db.exec(SCHEMA_2),
};
