import type { Actor } from '../../shared/repository.ts';
import type { FieldChange, PatientChange } from '../../shared/patientHistory.ts';
import type { SqlDatabase } from './sqlDatabase.ts';
import { statement } from './statements.ts';

/** A row of `patient_changes` (schema 18) as SQLite returns it (STRICT guarantees these types). */
type PatientChangeRow = { id: number; at: string; actor: string; actor_id: string | null; action: PatientChange['action']; changes: string };

const INSERT_CHANGE = `
  INSERT INTO patient_changes (patient_id, at, actor, actor_id, action, changes) VALUES (?, ?, ?, ?, ?, ?)`;

const SELECT_CHANGES = 'SELECT id, at, actor, actor_id, action, changes FROM patient_changes WHERE patient_id = ? ORDER BY id';

/**
 * Appends one change of a patient's details, in the change's own transaction; answers its id, which the
 * change's audit entry names. Rows are never updated nor deleted (the schema's triggers refuse it).
 */
export function appendPatientChange(db: SqlDatabase, patientId: string, change: { at: string; actor: Actor; action: PatientChange['action']; changes: FieldChange[] }): number {
  const result = statement(db, INSERT_CHANGE).run(patientId, change.at, change.actor.name, change.actor.id ?? null, change.action, JSON.stringify(change.changes));
  return Number(result.lastInsertRowid);
}

/** Every change of one patient's details, oldest first. */
export function listPatientChanges(db: SqlDatabase, patientId: string): PatientChange[] {
  const rows = statement(db, SELECT_CHANGES).all(patientId) as unknown as PatientChangeRow[];
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    actor: row.actor,
    actorId: row.actor_id,
    action: row.action,
    changes: JSON.parse(row.changes) as FieldChange[],
  }));
}
