import { z } from 'zod';

/** What a course or session treats (DESIGN.md, clinical facts). */
export const INDICATIONS = [
  { id: 'cellulite', label: 'Cellulite' },
  { id: 'localized-fat', label: 'Localized fat' },
  { id: 'rejuvenation', label: 'Skin rejuvenation' },
  { id: 'wrinkles', label: 'Wrinkles' },
  { id: 'stretch-marks', label: 'Stretch marks' },
  { id: 'hair-loss', label: 'Alopecia / hair loss' },
  { id: 'pain', label: 'Pain' },
] as const;

export type IndicationId = (typeof INDICATIONS)[number]['id'];
export const indicationIdSchema = z.enum(INDICATIONS.map((i) => i.id) as [IndicationId, ...IndicationId[]], {
  error: 'must be one of the indications',
});

export function indicationLabel(id: IndicationId): string {
  return INDICATIONS.find((i) => i.id === id)?.label ?? id;
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
