/**
 * Scalp seen from above (1000 × 1000), forehead at the top, nose peeking out beyond it, ears at the
 * sides. Looking down on the crown with the face towards the top of the image, the patient's LEFT is on
 * the image's LEFT. The skull is egg-shaped: narrower at the forehead, widest across the parietal
 * eminences behind the ears (cephalic index ≈ 0.8).
 *
 * Regions follow the zones of hair-loss charts: the frontal hairline zone, mid-scalp, vertex (crown),
 * occipital band at the back, and on each side the temporal area ahead of the ear and the parietal
 * area above and behind it. The sutures are drawn as landmarks.
 *
 * Drawn here: the outline and the anatomical lines. The view's box and its named regions are domain
 * data (shared/map/scalp.ts), which this artwork takes as they are.
 */
import { mirrorKnots, symmetricContour, symmetricLine, type Knot } from '../../shared/map/curves.ts';
import { SCALP_GEOMETRY, SCALP_MIDLINE, SKULL_HALF } from '../../shared/map/scalp.ts';
import type { MapArtwork } from './artwork.ts';
import { ellipsePath, smoothPath } from './geometry.ts';

const both = (knots: Knot[]): string[] => [smoothPath(knots), smoothPath(mirrorKnots(knots, SCALP_MIDLINE))];

const DETAILS: string[] = [
  smoothPath(symmetricLine([[500, 168], [582, 174], [652, 202], [698, 250], [722, 302]], SCALP_MIDLINE)), // frontal hairline, temporal recesses
  smoothPath(symmetricLine([[500, 332], [600, 340], [700, 368], [772, 414]], SCALP_MIDLINE)), // coronal suture
  smoothPath([[500, 332], [504, 420], [497, 520], [503, 620], [500, 722]]), // sagittal suture
  smoothPath(symmetricLine([[500, 722], [590, 758], [664, 790], [716, 806]], SCALP_MIDLINE)), // lambdoid suture
  smoothPath([[500, 640], [512, 632], [506, 620], [490, 624], [486, 644], [504, 656], [526, 644]]), // crown whorl
  ellipsePath(500, 640, 2, 2),
];

export const SCALP: MapArtwork = {
  ...SCALP_GEOMETRY,
  outline: [
    smoothPath(symmetricContour(SKULL_HALF, SCALP_MIDLINE), true),
    smoothPath([[467, 118, 'corner'], [481, 98], [500, 84], [519, 98], [533, 118, 'corner']]), // tip of the nose
    ...both([[807, 440, 'corner'], [827, 446], [840, 482], [837, 530], [825, 562], [809, 572, 'corner']]), // ears
  ],
  details: DETAILS,
};
