import type { Namespace, TFunction } from 'i18next';
import { z } from 'zod';
import { clinicalText, idKey } from './clinicalText.ts';

/** What a course or session treats (DESIGN.md, clinical facts); worded from `clinical:indication.<id>`. */
export const INDICATIONS = [
  { id: 'cellulite' },
  { id: 'localized-fat' },
  { id: 'rejuvenation' },
  { id: 'wrinkles' },
  { id: 'stretch-marks' },
  { id: 'hair-loss' },
  { id: 'pain' },
] as const;

export type IndicationId = (typeof INDICATIONS)[number]['id'];
export const indicationIdSchema = z.enum(INDICATIONS.map((i) => i.id) as [IndicationId, ...IndicationId[]], {
  error: 'must be one of the indications',
});

/** "Alopecia / hair loss"; an unknown id as it is. */
export function indicationLabel(t: TFunction<Namespace>, id: string): string {
  return INDICATIONS.some((i) => i.id === id) ? clinicalText(t, `indication.${idKey(id)}`) : id;
}

/** Areas usually treated for each indication: suggestions for the session form, not a limit. */
export const SUGGESTED_AREAS: Record<IndicationId, readonly string[]> = {
  cellulite: ['Thighs, outer', 'Thighs, posterior', 'Buttocks', 'Abdomen', 'Flanks'],
  'localized-fat': ['Abdomen, lower', 'Abdomen, upper', 'Flanks', 'Thighs, inner', 'Arms', 'Chin'],
  rejuvenation: ['Face', 'Neck', 'Décolleté', 'Backs of the hands'],
  wrinkles: ['Forehead', 'Glabella', 'Periorbital', 'Nasolabial folds', 'Perioral'],
  'stretch-marks': ['Abdomen', 'Thighs', 'Buttocks', 'Breasts', 'Flanks'],
  'hair-loss': ['Scalp, frontal', 'Scalp, vertex', 'Scalp, parietal', 'Scalp, occipital'],
  pain: ['Lumbar spine', 'Cervical spine', 'Shoulder', 'Knee', 'Elbow', 'Wrist', 'Hip'],
};
