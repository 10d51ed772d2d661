/**
 * Face, front view (1000 × 1200), with the neck and the décolleté below it: the areas treated for skin
 * rejuvenation. The patient faces the viewer, so the patient's LEFT is on the image's RIGHT.
 *
 * Proportions: crown 70, hairline 190, brows ≈ 365, eyes 424, nose base 565, mouth 635, chin 778 (the
 * three facial thirds from hairline to chin); the face is five eye-widths across at the cheekbones.
 */
import { bandPolygon, bandRegions, type BandSpec } from './bands.ts';
import { roundRing, sampleCubics, smoothCubics, symmetricContour, symmetricLine, type Knot, type Pt } from './curves.ts';
import type { MapRegion, MapViewGeometry } from './viewGeometry.ts';

const FACE_WIDTH = 1000;
const FACE_HEIGHT = 1200;
export const FACE_MIDLINE = 500;
const PER_CUBIC = 16;

const mirror = (line: Pt[]): Pt[] => line.map(([x, y]): Pt => [2 * FACE_MIDLINE - x, y]);

/** The face from the crown round the cheekbone and jaw to the chin, image's right half. */
export const FACE_HALF: Knot[] = [
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
const faceCubics = smoothCubics(symmetricContour(FACE_HALF, FACE_MIDLINE), true);
const faceRing = sampleCubics(faceCubics, PER_CUBIC);

/** Side of the neck from under the jaw, then the trapezius out to the shoulder and the frame's edge. */
export const NECK_HALF: Knot[] = [
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

/** Hairline, from the middle of the forehead out to the sideburn. Knot 2 bounds the forehead region. */
export const HAIRLINE_HALF: Knot[] = [[500, 190], [585, 194], [670, 212], [722, 258], [745, 330], [757, 385]];
const hairlineCubics = smoothCubics(symmetricLine(HAIRLINE_HALF, FACE_MIDLINE), false);
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

export const FACE_GEOMETRY: MapViewGeometry = {
  view: 'face',
  leftSide: 'image-right',
  width: FACE_WIDTH,
  height: FACE_HEIGHT,
  regions: [
    forehead(),
    ...bandRegions(faceRing, FACE_MIDLINE, 'left', { mid: FACE_MID, paired: FACE_PAIRED }),
    neck(),
    decollete(),
  ],
};
