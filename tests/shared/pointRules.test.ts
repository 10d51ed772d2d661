import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { zodIssueProblem } from '../../shared/zodIssues.ts';
import { NEEDLES, type Needle } from '../../shared/needles.ts';
import { pointSchema } from '../../shared/point.ts';
import { needleProblem, pointProblems, pointRulesOf, pointSchemaFor } from '../../shared/pointRules.ts';
import { DEFAULT_SETTINGS } from '../../shared/settings.ts';
import { pointInput } from './sessionFixtures.ts';

const point = pointInput;

const fullScale = { ...DEFAULT_SETTINGS, depthRange: { min: 0.5, max: 13 } };
const retired30G4: Needle[] = NEEDLES.map((n) => (n.id === '30G-4mm' ? { ...n, retired: true } : { ...n }));

/** The first problem of a points list as the boundary words it (field path, reason, params). */
function boundaryProblem(settings: typeof DEFAULT_SETTINGS, p: unknown) {
  const result = z.object({ points: z.array(pointSchemaFor(settings)) }).safeParse({ points: [p] });
  return result.success ? null : zodIssueProblem(result.error.issues[0]!, { points: [p] });
}

describe('a point is never deeper than its needle is long', () => {
  it('refuses 6 mm with a 30G × 4 mm needle, naming the depth of that point', () => {
    expect(boundaryProblem(DEFAULT_SETTINGS, point({ depthMm: 6 }))).toEqual({
      field: 'points.0.depthMm',
      reason: 'deeper-than-needle',
      params: { depth: 6, maximum: 4, unit: 'mm', needle: '30G-4mm' },
    });
  });

  it('accepts the needle’s own length, and a longer needle for the same depth', () => {
    expect(boundaryProblem(DEFAULT_SETTINGS, point({ depthMm: 4 }))).toBeNull();
    expect(boundaryProblem(DEFAULT_SETTINGS, point({ depthMm: 6, needle: '30G-6mm' }))).toBeNull();
    expect(boundaryProblem(fullScale, point({ depthMm: 13, needle: '27G-13mm', technique: 'deep-point' }))).toBeNull();
    expect(boundaryProblem(fullScale, point({ depthMm: 12.5, needle: '32G-12mm' }))).toMatchObject({ reason: 'deeper-than-needle', params: { maximum: 12 } });
  });

  it('needleProblem says the same without zod', () => {
    expect(needleProblem({ needle: '30G-4mm', depthMm: 4.5 }, NEEDLES)).toMatchObject({ field: 'depthMm', reason: 'deeper-than-needle' });
    expect(needleProblem({ needle: '30G-6mm', depthMm: 4.5 }, NEEDLES)).toBeNull();
  });
});

describe('the needle is one of the clinic’s catalogue', () => {
  it('refuses a needle the catalogue does not hold, naming the needle field', () => {
    expect(boundaryProblem(DEFAULT_SETTINGS, point({ needle: '33G-2mm' }))).toEqual({ field: 'points.0.needle', reason: 'not-in-catalogue', params: { needle: '33G-2mm' } });
  });

  it('accepts a retired needle: points that carry it are re-saved with their draft', () => {
    expect(boundaryProblem({ ...DEFAULT_SETTINGS, needles: retired30G4 }, point())).toBeNull();
  });

  it('accepts a needle the clinic added, by its length', () => {
    const needles = [...NEEDLES, { id: '31G-5mm', gauge: 31, lengthMm: 5, label: 'Meso 31G', retired: false }];
    expect(boundaryProblem({ ...DEFAULT_SETTINGS, needles }, point({ needle: '31G-5mm', depthMm: 5 }))).toBeNull();
    expect(boundaryProblem({ ...DEFAULT_SETTINGS, needles }, point({ needle: '31G-5mm', depthMm: 5.5 }))).toMatchObject({ field: 'points.0.depthMm', reason: 'deeper-than-needle' });
  });

  it('still knows a shipped needle that an older catalogue setting does not list', () => {
    const older = NEEDLES.filter((n) => n.id !== '27G-13mm').map((n) => ({ ...n }));
    expect(pointRulesOf({ ...fullScale, needles: older }).needles.some((n) => n.id === '27G-13mm')).toBe(true);
  });
});

describe('depth range and injector', () => {
  it('keeps the allowed range of the settings (4–6 mm by default)', () => {
    expect(boundaryProblem(DEFAULT_SETTINGS, point({ depthMm: 2, needle: '30G-4mm' }))).toMatchObject({ field: 'points.0.depthMm', reason: 'too_small', params: { minimum: 4 } });
    expect(boundaryProblem(fullScale, point({ depthMm: 2, needle: '30G-4mm', technique: 'deep-intradermal' }))).toBeNull();
  });

  it('a multi-injector carries 3 to 18 needles', () => {
    expect(boundaryProblem(DEFAULT_SETTINGS, point({ injector: { kind: 'multi', needleCount: 2 } }))).toMatchObject({ field: 'points.0.injector.needleCount', reason: 'too_small', params: { minimum: 3 } });
    expect(boundaryProblem(DEFAULT_SETTINGS, point({ injector: { kind: 'multi', needleCount: 19 } }))).toMatchObject({ reason: 'too_big', params: { maximum: 18 } });
    expect(boundaryProblem(DEFAULT_SETTINGS, point({ injector: { kind: 'multi', needleCount: 3 } }))).toBeNull();
    expect(boundaryProblem(DEFAULT_SETTINGS, point({ injector: { kind: 'multi', needleCount: 18 } }))).toBeNull();
  });

  it('an earlier record with a 1- or 2-needle multi-injector stays readable', () => {
    expect(pointSchema.safeParse(point({ injector: { kind: 'multi', needleCount: 2 } })).success).toBe(true);
    expect(pointSchema.safeParse(point({ injector: { kind: 'multi', needleCount: 1 } })).success).toBe(true);
  });

  it('legacy technique ids stay valid on points (signed records never change)', () => {
    expect(pointProblems(point({ technique: 'point' }), DEFAULT_SETTINGS)).toEqual([]);
    expect(pointProblems(point({ technique: 'subcutaneous' }), DEFAULT_SETTINGS)).toEqual([]);
    expect(pointProblems(point({ technique: 'mesolift' }), DEFAULT_SETTINGS)).not.toEqual([]);
  });

  it('a depth outside the technique’s usual range is not refused (only shown)', () => {
    expect(pointProblems(point({ depthMm: 6, needle: '30G-6mm', technique: 'papule' }), DEFAULT_SETTINGS)).toEqual([]);
  });
});
