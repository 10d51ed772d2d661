import { randomUUID } from 'node:crypto';
import { patientInputSchema, type Patient, type PatientFields } from '../../../shared/patient.ts';
import { patientFieldChanges, type PatientChange } from '../../../shared/patientHistory.ts';
import type { Actor, PatientStore } from '../../../shared/repository.ts';
import { appendPatientChange, listPatientChanges } from '../patientChanges.ts';
import { contentHash } from '../signedContent.ts';
import type { SqlDatabase } from '../sqlDatabase.ts';
import { auditRead } from './auditedRead.ts';
import { changedFieldNames, pickFields } from '../fields.ts';
import { findPatient, insertPatient, listPatientSummaries, updatePatient } from '../patients.ts';
import type { StoreContext, Synchronous } from './context.ts';
import { existingPatient } from './lookups.ts';

const PATIENT_FIELDS = Object.keys(patientInputSchema.shape) as (keyof PatientFields)[];

/** Patients: the list, one patient, creation, identity and screening changes, archiving. */
export function patientMethods({ db, mutate, read, audit, readOnly }: StoreContext): Synchronous<PatientStore> {
  return {
    listPatients: (query) => read(() => listPatientSummaries(db, query)),

    getPatient: (id, viewer) => {
      const found = read(() => findPatient(db, id));
      if (found) auditRead({ mutate, audit, readOnly }, viewer, { action: 'patient.view', entity: 'patient', entityId: id });
      return found;
    },

    createPatient: (fields, actor) =>
      mutate(actor, (at) => {
        const given = pickFields(fields, PATIENT_FIELDS) as PatientFields;
        const patient: Patient = { ...given, id: randomUUID(), archived: false, createdAt: at, updatedAt: at };
        insertPatient(db, patient);
        audit(at, actor, 'patient.create', 'patient', patient.id, { fields: changedFieldNames(null, given) });
        return patient;
      }),

    updatePatient: (id, fields, actor) =>
      mutate(actor, (at) => {
        const current = existingPatient(db, id);
        const given = pickFields(fields, PATIENT_FIELDS);
        const patient: Patient = { ...current, ...given, updatedAt: at };
        updatePatient(db, patient);
        const change = keepPreviousVersion(db, current, patient, { at, actor, action: 'update' });
        audit(at, actor, 'patient.update', 'patient', id, { fields: changedFieldNames(current, given), ...change });
        return patient;
      }),

    setPatientArchived: (id, archived, actor) =>
      mutate(actor, (at) => {
        const current = existingPatient(db, id);
        const patient: Patient = { ...current, archived, updatedAt: at };
        updatePatient(db, patient);
        const change = keepPreviousVersion(db, current, patient, { at, actor, action: archived ? 'archive' : 'unarchive' });
        const action = archived ? 'patient.archive' : 'patient.unarchive';
        audit(at, actor, action, 'patient', id, { fields: changedFieldNames(current, { archived }), ...change });
        return patient;
      }),

    listPatientHistory: (patientId) =>
      read(() => {
        existingPatient(db, patientId);
        return listPatientChanges(db, patientId);
      }),
  };
}

/**
 * Appends the change to the patient's history (the values before and after of each field that
 * changed); answers what the change's audit entry says of it: the history row and the hash of its
 * values, so that the trail also vouches for the history, while carrying no value itself.
 */
function keepPreviousVersion(db: SqlDatabase, before: Patient, after: Patient, change: { at: string; actor: Actor; action: PatientChange['action'] }): { change?: number; changesHash?: string } {
  const changes = patientFieldChanges(before, after);
  if (changes.length === 0) return {};
  return { change: appendPatientChange(db, before.id, { ...change, changes }), changesHash: contentHash(changes) };
}
