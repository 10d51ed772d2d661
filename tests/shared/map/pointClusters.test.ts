import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterPoints } from '../../../shared/map/pointClusters.ts';

type P = { x: number; y: number };

/** Single linkage the plain way: join every pair within `link`, read the groups off. */
function bruteForce(points: P[], link: number): number[][] {
  const group = points.map((_, i) => i);
  const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i]!)));
  points.forEach((p, i) => points.forEach((q, j) => {
    if (j > i && Math.hypot(p.x - q.x, p.y - q.y) <= link) group[Math.max(find(i), find(j))] = Math.min(find(i), find(j));
  }));
  return canonical(points.map((_, i) => find(i)));
}

/** A partition as sorted lists of indices, for comparing partitions whatever the labels. */
function canonical(labels: number[]): number[][] {
  const groups = new Map<number, number[]>();
  labels.forEach((l, i) => groups.set(l, [...(groups.get(l) ?? []), i]));
  return [...groups.values()].sort((a, b) => a[0]! - b[0]!);
}

const partition = (clusters: number[][]) => clusters.map((c) => [...c].sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!);

describe('single-linkage clusters', () => {
  it('are those of joining every pair closer than the link, for any chart', () => {
    const coordinate = fc.oneof(fc.integer({ min: 0, max: 1800 }), fc.integer({ min: 300, max: 360 }));
    fc.assert(
      fc.property(fc.array(fc.record({ x: coordinate, y: coordinate }), { maxLength: 150 }), fc.integer({ min: 5, max: 400 }), (points, link) => {
        expect(partition(clusterPoints(points, link))).toEqual(bruteForce(points, link));
      }),
      { numRuns: 200 },
    );
  });

  it('keep a knee and a shoulder apart, and join a chain of points each near the next', () => {
    const knee = [{ x: 300, y: 1300 }, { x: 320, y: 1320 }, { x: 340, y: 1290 }];
    const shoulder = [{ x: 560, y: 380 }, { x: 580, y: 400 }];
    expect(partition(clusterPoints([...knee, ...shoulder], 180))).toEqual([[0, 1, 2], [3, 4]]);
    const chain = Array.from({ length: 30 }, (_, i) => ({ x: 100 + i * 50, y: 900 }));
    expect(clusterPoints(chain, 60)).toHaveLength(1);
    expect(clusterPoints(chain, 40)).toHaveLength(30);
  });
});
