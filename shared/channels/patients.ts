import { z } from 'zod';
import type { Page } from '../page.ts';
import { patientIdSchema, patientInputSchema, patientListQuerySchema, type Patient, type PatientSummary } from '../patient.ts';
import type { PatientChange } from '../patientHistory.ts';
import { entityId } from '../text.ts';
import { returns, type ChannelContract } from './contract.ts';

/** Patients: the list, one patient, their identity and screening, archiving. */
export const PATIENT_CHANNELS = {
  listPatients: { input: patientListQuerySchema, output: returns<Page<PatientSummary>>() },
  getPatient: { input: patientIdSchema, output: returns<Patient>() },
  createPatient: { input: patientInputSchema, output: returns<Patient>() },
  updatePatient: { input: z.object({ id: entityId, fields: patientInputSchema }), output: returns<Patient>() },
  setPatientArchived: { input: z.object({ id: entityId, archived: z.boolean() }), output: returns<Patient>() },
  /** Every change of the patient's details, oldest first: who, when, each field before and after. */
  listPatientHistory: { input: z.object({ patientId: entityId }), output: returns<PatientChange[]>() },
} as const satisfies Record<string, ChannelContract>;
