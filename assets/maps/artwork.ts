import type { MapViewGeometry } from '../../shared/map/viewGeometry.ts';

/**
 * One view's artwork as vector data, drawn the same way by Konva on screen and by pdfkit in the PDF:
 * the view's box and named regions as the domain defines them (shared/map/), with the lines that draw it.
 */
export type MapArtwork = MapViewGeometry & {
  /** SVG path `d` strings of the silhouette: stroked thicker; every closed one is filled as skin. */
  outline: string[];
  /** SVG path `d` strings of inner anatomical lines (navel, clavicles, eyes, sutures...): stroked thin. */
  details: string[];
  /**
   * Short marks written beside the art, the same in every language: the vertebral levels (C7, T12, L4...).
   * Anchored at their left end and vertical middle, in the view's coordinates.
   */
  marks?: { x: number; y: number; text: string }[];
};
