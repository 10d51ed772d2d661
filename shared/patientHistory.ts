import { patientInputSchema, type Patient } from './patient.ts';

/** The details a patient's history follows: what the patient form edits, and the archived flag. */
export type PatientHistoryField = keyof typeof patientInputSchema.shape | 'archived';

const PATIENT_HISTORY_FIELDS: readonly PatientHistoryField[] = [...(Object.keys(patientInputSchema.shape) as (keyof typeof patientInputSchema.shape)[]), 'archived'];

/** One field's value before and after a change, typed by the field. */
export type FieldChange = { [K in PatientHistoryField]: { field: K; from: Patient[K]; to: Patient[K] } }[PatientHistoryField];

/**
 * One change of a patient's details as the history keeps it (electron/store/patientChanges.ts): who,
 * when, and each changed field from and to. Appended, never edited: the version before a change is its
 * `from` values, the current version the patient as it reads now.
 */
export type PatientChange = {
  id: number;
  at: string;
  actor: string;
  actorId: string | null;
  action: 'update' | 'archive' | 'unarchive';
  changes: FieldChange[];
};

/** The fields whose value differs between two versions of a patient, in the form's order. */
export function patientFieldChanges(before: Patient, after: Patient): FieldChange[] {
  return PATIENT_HISTORY_FIELDS.filter((field) => !sameValue(before[field], after[field])).map((field) => ({ field, from: before[field], to: after[field] }) as FieldChange);
}

/** Deep equality of JSON values, whatever the order of object keys (a screening read back from storage). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  const keysOf = (o: object) => Object.keys(o).filter((k) => (o as Record<string, unknown>)[k] !== undefined);
  const [ka, kb] = [keysOf(a), keysOf(b)];
  return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
