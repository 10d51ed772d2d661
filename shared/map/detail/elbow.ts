/**
 * The elbow's detail views, each the patient's right and left elbow side by side as mirror images, seen
 * in profile from the lower arm to the upper forearm, the elbow straight as on the body view (1000 × 900):
 * - lateral side: the lateral epicondyle, the common extensor origin below and in front of it, the
 *   radial head below it, the olecranon behind; the forearm's front (brachioradialis) and back (extensors);
 * - medial side: the medial epicondyle, the common flexor origin below and in front of it, the cubital
 *   tunnel (the ulnar nerve's groove) between it and the olecranon.
 * Both are views of body-front's elbows from the side (leftSide 'image-right', the patient's left elbow on
 * the image's right); each panel maps onto a thin strip along the outer or inner edge of that elbow.
 *
 * Scale about 30 units per cm; the epicondyles at y ≈ 400, the arm above, the forearm below. Each panel
 * is authored on the image's right (the patient's LEFT elbow) and mirrored.
 */
import type { BandSpec } from '../bands.ts';
import { mirrorKnots, type Knot, type Pt } from '../curves.ts';
import type { MapViewGeometry, ViewBox } from '../viewGeometry.ts';
import { mirroredPanelRegions, mirroredPanels, outlineRing } from './panelBands.ts';

const ELBOW_WIDTH = 1000;
const ELBOW_HEIGHT = 900;
export const ELBOW_MIDLINE = 500;

export const mirrorElbow = (knots: readonly Knot[]): Knot[] => mirrorKnots(knots, ELBOW_MIDLINE);

/** Where the panel lies on the view; the arm's skin from 12 cm above the epicondyles to 15 cm below. */
const PANEL_BOX: ViewBox = { x: 550, y: 40, w: 400, h: 820 };
/** Rows shared by both views: the arm above, the epicondyles' row, the row below them, the forearm. */
const ARM_ROW = 355;
const EPICONDYLE_ROW = 430;
const FOREARM_ROW = 555;
const GUIDE: Pt[] = [[750, 0]];
/**
 * The panel's straight top and bottom cuts, and the first and last rows of the bands just inside them:
 * a row exactly on a straight cut meets it at float noise rather than at its ends.
 */
const TOP = 40;
const BOTTOM = 860;
const FIRST_ROW = TOP + 0.01;
const LAST_ROW = BOTTOM - 0.01;
const line = (x: number): { line: Pt[] } => ({ line: [[x, 0]] });

// ---------------------------------------------------------------------------------------------------
// Lateral side of the patient's left elbow: the front of the limb on the panel's left, the back on its right.

export const LATERAL_SKIN: Knot[] = [
  [612, TOP, 'corner'],
  [878, TOP, 'corner'],
  [884, 150], // triceps
  [880, 270],
  [872, 336], // the triceps tendon
  [882, 386],
  [892, 424], // olecranon
  [888, 470],
  [872, 524],
  [860, 620], // subcutaneous border of the ulna
  [850, 740],
  [842, BOTTOM, 'corner'],
  [645, BOTTOM, 'corner'],
  [632, 760],
  [616, 640],
  [610, 540],
  [618, 470], // brachioradialis, bulging in front of the elbow
  [632, 410], // elbow crease
  [622, 350],
  [608, 260], // biceps
  [606, 150],
];
export const LATERAL_EPICONDYLE = { x: 786, y: 398, rx: 22, ry: 18 };
/** The radial head, a finger's breadth below the epicondyle, turning under the thumb in pronation and supination. */
export const RADIAL_HEAD: Knot[] = [[770, 458], [794, 454], [816, 458], [819, 480], [814, 500], [792, 503], [770, 501], [765, 480]];
/** The radial neck, narrowing below the head. */
export const RADIAL_NECK: Knot[][] = [
  [[774, 503], [778, 524], [778, 548]],
  [[810, 503], [804, 524], [802, 548]],
];
/** The olecranon's subcutaneous outline, from above its tip down into the ulna's border. */
export const OLECRANON_LATERAL: Knot[] = [[872, 360], [856, 400], [852, 450], [858, 500], [852, 560]];
/** Lateral supracondylar ridge of the humerus, up from the epicondyle, and the intermuscular septum above it. */
export const LATERAL_RIDGE: Knot[] = [[776, 382], [760, 300], [748, 200], [744, 60]];
/** The anconeus' lower border, from behind the epicondyle down to the ulna: the soft spot lies above it. */
export const ANCONEUS_BORDER: Knot[] = [[806, 412], [826, 480], [844, 560]];
/** The lateral end of the elbow crease. */
export const LATERAL_CREASE: Knot[] = [[634, 412], [662, 420], [684, 418]];
/** The common extensor tendon, from the front of the epicondyle down over the radial head. */
export const EXTENSOR_TENDON: Knot[][] = [
  [[770, 412], [750, 466], [734, 530], [726, 580]],
  [[790, 416], [776, 470], [762, 530], [756, 580]],
];
/** Front border of the extensor mass: brachioradialis in front of it. */
export const BRACHIORADIALIS_BORDER: Knot[] = [[700, 430], [688, 560], [690, 700], [700, 840]];

