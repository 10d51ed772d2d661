import { describe, expect, it } from 'vitest';
import type { InjectionPoint } from '../../../shared/point.ts';
import { SpatialIndex } from '../../../renderer/editor/spatialIndex.ts';

function pt(id: string, x: number, y: number, view: InjectionPoint['view'] = 'body-front'): InjectionPoint {
  return { id, view, x, y, region: '', depthMm: 4, needle: '30G-4mm', injector: { kind: 'single' }, technique: 'point', productIndex: null, volumeMl: null, note: '' };
}

describe('SpatialIndex', () => {
  it('finds the nearest marker under the pointer within its radius', () => {
    const index = new SpatialIndex();
    index.sync([pt('a', 100, 100), pt('b', 108, 100), pt('c', 300, 300), pt('f', 100, 100, 'face')]);
    expect(index.hit('body-front', 102, 100, 6)).toBe('a');
    expect(index.hit('body-front', 106, 101, 6)).toBe('b');
    expect(index.hit('body-front', 200, 200, 6)).toBeNull();
    expect(index.hit('face', 101, 101, 6)).toBe('f');
    expect(index.hit('scalp', 100, 100, 6)).toBeNull();
    // A per-point radius (a small single-needle marker) narrows the reach.
    expect(index.hit('body-front', 305, 300, 10, () => 4)).toBeNull();
  });

  it('answers the points inside a box, whichever way it was drawn', () => {
    const index = new SpatialIndex();
    const points = Array.from({ length: 100 }, (_, i) => pt(`p${i}`, (i % 10) * 10, Math.floor(i / 10) * 10));
    index.sync(points);
    expect(index.inBox('body-front', { minX: 0, minY: 0, maxX: 15, maxY: 15 }).sort()).toEqual(['p0', 'p1', 'p10', 'p11']);
    expect(index.inBox('body-front', { minX: 15, minY: 15, maxX: 0, maxY: 0 })).toHaveLength(4);
    expect(index.inBox('face', { minX: 0, minY: 0, maxX: 100, maxY: 100 })).toEqual([]);
  });

  it('follows edits incrementally: moved, added and removed points', () => {
    const index = new SpatialIndex();
    const a = pt('a', 10, 10);
    const b = pt('b', 50, 50);
    let points = [a, b];
    index.sync(points);
    expect(index.sync(points)).toBe(0);
    points = [{ ...a, x: 500 }, b];
    expect(index.sync(points)).toBe(1);
    expect(index.hit('body-front', 10, 10, 5)).toBeNull();
    expect(index.hit('body-front', 500, 10, 5)).toBe('a');
    // A changed property that is not the position costs no tree update.
    points = [points[0]!, { ...b, depthMm: 6 }];
    expect(index.sync(points)).toBe(0);
    points = [points[1]!, pt('c', 70, 70), { ...pt('d', 5, 5), view: 'face' }];
    expect(index.sync(points)).toBe(3);
    expect(index.hit('body-front', 500, 10, 5)).toBeNull();
    expect(index.hit('face', 5, 5, 5)).toBe('d');
    expect(index.size()).toBe(3);
  });
});
