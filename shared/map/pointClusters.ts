import type { Position } from './pointSpacing.ts';

/**
 * Single-linkage clusters of a chart's points: two points closer than `link` (view units) are in the
 * same cluster, and so is everything joined to them through such pairs. The printed map frames each
 * cluster in an inset of its own when one frame round all of them would be too small to read
 * (shared/map/mapFraming.ts).
 *
 * Through a grid of cells `link / √2` wide, so that points sharing a cell are always linked, and pairs
 * are compared only between cells at most two apart whose clusters are not yet joined: linear for
 * ordinary charts, dense ones included, instead of comparing every pair.
 */
export function clusterPoints(points: readonly Position[], link: number): number[][] {
  const parent = points.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[i] !== root) [parent[i], i] = [root, parent[i]!];
    return root;
  };
  const join = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  const cell = link / Math.SQRT2;
  const cells = new Map<string, number[]>();
  points.forEach((p, i) => {
    const key = `${Math.floor(p.x / cell)},${Math.floor(p.y / cell)}`;
    const list = cells.get(key);
    if (list) {
      join(list[0]!, i);
      list.push(i);
    } else cells.set(key, [i]);
  });

  for (const [key, members] of cells) {
    const [cx, cy] = key.split(',').map(Number) as [number, number];
    for (let dy = -2; dy <= 2; dy += 1) {
      for (let dx = -2; dx <= 2; dx += 1) {
        // Each pair of cells once: the neighbour must come after this cell in reading order.
        if (dy < 0 || (dy === 0 && dx <= 0)) continue;
        const others = cells.get(`${cx + dx},${cy + dy}`);
        if (!others) continue;
        linkCells(points, members, others, link, find, join);
      }
    }
  }

  const groups = new Map<number, number[]>();
  points.forEach((_, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  });
  return [...groups.values()];
}

function linkCells(points: readonly Position[], a: readonly number[], b: readonly number[], link: number, find: (i: number) => number, join: (a: number, b: number) => void): void {
  // Points of one cell are one cluster already: one linked pair joins the two cells for good.
  if (find(a[0]!) === find(b[0]!)) return;
  for (const i of a) {
    for (const j of b) {
      if (Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y) <= link) {
        join(i, j);
        return;
      }
    }
  }
}
