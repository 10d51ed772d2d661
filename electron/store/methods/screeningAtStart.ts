import type { SqlDatabase } from '../sqlDatabase.ts';
import type { Actor } from '../../../shared/repository.ts';
import type { ScreeningConfirmationFields, SessionScreening } from '../../../shared/sessionScreening.ts';
import { changedFieldNames } from '../fields.ts';
import { updatePatient } from '../patients.ts';
import type { StoreContext } from './context.ts';
import { existingPatient } from './lookups.ts';

/**
 * The copy of the screening a new session keeps, inside createSession's transaction. Confirmed
 * unchanged: the patient's screening and medication as they stand. Updated: the practitioner's new
 * answers become the patient's too (audited as a change of the patient, naming the session start), and
 * the copy holds them.
 */
export function screeningAtStart(
  { db, audit }: Pick<StoreContext, 'db' | 'audit'>,
  patientId: string,
  confirmation: ScreeningConfirmationFields,
  at: string,
  actor: Actor,
): SessionScreening {
  const patient = existingPatient(db, patientId);
  if (confirmation.kind === 'unchanged') {
    return { screening: patient.screening, medication: patient.medication, confirmedAt: at, confirmedBy: actor.name, updated: false };
  }
  const changes = { screening: confirmation.screening, medication: confirmation.medication };
  const fields = changedFieldNames(patient, changes);
  if (fields.length > 0) {
    updatePatient(db, { ...patient, ...changes, updatedAt: at });
    audit(at, actor, 'patient.update', 'patient', patient.id, { fields, atSessionStart: true });
  }
  return { ...changes, confirmedAt: at, confirmedBy: actor.name, updated: true };
}
