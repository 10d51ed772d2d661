import type { MapViewId } from '../mapViews.ts';

/**
 * A named treatable area of one map view. The polygon is in the view's own coordinates, so a point
 * placed on the map can be looked up without any transform (see shared/regions.ts).
 */
export type MapRegion = {
  /** kebab-case, unique within its view, stored with each point: e.g. 'thigh-outer-left'. */
  id: string;
  // What the practitioner reads on screen and on the printed record ('Left thigh, outer') is the
  // catalogue's `clinical:region.<view>.<id>` (regionLabel in regions.ts), in the reader's language.
  /** Closed ring (the last vertex joins the first), never self-intersecting. */
  polygon: [number, number][];
};

/**
 * What a map view is to the domain: its coordinate box and its named regions. Coordinates lie within
 * 0..width × 0..height, both ≤ 2000 (the range point positions are validated to). The artwork that draws
 * the view (assets/maps/) takes its box and regions from here.
 */
export type MapViewGeometry = {
  view: MapViewId;
  width: number;
  height: number;
  /** Non-overlapping, inside the silhouette: a point lies in at most one. */
  regions: MapRegion[];
};
