import { z } from 'zod';
import type { DepthRange } from './depth.ts';
import { findNeedle, injectorRuleSchema, needleCatalogue, type Needle } from './needles.ts';
import { injectionPointSchema, type InjectionPoint } from './point.ts';
import type { Settings } from './settings.ts';

/**
 * What a point charted today must respect, from the clinic's settings: the allowed depth range, the
 * clinic's needle catalogue (a retired needle still counts: points that carry it are re-saved with
 * their draft), a depth no deeper than the needle is long, and a multi-injector of 3 to 18 needles.
 * The same rules are checked by the editor before a change (renderer/editor/commands.ts) and by the
 * main process where points come in (pointSchemaFor).
 */
export type PointRules = { depthRange: DepthRange; needles: readonly Needle[] };

export function pointRulesOf(settings: Pick<Settings, 'depthRange' | 'needles'>): PointRules {
  return { depthRange: settings.depthRange, needles: needleCatalogue(settings.needles) };
}

export type PointRuleProblem =
  | { field: 'needle'; reason: 'not-in-catalogue'; params: { needle: string } }
  | { field: 'depthMm'; reason: 'deeper-than-needle'; params: { depth: number; maximum: number; unit: 'mm'; needle: string } };

/**
 * The needle rules of one point (the range and the injector are the schema's): a needle the catalogue
 * does not hold, or a depth past the needle's length. Null when the point is fine.
 */
export function needleProblem(point: Pick<InjectionPoint, 'needle' | 'depthMm'>, needles: readonly Needle[]): PointRuleProblem | null {
  const needle = findNeedle(needles, point.needle);
  if (!needle) return { field: 'needle', reason: 'not-in-catalogue', params: { needle: point.needle } };
  if (point.depthMm > needle.lengthMm) {
    return { field: 'depthMm', reason: 'deeper-than-needle', params: { depth: point.depthMm, maximum: needle.lengthMm, unit: 'mm', needle: needle.id } };
  }
  return null;
}

/**
 * The schema of a point coming in from the renderer, for these settings: the point schema narrowed to
 * the depth range, the injector to 3–18 needles, and the needle rules as field problems
 * ("points.3.depthMm: deeper than the needle is long"). Replaces injectionPointSchema(settings.depthRange)
 * at the boundary.
 */
export function pointSchemaFor(settings: Pick<Settings, 'depthRange' | 'needles'>) {
  const rules = pointRulesOf(settings);
  return injectionPointSchema(rules.depthRange)
    .extend({ injector: injectorRuleSchema.default({ kind: 'single' }) })
    .superRefine((point, ctx) => {
      const problem = needleProblem(point, rules.needles);
      if (problem) ctx.addIssue({ code: 'custom', path: [problem.field], params: { reason: problem.reason, ...problem.params } });
    });
}

/** Every problem of a point under these rules, as data (the editor's and the tests' view of pointSchemaFor). */
export function pointProblems(point: unknown, settings: Pick<Settings, 'depthRange' | 'needles'>): z.core.$ZodIssue[] {
  const result = pointSchemaFor(settings).safeParse(point);
  return result.success ? [] : result.error.issues;
}
