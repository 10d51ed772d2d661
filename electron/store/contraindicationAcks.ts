import type { SqlDatabase } from './sqlDatabase.ts';
import type { ContraindicationKey } from '../../shared/contraindications.ts';
import type { EarlierAck } from '../../shared/contraindicationAck.ts';
import type { ContraindicationAck } from '../../shared/session.ts';
import type { SessionScreening } from '../../shared/sessionScreening.ts';
import { statement } from './statements.ts';

type AckRow = { seq: number; at: string; actor: string; items: string };

const SELECT_LATEST_ACK = 'SELECT seq, at, actor, items FROM contraindication_acks WHERE session_id = ? ORDER BY seq DESC LIMIT 1';
const INSERT_ACK = `
  INSERT INTO contraindication_acks (session_id, seq, at, actor, items)
  VALUES (:session_id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM contraindication_acks WHERE session_id = :session_id), :at, :actor, :items)`;

/** The session's latest acknowledgement, or null when none was recorded. */
export function latestContraindicationAck(db: SqlDatabase, sessionId: string): ContraindicationAck | null {
  const row = statement(db, SELECT_LATEST_ACK).get(sessionId) as AckRow | undefined;
  return row ? { at: row.at, by: row.actor, items: JSON.parse(row.items) as ContraindicationKey[] } : null;
}

/** Appends an acknowledgement (earlier ones are kept); call inside the mutation's transaction. */
export function insertContraindicationAck(db: SqlDatabase, sessionId: string, ack: ContraindicationAck): void {
  statement(db, INSERT_ACK).run({ session_id: sessionId, at: ack.at, actor: ack.by, items: JSON.stringify(ack.items) });
}

const SELECT_ACKS = 'SELECT seq, at, actor, items FROM contraindication_acks WHERE session_id = ? ORDER BY seq';

/** Every acknowledgement of the session, oldest first (for the patient export). */
export function listContraindicationAcks(db: SqlDatabase, sessionId: string): ContraindicationAck[] {
  const rows = statement(db, SELECT_ACKS).all(sessionId) as unknown as AckRow[];
  return rows.map((row) => ({ at: row.at, by: row.actor, items: JSON.parse(row.items) as ContraindicationKey[] }));
}

const SELECT_PATIENT_LATEST_ACK = `
  SELECT a.session_id, a.at, a.actor, a.items, s.screening
  FROM contraindication_acks a JOIN sessions s ON s.id = a.session_id
  WHERE s.patient_id = ? ORDER BY a.at DESC, a.seq DESC LIMIT 1`;

/** The patient's latest acknowledgement (of any session), with the session's copy of the screening; null when none. */
export function latestPatientAck(db: SqlDatabase, patientId: string): EarlierAck | null {
  const row = statement(db, SELECT_PATIENT_LATEST_ACK).get(patientId) as (AckRow & { session_id: string; screening: string | null }) | undefined;
  if (!row) return null;
  return {
    sessionId: row.session_id,
    ack: { at: row.at, by: row.actor, items: JSON.parse(row.items) as ContraindicationKey[] },
    screening: row.screening === null ? null : (JSON.parse(row.screening) as SessionScreening),
  };
}
