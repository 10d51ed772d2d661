import { z } from 'zod';
import { patientIdSchema, type Patient } from '../patient.ts';
import { patientExportDocumentSchema, type PatientExportDocument } from '../patientExport.ts';
import { returns, type ChannelContract } from './contract.ts';

/** A patient's whole record, taken out as one document and brought into other records. */
export const TRANSFER_CHANNELS = {
  /** One patient's whole record as a versioned JSON document (audited as an export). */
  exportPatient: { input: patientIdSchema, output: returns<PatientExportDocument>() },
  /** Writes an exported patient in one transaction; refuses a patient already in the records. */
  importPatient: { input: z.object({ document: patientExportDocumentSchema }), output: returns<Patient>() },
} as const satisfies Record<string, ChannelContract>;
