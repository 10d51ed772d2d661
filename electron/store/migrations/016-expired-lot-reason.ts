// Frozen: shipped migrations are never edited, and import nothing but node: modules and the frozen
// helpers beside them (tests/electron/store/migrations.test.ts).
import type { SqlDatabase } from '../sqlDatabase.ts';

/**
 * Schema 16: why an expired lot was used (issue 15).
 *
 * - session_products.expired_lot_reason: the practitioner's reason for using a lot past its expiry on
 *   the session's day, which signing requires (shared/expiredLot.ts); '' for every other product and for
 *   products recorded before. Adding the column fires no trigger, so signed sessions are untouched.
 */
const EXPIRED_LOT_REASON_SCHEMA = `
ALTER TABLE session_products ADD COLUMN expired_lot_reason TEXT NOT NULL DEFAULT '';
`;

export const MIGRATION_16 = {
  version: 16,
  description: "a cocktail product's reason for using a lot past its expiry on the session's day ('' when none was needed)",
  up: (db: SqlDatabase): void => db.exec(EXPIRED_LOT_REASON_SCHEMA),
};
