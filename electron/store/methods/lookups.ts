import { ApiError, notFound } from '../../../shared/errors.ts';
import type { Patient } from '../../../shared/patient.ts';
import type { Session } from '../../../shared/session.ts';
import type { SqlDatabase } from '../sqlDatabase.ts';
import { listAmendments } from '../amendments.ts';
import { latestContraindicationAck } from '../contraindicationAcks.ts';
import { findPatient, patientExists } from '../patients.ts';
import { listPoints } from '../points.ts';
import { listProducts } from '../products.ts';
import { findSessionRecord, type SessionRecord } from '../sessions.ts';

/** Lookups that several domains' methods make inside their reads and changes. */

export function existingPatient(db: SqlDatabase, id: string): Patient {
  const patient = findPatient(db, id);
  if (!patient) throw notFound('patient', id);
  return patient;
}

/** A patient that a new course or session is to belong to: naming none is bad input, not a lookup. */
export function requireOwnerPatient(db: SqlDatabase, patientId: string): void {
  if (!patientExists(db, patientId)) {
    throw new ApiError({ code: 'invalid-input', field: 'patientId', reason: 'no-such-patient', params: { id: patientId } });
  }
}

export function existingSession(db: SqlDatabase, id: string, field = 'id'): SessionRecord {
  const session = findSessionRecord(db, id);
  if (!session) throw notFound('session', id, field);
  return session;
}

/** The session with everything that lives in tables of its own. */
export function fullSession(db: SqlDatabase, record: SessionRecord): Session {
  return {
    ...record,
    products: listProducts(db, record.id),
    points: listPoints(db, record.id),
    amendments: listAmendments(db, record.id),
    contraindicationAck: latestContraindicationAck(db, record.id),
  };
}
