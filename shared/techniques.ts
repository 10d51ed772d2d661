import { z } from 'zod';

export const TECHNIQUES = [
  { id: 'point', label: 'Point by point (papule)' },
  { id: 'nappage', label: 'Nappage' },
  { id: 'linear-retrograde', label: 'Linear retrograde' },
  { id: 'intradermal', label: 'Intradermal (IDS)' },
  { id: 'subcutaneous', label: 'Subcutaneous (IDP)' },
] as const;

export type TechniqueId = (typeof TECHNIQUES)[number]['id'];
export const techniqueIdSchema = z.enum(TECHNIQUES.map((t) => t.id) as [TechniqueId, ...TechniqueId[]], {
  error: 'must be a technique of the list',
});

/** "Point by point (papule)"; an unknown id as it is. */
export function techniqueLabel(id: string): string {
  return TECHNIQUES.find((t) => t.id === id)?.label ?? id;
}

/** "Point by point" without its gloss, for narrow table cells. */
export function techniqueShort(id: string): string {
  return techniqueLabel(id).replace(/\s*\(.*\)$/, '');
}
