import type { Namespace, TFunction } from 'i18next';
import { z } from 'zod';
import { clinicalText, idKey } from './clinicalText.ts';
import type { DepthRange } from './depth.ts';

/**
 * The injection techniques as the French and Italian schools name them (Société Française de
 * Mésothérapie, Società Italiana di Mesoterapia), shallow to deep, each with the depth it is usually
 * given at (docs/clinical-sources.md, "Techniques and depths"). `usual` is null where the schools name a
 * way of injecting rather than a layer (linear retrograde, mesoperfusion): no depth is unusual for them.
 * Worded from `clinical:technique.<id>` (and `techniqueShort`).
 *
 * 'intradermal', 'nappage' and 'linear-retrograde' keep the ids that earlier records carry: they always
 * read as IDS, nappage and linear retrograde in every language.
 */
export const TECHNIQUES = [
  { id: 'epidermal', usual: { min: 0.5, max: 1 } },
  { id: 'nappage', usual: { min: 1, max: 4 } },
  { id: 'intradermal', usual: { min: 1, max: 2 } },
  { id: 'papule', usual: { min: 1, max: 2 } },
  { id: 'deep-intradermal', usual: { min: 2, max: 4 } },
  { id: 'point-by-point', usual: { min: 4, max: 13 } },
  { id: 'deep-point', usual: { min: 4, max: 13 } },
  { id: 'linear-retrograde', usual: null },
  { id: 'mesoperfusion', usual: null },
] as const satisfies readonly { id: string; usual: DepthRange | null }[];

/**
 * Ids of the first list that no longer name one technique, kept so that the points that carry them
 * (signed ones among them, which never change) stay valid and read as what was chosen: 'point' was
 * "point by point (papule)", two techniques in one; 'subcutaneous' read "Subcutaneous (IDP)" in English
 * and "deep intradermal (IDP)" in the other languages. They are worded with a mark saying they come from
 * the earlier list, and never offered for a new point.
 */
export const LEGACY_TECHNIQUES = [{ id: 'point' }, { id: 'subcutaneous' }] as const;

export type CurrentTechniqueId = (typeof TECHNIQUES)[number]['id'];
/** Every id a point may carry: today's techniques and the earlier list's. */
export type TechniqueId = CurrentTechniqueId | (typeof LEGACY_TECHNIQUES)[number]['id'];

const CURRENT_IDS = TECHNIQUES.map((t) => t.id) as [CurrentTechniqueId, ...CurrentTechniqueId[]];
export const TECHNIQUE_IDS = [...CURRENT_IDS, ...LEGACY_TECHNIQUES.map((t) => t.id)] as [TechniqueId, ...TechniqueId[]];

/** What a point may carry (a legacy id included): records are read and re-saved with it. */
export const techniqueIdSchema = z.enum(TECHNIQUE_IDS);
/** What may be chosen for new points: today's list only (the default technique of the settings). */
export const currentTechniqueIdSchema = z.enum(CURRENT_IDS);

/** The technique a legacy id's choice is closest to, for a setting that must name one of today's. */
export const LEGACY_SUCCESSOR: Record<(typeof LEGACY_TECHNIQUES)[number]['id'], CurrentTechniqueId> = {
  point: 'point-by-point',
  subcutaneous: 'deep-intradermal',
};

const known = (id: string): boolean => (TECHNIQUE_IDS as readonly string[]).includes(id);

export function isLegacyTechnique(id: string): boolean {
  return LEGACY_TECHNIQUES.some((x) => x.id === id);
}

/** The techniques a picker offers: today's, and the one a point already carries if it is a legacy id. */
export function techniqueChoices(current?: string | null): TechniqueId[] {
  return current && isLegacyTechnique(current) ? [...CURRENT_IDS, current as TechniqueId] : [...CURRENT_IDS];
}

/** The depth a technique is usually given at, or null (legacy ids, or a technique of no one layer). */
export function usualDepth(id: string): DepthRange | null {
  return TECHNIQUES.find((x) => x.id === id)?.usual ?? null;
}

/** The technique's usual range when the depth lies outside it (a warning, never a refusal); else null. */
export function depthOutsideTechnique(depthMm: number, technique: string): DepthRange | null {
  const usual = usualDepth(technique);
  return usual && (depthMm < usual.min || depthMm > usual.max) ? usual : null;
}

/** Today's techniques that cannot be charted at their usual depth within the range (the preferences say so). */
export function techniquesOutside(range: DepthRange): CurrentTechniqueId[] {
  return TECHNIQUES.filter((x) => x.usual !== null && (x.usual.min < range.min || x.usual.max > range.max)).map((x) => x.id);
}

/** "Papule"; "Point by point (papule), earlier list" for a legacy id; an unknown id as it is. */
export function techniqueLabel(t: TFunction<Namespace>, id: string): string {
  return known(id) ? clinicalText(t, `technique.${idKey(id)}`) : id;
}

/** "Point by point" without its gloss, for narrow table cells. */
export function techniqueShort(t: TFunction<Namespace>, id: string): string {
  return known(id) ? clinicalText(t, `techniqueShort.${idKey(id)}`) : id;
}