const LATERAL_BANDS: BandSpec[] = [
  { id: 'arm-lateral', y: [FIRST_ROW, ARM_ROW], guide: GUIDE },
  { id: 'brachioradialis', y: [ARM_ROW, LAST_ROW], guide: [[660, 0]], to: line(700) },
  { id: 'lateral-epicondyle', y: [ARM_ROW, EPICONDYLE_ROW], guide: GUIDE, from: line(700), to: line(840) },
  { id: 'extensor-origin', y: [EPICONDYLE_ROW, FOREARM_ROW], guide: GUIDE, from: line(700), to: line(765) },
  { id: 'radial-head', y: [EPICONDYLE_ROW, FOREARM_ROW], guide: GUIDE, from: line(765), to: line(840) },
  { id: 'olecranon-lateral', y: [ARM_ROW, FOREARM_ROW], guide: GUIDE, from: line(840) },
  { id: 'forearm-extensor', y: [FOREARM_ROW, LAST_ROW], guide: GUIDE, from: line(700) },
];

/** The outer edge of body-front's left elbow (image right), 12 cm above to 15 cm below the epicondyle. */
const LATERAL_ON_BODY: ViewBox = { x: 618, y: 525, w: 16, h: 273 };

export const ELBOW_LATERAL_GEOMETRY: MapViewGeometry = {
  view: 'elbow-lateral',
  leftSide: 'image-right',
  width: ELBOW_WIDTH,
  height: ELBOW_HEIGHT,
  regions: mirroredPanelRegions(outlineRing(LATERAL_SKIN), ELBOW_MIDLINE, 'left', LATERAL_BANDS),
  detail: { body: 'body-front', panels: mirroredPanels(ELBOW_WIDTH, 'left', PANEL_BOX, LATERAL_ON_BODY, false) },
};

// ---------------------------------------------------------------------------------------------------
// Medial side of the patient's left elbow: the back of the limb on the panel's left, the front on its right.

export const MEDIAL_SKIN: Knot[] = [
  [622, TOP, 'corner'],
  [888, TOP, 'corner'],
  [894, 150], // biceps
  [892, 260],
  [878, 350],
  [868, 410], // elbow crease
  [882, 470], // the flexor-pronator mass
  [890, 540],
  [884, 640],
  [868, 760],
  [855, BOTTOM, 'corner'],
  [658, BOTTOM, 'corner'],
  [650, 740],
  [640, 620], // subcutaneous border of the ulna
  [628, 524],
  [612, 468],
  [610, 424], // olecranon
  [620, 386],
  [628, 336], // the triceps tendon
  [620, 270],
  [616, 150], // triceps
];
/** The medial epicondyle: larger and more prominent than the lateral one. */
export const MEDIAL_EPICONDYLE = { x: 730, y: 396, rx: 28, ry: 22 };
export const OLECRANON_MEDIAL: Knot[] = [[628, 360], [644, 400], [648, 450], [642, 500], [648, 560]];
/** The ulnar nerve down the cubital tunnel, behind the epicondyle: a line to keep the needle off. */
export const ULNAR_NERVE: Knot[] = [[662, 200], [666, 320], [670, 400], [680, 480], [696, 580], [716, 700]];
/** Medial supracondylar ridge of the humerus, up from the epicondyle, and the intermuscular septum above it. */
export const MEDIAL_RIDGE: Knot[] = [[716, 376], [730, 300], [744, 200], [748, 60]];
/** The medial end of the elbow crease. */
export const MEDIAL_CREASE: Knot[] = [[866, 412], [838, 420], [816, 418]];
/** The common flexor tendon, from the front of the epicondyle down and forwards into the flexor-pronator mass. */
export const FLEXOR_TENDON: Knot[][] = [
  [[724, 418], [736, 470], [748, 530], [756, 600]],
  [[752, 412], [768, 466], [784, 526], [794, 596]],
];

const MEDIAL_BANDS: BandSpec[] = [
  { id: 'arm-medial', y: [FIRST_ROW, ARM_ROW], guide: GUIDE },
  { id: 'olecranon-medial', y: [ARM_ROW, FOREARM_ROW], guide: GUIDE, to: line(648) },
  { id: 'cubital-tunnel', y: [ARM_ROW, FOREARM_ROW], guide: GUIDE, from: line(648), to: line(694) },
  { id: 'medial-epicondyle', y: [ARM_ROW, EPICONDYLE_ROW], guide: GUIDE, from: line(694), to: line(800) },
  { id: 'flexor-origin', y: [EPICONDYLE_ROW, FOREARM_ROW], guide: GUIDE, from: line(694), to: line(800) },
  { id: 'antecubital-medial', y: [ARM_ROW, FOREARM_ROW], guide: GUIDE, from: line(800) },
  { id: 'forearm-flexor', y: [FOREARM_ROW, LAST_ROW], guide: GUIDE },
];

/** The inner edge of body-front's left elbow (image right), over the same heights. */
const MEDIAL_ON_BODY: ViewBox = { x: 556, y: 525, w: 16, h: 273 };

export const ELBOW_MEDIAL_GEOMETRY: MapViewGeometry = {
  view: 'elbow-medial',
  leftSide: 'image-right',
  width: ELBOW_WIDTH,
  height: ELBOW_HEIGHT,
  regions: mirroredPanelRegions(outlineRing(MEDIAL_SKIN), ELBOW_MIDLINE, 'left', MEDIAL_BANDS),
  detail: { body: 'body-front', panels: mirroredPanels(ELBOW_WIDTH, 'left', PANEL_BOX, MEDIAL_ON_BODY, false) },
};
