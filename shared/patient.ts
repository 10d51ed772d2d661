import { z } from 'zod';
import { isoDate, todayIso } from './dates.ts';
import { languageSchema } from './i18n/languageSchemas.ts';
import { screeningSchema } from './contraindications.ts';
import { medicationText } from './sessionScreening.ts';
import { entityId, note, requiredLine } from './text.ts';

export const SEXES = ['female', 'male', 'other', 'unspecified'] as const;

/** What the practitioner types in the patient form; the store adds id and timestamps. */
export const patientInputSchema = z.object({
  firstName: requiredLine(100),
  lastName: requiredLine(100),
  dateOfBirth: isoDate
    .refine((d) => d >= '1900-01-01' && d <= '2100-01-01', { params: { reason: 'implausible-birth-date' } })
    // Not born yet: a typing slip (issue 12). Today as this computer counts it, checked when the record is written.
    .refine((d) => d <= todayIso(), { params: { reason: 'birth-date-in-future' } }),
  sex: z.enum(SEXES),
  phone: note(40).default(''),
  email: z.union([z.literal(''), z.email()]).default(''),
  address: note(300).default(''),
  allergies: note(1000).default(''),
  notes: note(4000).default(''),
  screening: screeningSchema.nullable().default(null),
  /** The medicines the patient takes now (free text); each session keeps a copy with its screening. */
  medication: medicationText.default(''),
  /** The language the patient reads (printed records, consent); null: the clinic's. */
  language: languageSchema.nullable().default(null),
});

export type PatientInput = z.input<typeof patientInputSchema>;
export type PatientFields = z.infer<typeof patientInputSchema>;

export type Patient = PatientFields & {
  id: string;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
};

/** A row of the patient list: never carries sessions. */
export type PatientSummary = {
  id: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  archived: boolean;
  hasPositiveScreening: boolean;
  lastSessionDate: string | null;
};

export const patientListQuerySchema = z.object({
  search: z.string().trim().max(100).default(''),
  includeArchived: z.boolean().default(false),
  offset: z.int().min(0).default(0),
  limit: z.int().min(1).max(200).default(50),
});
export type PatientListQuery = z.input<typeof patientListQuerySchema>;

export const patientIdSchema = z.object({ id: entityId });

export function patientDisplayName(p: Pick<Patient, 'firstName' | 'lastName'>): string {
  return `${p.lastName.toLocaleUpperCase()}, ${p.firstName}`;
}

