/**
 * The shoulder's detail views, each two mirrored panels (the patient's right and left shoulder) from the
 * base of the neck to the upper arm:
 * - front (1200 × 680, over body-front): the patient faces the viewer, so the LEFT shoulder is on the
 *   image's RIGHT. Landmarks: clavicle, acromion and the acromioclavicular joint, the coracoid process in
 *   the deltopectoral groove, the bicipital groove (long head of the biceps) on the humeral head;
 * - back (1200 × 680, over body-back): seen from behind, the LEFT shoulder is on the image's LEFT.
 *   Landmarks: the spine of the scapula out to the acromion, the upper border of the trapezius, the
 *   supraspinatus and infraspinatus fossae, the posterior deltoid.
 *
 * Each panel is authored on the image's right and mirrored. Scale about 23 units per cm (a clavicle
 * ≈ 15 cm long spans ≈ 360 units); each panel's box maps onto the same skin of the body view.
 */
import type { BandSpec } from '../bands.ts';
import { mirrorKnots, sampleCubics, smoothCubics, type Knot, type Pt } from '../curves.ts';
import type { DetailPanel, MapViewGeometry, ViewBox } from '../viewGeometry.ts';
import { mirroredPanelRegions, type Shear } from './panelBands.ts';

export const SHOULDER_WIDTH = 1200;
export const SHOULDER_HEIGHT = 680;
export const SHOULDER_MIDLINE = 600;

/** The outline of a panel as the dense ring its regions are cut from (as finely as the tests flatten it). */
export const outlineRing = (knots: readonly Knot[]): Pt[] => sampleCubics(smoothCubics(knots, true), 24);

const mirrorBox = (b: ViewBox, width: number): ViewBox => ({ ...b, x: width - b.x - b.w });

/** Both panels from the image-right one: the other is its mirror image, on the view and on the body. */
function mirroredPanels(imageRight: 'left' | 'right', box: ViewBox, onBody: ViewBox): DetailPanel[] {
  const imageLeft = imageRight === 'left' ? 'right' : 'left';
  return [
    { side: imageLeft, box: mirrorBox(box, SHOULDER_WIDTH), onBody: mirrorBox(onBody, 800), facesBody: true },
    { side: imageRight, box, onBody, facesBody: true },
  ];
}

// ---------------------------------------------------------------------------------------------------
// Front: the image-right panel is the patient's LEFT shoulder, the neck on its left, the arm on its right.

/** Skin: cut through the neck and chest beside the midline, the trapezius out to the shoulder's round, the arm, the axilla. */
export const ANTERIOR_SKIN: Knot[] = [
  [622, 40, 'corner'], // the panel's cut, beside the midline
  [722, 40, 'corner'], // side of the neck
  [730, 64],
  [758, 86], // the trapezius leaves the neck
  [830, 106],
  [910, 122],
  [990, 140],
  [1060, 160], // over the acromion
  [1110, 188],
  [1142, 236], // the deltoid's round
  [1159, 300],
  [1166, 380],
  [1168, 470],
  [1170, 640, 'corner'], // the arm, cut
  [1002, 640, 'corner'],
  [996, 590],
  [984, 540],
  [964, 498, 'corner'], // axilla
  [958, 540],
  [956, 640, 'corner'],
  [622, 640, 'corner'],
];

/** The clavicle, as a bone: upper edge from the sternal end out to the acromioclavicular joint, then its lower edge back. */
export const CLAVICLE: Knot[] = [
  [640, 132, 'corner'],
  [700, 128],
  [780, 136],
  [860, 146],
  [940, 156],
  [996, 164, 'corner'], // acromial end
  [996, 186, 'corner'],
  [940, 178],
  [860, 172],
  [780, 166],
  [700, 164],
  [646, 162, 'corner'],
  [634, 148],
];
/** The acromion seen from the front: from the joint out to its anterolateral corner and back along its anterior edge. */
export const ACROMION: Knot[] = [
  [1004, 162, 'corner'],
  [1050, 164],
  [1090, 176],
  [1104, 192, 'corner'], // anterolateral corner
  [1080, 204],
  [1040, 204],
  [1006, 190, 'corner'],
];
export const AC_JOINT: Knot[] = [[1000, 158], [1000, 175], [1001, 192]];
/** Tip of the coracoid process, palpable in the deltopectoral triangle about 2.5 cm below the clavicle. */
export const CORACOID = { x: 976, y: 238, rx: 16, ry: 12 };
/** The bicipital groove on the front of the humeral head, between the lesser and the greater tubercle. */
export const BICIPITAL_GROOVE: Knot[][] = [
  [[1050, 236], [1052, 290], [1056, 340]],
  [[1068, 236], [1070, 290], [1072, 340]],
];
/** The long head of the biceps leaving the groove down the front of the arm. */
export const BICEPS_LONG_HEAD: Knot[] = [[1064, 346], [1068, 420], [1070, 500]];
/**
 * The deltoid's anterior border: the deltopectoral groove from the clavicle past the coracoid, then down
 * and out to the deltoid's insertion on the side of the arm. Regions are parted along it too.
 */
