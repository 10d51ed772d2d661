/**
 * Face, front view (1000 × 1200), with the neck and the décolleté below it: the areas treated for skin
 * rejuvenation. The patient faces the viewer, so the patient's LEFT is on the image's RIGHT.
 *
 * Proportions: crown 70, hairline 190, brows ≈ 365, eyes 424, nose base 565, mouth 635, chin 778 (the
 * three facial thirds from hairline to chin); the face is five eye-widths across at the cheekbones.
 */
import type { MapArtwork, MapRegion } from '../../shared/mapArtwork.ts';
import { bandPolygon, bandRegions, type BandSpec } from './bands.ts';
import {
  ellipsePath,
  mirrorKnots,
  roundRing,
  sampleCubics,
  smoothCubics,
  smoothPath,
  symmetricContour,
  symmetricLine,
  type Knot,
  type Pt,
} from './geometry.ts';

const WIDTH = 1000;
const HEIGHT = 1200;
const CX = 500;
const PER_CUBIC = 16;

const mirror = (line: Pt[]): Pt[] => line.map(([x, y]): Pt => [2 * CX - x, y]);
const both = (knots: Knot[], closed = false): string[] => [smoothPath(knots, closed), smoothPath(mirrorKnots(knots, CX), closed)];

/** The face from the crown round the cheekbone and jaw to the chin, image's right half. */
const FACE_HALF: Knot[] = [
  [500, 70], // crown
  [620, 88],
  [700, 135],
  [743, 205],
  [758, 290],
  [762, 370], // temple
  [762, 440], // zygomatic arch
  [752, 520],
  [738, 585],
  [722, 640], // angle of the jaw
  [692, 690],
  [668, 714], // where the neck leaves the jaw (knot 11)
  [640, 735],
  [580, 765],
  [500, 778], // chin
];
const NECK_JOIN = 11;
const faceCubics = smoothCubics(symmetricContour(FACE_HALF, CX), true);
const faceRing = sampleCubics(faceCubics, PER_CUBIC);

/** Side of the neck from under the jaw, then the trapezius out to the shoulder and the frame's edge. */
const NECK_HALF: Knot[] = [
  [668, 714, 'corner'],
  [652, 760],
  [650, 850],
  [660, 930], // root of the neck (knot 3): neck above, décolleté below
  [720, 958],
  [820, 985],
  [910, 1010],
  [960, 1050],
  [985, 1110],
  [992, 1200],
];
const NECK_ROOT = 3;
const neckRight = sampleCubics(smoothCubics(NECK_HALF, false), PER_CUBIC);
const neckLeft = mirror(neckRight);

/** The ear, from the top of its attachment to the lobe. */
const EAR: Knot[] = [[761, 384, 'corner'], [780, 371], [795, 388], [798, 430], [792, 490], [780, 538], [764, 561], [748, 560, 'corner']];

/** Hairline, from the middle of the forehead out to the sideburn. Knot 2 bounds the forehead region. */
const HAIRLINE_HALF: Knot[] = [[500, 190], [585, 194], [670, 212], [722, 258], [745, 330], [757, 385]];
const hairlineCubics = smoothCubics(symmetricLine(HAIRLINE_HALF, CX), false);
const FOREHEAD_EDGE = 2;

// Region bounds on the image's right half, top to bottom; the left half uses their mirror images.
const TEMPLE_FROM: Pt[] = [[670, 215], [670, 352], [695, 360], [695, 400]];
const PERIORBITAL_FROM: Pt[] = [[545, 352], [545, 428], [548, 478]];
const NOSE_SIDE: Pt[] = [[545, 428], [548, 478], [556, 560]];
/** Nasolabial band: from the side of the nose down past the corner of the mouth. */
const NASOLABIAL_INNER: Pt[] = [[548, 478], [556, 560], [575, 640], [588, 700]];
const NASOLABIAL_OUTER: Pt[] = [[598, 478], [610, 540], [630, 640], [640, 700]];
const CHEEK_FROM: Pt[] = [[695, 400], [695, 478], ...NASOLABIAL_OUTER];
/** Inner edge of the jawline band: a finger's breadth inside the mandible, then beside the chin. */
const JAWLINE_FROM: Pt[] = [[700, 560], [690, 600], [675, 640], [665, 660], [640, 700], [590, 701], [580, 790]];
const CHEEK_TO: Pt[] = [[2000, 400], [2000, 556], ...JAWLINE_FROM.slice(0, 5)];
const CHIN_SIDE: Pt[] = [[590, 701], [580, 790]];
const FACE_GUIDE: Pt[] = [[500, 0], [500, 2000]];

