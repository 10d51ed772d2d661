import { actionsOfKind, AUDIT_KINDS, type AuditListQuery } from '../../shared/audit.ts';
import type { AuditPage } from '../../shared/repository.ts';
import { auditEntryFromRow, type AuditRow } from './audit.ts';
import type { SqlDatabase, SqlValue } from './sqlDatabase.ts';
import { statement } from './statements.ts';

const COLUMNS = 'id, at, actor, actor_id, action, entity, entity_id, detail';

/**
 * Which actions a kind takes in, as SQL over `action`: the kind's own; for 'change', every action that is
 * not of another kind, so that an action the application does not list still shows somewhere.
 */
function kindFilter(kind: AuditListQuery['kind']): { sql: string; params: string[] } {
  if (kind === null) return { sql: '1', params: [] };
  if (kind === 'change') {
    const others = AUDIT_KINDS.filter((k) => k !== 'change').flatMap(actionsOfKind);
    return { sql: `action NOT IN (${others.map(() => '?').join(', ')})`, params: others };
  }
  const own = actionsOfKind(kind);
  return { sql: `action IN (${own.map(() => '?').join(', ')})`, params: own };
}

/**
 * A page of the trail, newest first, walking the primary key backwards from `before`: a page costs the
 * same however long the trail is. One row more than asked for tells whether older entries remain.
 */
export function listAuditPage(db: SqlDatabase, query: AuditListQuery): AuditPage {
  const filter = kindFilter(query.kind);
  const sql = `SELECT ${COLUMNS} FROM audit WHERE id < ? AND ${filter.sql} ORDER BY id DESC LIMIT ?`;
  const params: SqlValue[] = [query.before ?? Number.MAX_SAFE_INTEGER, ...filter.params, query.limit + 1];
  const rows = statement(db, sql).all(...params) as unknown as AuditRow[];
  return { entries: rows.slice(0, query.limit).map(auditEntryFromRow), more: rows.length > query.limit };
}
