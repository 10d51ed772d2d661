/**
 * The colours the map's line art is drawn in (ArtworkLayer.tsx) and the stage behind it (map.css,
 * `.map-stage`): what markers, numbers and footprints must read against.
 */
export const ARTWORK_COLOURS = {
  /** The silhouette's fill. */
  fill: '#fcfbf9',
  /** Inner anatomical lines. */
  detail: '#8c97a5',
  /** The silhouette's outline. */
  outline: '#3f4b59',
  /** The stage around the silhouette. */
  background: '#f4f6f8',
} as const;
