import type { MapViewId } from './mapViews.ts';

/**
 * A named treatable area of one map view. The polygon is in the view's own coordinates, so a point
 * placed on the map can be looked up without any transform (see regions.ts).
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
 * One view's artwork as vector data, drawn the same way by Konva on screen and by pdfkit in the PDF.
 * Coordinates lie within 0..width × 0..height, both ≤ 2000 (the range point positions are validated to).
 */
export type MapArtwork = {
  view: MapViewId;
  width: number;
  height: number;
  /** SVG path `d` strings of the silhouette: stroked thicker. */
  outline: string[];
  /** SVG path `d` strings of inner anatomical lines (navel, clavicles, eyes, sutures...): stroked thin. */
  details: string[];
  /** Non-overlapping, inside the silhouette: a point lies in at most one. */
  regions: MapRegion[];
};
