// Frozen: shipped migrations are never edited, and import nothing but node: modules and the frozen
// helpers beside them (tests/electron/store/migrations.test.ts).
import type { SqlDatabase } from '../sqlDatabase.ts';
import { auditEntryHash, GENESIS_HASH, type ChainedFields } from './003-auditHash.ts';

/**
 * Schema 3: the audit trail is hash-chained. Each entry stores the previous entry's hash and its own,
 * SHA-256 over that and the entry's canonical JSON (003-auditHash.ts), so an edit or removal of a past
 * entry is detected by verifyAuditChain. Existing entries are chained in id order; the update trigger
 * is lifted for that back-fill only, inside the migration's transaction.
 */
function migrateToChainedAudit(db: SqlDatabase): void {
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

export const MIGRATION_3 = {
  version: 3,
  description: 'hash-chained audit trail (prev_hash, hash), back-filled in order',
  up: migrateToChainedAudit,
};
