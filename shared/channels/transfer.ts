import { z } from 'zod';
import { patientIdSchema, type Patient } from '../patient.ts';
import type { PatientExportDocument } from '../patientExport.ts';
import { importFileSchema, type PatientImport } from '../patientImport.ts';
import { entityId } from '../text.ts';
import { returns, type ChannelContract } from './contract.ts';

/** A patient's whole record, taken out as one document and brought into other records. */
export const TRANSFER_CHANNELS = {
  /** One patient's whole record as a versioned JSON document (audited as an export). */
  exportPatient: { input: patientIdSchema, output: returns<PatientExportDocument>() },
  /**
   * A patient file (its name and text: the main process hashes what it was sent, then validates the
   * document) written in one transaction as imported from that file; refuses a patient already in the records.
   */
  importPatient: { input: importFileSchema, output: returns<Patient>() },
  /** Where a patient's records came from, if they were imported: shown on the patient, their signed sessions and consents. */
  getPatientImport: { input: z.object({ patientId: entityId }), output: returns<PatientImport | null>() },
} as const satisfies Record<string, ChannelContract>;
