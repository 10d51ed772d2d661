import { z } from 'zod';
import { isoDate } from './dates.ts';
import { note } from './text.ts';

/** The contraindications screened before every mesotherapy session (DESIGN.md, clinical facts). */
export const CONTRAINDICATIONS = [
  { key: 'pregnancy', label: 'Pregnancy' },
  { key: 'breastfeeding', label: 'Breastfeeding' },
  { key: 'oncological', label: 'Oncological disease' },
  { key: 'anticoagulants', label: 'Oral anticoagulants' },
  { key: 'productAllergy', label: 'Known allergy to a product in the cocktail' },
  { key: 'other', label: 'Other condition noted by the doctor' },
] as const;

export type ContraindicationKey = (typeof CONTRAINDICATIONS)[number]['key'];

export const screeningAnswerSchema = z.object({
  present: z.boolean({ error: 'must be yes or no' }),
  note: note(1000).default(''),
});

const answers = Object.fromEntries(CONTRAINDICATIONS.map((c) => [c.key, screeningAnswerSchema])) as {
  [K in ContraindicationKey]: typeof screeningAnswerSchema;
};

/** One dated screening: every contraindication answered yes or no, with a note. */
export const screeningSchema = z.object({
  screenedOn: isoDate,
  answers: z.object(answers),
});

export type Screening = z.infer<typeof screeningSchema>;

export function emptyScreening(screenedOn: string): Screening {
  const answers = Object.fromEntries(CONTRAINDICATIONS.map((c) => [c.key, { present: false, note: '' }]));
  return { screenedOn, answers: answers as Screening['answers'] };
}

/** The contraindications answered "yes": what a practitioner must acknowledge before treating. */
export function positiveContraindications(screening: Screening | null): ContraindicationKey[] {
  if (!screening) return [];
  return CONTRAINDICATIONS.filter((c) => screening.answers[c.key].present).map((c) => c.key);
}
