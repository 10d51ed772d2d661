import { z } from 'zod';
import { sameValue } from '../../shared/amendments.ts';
import { invalidInput } from '../../shared/errors.ts';
import type { InjectionPoint } from '../../shared/point.ts';
import { pointSchemaFor } from '../../shared/pointRules.ts';
import type { Settings } from '../../shared/settings.ts';

/**
 * Points are checked against the clinic's settings (depth range, needle catalogue, depth no deeper than
 * the needle: shared/pointRules.ts), narrower than the schema's bounds: the one place the session and
 * protocol channels do it.
 */
export function checkPointsAgainstSettings(points: unknown[] | undefined, settings: Settings): void {
  if (!points) return;
  const result = z.object({ points: z.array(pointSchemaFor(settings)) }).safeParse({ points });
  if (!result.success) throw invalidInput(result.error, { points });
}

/**
 * An amended chart is checked against today's depth range only where the amendment adds or changes a
 * point: a point left as it was signed stays valid even if the allowed range has since narrowed.
 */
export function checkAmendedPointsAgainstSettings(points: InjectionPoint[] | undefined, current: readonly InjectionPoint[], settings: Settings): void {
  if (!points) return;
  const currentById = new Map(current.map((p) => [p.id, p]));
  const schema = pointSchemaFor(settings);
  points.forEach((point, index) => {
    if (sameValue(currentById.get(point.id), point)) return;
    const result = schema.safeParse(point);
    if (!result.success) {
      throw invalidInput(new z.ZodError(result.error.issues.map((issue) => ({ ...issue, path: ['points', index, ...issue.path] }))), { points: { [index]: point } });
    }
  });
}