const FACE_MID: BandSpec[] = [
  { id: 'glabella', y: [352, 428], guide: FACE_GUIDE, from: { line: [[455, 0]] }, to: { line: [[545, 0]] } },
  { id: 'nose', y: [428, 565], guide: FACE_GUIDE, from: { line: mirror(NOSE_SIDE) }, to: { line: NOSE_SIDE } },
  { id: 'perioral', y: [565, 700], guide: FACE_GUIDE, from: { line: mirror(NASOLABIAL_INNER) }, to: { line: NASOLABIAL_INNER } },
  { id: 'chin', y: [701, 790], guide: FACE_GUIDE, from: { line: mirror(CHIN_SIDE) }, to: { line: CHIN_SIDE } },
];

const FACE_PAIRED: BandSpec[] = [
  { id: 'temple', y: [215, 400], guide: [[720, 0]], from: { line: TEMPLE_FROM } },
  { id: 'periorbital', y: [352, 478], guide: [[610, 0]], from: { line: PERIORBITAL_FROM }, to: { line: TEMPLE_FROM } },
  { id: 'nasolabial', y: [478, 700], guide: [[600, 0]], from: { line: NASOLABIAL_INNER }, to: { line: NASOLABIAL_OUTER } },
  { id: 'cheek', y: [400, 700], guide: [[690, 0]], from: { line: CHEEK_FROM }, to: { line: CHEEK_TO } },
  { id: 'jawline', y: [560, 790], guide: [[700, 560], [640, 700], [620, 760]], from: { line: JAWLINE_FROM } },
];

/** Forehead: up to the hairline itself, between the temples. */
function forehead(): MapRegion {
  const hair = sampleCubics(hairlineCubics, PER_CUBIC);
  const start = (HAIRLINE_HALF.length - 1 - FOREHEAD_EDGE) * PER_CUBIC;
  const end = (HAIRLINE_HALF.length - 1 + FOREHEAD_EDGE) * PER_CUBIC;
  const top = hair.slice(start, end + 1);
  return { id: 'forehead', polygon: roundRing([...top, [670, 352], [330, 352]]) };
}

/** Neck: under the jaw and chin down to the root of the neck. */
function neck(): MapRegion {
  const n = FACE_HALF.length - 1;
  const underJaw = faceRing.slice(NECK_JOIN * PER_CUBIC, (2 * n - NECK_JOIN) * PER_CUBIC + 1);
  const rootIndex = NECK_ROOT * PER_CUBIC;
  const left = neckLeft.slice(0, rootIndex + 1);
  const right = neckRight.slice(0, rootIndex + 1).reverse();
  return { id: 'neck', polygon: roundRing([...underJaw, ...left.slice(1), ...right.slice(0, -1)]) };
}

/** Décolleté: the upper chest below the root of the neck, between the shoulders. */
function decollete(): MapRegion {
  const rootIndex = NECK_ROOT * PER_CUBIC;
  const below = neckRight.slice(rootIndex);
  const ring: Pt[] = [...below, ...mirror(below).reverse()];
  const polygon = bandPolygon(ring, {
    id: 'decollete',
    y: [930, 1196],
    guide: FACE_GUIDE,
    from: { line: [[170, 0]] },
    to: { line: [[830, 0]] },
  });
  if (!polygon) throw new Error('décolleté is empty');
  return { id: 'decollete', polygon: roundRing(polygon) };
}

const DETAILS: string[] = [
  smoothPath(symmetricLine(HAIRLINE_HALF, CX)),
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
  smoothPath(symmetricLine([[500, 617], [520, 610], [550, 618], [579, 633, 'corner']], CX)),
  smoothPath(symmetricLine([[500, 639], [525, 637], [552, 635], [579, 633]], CX)),
  smoothPath(symmetricLine([[500, 664], [540, 657], [566, 644], [576, 636]], CX)),
  ...both([[554, 556], [574, 590], [588, 628], [594, 652]]), // nasolabial folds
  smoothPath([[476, 704], [500, 699], [524, 704]]), // mentolabial crease
  ...both([[781, 396], [789, 432], [785, 482], [773, 522]]), // helix
  ...both([[772, 420], [777, 460], [770, 500]]), // antihelix
  ...both([[656, 762], [612, 842], [546, 922]]), // sternocleidomastoid
  ...both([[522, 950], [590, 955], [660, 952], [740, 976], [810, 1000], [862, 1018]]), // clavicles
  smoothPath([[484, 936], [500, 946], [516, 936]]), // sternal notch
];

export const FACE: MapArtwork = {
  view: 'face',
  width: WIDTH,
  height: HEIGHT,
  outline: [
    smoothPath(symmetricContour(FACE_HALF, CX), true),
    ...both(EAR),
    ...both(NECK_HALF),
  ],
  details: DETAILS,
  regions: [
    forehead(),
    ...bandRegions(faceRing, CX, 'left', { mid: FACE_MID, paired: FACE_PAIRED }),
    neck(),
    decollete(),
  ],
};
