/**
 * Body, front view (800 × 1800). The patient faces the viewer, so the patient's LEFT is on the image's
 * RIGHT. Hands are in the anatomical position, palms forward: the backs of the hands are charted on the
 * body back view, where they face the viewer (see bodyBack.ts).
 */
import type { MapArtwork } from '../../shared/mapArtwork.ts';
import { bandRegions, type BandSpec } from './bands.ts';
import { BODY_HEIGHT, BODY_MIDLINE, BODY_WIDTH, FRONT_SILHOUETTE } from './bodySilhouette.ts';
import { ellipsePath, mirrorKnots, smoothPath, type Knot, type Pt } from './geometry.ts';
import { ARM_GUIDE, DELTOID_LINE, LEG_GUIDE, LEG_INNER_LINE, LEG_OUTER_LINE, MIDLINE, TRUNK_SIDE_LINE } from './bodyLines.ts';

const mirror = (line: Pt[]): Pt[] => line.map(([x, y]): Pt => [2 * BODY_MIDLINE - x, y]);

const MID: BandSpec[] = [
  { id: 'head', y: [40, 262], guide: MIDLINE },
  { id: 'neck', y: [262, 300], guide: MIDLINE },
  { id: 'decollete', y: [300, 440], guide: MIDLINE, from: { line: mirror(DELTOID_LINE) }, to: { line: DELTOID_LINE } },
  { id: 'abdomen-upper', y: [575, 655], guide: MIDLINE, from: { line: mirror(TRUNK_SIDE_LINE) }, to: { line: TRUNK_SIDE_LINE } },
  { id: 'periumbilical', y: [655, 720], guide: MIDLINE, from: { line: mirror(TRUNK_SIDE_LINE) }, to: { line: TRUNK_SIDE_LINE } },
  { id: 'abdomen-lower', y: [720, 850], guide: MIDLINE, from: { line: mirror(TRUNK_SIDE_LINE) }, to: { line: TRUNK_SIDE_LINE } },
];

/** Drawn on the image's right half (the patient's left) and mirrored. */
const PAIRED: BandSpec[] = [
  { id: 'shoulder', y: [325, 460], guide: ARM_GUIDE, from: { line: DELTOID_LINE } },
  { id: 'arm', y: [460, 615], guide: ARM_GUIDE },
  { id: 'elbow', y: [615, 690], guide: ARM_GUIDE },
  { id: 'forearm', y: [690, 845], guide: ARM_GUIDE },
  { id: 'wrist', y: [845, 900], guide: ARM_GUIDE },
  { id: 'palm', y: [900, 1082], guide: ARM_GUIDE },
  { id: 'chest', y: [440, 575], guide: MIDLINE, from: { line: MIDLINE }, to: { line: DELTOID_LINE } },
  { id: 'flank', y: [575, 770], guide: MIDLINE, from: { line: TRUNK_SIDE_LINE } },
  { id: 'hip', y: [770, 905], guide: LEG_GUIDE, from: { line: TRUNK_SIDE_LINE } },
  { id: 'thigh-anterior', y: [850, 1230], guide: LEG_GUIDE, from: { line: LEG_INNER_LINE }, to: { line: LEG_OUTER_LINE } },
  { id: 'thigh-inner', y: [914, 1230], guide: LEG_GUIDE, to: { line: LEG_INNER_LINE } },
  { id: 'thigh-outer', y: [905, 1230], guide: LEG_GUIDE, from: { line: LEG_OUTER_LINE } },
  { id: 'knee', y: [1230, 1375], guide: LEG_GUIDE },
  { id: 'shin', y: [1375, 1640], guide: LEG_GUIDE },
  { id: 'ankle', y: [1640, 1732], guide: LEG_GUIDE },
];

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
  view: 'body-front',
  width: BODY_WIDTH,
  height: BODY_HEIGHT,
  outline: [FRONT_SILHOUETTE.outline],
  details: DETAILS,
  regions: bandRegions(FRONT_SILHOUETTE.ring, BODY_MIDLINE, 'left', { mid: MID, paired: PAIRED }),
};
