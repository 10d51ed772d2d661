// Frozen: shipped migrations are never edited, and import nothing but node: modules and the frozen
// helpers beside them (tests/electron/store/migrations.test.ts).
import type { SqlDatabase } from '../sqlDatabase.ts';

/**
 * Schema 14: lots in stock (issue 15).
 *
 * - stock_lots: a lot of a catalogue product, with its expiry. One row per (product, lot number), the lot
 *   number compared as lot_key (blanks removed, upper case: shared/stock.ts lotKey), so that a second
 *   delivery of a lot is a second receipt of it. Never deleted.
 * - stock_movements: what changed the units of a lot, signed: 'receive' (with supplier and day of
 *   delivery), 'use' (the signed session it went to) and 'adjust' (with its reason). Units on hand are
 *   the sum of a lot's movements. Movements are never changed nor deleted: a wrong one is corrected by
 *   another (a count).
 */
const STOCK_SCHEMA = `
CREATE TABLE stock_lots (
  id TEXT PRIMARY KEY NOT NULL,
  product_id TEXT NOT NULL REFERENCES catalogue_products (id),
  lot TEXT NOT NULL CHECK (lot <> ''),
  lot_key TEXT NOT NULL CHECK (lot_key <> ''),
  expiry TEXT NOT NULL CHECK (expiry GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  created_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX stock_lots_by_product_lot ON stock_lots (product_id, lot_key);
CREATE TRIGGER stock_lot_delete_refused BEFORE DELETE ON stock_lots
BEGIN SELECT RAISE(ABORT, 'A lot in stock cannot be deleted'); END;

CREATE TABLE stock_movements (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  lot_id TEXT NOT NULL REFERENCES stock_lots (id),
  kind TEXT NOT NULL CHECK (kind IN ('receive', 'use', 'adjust')),
  reason TEXT CHECK ((kind = 'adjust') = (reason IS NOT NULL) AND (reason IS NULL OR reason IN ('broken', 'discarded', 'expired', 'returned', 'counted'))),
  quantity INTEGER NOT NULL CHECK ((kind = 'receive' AND quantity > 0) OR (kind = 'use' AND quantity < 0) OR kind = 'adjust'),
  at TEXT NOT NULL,
  actor TEXT NOT NULL CHECK (actor <> ''),
  actor_id TEXT,
  session_id TEXT REFERENCES sessions (id) CHECK ((kind = 'use') = (session_id IS NOT NULL)),
  supplier TEXT NOT NULL DEFAULT '',
  received_on TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX stock_movements_by_lot ON stock_movements (lot_id, id);
CREATE UNIQUE INDEX stock_movements_one_use_per_session ON stock_movements (session_id, lot_id) WHERE kind = 'use';
CREATE TRIGGER stock_movement_update_refused BEFORE UPDATE ON stock_movements
BEGIN SELECT RAISE(ABORT, 'A stock movement cannot be changed; record another'); END;
CREATE TRIGGER stock_movement_delete_refused BEFORE DELETE ON stock_movements
BEGIN SELECT RAISE(ABORT, 'A stock movement cannot be deleted; record another'); END;
`;

export const MIGRATION_14 = {
  version: 14,
  description: 'lots in stock: lots of catalogue products with their expiry, and the movements (receipts, uses on signing, adjustments) whose sum is on hand',
  up: (db: SqlDatabase): void => db.exec(STOCK_SCHEMA),
};
