import type { Namespace, TFunction } from 'i18next';
import { z } from 'zod';

/**
 * A needle's id, as points and sessions store it: '30G-4mm' for the shipped needles and for the ones a
 * clinic adds (a suffix when the same size is added twice), so that the gauge reads from the id even
 * where no catalogue is at hand. An id never changes once a point carries it; a needle is renamed
 * through its label and retired rather than removed.
 */
export const needleIdSchema = z.string().regex(/^[0-9A-Za-z][0-9A-Za-z.-]{0,39}$/);
export type NeedleId = string;

/** The longest needle the app knows how to chart: the deepest point (hypodermis) is 13 mm. */
const MAX_NEEDLE_LENGTH_MM = 13;

/** A needle of the clinic's catalogue (a setting). `label` '' reads as "27G × 4 mm". */
export const needleSchema = z.object({
  id: needleIdSchema,
  gauge: z.int().min(18).max(34),
  lengthMm: z.number().min(0.5).max(MAX_NEEDLE_LENGTH_MM).multipleOf(0.5),
  label: z.string().trim().max(60).default(''),
  /** A retired needle is no longer offered for new points; the points that carry it still read it. */
  retired: z.boolean().default(false),
});
export type Needle = z.infer<typeof needleSchema>;

/** The usual mesotherapy needles, by gauge and length: the catalogue a clinic starts with. */
export const NEEDLES = [
  { id: '27G-4mm', gauge: 27, lengthMm: 4, label: '', retired: false },
  { id: '27G-6mm', gauge: 27, lengthMm: 6, label: '', retired: false },
  { id: '27G-13mm', gauge: 27, lengthMm: 13, label: '', retired: false },
  { id: '30G-4mm', gauge: 30, lengthMm: 4, label: '', retired: false },
  { id: '30G-6mm', gauge: 30, lengthMm: 6, label: '', retired: false },
  { id: '30G-12mm', gauge: 30, lengthMm: 12, label: '', retired: false },
  { id: '30G-13mm', gauge: 30, lengthMm: 13, label: '', retired: false },
  { id: '32G-4mm', gauge: 32, lengthMm: 4, label: '', retired: false },
  { id: '32G-6mm', gauge: 32, lengthMm: 6, label: '', retired: false },
  { id: '32G-12mm', gauge: 32, lengthMm: 12, label: '', retired: false },
  { id: '32G-13mm', gauge: 32, lengthMm: 13, label: '', retired: false },
] as const satisfies readonly Needle[];

/** The clinic's catalogue as a setting: ids unique, at least one needle not retired. */
export const needleCatalogueSchema = z
  .array(needleSchema)
  .min(1)
  .max(60)
  .superRefine((list, ctx) => {
    list.forEach((n, i) => {
      if (list.findIndex((m) => m.id === n.id) !== i) ctx.addIssue({ code: 'custom', path: [i, 'id'], params: { reason: 'repeated-id' } });
    });
    if (list.every((n) => n.retired)) ctx.addIssue({ code: 'custom', path: [], params: { reason: 'all-needles-retired' } });
  });

/**
 * The catalogue to read records with: the clinic's needles, then any shipped needle it does not list
 * (an older settings file that predates a shipped needle), so that every id the app ever offered has a
 * gauge and a length.
 */
export function needleCatalogue(clinic: readonly Needle[] | undefined): readonly Needle[] {
  if (!clinic) return NEEDLES;
  const missing = NEEDLES.filter((n) => !clinic.some((c) => c.id === n.id));
  return missing.length === 0 ? clinic : [...clinic, ...missing];
}

export function findNeedle(catalogue: readonly Needle[], id: string): Needle | undefined {
  return catalogue.find((n) => n.id === id);
}

/** The needles offered for new points: not retired, and the one a point already carries if it is. */
export function needleChoices(catalogue: readonly Needle[], current?: string | null): Needle[] {
  return catalogue.filter((n) => !n.retired || n.id === current);
}

/** '30G-4mm' → 30: the gauge written in an id, for a needle no catalogue at hand lists. */
export function gaugeOfId(id: string): number | null {
  const m = /^(\d{2})G-/.exec(id);
  return m ? Number(m[1]) : null;
}

/** The id for a needle the clinic adds: its size, with a suffix if that size is already listed. */
export function newNeedleId(catalogue: readonly Needle[], gauge: number, lengthMm: number): string {
  const base = `${gauge}G-${lengthMm}mm`;
  if (!catalogue.some((n) => n.id === base)) return base;
  let k = 2;
  while (catalogue.some((n) => n.id === `${base}-${k}`)) k += 1;
  return `${base}-${k}`;
}

export const MAX_INJECTOR_NEEDLES = 18;
/** A multi-injector carries at least three needles; earlier records may hold 1 or 2, still readable. */
export const MIN_INJECTOR_NEEDLES = 3;

/**
 * A single needle, or a multi-injector whose shot is one point. This is the shape records are read
 * with (1–18 needles: earlier charts allowed 1 and 2); what a new point may carry (3–18) is checked by
 * `injectorRuleSchema` and the point rules (pointRules.ts).
 */
export const injectorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('single') }),
  z.object({
    kind: z.literal('multi'),
    needleCount: z.int().min(1).max(MAX_INJECTOR_NEEDLES),
  }),
]);
export type Injector = z.infer<typeof injectorSchema>;

/** An injector as it may be charted today: a multi-injector carries 3 to 18 needles. */
export const injectorRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('single') }),
  z.object({
    kind: z.literal('multi'),
    needleCount: z.int().min(MIN_INJECTOR_NEEDLES).max(MAX_INJECTOR_NEEDLES),
  }),
]);

/**
 * An injector as a default for what is charted today: an earlier record's multi-injector of 1 or 2
 * needles, which today's rule no longer allows, gives way to the single needle (the default a new
 * session starts from when nothing is copied), rather than a needle count nobody chose.
 */
export function injectorForNewPoints(injector: Injector): Injector {
  return injectorRuleSchema.safeParse(injector).success ? injector : { kind: 'single' };
}

/**
 * "27G × 4 mm" (`clinical:needle.label`), or the clinic's own name for it; an unknown id as it is.
 * Pass the clinic's catalogue where the settings are at hand (needleCatalogue(settings.needles)).
 */
export function needleLabel(t: TFunction<Namespace>, id: string, catalogue: readonly Needle[] = NEEDLES): string {
  const needle = findNeedle(catalogue, id) ?? findNeedle(NEEDLES, id);
  if (!needle) return id;
  return needle.label !== '' ? needle.label : t('clinical:needle.label', { gauge: needle.gauge, length: needle.lengthMm });
}
