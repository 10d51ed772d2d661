import type { Namespace, TFunction } from 'i18next';
import { z } from 'zod';
import { clinicalText } from './clinicalText.ts';
import { isoDate } from './dates.ts';
import { note } from './text.ts';

/**
 * The contraindications screened before every mesotherapy session (DESIGN.md, clinical facts);
 * worded from `clinical:contraindication.<key>`.
 */
export const CONTRAINDICATIONS = [
  { key: 'pregnancy' },
  { key: 'breastfeeding' },
  { key: 'oncological' },
  { key: 'anticoagulants' },
  { key: 'productAllergy' },
  { key: 'other' },
] as const;

export type ContraindicationKey = (typeof CONTRAINDICATIONS)[number]['key'];

/** "Oral anticoagulants"; an unknown key (an old record's) as it is. */
export function contraindicationLabel(t: TFunction<Namespace>, key: string): string {
  return CONTRAINDICATIONS.some((c) => c.key === key) ? clinicalText(t, `contraindication.${key}`) : key;
}

export const screeningAnswerSchema = z.object({
  present: z.boolean(),
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