const DELTOPECTORAL: Pt[] = [[925, 182], [936, 240], [955, 300], [985, 370], [1030, 430], [1090, 496], [1135, 545], [1200, 600]];
export const DELTOID_BORDER: Knot[] = DELTOPECTORAL.slice(0, -1).concat([[1166, 574]]);
/** Lower border of the pectoralis major: the anterior axillary fold, from the axilla down and in. */
export const PECTORAL_FOLD: Knot[] = [[968, 506], [930, 560], [880, 608], [840, 634]];
/** Lateral border of the sternocleidomastoid, down to the medial clavicle. */
export const STERNOCLEIDOMASTOID: Knot[] = [[736, 44], [704, 84], [672, 126]];

const FRONT_RING = outlineRing(ANTERIOR_SKIN);
const AC_MEDIAL: Pt[] = [[962, 0]];
const AC_LATERAL: Pt[] = [[1040, 0]];
const GROOVE_MEDIAL = 1030;
const GROOVE_LATERAL = 1090;
/** The deltopectoral groove, then the anterior axillary fold down to the axilla: the pectoral zone's lateral edge. */
const PECTORAL_EDGE: Pt[] = [...DELTOPECTORAL.slice(0, 5), [996, 464], [964, 498]];
/** The groove strip's medial edge, then the deltoid border where it crosses the strip. */
const GROOVE_FROM: Pt[] = [[GROOVE_MEDIAL, 0], [1030, 430], [1090, 496]];
/** The groove strip's lateral edge, then the deltoid border down to its insertion. */
const DELTOID_LATERAL_FROM: Pt[] = [[GROOVE_LATERAL, 0], [1090, 496], [1135, 545], [1200, 600]];
const NECK_GUIDE: Pt[] = [[760, 0]];
const ARM_GUIDE: Pt[] = [[1080, 0]];
const CLAVICLE_ROW: [number, number] = [134, 214];

/** Heights are read at the acromioclavicular joint; rows slant with the clavicle. */
const ALONG_CLAVICLE: Shear = { slope: 0.085, pivot: 1000 };

const ANTERIOR_BANDS: BandSpec[] = [
  { id: 'supraclavicular', y: [0, CLAVICLE_ROW[0]], guide: NECK_GUIDE, to: { line: AC_MEDIAL } },
  { id: 'clavicle', y: CLAVICLE_ROW, guide: NECK_GUIDE, to: { line: AC_MEDIAL } },
  { id: 'acromioclavicular', y: [0, CLAVICLE_ROW[1]], guide: ARM_GUIDE, from: { line: AC_MEDIAL }, to: { line: AC_LATERAL } },
  { id: 'acromion', y: [0, CLAVICLE_ROW[1]], guide: ARM_GUIDE, from: { line: AC_LATERAL } },
  { id: 'pectoral-upper', y: [CLAVICLE_ROW[1], 700], guide: NECK_GUIDE, to: { line: PECTORAL_EDGE } },
  { id: 'coracoid', y: [CLAVICLE_ROW[1], 268], guide: ARM_GUIDE, from: { line: DELTOPECTORAL }, to: { line: [[GROOVE_MEDIAL, 0]] } },
  { id: 'subacromial-anterior', y: [CLAVICLE_ROW[1], 268], guide: ARM_GUIDE, from: { line: GROOVE_FROM }, to: { line: [[GROOVE_LATERAL, 0]] } },
  { id: 'deltoid-anterior', y: [268, 440], guide: ARM_GUIDE, from: { line: DELTOPECTORAL }, to: { line: [[GROOVE_MEDIAL, 0]] } },
  { id: 'bicipital-groove', y: [268, 496], guide: ARM_GUIDE, from: { line: GROOVE_FROM }, to: { line: [[GROOVE_LATERAL, 0]] } },
  { id: 'deltoid-lateral', y: [CLAVICLE_ROW[1], 600], guide: ARM_GUIDE, from: { line: DELTOID_LATERAL_FROM } },
  { id: 'arm-anterior', y: [400, 700], guide: ARM_GUIDE, from: { line: PECTORAL_EDGE }, to: { line: DELTOPECTORAL } },
];

/** The patient's left shoulder on body-front, from beside the midline to the upper arm (scale 576 / 216). */
const ANTERIOR_BOX: ViewBox = { x: 612, y: 36, w: 576, h: 608 };
const ANTERIOR_ON_BODY: ViewBox = { x: 404, y: 288, w: 216, h: 228 };

export const SHOULDER_ANTERIOR_GEOMETRY: MapViewGeometry = {
  view: 'shoulder-anterior',
  leftSide: 'image-right',
  width: SHOULDER_WIDTH,
  height: SHOULDER_HEIGHT,
  regions: mirroredPanelRegions(FRONT_RING, SHOULDER_MIDLINE, 'left', ANTERIOR_BANDS, ALONG_CLAVICLE),
  detail: { body: 'body-front', panels: mirroredPanels('left', ANTERIOR_BOX, ANTERIOR_ON_BODY) },
};

export const mirrorShoulder = (knots: readonly Knot[]): Knot[] => mirrorKnots(knots, SHOULDER_MIDLINE);
