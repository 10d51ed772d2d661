import RBush from 'rbush';
import type { MapViewId } from '../../shared/mapViews.ts';
import type { InjectionPoint } from '../../shared/point.ts';

type Item = { minX: number; minY: number; maxX: number; maxY: number; id: string; x: number; y: number };

/** A rectangle in map coordinates. */
export type Box = { minX: number; minY: number; maxX: number; maxY: number };

/**
 * An R-tree of the points of each view (rbush), for picking among thousands of markers: the point
 * under the pointer and the points inside a rubber band. Konva's own hit graph is not used.
 *
 * `sync(points)` brings it up to date with the editor's points: cheap when nothing moved (same array),
 * otherwise one pass over the array comparing point objects by reference, touching the tree only for
 * the points that were added, moved or removed. Points are indexed as positions; a marker's radius is
 * applied at query time, since it depends on the zoom.
 */
export class SpatialIndex {
  private readonly trees = new Map<MapViewId, RBush<Item>>();
  private readonly items = new Map<string, { point: InjectionPoint; item: Item }>();
  private synced: readonly InjectionPoint[] | null = null;

  private tree(view: MapViewId): RBush<Item> {
    let t = this.trees.get(view);
    if (!t) {
      t = new RBush<Item>(16);
      this.trees.set(view, t);
    }
    return t;
  }

  private static itemOf(p: InjectionPoint): Item {
    return { minX: p.x, minY: p.y, maxX: p.x, maxY: p.y, id: p.id, x: p.x, y: p.y };
  }

  /** Rebuilds from scratch with rbush's bulk load (first load, or after a large change). */
  load(points: readonly InjectionPoint[]): void {
    this.trees.clear();
    this.items.clear();
    const byView = new Map<MapViewId, Item[]>();
    for (const p of points) {
      const item = SpatialIndex.itemOf(p);
      this.items.set(p.id, { point: p, item });
      let list = byView.get(p.view);
      if (!list) byView.set(p.view, (list = []));
      list.push(item);
    }
    for (const [view, list] of byView) this.tree(view).load(list);
    this.synced = points;
  }

  /** Updates the index to `points`; answers how many points changed. */
  sync(points: readonly InjectionPoint[]): number {
    if (points === this.synced) return 0;
    if (this.synced === null) {
      this.load(points);
      return points.length;
    }
    let changed = 0;
    const seen = new Set<string>();
    for (const p of points) {
      seen.add(p.id);
      const known = this.items.get(p.id);
      if (known && known.point === p) continue;
      if (known && known.point.x === p.x && known.point.y === p.y && known.point.view === p.view) {
        known.point = p;
        continue;
      }
      changed += 1;
      if (known) this.tree(known.point.view).remove(known.item);
      const item = SpatialIndex.itemOf(p);
      this.tree(p.view).insert(item);
      this.items.set(p.id, { point: p, item });
    }
    if (seen.size !== this.items.size) {
      for (const [id, known] of this.items) {
        if (seen.has(id)) continue;
        this.tree(known.point.view).remove(known.item);
        this.items.delete(id);
        changed += 1;
      }
    }
    this.synced = points;
    return changed;
  }

  /**
   * The point of `view` nearest to (x, y) within `radius` map units (the marker's radius at the current
   * zoom), or null. Among overlapping markers the nearest wins. `radiusOf` narrows the radius per point
   * (a single needle's marker is smaller than a multi-injector's footprint); `radius` is then the largest.
   */
  hit(view: MapViewId, x: number, y: number, radius: number, radiusOf?: (id: string) => number): string | null {
    const found = this.tree(view).search({ minX: x - radius, minY: y - radius, maxX: x + radius, maxY: y + radius });
    let best: string | null = null;
    let bestD = Infinity;
    for (const item of found) {
      const r = radiusOf ? Math.min(radius, radiusOf(item.id)) : radius;
      const d = Math.hypot(item.x - x, item.y - y);
      if (d > r) continue;
      if (d < bestD) {
        bestD = d;
        best = item.id;
      }
    }
    return best;
  }

  /** Ids of the points of `view` inside the box (edges included). */
  inBox(view: MapViewId, box: Box): string[] {
    const b = { minX: Math.min(box.minX, box.maxX), minY: Math.min(box.minY, box.maxY), maxX: Math.max(box.minX, box.maxX), maxY: Math.max(box.minY, box.maxY) };
    return this.tree(view).search(b).map((i) => i.id);
  }

  /** How many points of `view` lie in the box: the canvas uses it to decide whether labels fit. */
  countInBox(view: MapViewId, box: Box): number {
    return this.tree(view).search(box).length;
  }

  size(view?: MapViewId): number {
    if (!view) return this.items.size;
    return this.tree(view).all().length;
  }
}
