/**
 * The hip seen from the side (1300 × 980, over body-front): the patient's right hip on the image's left,
 * the left hip its mirror image on the right, each in profile from above the iliac crest to mid-thigh with
 * the front of the body towards the view's middle.
 *
 * Drawn here: the outline (cut across the waist and the thigh) and the landmarks: the iliac crest and the
 * ASIS, the greater trochanter, the front borders of the gluteus medius and the gluteus maximus, the
 * tensor fasciae latae, the iliotibial band and the gluteal fold. The box, the landmarks'
 * places and the regions are domain data (shared/map/detail/hip.ts), in centimetres from the trochanter.
 */
import { mirrorKnots, type Knot } from '../../../shared/map/curves.ts';
import { ASIS, GLUTEAL_FOLD, HIP_BACK_LINE, HIP_FRONT_LINE, HIP_LATERAL_GEOMETRY, HIP_MIDLINE, HIP_OUTLINE, ILIAC_CREST, hipKnots, hipPt } from '../../../shared/map/detail/hip.ts';
import type { MapArtwork } from '../artwork.ts';
import { ellipsePath, smoothPath } from '../geometry.ts';

const CM = hipPt(1, 0)[0] - hipPt(0, 0)[0];

const both = (knots: Knot[], closed = false): string[] => [smoothPath(knots, closed), smoothPath(mirrorKnots(knots, HIP_MIDLINE), closed)];

/** An ellipse on both panels, centre in centimetres. */
function bothEllipses(u: number, v: number, rx: number, ry: number): string[] {
  const [x, y] = hipPt(u, v);
  return [ellipsePath(x, y, rx * CM, ry * CM), ellipsePath(2 * HIP_MIDLINE - x, y, rx * CM, ry * CM)];
}

const DETAILS: string[] = [
  ...both(hipKnots([[-10.4, -7.1], ...ILIAC_CREST])), // iliac crest, from behind to the ASIS
  ...bothEllipses(ASIS[0], ASIS[1], 0.35, 0.35),
  ...bothEllipses(0.6, 0.1, 2.5, 3), // greater trochanter
  ...both(HIP_FRONT_LINE), // front border of the gluteus medius, then the iliotibial band's front edge
  ...both(HIP_BACK_LINE), // front border of the gluteus maximus, then the band's back edge
  ...both(hipKnots([[7.3, -5.8], [7.1, -1], [5.7, 4.5], [2.7, 10.6]])), // tensor fasciae latae, from the ASIS to the band
  ...both(GLUTEAL_FOLD.slice(1)),
];

export const HIP_LATERAL: MapArtwork = {
  ...HIP_LATERAL_GEOMETRY,
  outline: both(HIP_OUTLINE, true),
  details: DETAILS,
};
