import { boundingBox } from './boundingBox.ts';

/**
 * How far apart a chart's points typically are, in the view's own units: the distance from each point
 * to its nearest neighbour, and a low percentile of those distances. The printed map takes its scale
 * from it (shared/map/mapFraming.ts): at that scale, markers that far apart leave room for their numbers.
 *
 * Nearest neighbours through a uniform grid of about one point per cell, searched ring by ring round a
 * point's cell until no nearer point can lie further out: linear in the number of points for any
 * ordinary chart (a 20,000-point session included), where comparing every pair would be quadratic.
 */

export type Position = { readonly x: number; readonly y: number };

/** The share of points whose nearest neighbour is at most the typical spacing: the crowded quarter counts. */
const SPACING_PERCENTILE = 0.25;

export function nearestNeighbourDistances(points: readonly Position[]): number[] {
  const n = points.length;
  if (n < 2) return points.map(() => Infinity);
  const { minX, minY, maxX, maxY } = boundingBox(points)!;
  const cell = Math.max(1e-6, Math.sqrt(((maxX - minX) * (maxY - minY)) / n), (Math.max(maxX - minX, maxY - minY) / n) * 2);
  const columns = Math.floor((maxX - minX) / cell) + 1;
  const rows = Math.floor((maxY - minY) / cell) + 1;
  const cells = new Map<number, number[]>();
  const cellOf = (p: Position) => [Math.floor((p.x - minX) / cell), Math.floor((p.y - minY) / cell)] as const;
  points.forEach((p, i) => {
    const [cx, cy] = cellOf(p);
    const key = cy * columns + cx;
    const list = cells.get(key);
    if (list) list.push(i);
    else cells.set(key, [i]);
  });

  return points.map((p, i) => {
    const [cx, cy] = cellOf(p);
    let best = Infinity;
    // Ring k holds the cells k steps away; any point beyond it is at least k cells' widths away.
    for (let k = 0; k <= Math.max(columns, rows); k += 1) {
      if (best <= (k - 1) * cell) break;
      for (let y = cy - k; y <= cy + k; y += 1) {
        if (y < 0 || y >= rows) continue;
        const edge = y === cy - k || y === cy + k;
        for (let x = cx - k; x <= cx + k; x += edge ? 1 : 2 * k) {
          if (x >= 0 && x < columns) {
            for (const j of cells.get(y * columns + x) ?? []) {
              if (j !== i) best = Math.min(best, Math.hypot(points[j]!.x - p.x, points[j]!.y - p.y));
            }
          }
          if (k === 0) break;
        }
      }
    }
    return best;
  });
}

/** The typical spacing of `points` (the low percentile of their nearest-neighbour distances); Infinity under two points. */
export function typicalSpacing(points: readonly Position[]): number {
  if (points.length < 2) return Infinity;
  const distances = nearestNeighbourDistances(points).sort((a, b) => a - b);
  return distances[Math.floor((distances.length - 1) * SPACING_PERCENTILE)] ?? Infinity;
}
