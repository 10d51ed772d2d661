import type { Namespace, TFunction } from 'i18next';
import { z } from 'zod';
import { clinicalText, idKey } from './clinicalText.ts';

/**
 * What a course or session treats (DESIGN.md, clinical facts, and issue 11: venous and lymphatic
 * insufficiency with oedema, scars, sports injuries and tendinopathies); worded from
 * `clinical:indication.<id>`. Sources: docs/clinical-sources.md, "Indications and course plans".
 */
export const INDICATIONS = [
  { id: 'cellulite' },
  { id: 'localized-fat' },
  { id: 'rejuvenation' },
  { id: 'wrinkles' },
  { id: 'stretch-marks' },
  { id: 'hair-loss' },
  { id: 'pain' },
  { id: 'venous-lymphatic' },
  { id: 'scars' },
  { id: 'sports-injuries' },
] as const;

export type IndicationId = (typeof INDICATIONS)[number]['id'];
export const indicationIdSchema = z.enum(INDICATIONS.map((i) => i.id) as [IndicationId, ...IndicationId[]]);

/** "Alopecia / hair loss"; an unknown id as it is. */
export function indicationLabel(t: TFunction<Namespace>, id: string): string {
  return INDICATIONS.some((i) => i.id === id) ? clinicalText(t, `indication.${idKey(id)}`) : id;
}

/**
 * Areas usually treated for each indication: suggestions for the session form, not a limit. Ids here;
 * their words (`clinical:area.<id>`) are what a session stores once chosen, in the practitioner's language.
 */
export const SUGGESTED_AREAS = {
  cellulite: ['thighs-outer', 'thighs-posterior', 'buttocks', 'abdomen', 'flanks'],
  'localized-fat': ['abdomen-lower', 'abdomen-upper', 'flanks', 'thighs-inner', 'arms', 'chin'],
  rejuvenation: ['face', 'neck', 'decollete', 'hands-back'],
  wrinkles: ['forehead', 'glabella', 'periorbital', 'nasolabial-folds', 'perioral'],
  'stretch-marks': ['abdomen', 'thighs', 'buttocks', 'breasts', 'flanks'],
  'hair-loss': ['scalp-frontal', 'scalp-vertex', 'scalp-parietal', 'scalp-occipital'],
  pain: ['lumbar-spine', 'cervical-spine', 'shoulder', 'knee', 'elbow', 'wrist', 'hip'],
  'venous-lymphatic': ['legs', 'calves', 'ankles', 'thighs'],
  scars: ['face', 'abdomen-lower', 'chest', 'back', 'arms'],
  'sports-injuries': ['achilles-tendon', 'patellar-tendon', 'shoulder', 'elbow', 'ankles', 'hamstrings'],
} as const satisfies Record<IndicationId, readonly string[]>;

export type SuggestedAreaId = (typeof SUGGESTED_AREAS)[IndicationId][number];

/** Every suggested area, once. */
export const SUGGESTED_AREA_IDS: readonly SuggestedAreaId[] = [...new Set(Object.values(SUGGESTED_AREAS).flat())];

/** The suggested areas of an indication, worded ("Thighs, outer"); none for an unknown indication. */
export function suggestedAreas(t: TFunction<Namespace>, indication: string): string[] {
  const ids: readonly string[] = (SUGGESTED_AREAS as Record<string, readonly string[]>)[indication] ?? [];
  return ids.map((id) => clinicalText(t, `area.${idKey(id)}`));
}
