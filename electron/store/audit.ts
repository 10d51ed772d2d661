import type { SqlDatabase } from './sqlDatabase.ts';
import type { AuditEntry } from '../../shared/repository.ts';
import { auditEntryHash, GENESIS_HASH } from './auditChain.ts';
import { statement } from './statements.ts';

export type AuditRow = {
  id: number;
  at: string;
  actor: string;
  actor_id: string | null;
  action: string;
  entity: AuditEntry['entity'];
  entity_id: string;
  detail: string;
};

const INSERT_AUDIT = `
  INSERT INTO audit (id, at, actor, actor_id, action, entity, entity_id, detail, prev_hash, hash)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** The newest entry: the link the next one chains to (a rowid lookup, not a scan). */
const SELECT_LAST_LINK = 'SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1';

const SELECT_AUDIT_OF_ENTITY = `
  SELECT id, at, actor, actor_id, action, entity, entity_id, detail FROM audit WHERE entity_id = ? ORDER BY id`;

/**
 * Appends one entry, chained to the one before it (see auditChain.ts); call it inside the mutation's
 * write transaction so both land or neither does, and so no other writer slips in between the read of
 * the last link and the insert.
 */
export function writeAudit(db: SqlDatabase, entry: Omit<AuditEntry, 'id' | 'actorId'> & { actorId?: string | null | undefined }): void {
  const last = statement(db, SELECT_LAST_LINK).get() as { id: number; hash: string } | undefined;
  const row = {
    id: (last?.id ?? 0) + 1,
    at: entry.at,
    actor: entry.actor,
    actor_id: entry.actorId ?? null,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId,
    detail: JSON.stringify(entry.detail ?? null),
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  const hash = auditEntryHash(prevHash, row);
  statement(db, INSERT_AUDIT).run(row.id, row.at, row.actor, row.actor_id, row.action, row.entity, row.entity_id, row.detail, prevHash, hash);
}

/** Every entry about one record, oldest first. */
export function listAudit(db: SqlDatabase, entityId: string): AuditEntry[] {
  // STRICT tables guarantee the column types the row type states.
  const rows = statement(db, SELECT_AUDIT_OF_ENTITY).all(entityId) as unknown as AuditRow[];
  return rows.map(auditEntryFromRow);
}

/** An entry as stored (the columns without the hashes) as the application reads it. */
export function auditEntryFromRow(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    actorId: row.actor_id,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    detail: JSON.parse(row.detail) as unknown,
  };
}
