import { z } from 'zod';

/** The allowed injection depth, in mm. A setting; mesotherapy's usual 4–6 mm by default. */
export const depthRangeSchema = z
  .object({
    min: z.number().min(0.5, { error: 'must be at least 0.5 mm' }).max(20, { error: 'must be at most 20 mm' }),
    max: z.number().min(0.5, { error: 'must be at least 0.5 mm' }).max(20, { error: 'must be at most 20 mm' }),
  })
  .refine((r) => r.min <= r.max, { error: 'minimum must not exceed maximum', path: ['max'] });

export type DepthRange = z.infer<typeof depthRangeSchema>;
export const DEFAULT_DEPTH_RANGE: DepthRange = { min: 4, max: 6 };
export const DEPTH_STEP_MM = 0.5;

/** Depth in mm, within the allowed range and on the 0.5 mm grid the inspector offers. */
export function depthSchema(range: DepthRange) {
  return z
    .number({ error: 'must be a number of millimetres' })
    .min(range.min, { error: `must be between ${range.min} and ${range.max} mm` })
    .max(range.max, { error: `must be between ${range.min} and ${range.max} mm` })
    .multipleOf(DEPTH_STEP_MM, { error: `must be a multiple of ${DEPTH_STEP_MM} mm` });
}
