/**
 * Body, front view (800 × 1800). The patient faces the viewer, so the patient's LEFT is on the image's
 * RIGHT. Hands are in the anatomical position, palms forward: the backs of the hands are charted on the
 * body back view, where they face the viewer (see bodyBack.ts).
 *
 * Drawn here: the outline and the anatomical lines. The view's box and its named regions are domain
 * data (shared/map/bodyFront.ts), which this artwork takes as they are.
 */
import { FRONT_SILHOUETTE, BODY_MIDLINE } from '../../shared/map/bodySilhouette.ts';
import { BODY_FRONT_GEOMETRY } from '../../shared/map/bodyFront.ts';
import { mirrorKnots, type Knot } from '../../shared/map/curves.ts';
import type { MapArtwork } from './artwork.ts';
import { ellipsePath, pathData, smoothPath } from './geometry.ts';

const both = (knots: Knot[], closed = false): string[] => [smoothPath(knots, closed), smoothPath(mirrorKnots(knots, BODY_MIDLINE), closed)];

const DETAILS: string[] = [
  // jaw and chin, over the neck
  smoothPath([[467, 221], [452, 241], [428, 255], [400, 259], [372, 255], [348, 241], [333, 221]]),
  ...both([[483, 153], [486, 168], [480, 184]]), // ear, helix
  // clavicles, from the sternal notch out to the acromion
  ...both([[411, 318], [438, 324], [474, 322], [510, 331], [540, 346]]),
  smoothPath([[392, 314], [400, 320], [408, 314]]), // sternal notch
  ...both([[533, 442], [538, 405], [548, 374], [560, 354]]), // anterior border of the deltoid
  ...both([[412, 540], [448, 548], [488, 540], [517, 515], [529, 484]]), // lower border of the pectoral
  ellipsePath(400, 685, 5, 8), // navel
  ...both([[536, 790], [512, 832], [474, 866], [426, 894]]), // inguinal fold
  ...both([[478, 1271], [495, 1283], [498, 1306], [488, 1326], [469, 1327], [459, 1306], [462, 1283]], true), // knee cap
  ...both([[570, 652], [588, 658], [608, 652]]), // elbow crease
  ...both([[606, 890], [626, 895], [648, 889]]), // wrist crease
  ...both([[657, 957], [641, 944], [631, 921], [628, 898]]), // thenar crease, round the thumb's base
  ...both([[620, 1010], [619, 1042], [621, 1073]]), // fingers
  ...both([[637, 1004], [638, 1042], [640, 1079]]),
  ...both([[654, 1004], [656, 1040], [658, 1069]]),
  ...both([[467, 1764], [468, 1777]]), // toes
  ...both([[481, 1765], [482, 1778]]),
  ...both([[493, 1764], [494, 1775]]),
  ...both([[503, 1761], [504, 1772]]),
];

export const BODY_FRONT: MapArtwork = {
  ...BODY_FRONT_GEOMETRY,
  outline: [pathData(FRONT_SILHOUETTE.cubics, true)],
  details: DETAILS,
};
