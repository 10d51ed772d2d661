/**
 * Face, front view (1000 × 1200), with the neck and the décolleté below it: the areas treated for skin
 * rejuvenation. The patient faces the viewer, so the patient's LEFT is on the image's RIGHT.
 *
 * Proportions: crown 70, hairline 190, brows ≈ 365, eyes 424, nose base 565, mouth 635, chin 778 (the
 * three facial thirds from hairline to chin); the face is five eye-widths across at the cheekbones.
 *
 * Drawn here: the outline and the anatomical lines. The view's box and its named regions are domain
 * data (shared/map/face.ts), which this artwork takes as they are.
 */
import { FACE_GEOMETRY, FACE_HALF, FACE_MIDLINE, HAIRLINE_HALF, NECK_HALF } from '../../shared/map/face.ts';
import { mirrorKnots, symmetricContour, symmetricLine, type Knot } from '../../shared/map/curves.ts';
import type { MapArtwork } from './artwork.ts';
import { ellipsePath, smoothPath } from './geometry.ts';

const both = (knots: Knot[], closed = false): string[] => [smoothPath(knots, closed), smoothPath(mirrorKnots(knots, FACE_MIDLINE), closed)];

/** The ear, from the top of its attachment to the lobe. */
const EAR: Knot[] = [[761, 384, 'corner'], [780, 371], [795, 388], [798, 430], [792, 490], [780, 538], [764, 561], [748, 560, 'corner']];

const DETAILS: string[] = [
  smoothPath(symmetricLine(HAIRLINE_HALF, FACE_MIDLINE)),
  // brows: tapered, heavier at the head
  ...both([[545, 378, 'corner'], [576, 359], [622, 350], [672, 366, 'corner'], [624, 360], [578, 369]], true),
  // eyes: lids, crease, iris, pupil
  ...both([[556, 428, 'corner'], [580, 411], [610, 405], [640, 409], [662, 421, 'corner'], [640, 432], [608, 438], [578, 436]], true),
  ...both([[562, 417], [586, 400], [613, 395], [642, 400], [660, 412]]),
  ellipsePath(609, 422, 13, 13),
  ellipsePath(391, 422, 13, 13),
  ellipsePath(609, 422, 4, 4),
  ellipsePath(391, 422, 4, 4),
  ...both([[529, 448], [536, 486], [545, 518]]), // sides of the nasal bridge
  ...both([[545, 520], [556, 539], [551, 557], [537, 562], [522, 557]]), // alae
  smoothPath([[522, 557], [511, 566], [500, 568], [489, 566], [478, 557]]), // tip and columella
  ...both([[506, 580], [509, 606]]), // philtrum
  // lips: upper lip with its Cupid's bow, the line between the lips, the lower lip
  smoothPath(symmetricLine([[500, 617], [520, 610], [550, 618], [579, 633, 'corner']], FACE_MIDLINE)),
  smoothPath(symmetricLine([[500, 639], [525, 637], [552, 635], [579, 633]], FACE_MIDLINE)),
  smoothPath(symmetricLine([[500, 664], [540, 657], [566, 644], [576, 636]], FACE_MIDLINE)),
  ...both([[554, 556], [574, 590], [588, 628], [594, 652]]), // nasolabial folds
  smoothPath([[476, 704], [500, 699], [524, 704]]), // mentolabial crease
  ...both([[781, 396], [789, 432], [785, 482], [773, 522]]), // helix
  ...both([[772, 420], [777, 460], [770, 500]]), // antihelix
  ...both([[656, 762], [612, 842], [546, 922]]), // sternocleidomastoid
  ...both([[522, 950], [590, 955], [660, 952], [740, 976], [810, 1000], [862, 1018]]), // clavicles
  smoothPath([[484, 936], [500, 946], [516, 936]]), // sternal notch
];

export const FACE: MapArtwork = {
  ...FACE_GEOMETRY,
  outline: [
    smoothPath(symmetricContour(FACE_HALF, FACE_MIDLINE), true),
    ...both(EAR),
    ...both(NECK_HALF),
  ],
  details: DETAILS,
};
