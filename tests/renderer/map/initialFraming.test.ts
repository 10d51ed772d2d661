import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/translator.ts';
import { MAP_GEOMETRY } from '../../../shared/map/index.ts';
import { initialFraming, sessionFrames, treatedAreasView, treatedRegions } from '../../../renderer/map/initialFraming.ts';

const { t } = await createTranslator('en');
const fr = (await createTranslator('fr')).t;

const regionBox = (view: 'body-front' | 'body-back', id: string) => {
  const r = MAP_GEOMETRY[view].regions.find((g) => g.id === id)!;
  const xs = r.polygon.map(([x]) => x);
  const ys = r.polygon.map(([, y]) => y);
  return { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) };
};
const contains = (outer: { minX: number; minY: number; maxX: number; maxY: number }, inner: typeof outer) =>
  outer.minX <= inner.minX && outer.minY <= inner.minY && outer.maxX >= inner.maxX && outer.maxY >= inner.maxY;

/** Sixteen points around the right knee (the image's left: the patient faces the viewer). */
const knee = regionBox('body-front', 'knee-right');
const kneePoints = Array.from({ length: 16 }, (_, i) => ({
  view: 'body-front' as const,
  x: (knee.minX + knee.maxX) / 2 + Math.cos(i) * 30,
  y: (knee.minY + knee.maxY) / 2 + Math.sin(i) * 40,
}));

describe('initialFraming', () => {
  it("frames a view's points with a margin, far closer than the whole body", () => {
    const box = initialFraming('body-front', kneePoints, [])!;
    for (const p of kneePoints) expect(contains(box, { minX: p.x, minY: p.y, maxX: p.x, maxY: p.y })).toBe(true);
    expect(box.maxY - box.minY).toBeLessThan(MAP_GEOMETRY['body-front'].height / 4);
    expect(box.minX).toBeLessThan(Math.min(...kneePoints.map((p) => p.x)) - 30);
  });

  it('opens on the surroundings of a single point, not on a pinhead', () => {
    const box = initialFraming('face', [{ view: 'face', x: 500, y: 600 }], [])!;
    expect(box.maxX - box.minX).toBeGreaterThanOrEqual(MAP_GEOMETRY.face.width * 0.3);
    expect((box.minX + box.maxX) / 2).toBe(500);
  });

  it("frames only the view's own points; else its treated regions; else nothing (the whole view)", () => {
    const back = regionBox('body-back', 'knee-left');
    const regions = MAP_GEOMETRY['body-back'].regions.filter((r) => r.id === 'knee-left');
    expect(contains(initialFraming('body-back', kneePoints, regions)!, back)).toBe(true);
    expect(initialFraming('body-back', kneePoints, [])).toBeNull();
  });
});

describe('treatedRegions', () => {
  it("names a region by its own name, or both sides by a suggested area's, in the catalogue's words", () => {
    expect(treatedRegions(t, 'body-front', ['Right knee']).map((r) => r.id)).toEqual(['knee-right']);
    expect(treatedRegions(t, 'body-front', ['knee']).map((r) => r.id).sort()).toEqual(['knee-left', 'knee-right']);
    expect(treatedRegions(fr, 'body-back', ['genou']).map((r) => r.id).sort()).toEqual(['knee-left', 'knee-right']);
    expect(treatedRegions(t, 'body-front', ['Somewhere else'])).toEqual([]);
  });

  it('frames each view of a session with no points on its treated areas', () => {
    const frames = sessionFrames(t, [], ['Knee']);
    expect(Object.keys(frames).sort()).toEqual(['body-back', 'body-front']);
    expect(contains(frames['body-front']!, regionBox('body-front', 'knee-right'))).toBe(true);
  });
});

describe('treatedAreasView', () => {
  it('opens a session with no points on the view of its treated areas, not on the whole body', () => {
    expect(treatedAreasView(t, ['Face'])).toBe('face');
    expect(treatedAreasView(fr, ['Visage'])).toBe('face');
    expect(treatedAreasView(t, ['Scalp, vertex'])).toBe('scalp');
    expect(treatedAreasView(t, ['Buttocks'])).toBe('body-back');
    expect(treatedAreasView(t, ['Lumbar spine'])).toBe('body-back');
    expect(treatedAreasView(t, ['Right knee'])).toBe('body-front');
  });

  it('picks the view that shows the most of the areas, then the closer look, then the first view', () => {
    // The neck is on the body's front and on the face; with the face, only the face view shows both.
    expect(treatedAreasView(t, ['Neck', 'Forehead'])).toBe('face');
    expect(treatedAreasView(t, ['Neck'])).toBe('face');
    expect(treatedAreasView(t, ['Buttocks', 'Thighs'])).toBe('body-back');
    // Both knees are drawn alike front and back: the first view.
    expect(treatedAreasView(t, ['Knee'])).toBe('body-front');
  });

  it('answers nothing for areas that name no drawn region', () => {
    expect(treatedAreasView(t, [])).toBeNull();
    expect(treatedAreasView(t, ['Somewhere else'])).toBeNull();
  });
});
