import type { DatabaseSync } from 'node:sqlite';
import type { AuditEntry } from '../../shared/repository.ts';
import { statement } from './statements.ts';

type AuditRow = {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: AuditEntry['entity'];
  entity_id: string;
  detail: string;
};

const INSERT_AUDIT = `
  INSERT INTO audit (at, actor, action, entity, entity_id, detail)
  VALUES (:at, :actor, :action, :entity, :entity_id, :detail)`;

const SELECT_AUDIT_OF_ENTITY = `
  SELECT id, at, actor, action, entity, entity_id, detail FROM audit WHERE entity_id = ? ORDER BY id`;

/** Appends one entry; call it inside the mutation's transaction so both land or neither does. */
export function writeAudit(db: DatabaseSync, entry: Omit<AuditEntry, 'id'>): void {
  statement(db, INSERT_AUDIT).run({
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId,
    detail: JSON.stringify(entry.detail ?? null),
  });
}

/** Every entry about one record, oldest first. */
export function listAudit(db: DatabaseSync, entityId: string): AuditEntry[] {
  // STRICT tables guarantee the column types the row type states.
  const rows = statement(db, SELECT_AUDIT_OF_ENTITY).all(entityId) as unknown as AuditRow[];
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    detail: JSON.parse(row.detail) as unknown,
  }));
}
