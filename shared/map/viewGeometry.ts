import type { MapViewId } from '../mapViews.ts';

/**
 * A named treatable area of one map view. The polygon is in the view's own coordinates, so a point
 * placed on the map can be looked up without any transform (see shared/regions.ts).
 */
export type MapRegion = {
  /** kebab-case (digits allowed: 'paravertebral-right-l4-l5'), unique within its view, stored with each point. */
  id: string;
  // What the practitioner reads on screen and on the printed record ('Left thigh, outer') is the
  // catalogue's `clinical:region.<view>.<id>` (regionLabel in regions.ts), in the reader's language.
  /** Closed ring (the last vertex joins the first), never self-intersecting. */
  polygon: [number, number][];
};

/** A rectangle in a view's own coordinates. */
export type ViewBox = { x: number; y: number; w: number; h: number };

/**
 * One drawing within a detail view: one side's knee, say, or the whole spine. Its box on the detail view
 * maps linearly onto a box of the whole-body view, so that a point placed on either is shown on the other
 * (shared/map/viewProjection.ts): one chart, several views of it.
 */
export type DetailPanel = {
  /** The patient's side this panel draws; null for a midline drawing (the spine). */
  side: 'left' | 'right' | null;
  /** Where the panel lies on the detail view. */
  box: ViewBox;
  /** Where the same skin lies on the whole-body view (`detail.body`). */
  onBody: ViewBox;
  /**
   * Whether the panel looks at the body view's area face-on (an anterior knee over the front view's
   * knee): then points placed on the body view within `onBody` are shown on the panel too. A side view
   * (medial, lateral) maps onto a thin strip along the body's edge: its points are shown on the body view,
   * but a body point near that edge is not drawn stretched across the panel.
   */
  facesBody: boolean;
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
  /** Which side of the image is the patient's left: the right seen from the front, the left from behind or above. */
  leftSide: 'image-left' | 'image-right';
  /** A detail view's closer look at part of a whole-body view; absent on the whole views. */
  detail?: { body: 'body-front' | 'body-back'; panels: DetailPanel[] };
};
