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
import type { Knot, Pt } from '../curves.ts';
import type { DetailPanel, MapViewGeometry } from '../viewGeometry.ts';
import { along, bothSides, onOutline, outline, type Side } from './outlineFaces.ts';

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
  [1010, 512],
  [1032, 580], // base of the thumb's metacarpal
  [1068, 668],
  [1102, 762], // thumb, metacarpophalangeal joint
  [1126, 850],
  [1140, 930], // interphalangeal joint
  [1142, 992],
  [1125, 1042], // tip of the thumb
  [1098, 1058],
  [1076, 1042],
  [1068, 990],
  [1060, 920],
  [1046, 860, 'corner'], // first web, between thumb and index
  [1052, 930],
  [1062, 1040],
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
const THUMB_BASE = at([1034, 595]);
const WEB_THUMB: Pt = [1046, 860];
const WEB_INDEX: Pt = [985, 1124];
const WEB_MIDDLE: Pt = [888, 1117];
const WEB_RING: Pt = [805, 1104];

/** A line across the hand from its ulnar edge to its radial edge, ending on the outline at both. */
function across(ulnar: Pt, points: Pt[], radial: Pt): Pt[] {
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

/** The skin over the distal forearm: both views, above their wrist regions. */
function forearm(ulnar: Pt, inner: Pt[], radial: Pt): Pt[] {
  return [...along(o, ulnar, radial), ...inner];
}

/** The back of the hand, on the body back view's hands (the image's right hand is the patient's right). */
function dorsalRegions(): Record<string, Pt[]> {
  const ulnarColumn: Pt = [780, 330];
  const radialColumn: Pt = [922, 330];
  const ulnarColumnEnd: Pt = [780, 590];
  const styloidInner: Pt = [932, 492];
  const snuffboxInner: Pt = [982, 618];
  const thumbBorder: Pt = [1008, 740];
  // Over the metacarpal heads: the knuckles' band, between two lines curving with them.
  const knucklesTop: Pt[] = [[770, 888], [850, 905], [935, 912], [1000, 895]];
  const knucklesUlnar = at([705, 880]);
  const cut = { ring: [805, 1058] as Pt, middle: [888, 1070] as Pt, index: [985, 1066] as Pt };
  const bases = across([711, 1045], [[770, 1050], cut.ring, [850, 1066], cut.middle, [935, 1072], cut.index, [1030, 1058]], [1067, 1055]);
  const basesUlnar = bases[0] as Pt;
  const basesRadial = bases[bases.length - 1] as Pt;
  return {
    'forearm-dorsal': forearm(FOREARM_CUT_ULNAR, [radialColumn, ulnarColumn], FOREARM_CUT_RADIAL),
    'ulnar-styloid': [...along(o, WRIST_ULNAR, FOREARM_CUT_ULNAR), ulnarColumn, ulnarColumnEnd],
    'wrist-dorsal': [ulnarColumn, radialColumn, styloidInner, snuffboxInner, ulnarColumnEnd],
    'radial-styloid': [...along(o, FOREARM_CUT_RADIAL, STYLOID_RADIAL), styloidInner, radialColumn],
    snuffbox: [...along(o, STYLOID_RADIAL, THUMB_BASE), snuffboxInner, styloidInner],
    thumb: [...along(o, THUMB_BASE, WEB_THUMB), thumbBorder, snuffboxInner],
    'hand-dorsum': [...along(o, knucklesUlnar, WRIST_ULNAR), ulnarColumnEnd, snuffboxInner, thumbBorder, WEB_THUMB, ...[...knucklesTop].reverse()],
    knuckles: [...along(o, WEB_THUMB, basesRadial), ...bases.slice(1, -1).reverse(), ...along(o, basesUlnar, knucklesUlnar), ...knucklesTop],
    ...fingerRegions(bases, cut),
  };
}

/** The palm, on the body front view's hands (the image's right hand is the patient's left). */
function palmarRegions(): Record<string, Pt[]> {
  const forearmUlnar = at([695, 360]);
  const forearmRadial = at([988, 360]);
  // The distal wrist crease, then the thenar crease from its middle round the ball of the thumb to the first web.
  const crease = across([712, 548], [[800, 542], [902, 536]], [1008, 520]);
  const [creaseUlnar, hypothenarTop, thenarTop, creaseRadial] = crease as [Pt, Pt, Pt, Pt];
  const thenarCrease: Pt[] = [thenarTop, [912, 610], [930, 690], [958, 770], [995, 825]];
  const tunnelEnd: Pt = [805, 700];
  const hypothenarEnd: Pt = [795, 872];
  const palmEnd: Pt[] = [[850, 895], [935, 905], [1000, 890]];
  const hypothenarUlnar = at([705, 870]);
  const thumbCrease = at([1100, 762]);
  const cut = { ring: [805, 1080] as Pt, middle: [888, 1090] as Pt, index: [985, 1088] as Pt };
  const bases = across([712, 1070], [[770, 1075], cut.ring, [850, 1086], cut.middle, [935, 1092], cut.index, [1030, 1085]], [1068, 1085]);
  const basesUlnar = bases[0] as Pt;
  const basesRadial = bases[bases.length - 1] as Pt;
  return {
    'forearm-palmar': forearm(forearmUlnar, [], forearmRadial),
    'wrist-palmar': [...along(o, forearmUlnar, creaseUlnar), hypothenarTop, thenarTop, ...along(o, creaseRadial, forearmRadial)],
    hypothenar: [...along(o, creaseUlnar, hypothenarUlnar), hypothenarEnd, tunnelEnd, hypothenarTop],
    'carpal-tunnel': [hypothenarTop, ...thenarCrease.slice(0, 3), tunnelEnd],
    thenar: [...along(o, creaseRadial, thumbCrease), WEB_THUMB, ...[...thenarCrease].reverse()],
    thumb: along(o, thumbCrease, WEB_THUMB),
    palm: [tunnelEnd, ...thenarCrease.slice(2), WEB_THUMB, ...[...palmEnd].reverse(), hypothenarEnd],
    'finger-bases': [...along(o, WEB_THUMB, basesRadial), ...bases.slice(1, -1).reverse(), ...along(o, basesUlnar, hypothenarUlnar), hypothenarEnd, ...palmEnd],
    ...fingerRegions(bases, cut),
  };
}

function fingerRegions(line: Pt[], cuts: { ring: Pt; middle: Pt; index: Pt }): Record<string, Pt[]> {
  const f = fingers(line, cuts);
  return { 'little-finger': f.little, 'ring-finger': f.ring, 'middle-finger': f.middle, 'index-finger': f.index };
}

/**
 * Each panel's box on this view is five times its box on the body view, whose hands lie at the same
 * place on the front and the back: the image's right hand at x 588–690, y 800–1090 (forearm to finger tips).
 */
function panels(imageRight: Side): DetailPanel[] {
  const imageLeft: Side = imageRight === 'left' ? 'right' : 'left';
  const onBodyWidth = 102;
  return [
    { side: imageLeft, box: { x: 40, y: 75, w: 510, h: 1450 }, onBody: { x: 800 - 588 - onBodyWidth, y: 800, w: onBodyWidth, h: 290 }, facesBody: true },
    { side: imageRight, box: { x: 650, y: 75, w: 510, h: 1450 }, onBody: { x: 588, y: 800, w: onBodyWidth, h: 290 }, facesBody: true },
  ];
}

export const HAND_DORSAL_GEOMETRY: MapViewGeometry = {
  view: 'hand-dorsal',
  leftSide: 'image-left',
  width: WIDTH,
  height: HEIGHT,
  regions: bothSides(dorsalRegions(), 'right', HAND_MIDLINE),
  detail: { body: 'body-back', panels: panels('right') },
};

export const HAND_PALMAR_GEOMETRY: MapViewGeometry = {
  view: 'hand-palmar',
  leftSide: 'image-right',
  width: WIDTH,
  height: HEIGHT,
  regions: bothSides(palmarRegions(), 'left', HAND_MIDLINE),
  detail: { body: 'body-front', panels: panels('left') },
};
