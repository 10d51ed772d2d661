import { z } from 'zod';
import { isUnder18On } from './age.ts';
import { CONTRAINDICATIONS, positiveContraindications, screeningSchema, UNDER_18, type Screening, type ScreeningItem } from './contraindications.ts';
import { isoInstant } from './dates.ts';
import { note, requiredLine } from './text.ts';

/** The patient's current medication: free text, on the patient and in each session's copy. */
export const medicationText = note(2000);

/**
 * The screening as it stood when a session started, kept with the session (schema 9) so that its
 * acknowledgement and its printed record never read a later screening. `screening` is null when the
 * patient had not been screened; `updated` says whether the practitioner changed it in starting this
 * session (false: confirmed unchanged). `confirmedAt` / `confirmedBy` are null only on a draft that was
 * open when the records were upgraded: its copy was carried over from the patient's file, unconfirmed.
 */
export const sessionScreeningSchema = z.object({
  screening: screeningSchema.nullable(),
  medication: medicationText,
  confirmedAt: isoInstant.nullable(),
  confirmedBy: requiredLine(120).nullable(),
  updated: z.boolean(),
});
export type SessionScreening = z.infer<typeof sessionScreeningSchema>;

/**
 * Starting a session re-confirms the screening: unchanged, or the screening (and medication) as they
 * stand today, which then become the patient's too. The form always asks; a caller that says nothing
 * (an older client, a test) confirms it unchanged.
 */
export const screeningConfirmationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('unchanged') }),
  z.object({ kind: z.literal('updated'), screening: screeningSchema, medication: medicationText.default('') }),
]);
export type ScreeningConfirmation = z.input<typeof screeningConfirmationSchema>;
export type ScreeningConfirmationFields = z.output<typeof screeningConfirmationSchema>;

/**
 * What a session's practitioner must acknowledge: the positive answers of the session's own copy of the
 * screening (none for a session older than the copies), and age under 18 on the session's day,
 * computed from the date of birth. In the screening's order, age last.
 */
export function sessionScreeningItems(copy: SessionScreening | null, dateOfBirth: string, day: string): ScreeningItem[] {
  const positives = positiveContraindications(copy?.screening ?? null);
  const items: ScreeningItem[] = CONTRAINDICATIONS.filter((c) => positives.includes(c.key)).map((c) => c.key);
  if (isUnder18On(dateOfBirth, day)) items.push(UNDER_18);
  return items;
}

/**
 * Whether the patient's screening (or medication) now differs from the copy a draft session took when it
 * started: a pregnancy noted on the patient's file after the session was opened, say. The session keeps
 * its copy (its acknowledgement and record read it); the practitioner must be told before signing.
 * False for a session without a copy (older than the copies) or a patient never screened since.
 */
export function screeningChangedSince(copy: SessionScreening | null, patient: { screening: Screening | null; medication: string }): boolean {
  if (!copy) return false;
  if (copy.medication.trim() !== patient.medication.trim()) return true;
  if (!patient.screening) return false;
  if (!copy.screening) return true;
  return copy.screening.screenedOn !== patient.screening.screenedOn || JSON.stringify(answersInOrder(copy.screening)) !== JSON.stringify(answersInOrder(patient.screening));
}

/** Answers in the list's order, so that the same answers stored in another key order compare equal. */
function answersInOrder(s: Screening): unknown[] {
  const answers = s.answers as Record<string, { present: boolean; note: string } | undefined>;
  return CONTRAINDICATIONS.map((c) => {
    const a = answers[c.key];
    return a ? [a.present, a.note.trim()] : null;
  });
}
