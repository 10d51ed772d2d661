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
