import { z } from 'zod';
import { depthSchema, type DepthRange } from './depth.ts';
import { injectorSchema, needleIdSchema } from './needles.ts';
import { mapViewIdSchema } from './mapViews.ts';
import { techniqueIdSchema } from './techniques.ts';
import { entityId, note } from './text.ts';

/** Map coordinates are those of the view's artwork (assets/), whose boxes fit within 0–MAP_EXTENT. */
export const MAP_EXTENT = 2000;
const coordinate = z
  .number()
  .min(0)
  .max(MAP_EXTENT);

/**
 * The widest depths a point may carry as read back: earlier settings allowed up to 20 mm, and a record is
 * read as it was written. What may be charted today is narrower: the configured range, within 0.5–13 mm,
 * and never deeper than the needle is long (pointRules.ts, checked where points come in).
 */
const ABSOLUTE_DEPTH_RANGE: DepthRange = { min: 0.5, max: 20 };

export function injectionPointSchema(range: DepthRange = ABSOLUTE_DEPTH_RANGE) {
  return z.object({
    id: entityId,
    view: mapViewIdSchema,
    x: coordinate,
    y: coordinate,
    /** Looked up from the position when the point is placed, then stored with it. */
    region: z.string().max(60).default(''),
    depthMm: depthSchema(range),
    needle: needleIdSchema,
    injector: injectorSchema.default({ kind: 'single' }),
    technique: techniqueIdSchema,
    /** Index into the session's cocktail, or null when the point names no product. */
    productIndex: z.int().min(0).max(49).nullable().default(null),
    volumeMl: z.number().min(0).max(10).nullable().default(null),
    note: note(500).default(''),
  });
}

export const pointSchema = injectionPointSchema();
export type InjectionPoint = z.infer<typeof pointSchema>;
export type InjectionPointInput = z.input<typeof pointSchema>;

/**
 * The first point whose product is not in the cocktail: a point names its product by index into the
 * session's products, so an index at or past their count points at nothing. Null when all are fine.
 */
export function productIndexProblem(
  points: readonly Pick<InjectionPoint, 'productIndex'>[],
  productCount: number,
): { field: string; reason: 'no-such-product'; params: { products: number } } | null {
  const index = points.findIndex((p) => p.productIndex !== null && p.productIndex >= productCount);
  if (index < 0) return null;
  return { field: `points.${index}.productIndex`, reason: 'no-such-product', params: { products: productCount } };
}
