import { randomUUID } from 'node:crypto';
import { patientInputSchema, type Patient, type PatientFields } from '../../../shared/patient.ts';
import type { PatientStore } from '../../../shared/repository.ts';
import { changedFieldNames, pickFields } from '../fields.ts';
import { findPatient, insertPatient, listPatientSummaries, updatePatient } from '../patients.ts';
import type { StoreContext, Synchronous } from './context.ts';
import { existingPatient } from './lookups.ts';

const PATIENT_FIELDS = Object.keys(patientInputSchema.shape) as (keyof PatientFields)[];

/** Patients: the list, one patient, creation, identity and screening changes, archiving. */
export function patientMethods({ db, mutate, read, audit }: StoreContext): Synchronous<PatientStore> {
  return {
    listPatients: (query) => read(() => listPatientSummaries(db, query)),

    getPatient: (id) => read(() => findPatient(db, id)),

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
        audit(at, actor, 'patient.update', 'patient', id, { fields: changedFieldNames(current, given) });
        return patient;
      }),

    setPatientArchived: (id, archived, actor) =>
      mutate(actor, (at) => {
        const current = existingPatient(db, id);
        const patient: Patient = { ...current, archived, updatedAt: at };
        updatePatient(db, patient);
        const action = archived ? 'patient.archive' : 'patient.unarchive';
        audit(at, actor, action, 'patient', id, { fields: changedFieldNames(current, { archived }) });
        return patient;
      }),
  };
}
