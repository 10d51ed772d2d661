import { describe, expect, it } from 'vitest';
import {
  currentTechniqueIdSchema,
  depthOutsideTechnique,
  isLegacyTechnique,
  TECHNIQUES,
  techniqueChoices,
  techniqueIdSchema,
  techniquesOutside,
  usualDepth,
} from '../../shared/techniques.ts';

describe('the techniques of the French and Italian schools, with their usual depths', () => {
  it('lists nine techniques, papule and point by point apart', () => {
    expect(TECHNIQUES.map((t) => t.id)).toEqual(['epidermal', 'nappage', 'intradermal', 'papule', 'deep-intradermal', 'point-by-point', 'deep-point', 'linear-retrograde', 'mesoperfusion']);
  });

  it('gives each layer technique its usual range', () => {
    expect(usualDepth('epidermal')).toEqual({ min: 0.5, max: 1 });
    expect(usualDepth('intradermal')).toEqual({ min: 1, max: 2 });
    expect(usualDepth('papule')).toEqual({ min: 1, max: 2 });
    expect(usualDepth('deep-intradermal')).toEqual({ min: 2, max: 4 });
    expect(usualDepth('point-by-point')).toEqual({ min: 4, max: 13 });
    expect(usualDepth('deep-point')).toEqual({ min: 4, max: 13 });
    // A way of injecting rather than a layer: no depth is unusual.
    expect(usualDepth('linear-retrograde')).toBeNull();
    expect(usualDepth('mesoperfusion')).toBeNull();
  });

  it('warns of a depth outside the technique’s range, and only then', () => {
    expect(depthOutsideTechnique(6, 'papule')).toEqual({ min: 1, max: 2 });
    expect(depthOutsideTechnique(1.5, 'papule')).toBeNull();
    expect(depthOutsideTechnique(3, 'point-by-point')).toEqual({ min: 4, max: 13 });
    expect(depthOutsideTechnique(4, 'point-by-point')).toBeNull();
    expect(depthOutsideTechnique(1.5, 'epidermal')).toEqual({ min: 0.5, max: 1 });
    expect(depthOutsideTechnique(12, 'linear-retrograde')).toBeNull();
    // Legacy ids named no one range: never a warning.
    expect(depthOutsideTechnique(6, 'point')).toBeNull();
  });

  it('says which techniques the default 4–6 mm leaves out, and that the full scale leaves none', () => {
    expect(techniquesOutside({ min: 4, max: 6 })).toEqual(['epidermal', 'nappage', 'intradermal', 'papule', 'deep-intradermal', 'point-by-point', 'deep-point']);
    expect(techniquesOutside({ min: 0.5, max: 13 })).toEqual([]);
    expect(techniquesOutside({ min: 1, max: 13 })).toEqual(['epidermal']);
  });
});

describe('the earlier list’s ids', () => {
  it('stay valid on points but are not offered for new ones', () => {
    expect(techniqueIdSchema.safeParse('point').success).toBe(true);
    expect(techniqueIdSchema.safeParse('subcutaneous').success).toBe(true);
    expect(currentTechniqueIdSchema.safeParse('point').success).toBe(false);
    expect(currentTechniqueIdSchema.safeParse('subcutaneous').success).toBe(false);
    expect(techniqueChoices()).not.toContain('point');
    expect(isLegacyTechnique('subcutaneous')).toBe(true);
    expect(isLegacyTechnique('intradermal')).toBe(false);
  });

  it('a picker shows the legacy id a point already carries, after today’s list', () => {
    expect(techniqueChoices('point')).toEqual([...TECHNIQUES.map((t) => t.id), 'point']);
    expect(techniqueChoices('papule')).toEqual(TECHNIQUES.map((t) => t.id));
  });
});
