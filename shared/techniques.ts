import type { Namespace, TFunction } from 'i18next';
import { z } from 'zod';
import { clinicalText, idKey } from './clinicalText.ts';

/** The injection techniques; worded from `clinical:technique.<id>` (and `techniqueShort`). */
export const TECHNIQUES = [{ id: 'point' }, { id: 'nappage' }, { id: 'linear-retrograde' }, { id: 'intradermal' }, { id: 'subcutaneous' }] as const;

export type TechniqueId = (typeof TECHNIQUES)[number]['id'];
export const techniqueIdSchema = z.enum(TECHNIQUES.map((t) => t.id) as [TechniqueId, ...TechniqueId[]]);

const known = (id: string): boolean => TECHNIQUES.some((x) => x.id === id);

/** "Point by point (papule)"; an unknown id as it is. */
export function techniqueLabel(t: TFunction<Namespace>, id: string): string {
  return known(id) ? clinicalText(t, `technique.${idKey(id)}`) : id;
}

/** "Point by point" without its gloss, for narrow table cells. */
export function techniqueShort(t: TFunction<Namespace>, id: string): string {
  return known(id) ? clinicalText(t, `techniqueShort.${idKey(id)}`) : id;
}
