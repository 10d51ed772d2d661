import type { Namespace, TFunction } from 'i18next';
import { clinicalText, idKey } from './clinicalText.ts';
import { MAP_GEOMETRY } from './map/index.ts';
import type { MapRegion } from './map/viewGeometry.ts';
import type { MapViewId } from './mapViews.ts';

/**
 * Which named region of a map view a point falls in: looked up when a point is placed or moved, and
 * stored with it. Regions of a view (shared/map/) do not overlap (tests/assets/maps.test.ts), so the
 * answer is one region or none (a point outside the silhouette, or in an uncharted gap such as a foot).
 */

type Indexed = { region: MapRegion; minX: number; minY: number; maxX: number; maxY: number };

/** Bounding boxes, computed once per view: most regions are ruled out by four comparisons. */
const INDEX = new Map<MapViewId, Indexed[]>();

function indexOf(view: MapViewId): Indexed[] {
  let indexed = INDEX.get(view);
  if (!indexed) {
    indexed = MAP_GEOMETRY[view].regions.map((region) => {
      let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const [x, y] of region.polygon) {
        minX = Math.min(minX, x);
        minY = Math.min(minY, y);
        maxX = Math.max(maxX, x);
        maxY = Math.max(maxY, y);
      }
      return { region, minX, minY, maxX, maxY };
    });
    INDEX.set(view, indexed);
  }
  return indexed;
}

/** Even-odd rule by ray casting: count the edges a ray from the point towards +x crosses. */
export function pointInPolygon(polygon: readonly (readonly [number, number])[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i, i += 1) {
    const a = polygon[i];
    const b = polygon[j];
    if (!a || !b) continue;
    // Half-open in y, so a ray through a vertex counts the two edges meeting there once between them.
    if (a[1] > y !== b[1] > y && x < a[0] + ((y - a[1]) * (b[0] - a[0])) / (b[1] - a[1])) inside = !inside;
  }
  return inside;
}

/** The region of `view` containing (x, y), in the view's artwork coordinates; null when there is none. */
export function regionAt(view: MapViewId, x: number, y: number): MapRegion | null {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
  for (const { region, minX, minY, maxX, maxY } of indexOf(view)) {
    if (x < minX || x > maxX || y < minY || y > maxY) continue;
    if (pointInPolygon(region.polygon, x, y)) return region;
  }
  return null;
}

/**
 * The name of a stored region id (`clinical:region.<view>.<id>`; left and right are the patient's), or
 * null when the view has no such region (e.g. an old or empty id).
 */
export function regionLabel(t: TFunction<Namespace>, view: MapViewId, id: string): string | null {
  return MAP_GEOMETRY[view]?.regions.some((r) => r.id === id) ? clinicalText(t, `region.${idKey(view)}.${idKey(id)}`) : null;
}

/** A point's region as a row or a line names it: its name, "Outside the named regions" for none, an unknown id as it is. */
export function regionName(t: TFunction<Namespace>, view: MapViewId, id: string): string {
  if (id === '') return t('clinical:uncharted');
  return regionLabel(t, view, id) ?? id;
}

/** Every region of a view, in drawing order. */
export function regionsOf(view: MapViewId): readonly MapRegion[] {
  return MAP_GEOMETRY[view].regions;
}
