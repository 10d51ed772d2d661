import { z } from 'zod';

/**
 * The deepest and shallowest a point may ever be charted, in mm: from the epidermis (IED, under 1 mm)
 * to the hypodermis reached with a 13 mm needle. The configured range lies within it.
 */
export const FULL_DEPTH_RANGE = { min: 0.5, max: 13 } as const;

/** The allowed injection depth, in mm. A setting; mesotherapy's usual 4–6 mm by default. */
export const depthRangeSchema = z
  .object({
    min: z.number().min(FULL_DEPTH_RANGE.min).max(FULL_DEPTH_RANGE.max),
    max: z.number().min(FULL_DEPTH_RANGE.min).max(FULL_DEPTH_RANGE.max),
  })
  .refine((r) => r.min <= r.max, { params: { reason: 'min-above-max' }, path: ['max'] });

export type DepthRange = z.infer<typeof depthRangeSchema>;
export const DEFAULT_DEPTH_RANGE: DepthRange = { min: 4, max: 6 };
export const DEPTH_STEP_MM = 0.5;

/**
 * A depth from an earlier settings file, which allowed up to 20 mm: brought within today's bounds
 * rather than refused, so that the file is not set aside for it. Anything else is left for the schema.
 */
export function clampOldDepth(value: unknown): unknown {
  if (typeof value !== 'number' || !Number.isFinite(value)) return value;
  return value > FULL_DEPTH_RANGE.max && value <= 20 ? FULL_DEPTH_RANGE.max : value;
}

/** Depth in mm, within the allowed range and on the 0.5 mm grid the inspector offers. */
export function depthSchema(range: DepthRange) {
  return z
    .number()
    .min(range.min)
    .max(range.max)
    .multipleOf(DEPTH_STEP_MM);
}
