/**
 * Body, back view (800 × 1800). The viewer stands behind the patient, so the patient's LEFT is on the
 * image's LEFT. The hands hang palms forward (anatomical position, as on the front view), so their
 * backs face the viewer here: the backs of the hands are charted on this view, not on the front.
 * The spine is split into the segments treated for pain: cervical, dorsal (thoracic), lumbar, sacrum.
 */
import type { MapArtwork } from '../../shared/mapArtwork.ts';
import { bandRegions, type BandSpec } from './bands.ts';
import { BACK_SILHOUETTE, BODY_HEIGHT, BODY_MIDLINE, BODY_WIDTH } from './bodySilhouette.ts';
import { ellipsePath, mirrorKnots, smoothPath, type Knot, type Pt } from './geometry.ts';
import { ARM_GUIDE, DELTOID_LINE, LEG_GUIDE, LEG_INNER_LINE, LEG_OUTER_LINE, MIDLINE, TRUNK_SIDE_LINE } from './bodyLines.ts';

const mirror = (line: Pt[]): Pt[] => line.map(([x, y]): Pt => [2 * BODY_MIDLINE - x, y]);

/** The paraspinal strip charted as the spine: the neck's width above, 48 px wide from C7 down. */
const SPINE_LINE: Pt[] = [[447, 262], [446, 300], [441, 322], [424, 334], [424, 790], [412, 798], [412, 880]];
/** Medial edge of the sacroiliac band, then of the buttock beside the natal cleft. */
const BUTTOCK_INNER_LINE: Pt[] = [[470, 790], [466, 880], [402, 886], [402, 2000]];

const MID: BandSpec[] = [
  { id: 'head', y: [40, 262], guide: MIDLINE },
  { id: 'cervical', y: [262, 330], guide: MIDLINE, from: { line: mirror(SPINE_LINE) }, to: { line: SPINE_LINE } },
  { id: 'dorsal', y: [330, 620], guide: MIDLINE, from: { line: mirror(SPINE_LINE) }, to: { line: SPINE_LINE } },
  { id: 'lumbar', y: [620, 790], guide: MIDLINE, from: { line: mirror(SPINE_LINE) }, to: { line: SPINE_LINE } },
  { id: 'sacrum', y: [790, 880], guide: MIDLINE, from: { line: mirror(SPINE_LINE) }, to: { line: SPINE_LINE } },
];

/** Drawn on the image's right half (the patient's right) and mirrored. */
const PAIRED: BandSpec[] = [
  { id: 'shoulder', y: [325, 460], guide: ARM_GUIDE, from: { line: DELTOID_LINE } },
  { id: 'arm', y: [460, 615], guide: ARM_GUIDE },
  { id: 'elbow', y: [615, 690], guide: ARM_GUIDE },
  { id: 'forearm', y: [690, 845], guide: ARM_GUIDE },
  { id: 'wrist', y: [845, 900], guide: ARM_GUIDE },
  { id: 'hand-back', y: [900, 1082], guide: ARM_GUIDE },
  { id: 'upper-back', y: [290, 575], guide: MIDLINE, from: { line: SPINE_LINE }, to: { line: DELTOID_LINE } },
  { id: 'lower-back', y: [575, 790], guide: MIDLINE, from: { line: SPINE_LINE }, to: { line: TRUNK_SIDE_LINE } },
  { id: 'flank', y: [575, 770], guide: MIDLINE, from: { line: TRUNK_SIDE_LINE } },
  { id: 'sacroiliac', y: [790, 880], guide: MIDLINE, from: { line: SPINE_LINE }, to: { line: BUTTOCK_INNER_LINE } },
  { id: 'hip', y: [770, 905], guide: LEG_GUIDE, from: { line: TRUNK_SIDE_LINE } },
  { id: 'buttock', y: [790, 975], guide: LEG_GUIDE, from: { line: BUTTOCK_INNER_LINE }, to: { line: LEG_OUTER_LINE } },
  { id: 'thigh-posterior', y: [975, 1230], guide: LEG_GUIDE, from: { line: LEG_INNER_LINE }, to: { line: LEG_OUTER_LINE } },
  { id: 'thigh-inner', y: [975, 1230], guide: LEG_GUIDE, to: { line: LEG_INNER_LINE } },
  { id: 'thigh-outer', y: [905, 1230], guide: LEG_GUIDE, from: { line: LEG_OUTER_LINE } },
  { id: 'knee', y: [1230, 1375], guide: LEG_GUIDE },
  { id: 'calf', y: [1375, 1640], guide: LEG_GUIDE },
  { id: 'ankle', y: [1640, 1740], guide: LEG_GUIDE },
];

const both = (knots: Knot[]): string[] => [smoothPath(knots), smoothPath(mirrorKnots(knots, BODY_MIDLINE))];

const DETAILS: string[] = [
  smoothPath([[444, 244], [426, 250], [412, 247], [400, 252], [388, 247], [374, 250], [356, 244]]), // nape hairline
  ...both([[483, 153], [487, 168], [481, 186]]), // ear, back of the helix
  smoothPath([[400, 300], [400, 500], [400, 700], [400, 850]]), // spinous processes
  ellipsePath(400, 300, 4, 4), // C7, the vertebra prominens
  ...both([[456, 372], [500, 361], [544, 352], [574, 350]]), // spine of the scapula
  ...both([[452, 382], [455, 444], [470, 520, 'corner'], [497, 472], [525, 428]]), // shoulder blade, medial and lateral borders
  ...both([[531, 452], [540, 412], [549, 372], [556, 346]]), // posterior border of the deltoid
  ...both([[534, 786], [500, 772], [460, 780]]), // iliac crest
  ellipsePath(430, 824, 3, 3), // dimples of Venus, over the sacroiliac joints
  ellipsePath(370, 824, 3, 3),
  ...both([[428, 830], [412, 860], [400, 880]]), // sacral triangle
  smoothPath([[400, 880], [400, 905]]), // natal cleft
  ...both([[404, 968], [440, 983], [484, 985], [522, 972], [546, 955]]), // gluteal fold
  ...both([[448, 1318], [480, 1326], [514, 1318]]), // popliteal crease
  ...both([[446, 1430], [462, 1500], [478, 1545]]), // calf, medial head of the gastrocnemius
  ...both([[528, 1430], [510, 1500], [490, 1545]]), // calf, lateral head
  ...both([[462, 1600], [464, 1650], [462, 1700]]), // Achilles tendon
  ...both([[486, 1600], [484, 1650], [487, 1700]]),
  ...both([[584, 644], [594, 651], [606, 648]]), // olecranon
  ...both([[606, 1000], [623, 994], [640, 994], [660, 998]]), // knuckles
  ...both([[621, 1018], [620, 1045], [621, 1073]]), // fingers
  ...both([[638, 1012], [638, 1045], [640, 1079]]),
  ...both([[654, 1012], [656, 1042], [658, 1069]]),
];

export const BODY_BACK: MapArtwork = {
  view: 'body-back',
  width: BODY_WIDTH,
  height: BODY_HEIGHT,
  outline: [BACK_SILHOUETTE.outline],
  details: DETAILS,
  regions: bandRegions(BACK_SILHOUETTE.ring, BODY_MIDLINE, 'right', { mid: MID, paired: PAIRED }),
};
