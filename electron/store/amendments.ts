import type { SqlDatabase } from './sqlDatabase.ts';
import type { Amendment, AmendmentChanges } from '../../shared/session.ts';
import { statement } from './statements.ts';

type AmendmentRow = {
  id: string;
  session_id: string;
  seq: number;
  at: string;
  actor: string;
  reason: string;
  changes: string;
};

const SELECT_AMENDMENTS_OF_SESSION = 'SELECT id, session_id, seq, at, actor, reason, changes FROM amendments WHERE session_id = ? ORDER BY seq';
const INSERT_AMENDMENT = `
  INSERT INTO amendments (id, session_id, seq, at, actor, reason, changes)
  VALUES (:id, :session_id, :seq, :at, :actor, :reason, :changes)`;

/** A session's amendments in the order they apply. */
export function listAmendments(db: SqlDatabase, sessionId: string): Amendment[] {
  const rows = statement(db, SELECT_AMENDMENTS_OF_SESSION).all(sessionId) as unknown as AmendmentRow[];
  return rows.map((row) => ({
    id: row.id,
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    reason: row.reason,
    changes: JSON.parse(row.changes) as AmendmentChanges,
  }));
}

/** Appends one amendment; call inside the mutation's transaction. */
export function insertAmendment(db: SqlDatabase, sessionId: string, amendment: Amendment): void {
  statement(db, INSERT_AMENDMENT).run({
    id: amendment.id,
    session_id: sessionId,
    seq: amendment.seq,
    at: amendment.at,
    actor: amendment.actor,
    reason: amendment.reason,
    changes: JSON.stringify(amendment.changes),
  });
}
