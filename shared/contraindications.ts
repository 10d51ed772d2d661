import type { Namespace, TFunction } from 'i18next';
import { z } from 'zod';
import { clinicalText } from './clinicalText.ts';
import { isoDate } from './dates.ts';
import { note } from './text.ts';

/**
 * The contraindications asked before every mesotherapy session (DESIGN.md, clinical facts; issue 11;
 * sources in docs/clinical-sources.md, "Screening"); worded from `clinical:contraindication.<key>`.
 * The first six keys are those of the first list: `oncological` is cancer, `anticoagulants` oral
 * anticoagulants, `productAllergy` an allergy to a product or to the anaesthetic. A screening recorded
 * before the list grew lacks the later keys: those read as "not asked", never as "no".
 */
export const CONTRAINDICATIONS = [
  { key: 'pregnancy' },
  { key: 'breastfeeding' },
  { key: 'oncological' },
  { key: 'anticoagulants' },
  { key: 'antiplatelets' },
  { key: 'bleedingDisorder' },
  { key: 'productAllergy' },
  { key: 'siteInfection' },
  { key: 'uncontrolledDiabetes' },
  { key: 'autoimmune' },
  { key: 'immunosuppression' },
  { key: 'heartDisease' },
  { key: 'keloid' },
  { key: 'herpes' },
  { key: 'other' },
] as const;

export type ContraindicationKey = (typeof CONTRAINDICATIONS)[number]['key'];

/**
 * Age under 18, computed from the date of birth on the session's day (shared/age.ts), never asked: an
 * item of the screening as the gate, the acknowledgement and the record show it.
 */
export const UNDER_18 = 'under18';

/** What a screening shows and an acknowledgement names: an asked contraindication, or the computed age. */
export type ScreeningItem = ContraindicationKey | typeof UNDER_18;

/** "Oral anticoagulants", "Age under 18"; an unknown key (an old record's) as it is. */
export function contraindicationLabel(t: TFunction<Namespace>, key: string): string {
  return key === UNDER_18 || CONTRAINDICATIONS.some((c) => c.key === key) ? clinicalText(t, `contraindication.${key}`) : key;
}

export const screeningAnswerSchema = z.object({
  present: z.boolean(),
  note: note(1000).default(''),
});

export type ScreeningAnswer = z.infer<typeof screeningAnswerSchema>;

// Every answer optional: a screening of the first list lacks the later keys ("not asked").
const answers = Object.fromEntries(CONTRAINDICATIONS.map((c) => [c.key, screeningAnswerSchema.optional()])) as {
  [K in ContraindicationKey]: z.ZodOptional<typeof screeningAnswerSchema>;
};

/**
 * One dated screening: each contraindication answered yes or no, with a note; one that is absent was
 * not asked (a screening recorded before the list grew). The patient form asks every one.
 */
export const screeningSchema = z.object({
  screenedOn: isoDate,
  answers: z.object(answers),
});

export type Screening = z.infer<typeof screeningSchema>;

export function emptyScreening(screenedOn: string): Screening {
  const answers = Object.fromEntries(CONTRAINDICATIONS.map((c) => [c.key, { present: false, note: '' }]));
  return { screenedOn, answers: answers as Screening['answers'] };
}

/** The answer given to one contraindication, or null when it was not asked. */
export function screeningAnswer(screening: Screening, key: ContraindicationKey): ScreeningAnswer | null {
  return screening.answers[key] ?? null;
}

/** The contraindications answered "yes": what a practitioner must acknowledge before treating. */
export function positiveContraindications(screening: Screening | null): ContraindicationKey[] {
  if (!screening) return [];
  return CONTRAINDICATIONS.filter((c) => screening.answers[c.key]?.present === true).map((c) => c.key);
}

/** The contraindications this screening did not ask (it predates them): to be asked next time. */
export function unaskedContraindications(screening: Screening): ContraindicationKey[] {
  return CONTRAINDICATIONS.filter((c) => screening.answers[c.key] === undefined).map((c) => c.key);
}
