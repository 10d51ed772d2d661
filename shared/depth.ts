import { z } from 'zod';

/** The allowed injection depth, in mm. A setting; mesotherapy's usual 4–6 mm by default. */
export const depthRangeSchema = z
  .object({
    min: z.number().min(0.5).max(20),
    max: z.number().min(0.5).max(20),
  })
  .refine((r) => r.min <= r.max, { params: { reason: 'min-above-max' }, path: ['max'] });

export type DepthRange = z.infer<typeof depthRangeSchema>;
export const DEFAULT_DEPTH_RANGE: DepthRange = { min: 4, max: 6 };
export const DEPTH_STEP_MM = 0.5;

/** Depth in mm, within the allowed range and on the 0.5 mm grid the inspector offers. */
export function depthSchema(range: DepthRange) {
  return z
    .number()
    .min(range.min)
    .max(range.max)
    .multipleOf(DEPTH_STEP_MM);
}
