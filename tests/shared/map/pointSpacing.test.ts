import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nearestNeighbourDistances, typicalSpacing } from '../../../shared/map/pointSpacing.ts';

const bruteForce = (points: { x: number; y: number }[]) =>
  points.map((p, i) => points.reduce((best, q, j) => (j === i ? best : Math.min(best, Math.hypot(q.x - p.x, q.y - p.y))), Infinity));

describe('nearest-neighbour distances', () => {
  it('are those of comparing every pair, for any chart (clustered, spread, coincident, on a line)', () => {
    const coordinate = fc.oneof(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 400, max: 420 }));
    fc.assert(
      fc.property(fc.array(fc.record({ x: coordinate, y: coordinate }), { minLength: 2, maxLength: 120 }), (points) => {
        const fast = nearestNeighbourDistances(points);
        bruteForce(points).forEach((d, i) => expect(fast[i]).toBeCloseTo(d, 9));
      }),
      { numRuns: 200 },
    );
  });

  it('are infinite for a lone point', () => {
    expect(nearestNeighbourDistances([{ x: 5, y: 5 }])).toEqual([Infinity]);
  });
});

describe('the typical spacing of a chart', () => {
  it('is the distance of the crowded quarter: a grid 20 apart with a few close pairs is still 20 apart', () => {
    const grid = Array.from({ length: 100 }, (_, i) => ({ x: (i % 10) * 20, y: Math.floor(i / 10) * 20 }));
    const pairs = [0, 1, 2].map((i) => ({ x: i * 60 + 3, y: 3 }));
    expect(typicalSpacing([...grid, ...pairs])).toBe(20);
  });

  it('is infinite under two points: nothing crowds them', () => {
    expect(typicalSpacing([])).toBe(Infinity);
    expect(typicalSpacing([{ x: 1, y: 1 }])).toBe(Infinity);
  });
});
