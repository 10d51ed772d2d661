/**
 * Geometry for probing region polygons in tests: a point well inside a polygon (not its centroid, which
 * can fall outside a curved band), and how far a point is from a polygon's edges.
 */
import { pointInPolygon } from '../../shared/regions.ts';

type Ring = readonly (readonly [number, number])[];

export function distanceToEdges(ring: Ring, x: number, y: number): number {
  let best = Infinity;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const a = ring[i];
    const b = ring[j];
    if (!a || !b) continue;
    const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
    const l2 = dx * dx + dy * dy;
    const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - a[0]) * dx + (y - a[1]) * dy) / l2));
    best = Math.min(best, Math.hypot(x - (a[0] + t * dx), y - (a[1] + t * dy)));
  }
  return best;
}

/**
 * The inside point farthest from every edge, found on a coarse grid over the bounding box and refined
 * on finer grids around the best so far (the idea of polylabel, without its priority queue).
 */
export function interiorPoint(ring: Ring): { x: number; y: number; clearance: number } {
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  let [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let best = { x: NaN, y: NaN, clearance: -Infinity };
  for (let round = 0; round < 4; round += 1) {
    const n = 40;
    for (let i = 0; i <= n; i += 1) {
      for (let j = 0; j <= n; j += 1) {
        const x = minX + ((maxX - minX) * i) / n;
        const y = minY + ((maxY - minY) * j) / n;
        if (!pointInPolygon(ring, x, y)) continue;
        const clearance = distanceToEdges(ring, x, y);
        if (clearance > best.clearance) best = { x, y, clearance };
      }
    }
    const [w, h] = [(maxX - minX) / 8, (maxY - minY) / 8];
    [minX, maxX, minY, maxY] = [best.x - w, best.x + w, best.y - h, best.y + h];
  }
  return best;
}

/** Area-weighted mean x of a polygon (its centroid's x), to tell the image's left from its right. */
export function centroidX(ring: Ring): number {
  let [a, cx] = [0, 0];
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const p = ring[j];
    const q = ring[i];
    if (!p || !q) continue;
    const cross = p[0] * q[1] - q[0] * p[1];
    a += cross;
    cx += (p[0] + q[0]) * cross;
  }
  return cx / (3 * a);
}

/** Flattens path data made of M, C and Z (all the artwork uses) into polylines, one per subpath. */
export function flattenPath(d: string, perCubic = 12): [number, number][][] {
  const tokens = d.match(/[MCZ]|-?\d+(?:\.\d+)?/g) ?? [];
  const lines: [number, number][][] = [];
  let current: [number, number][] = [];
  let i = 0;
  const num = (): number => Number(tokens[i++]);
  while (i < tokens.length) {
    const op = tokens[i++];
    if (op === 'M') {
      current = [[num(), num()]];
      lines.push(current);
    } else if (op === 'C') {
      const p0 = current[current.length - 1] ?? [0, 0];
      const [x1, y1, x2, y2, x3, y3] = [num(), num(), num(), num(), num(), num()];
      for (let s = 1; s <= perCubic; s += 1) {
        const t = s / perCubic;
        const u = 1 - t;
        current.push([
          u * u * u * p0[0] + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x3,
          u * u * u * p0[1] + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y3,
        ]);
      }
    } else if (op !== 'Z') {
      throw new Error(`unexpected path token ${op}`);
    }
  }
  return lines;
}
