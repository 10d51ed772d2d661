/**
 * The hand and wrist, distal forearm to fingertips, both hands side by side (1200 × 1600): seen from the
 * back on `hand-dorsal` (a closer look at the body back view's hands, whose backs face the viewer there)
 * and from the palm on `hand-palmar` (the body front view's palms). Each hand hangs as on the body views,
 * fingers down, thumb outwards; so the same outline serves both views, and the image's right hand is the
 * patient's right from behind and the patient's left from the front.
 *
 * Drawn at five times the body views' scale (a panel's box is its box on the body, × 5): wrist at y ≈ 520,
 * knuckles ≈ 960, finger tips ≈ 1480, as the body's hands place them.
 *
 * Only the image's right hand is authored; the left one is its mirror image.
 */
import { mirrorLine, roundRing, type Knot, type Pt } from '../curves.ts';
import type { DetailPanel, MapRegion, MapViewGeometry } from '../viewGeometry.ts';
import { along, onOutline, outline } from './outlineFaces.ts';

const WIDTH = 1200;
const HEIGHT = 1600;
export const HAND_MIDLINE = WIDTH / 2;

/** The image's right hand, clockwise from the forearm's cut end on the little-finger (ulnar) side. */
export const HAND_KNOTS: Knot[] = [
  [694, 100, 'corner'],
  [988, 100, 'corner'], // forearm, cut across
  [984, 230],
  [988, 360],
  [1000, 448], // radial styloid
  [1008, 510],
  [1022, 575], // base of the thumb's metacarpal
  [1050, 665],
  [1080, 755], // thumb, metacarpophalangeal joint
  [1104, 845],
  [1118, 925], // interphalangeal joint
  [1122, 995],
  [1106, 1042], // tip of the thumb
  [1080, 1050],
  [1061, 1022],
  [1056, 965],
  [1050, 900],
  [1042, 850, 'corner'], // first web, between thumb and index
  [1058, 930],
  [1066, 1040],
  [1070, 1170],
  [1069, 1300],
  [1064, 1385],
  [1052, 1432],
  [1032, 1450], // tip of the index
  [1010, 1440],
  [999, 1400],
  [996, 1300],
  [992, 1200],
  [985, 1124, 'corner'], // web, index and middle fingers
  [978, 1200],
  [976, 1300],
  [974, 1400],
  [966, 1456],
  [944, 1484], // tip of the middle finger
  [921, 1483],
  [903, 1458],
  [897, 1400],
  [895, 1300],
  [892, 1200],
  [888, 1117, 'corner'], // web, middle and ring fingers
  [880, 1200],
  [878, 1300],
  [875, 1390],
  [865, 1440],
  [843, 1457], // tip of the ring finger
  [822, 1447],
  [810, 1410],
  [806, 1300],
  [805, 1200],
  [805, 1104, 'corner'], // web, ring and little fingers
  [795, 1180],
  [788, 1260],
  [781, 1328],
  [769, 1366],
  [749, 1378], // tip of the little finger
  [730, 1366],
  [720, 1328],
  [716, 1250],
  [714, 1150],
  [711, 1050],
  [708, 950],
  [704, 840],
  [703, 740], // hypothenar border
  [708, 640],
  [713, 560], // wrist, ulnar side
  [708, 500],
  [701, 450], // head of the ulna
  [697, 360],
  [694, 230],
];

export const HAND_OUTLINE = outline(HAND_KNOTS);

const o = HAND_OUTLINE;
const at = (p: Pt): Pt => onOutline(o, p);

// Where cut lines meet the skin's edge, ulnar side then radial side, top to bottom.
const FOREARM_CUT_ULNAR = at([695, 330]);
const FOREARM_CUT_RADIAL = at([986, 330]);
const WRIST_ULNAR = at([710, 590]);
const STYLOID_RADIAL = at([1004, 490]);
const THUMB_BASE = at([1026, 595]);
const WEB_THUMB: Pt = [1042, 850];
const WEB_INDEX: Pt = [985, 1124];
const WEB_MIDDLE: Pt = [888, 1117];
const WEB_RING: Pt = [805, 1104];

/** The four fingers' bounds across a line from the little finger's side to the index's, as points of that line. */
type FingerLine = { ulnar: Pt; little: Pt; ring: Pt; middle: Pt; index: Pt; radial: Pt; between: Pt[][] };

/**
 * A line across the four fingers' bases, with the points where it meets the cuts down to the webs:
 * `between` are its stretches [ulnar..ring/little, ..middle/ring, ..index/middle, ..radial].
 */
function fingerLine(ulnar: Pt, points: Pt[], radial: Pt): Pt[] {
  return [at(ulnar), ...points, at(radial)];
}

/** The fingers below a line across their bases, each from the line down round its tip to the webs beside it. */
function fingers(line: Pt[], cuts: { ring: Pt; middle: Pt; index: Pt }): Record<'little' | 'ring' | 'middle' | 'index', Pt[]> {
  const idx = (p: Pt): number => line.findIndex((q) => q[0] === p[0] && q[1] === p[1]);
  const [r, m, i] = [idx(cuts.ring), idx(cuts.middle), idx(cuts.index)];
  const first = line[0] as Pt;
  const last = line[line.length - 1] as Pt;
  return {
    little: [...along(o, WEB_RING, first), ...line.slice(1, r + 1)],
    ring: [...along(o, WEB_MIDDLE, WEB_RING), ...line.slice(r, m + 1)],
    middle: [...along(o, WEB_INDEX, WEB_MIDDLE), ...line.slice(m, i + 1)],
    index: [...along(o, last, WEB_INDEX), ...line.slice(i, -1)],
  };
}
